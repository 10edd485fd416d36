import type { LinregStep } from '../../engine/linreg';
import type { Trail } from '../../engine/trail';
import { pyFixed } from '../../format/python';
import type { LinregSettings } from './linreg';

/** One line of the reference script's output: `Epoch 0, Loss=11.000000, w=0.220000, b=0.060000`. */
export function logLine(step: LinregStep): string {
  return `Epoch ${step.epoch}, Loss=${pyFixed(step.loss, 6)}, w=${pyFixed(step.newW, 6)}, b=${pyFixed(step.newB, 6)}`;
}

export interface LogOptions {
  /**
   * Epoch `epoch`'s line; `step` replays that epoch, so a cache (the page keeps one) can answer
   * without replaying it.
   */
  readonly lineOf?: (epoch: number, step: () => LinregStep) => string;
  /** Keep only the newest this many epoch lines (the footer always stays). */
  readonly newest?: number;
}

/**
 * The script's output for the first `count` epochs: a line every `every` epochs, then, once the
 * epoch budget is spent, a blank line, "Training finished" and the final parameters.
 * `epochLines` counts every epoch line, shown or not.
 */
export function trainingLog(
  history: Trail<LinregStep>,
  count: number,
  settings: LinregSettings,
  { lineOf = (_, step) => logLine(step()), newest = Infinity }: LogOptions = {},
): { lines: string[]; epochLines: number } {
  const epochLines = Math.ceil(count / settings.every);
  const lines: string[] = [];
  for (let k = Math.max(0, epochLines - newest); k < epochLines; k++)
    lines.push(lineOf(k * settings.every, () => history.at(k * settings.every)));
  const last = count > 0 ? history.at(count - 1) : undefined;
  if (count >= settings.epochs && last) {
    lines.push('', 'Training finished', `Final parameters: w=${pyFixed(last.newW, 6)}, b=${pyFixed(last.newB, 6)}`);
  }
  return { lines, epochLines };
}
