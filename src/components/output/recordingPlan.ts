import type { CommonSettings, Scenario } from '../../scenarios/scenario';
import { stepRun, type Run } from '../../scenarios/run';

/** A recording holds at most this many steps (301 frames): a slide, not a film. */
export const MAX_RECORDED_STEPS = 300;

export type RecordingFormat = 'gif' | 'webm';

export interface FrameSize {
  readonly width: number;
  readonly height: number;
}

export const RECORDING_SIZES: readonly FrameSize[] = [
  { width: 960, height: 540 },
  { width: 1280, height: 720 },
];

/** Delays between frames a person can follow, in milliseconds. */
export const FRAME_DELAYS: readonly number[] = [100, 200, 400, 700, 1000];
export const DEFAULT_DELAY = 400;

/** The final frame stays this long (at least) before a looping GIF starts over. */
export const FINAL_HOLD_MS = 1500;

/**
 * How many steps the run takes from the shown iteration before a stopping rule ends it (at most
 * `max`): the same pure step function the store uses, on a copy of the run.
 */
export function stepsUntilStop<S extends CommonSettings, T>(
  scenario: Scenario<S, T>,
  run: Run<S, T>,
  max = MAX_RECORDED_STEPS,
): number {
  return stepRun(scenario, run, max).cursor - run.cursor;
}

/** `descent-bias-iter-0-12.gif`: the scenario and the first and last iteration shown. */
export function recordingName(scenario: string, from: number, to: number, format: RecordingFormat): string {
  return `descent-${scenario}-iter-${from}-${to}.${format}`;
}

/** Where each of `count` charts goes in a frame: side by side under a caption band, aspect kept. */
export function frameLayout(
  size: FrameSize,
  charts: readonly FrameSize[],
): { caption: number; boxes: { x: number; y: number; width: number; height: number }[] } {
  const caption = Math.round(size.height * 0.08);
  const pad = Math.round(size.width * 0.012);
  const cellWidth = (size.width - pad * (charts.length + 1)) / Math.max(1, charts.length);
  const cellHeight = size.height - caption - pad;
  const boxes = charts.map((chart, i) => {
    const scale = Math.min(cellWidth / chart.width, cellHeight / chart.height);
    const width = chart.width * scale;
    const height = chart.height * scale;
    return {
      x: Math.round(pad + i * (cellWidth + pad) + (cellWidth - width) / 2),
      y: Math.round(caption + (cellHeight - height) / 2),
      width: Math.round(width),
      height: Math.round(height),
    };
  });
  return { caption, boxes };
}
