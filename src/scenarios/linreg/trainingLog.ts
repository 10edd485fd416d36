import type { LinregStep } from '../../engine/linreg';
import type { Trail } from '../../engine/trail';
import { pyFixed } from '../../format/python';
import { batchesOf, type LinregSettings } from './linreg';

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
 * Epoch `epoch` as one line's step: with full batches its one update; with mini-batches the
 * whole data's loss before its first batch and w, b after its last, as the script would print an
 * epoch of any batch size.
 */
function epochStep(history: Trail<LinregStep>, epoch: number, batches: number): LinregStep {
  if (batches === 1) return history.at(epoch);
  const first = history.at(epoch * batches);
  const last = history.at(epoch * batches + batches - 1);
  return { ...last, loss: first.fullLoss };
}

/**
 * The script's output for the first `count` updates: a line every `every` epochs (once each
 * epoch is complete), then, once the epoch budget is spent, a blank line, "Training finished" and
 * the final parameters. `epochLines` counts every epoch line, shown or not.
 */
export function trainingLog(
  history: Trail<LinregStep>,
  count: number,
  settings: LinregSettings,
  { lineOf = (_, step) => logLine(step()), newest = Infinity }: LogOptions = {},
): { lines: string[]; epochLines: number } {
  const batches = batchesOf(settings);
  const epochs = Math.floor(count / batches);
  const epochLines = Math.ceil(epochs / settings.every);
  const lines: string[] = [];
  for (let k = Math.max(0, epochLines - newest); k < epochLines; k++)
    lines.push(lineOf(k * settings.every, () => epochStep(history, k * settings.every, batches)));
  const last = count > 0 ? history.at(count - 1) : undefined;
  if (epochs >= settings.epochs && last) {
    lines.push('', 'Training finished', `Final parameters: w=${pyFixed(last.newW, 6)}, b=${pyFixed(last.newB, 6)}`);
  }
  return { lines, epochLines };
}
