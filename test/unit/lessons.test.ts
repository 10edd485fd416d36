import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tm } from '../../src/i18n/i18n';
import { lessonById, LESSONS } from '../../src/components/lessons/library';
import type { Check } from '../../src/components/lessons/lessonTypes';
import { resetDescent, useDescent } from '../../src/store/descentStore';
import { formatHash, parseHash } from '../../src/url/hash';
import { biasScenario } from '../../src/scenarios/bias/bias';
import { surfaceScenario } from '../../src/scenarios/surface/surface';
import { parameter } from '../../src/components/lessons/lessonState';

const store = () => useDescent.getState();
const holds = (check: Check) => check(store());

/** The check of a lesson's card (counted from 1): its task's, or its challenge's goal. */
function checkOf(id: string, card: number): Check {
  const shown = lessonById(id)!.cards[card - 1]!;
  return (shown.task?.done ?? shown.challenge?.met)!;
}

/** Opens a card as the lesson does: the lesson's start, then the card's own. */
function openCard(id: string, card: number) {
  const lesson = lessonById(id)!;
  store().applyLessonSetup(lesson.setup);
  const own = lesson.cards[card - 1]!.setup;
  if (own) store().applyLessonSetup(own);
  store().openLesson(id, card);
}

// The loss-surface lab reads its link fields once its chunk is in, as the page waits for it.
beforeAll(() => surfaceScenario.prepare!(''));
beforeEach(() => resetDescent());

describe('the lessons', () => {
  it('are at least six, in order, each named as its folder', () => {
    expect(LESSONS.map((l) => l.id)).toEqual([
      'ssr-slope',
      'one-step',
      'learning-rate',
      'two-parameters',
      'backprop',
      'optimizers',
    ]);
  });

  it('start from link fields that read without a notice', () => {
    for (const lesson of LESSONS) {
      for (const setup of [lesson.setup, ...lesson.cards.flatMap((c) => (c.setup ? [c.setup] : []))]) {
        expect(parseHash(setup).notices.map(tm), `${lesson.id}: ${setup}`).toEqual([]);
      }
    }
  });

  it("name every word in both languages, each key in the lesson's own folder", () => {
    const src = resolve(import.meta.dirname, '../../src/components/lessons/library');
    for (const lesson of LESSONS) {
      const keys = (language: string) =>
        [...readFileSync(`${src}/${lesson.id}/messages/${language}.ts`, 'utf8').matchAll(/^\s+'([^']+)':/gm)].map(
          (m) => m[1]!,
        );
      expect(keys('es').sort()).toEqual(keys('en').sort());
      expect(keys('en').filter((k) => !k.startsWith(`lessons.${lesson.id}.`))).toEqual([]);
      const used = JSON.stringify(lesson).match(/lessons\.[a-z0-9.-]+/g) ?? [];
      expect(
        used.filter((k) => !keys('en').includes(k)),
        lesson.id,
      ).toEqual([]);
    }
  });
});

