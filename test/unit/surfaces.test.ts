import { beforeEach, describe, expect, it } from 'vitest';
import { biasScenario } from '../../src/scenarios/bias/bias';
import { linregScenario } from '../../src/scenarios/linreg/linreg';
import { freshRun, stepRun } from '../../src/scenarios/run';
import { resetDescent, useDescent } from '../../src/store/descentStore';
import { parseHash } from '../../src/url/hash';
import { embedCode, FRAME_SIZES } from '../../src/components/shell/embedCode';
import {
  frameLayout,
  MAX_RECORDED_STEPS,
  recordingName,
  stepsUntilStop,
} from '../../src/components/output/recordingPlan';

describe('recording plan', () => {
  it('counts the steps until the run stops, on a copy of the run', () => {
    const run = freshRun(biasScenario, biasScenario.defaults);
    const left = stepsUntilStop(biasScenario, run);
    const ended = stepRun(biasScenario, run, 1000);
    expect(left).toBe(ended.cursor);
    expect(ended.outcome.kind).toBe('converged');
    expect(run.cursor).toBe(0);
    // From the third iteration, three fewer.
    expect(stepsUntilStop(biasScenario, stepRun(biasScenario, run, 3))).toBe(left - 3);
    // Once converged, nothing is left.
    expect(stepsUntilStop(biasScenario, ended)).toBe(0);
  });

  it('caps a long run at 300 steps', () => {
    expect(stepsUntilStop(linregScenario, freshRun(linregScenario, linregScenario.defaults))).toBe(MAX_RECORDED_STEPS);
  });

  it('names the file by scenario and the iterations it shows', () => {
    expect(recordingName('bias', 0, 12, 'gif')).toBe('descent-bias-iter-0-12.gif');
    expect(recordingName('linreg', 5, 35, 'webm')).toBe('descent-linreg-iter-5-35.webm');
  });

  it('lays the charts side by side under the caption, inside the frame, aspect kept', () => {
    const size = { width: 960, height: 540 };
    const { caption, boxes } = frameLayout(size, [
      { width: 450, height: 358 },
      { width: 450, height: 358 },
    ]);
    expect(caption).toBeGreaterThan(20);
    expect(boxes).toHaveLength(2);
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(caption);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      expect(box.y + box.height).toBeLessThanOrEqual(size.height);
      expect(box.width / box.height).toBeCloseTo(450 / 358, 1);
    }
    expect(boxes[0]!.x + boxes[0]!.width).toBeLessThanOrEqual(boxes[1]!.x);
  });
});

describe('embed code', () => {
  beforeEach(resetDescent);

  it('is an iframe at the current state with embed=1, its size, a title and lazy loading', () => {
    const store = useDescent.getState();
    store.setLearningRate(0.05);
    store.step(3);
    const code = embedCode(useDescent.getState(), 'https://example.org/descent/#old', FRAME_SIZES[0]!);
    expect(code).toMatch(/^<iframe src="[^"]+" width="640" height="400" title="Descent: [^"]+" loading="lazy"/);
    const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
    expect(src.startsWith('https://example.org/descent/#scenario=bias&')).toBe(true);
    const { state, notices } = parseHash(src.slice(src.indexOf('#')));
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ scenario: 'bias', iter: 3, embed: true, settings: { learningRate: 0.05 } });
  });

  it('names the page’s language unless English, so the frame speaks what the teacher chose', () => {
    expect(embedCode(useDescent.getState(), 'https://example.org/', FRAME_SIZES[0]!)).not.toContain('lang=');
    const code = embedCode({ ...useDescent.getState(), language: 'es' }, 'https://example.org/', FRAME_SIZES[0]!);
    const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
    expect(parseHash(src.slice(src.indexOf('#'))).state).toMatchObject({ embed: true, lang: 'es' });
  });

  it('escapes the ampersands of the link inside the attribute', () => {
    const code = embedCode(useDescent.getState(), 'https://example.org/', FRAME_SIZES[1]!);
    expect(code).not.toMatch(/&(?!amp;)/);
    expect(code).toContain('width="800" height="500"');
  });
});