describe('each task is detected when done and not before', () => {
  it('lesson 1: two steps, not one, and not two in another scenario', () => {
    openCard('ssr-slope', 3);
    const done = checkOf('ssr-slope', 3);
    store().step();
    expect(holds(done)).toBe(false);
    store().setScenario('linreg');
    store().step(2);
    expect(holds(done)).toBe(false);
    store().setScenario('bias');
    store().step();
    expect(holds(done)).toBe(true);
  });

  it('lesson 2: predict mode on; then a revealed prediction, not a plain step', () => {
    openCard('one-step', 3);
    expect(holds(checkOf('one-step', 3))).toBe(false);
    store().setPredictMode(true);
    expect(holds(checkOf('one-step', 3))).toBe(true);
    openCard('one-step', 4);
    const revealed = checkOf('one-step', 4);
    store().setPredictMode(false);
    store().step();
    expect(holds(revealed)).toBe(false);
    store().setPredictMode(true);
    store().requestStep();
    expect(holds(revealed)).toBe(false); // asked, not yet revealed
    store().revealStep(1);
    expect(holds(revealed)).toBe(true);
  });

  it('lesson 3: a diverging run, not just a diverging rate; four steps to SSR < 0.01, not five', () => {
    openCard('learning-rate', 2);
    const diverged = checkOf('learning-rate', 2);
    store().setLearningRate(0.5);
    expect(holds(diverged)).toBe(false);
    store().step(10);
    expect(holds(diverged)).toBe(true);

    openCard('learning-rate', 4);
    const goal = checkOf('learning-rate', 4);
    store().step(4); // the default rate 0.1 leaves SSR at 0.0134 after four steps
    expect(holds(goal)).toBe(false);
    store().step();
    expect(holds(goal)).toBe(false); // below 0.01 only after five
    openCard('learning-rate', 4);
    store().setLearningRate(0.15);
    store().step(4);
    expect(holds(goal)).toBe(true);
    expect(lessonById('learning-rate')!.cards[3]!.challenge!.score(store())).toBe(4);
  });

  it('lesson 4: one epoch; the whole budget trained; loss < 0.001 within 50 epochs, not at the rate 0.01', () => {
    openCard('two-parameters', 2);
    expect(holds(checkOf('two-parameters', 2))).toBe(false);
    store().step();
    expect(holds(checkOf('two-parameters', 2))).toBe(true);

    openCard('two-parameters', 5);
    const finished = checkOf('two-parameters', 5);
    store().step(999);
    expect(holds(finished)).toBe(false);
    store().step();
    expect(holds(finished)).toBe(true);

    openCard('two-parameters', 6);
    const goal = checkOf('two-parameters', 6);
    store().step(50);
    expect(holds(goal)).toBe(false);
    openCard('two-parameters', 6);
    store().setLearningRate(0.08);
    store().step(50);
    expect(holds(goal)).toBe(true);
  });

  it('lesson 5: three steps of the network, not two', () => {
    openCard('backprop', 5);
    const done = checkOf('backprop', 5);
    store().step(2);
    expect(holds(done)).toBe(false);
    store().step();
    expect(holds(done)).toBe(true);
  });

  it('lesson 6: five steps on the ravine, not four; a race set up, not a plain run', () => {
    openCard('optimizers', 1);
    const zigzag = checkOf('optimizers', 1);
    store().step(4);
    expect(holds(zigzag)).toBe(false);
    store().step();
    expect(holds(zigzag)).toBe(true);

    openCard('optimizers', 2);
    const done = checkOf('optimizers', 2);
    store().step(5);
    expect(holds(done)).toBe(false);
    store().setRace([
      { optimizer: 'gd', learningRate: 0.01 },
      { optimizer: 'momentum', learningRate: 0.01 },
    ]);
    expect(holds(done)).toBe(true);
  });

  it('lesson 6: a stop at the saddle, not a few steps towards it; an escape by noise, not by a moved start', () => {
    openCard('optimizers', 5);
    const stopped = checkOf('optimizers', 5);
    store().step(20);
    expect(holds(stopped)).toBe(false); // still sliding in
    store().step(100);
    expect(store().scenario).toBe('surface');
    expect(holds(stopped)).toBe(true); // stopped after 46 steps, at x ≈ 3.5e-5, y = 0

    openCard('optimizers', 6);
    const escaped = checkOf('optimizers', 6);
    store().step(100);
    expect(holds(escaped)).toBe(false); // no noise: stuck on y = 0
    openCard('optimizers', 6);
    store().applyLessonSetup('scenario=surface&fn=saddle&x0=1&y0=0.5&lr=0.1&opt=gd&noise=0&seed=1&iter=30');
    expect(Math.abs(parameter(store(), 'y'))).toBeGreaterThan(1);
    expect(holds(escaped)).toBe(false); // a start off the line rolls away by itself: not an escape
    openCard('optimizers', 6);
    store().applyLessonSetup('scenario=surface&fn=saddle&x0=1&y0=0&lr=0.1&opt=gd&noise=0.1&seed=1&iter=0');
    store().step(24);
    expect(holds(escaped)).toBe(false);
    store().step();
    expect(holds(escaped)).toBe(true);
    expect(lessonById('optimizers')!.cards[5]!.challenge!.score(store())).toBe(25);
  });

  it("lesson 6: Himmelblau's minimum at (−3.78, −3.28), not the one gradient descent finds from (0, 0)", () => {
    openCard('optimizers', 7);
    const found = checkOf('optimizers', 7);
    store().step(200);
    expect(parameter(store(), 'x')).toBeCloseTo(3, 4);
    expect(holds(found)).toBe(false);
    store().applyLessonSetup('scenario=surface&fn=himmelblau&x0=-3&y0=-3&lr=0.01&opt=gd&noise=0&seed=1&iter=0');
    store().step(5);
    expect(holds(found)).toBe(false); // on its way, not there yet
    store().step(50);
    expect(holds(found)).toBe(true);
    // The same point on another surface does not count.
    store().applyLessonSetup('scenario=surface&fn=bowl&x0=-3.7793&y0=-3.2832&lr=0.01&opt=gd&noise=0&seed=1&iter=0');
    expect(holds(found)).toBe(false);
  });
});

describe('a card setup', () => {
  it('starts the run there and keeps the lesson, the hidden panels and the notices', () => {
    store().load(parseHash('#lesson=learning-rate&card=2&hide=race&lesson=x').state, parseHash('#hide=x').notices);
    store().step(3);
    store().applyLessonSetup('scenario=bias&lr=0.2&b3=1&iter=0');
    const { lesson, hidden, notices, runs } = store();
    expect(lesson).toEqual({ id: 'learning-rate', card: 2 });
    expect(hidden).toEqual(['race']);
    expect(notices).toHaveLength(1);
    expect(runs.bias.cursor).toBe(0);
    expect(runs.bias.settings).toMatchObject({ learningRate: 0.2, b3: 1 });
  });
});

describe('the link fields lesson=, card= and hide=', () => {
  const read = (hash: string) => {
    const { state, notices } = parseHash(hash);
    return { lesson: state.lesson, hide: state.hide, notices: notices.map(tm) };
  };

  it('read a lesson at a card and the panels to hide, and write them back', () => {
    expect(read('#lesson=learning-rate&card=3&hide=race,sweep,import')).toEqual({
      lesson: { id: 'learning-rate', card: 3 },
      hide: ['race', 'sweep', 'import'],
      notices: [],
    });
    const state = { scenario: 'bias', settings: biasScenario.defaults, iter: 0 } as const;
    expect(formatHash({ ...state, lesson: { id: 'learning-rate', card: 3 }, hide: ['race', 'sweep'] })).toBe(
      '#scenario=bias&lr=0.1&b3=0&iter=0&data=0:0,0.5:1,1:0&lesson=learning-rate&card=3&hide=race,sweep',
    );
    expect(formatHash({ ...state, hide: [] })).toBe('#scenario=bias&lr=0.1&b3=0&iter=0&data=0:0,0.5:1,1:0');
  });

  it('a lesson without a card starts at the first; nothing at all leaves both out', () => {
    expect(read('#lesson=backprop')).toEqual({ lesson: { id: 'backprop', card: 1 }, hide: undefined, notices: [] });
    expect(read('#scenario=bias')).toEqual({ lesson: undefined, hide: undefined, notices: [] });
  });

  it('ignore what is malformed, each with a notice naming it, and apply the rest', () => {
    expect(read('#lesson=Learning_Rate&card=2')).toEqual({
      lesson: undefined,
      hide: undefined,
      notices: ['Ignored lesson in the link: a lesson is named in lower-case words joined by hyphens.'],
    });
    const badCard = read('#lesson=backprop&card=0');
    expect(badCard.lesson).toEqual({ id: 'backprop', card: 1 });
    expect(badCard.notices).toHaveLength(1);
    expect(badCard.notices[0]).toMatch(/^Ignored card in the link/);
    expect(read('#card=2').notices).toEqual([
      'Ignored card in the link: it needs a lesson beside it (lesson=…&card=…).',
    ]);
    expect(read('#hide=race,chat,sweep')).toEqual({
      lesson: undefined,
      hide: ['race', 'sweep'],
      notices: ['Ignored “chat” in hide: the panels that can be hidden are race, sweep, import, data, graph, history.'],
    });
  });
});
