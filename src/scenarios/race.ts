import { OPTIMIZERS, PAPER_DEFAULTS, type HyperParameters, type OptimizerKind } from '../engine/optimizerKinds';
import type { Lane } from '../engine/race';
import { roundTrip } from '../format/number';
import { parseInRange, type Parsed, type Range } from '../format/parseNumber';
import { msg, type MessageKey } from '../i18n/i18n';

export const MAX_LANES = 4;
export const LANE_RATE: Range = { min: 0.001, max: 1 };
export const RACE_BUDGET = 2000;

/**
 * A race a teacher can start from: plain descent at the run's own rate (at a fixed 0.01 it looked
 * slower than the run on screen shows it to be), against momentum at 0.01 and Adam at 0.1.
 */
export function starterRace(learningRate: number): readonly Lane[] {
  const own = Math.min(LANE_RATE.max, Math.max(LANE_RATE.min, learningRate));
  return [
    { optimizer: 'gd', learningRate: own },
    { optimizer: 'momentum', learningRate: 0.01 },
    { optimizer: 'adam', learningRate: 0.1 },
  ];
}

/** The hyper-parameter fields: URL key, label and range. */
export const HYPER_FIELDS: readonly { key: keyof HyperParameters; label: MessageKey; range: Range }[] = [
  { key: 'mu', label: 'race.hyper.mu', range: { min: 0, max: 0.999 } },
  { key: 'rho', label: 'race.hyper.rho', range: { min: 0, max: 0.9999 } },
  { key: 'beta1', label: 'race.hyper.beta1', range: { min: 0, max: 0.999 } },
  { key: 'beta2', label: 'race.hyper.beta2', range: { min: 0, max: 0.99999 } },
  { key: 'epsilon', label: 'race.hyper.epsilon', range: { min: 1e-12, max: 1 } },
];

/** "gd:0.1,adam:0.05" ⇄ lanes (the link's race field). */
export function formatRace(lanes: readonly Lane[]): string {
  return lanes.map((l) => `${l.optimizer}:${roundTrip(l.learningRate)}`).join(',');
}

export function parseRace(text: string): Parsed<readonly Lane[]> {
  const parts = text.split(',').filter((p) => p !== '');
  if (parts.length === 0 || parts.length > MAX_LANES) {
    return { ok: false, error: msg('race.link.lanes', { max: MAX_LANES }) };
  }
  const lanes: Lane[] = [];
  for (const part of parts) {
    const [kind, rate] = part.split(':');
    if (!(OPTIMIZERS as readonly string[]).includes(kind ?? '')) {
      return { ok: false, error: msg('race.link.optimizer', { names: OPTIMIZERS.join(', ') }) };
    }
    const parsed = parseInRange(rate ?? '', LANE_RATE, msg('race.link.laneRate'));
    if (!parsed.ok) return parsed;
    lanes.push({ optimizer: kind as OptimizerKind, learningRate: parsed.value });
  }
  return { ok: true, value: lanes };
}

/** "mu:0.9,rho:0.9,..." ⇄ hyper-parameters; keys left out keep the papers' defaults. */
export function formatHyper(hyper: HyperParameters): string | null {
  const changed = HYPER_FIELDS.filter((f) => hyper[f.key] !== PAPER_DEFAULTS[f.key]);
  return changed.length === 0 ? null : changed.map((f) => `${f.key}:${roundTrip(hyper[f.key])}`).join(',');
}

export function parseHyper(text: string): Parsed<HyperParameters> {
  const hyper: Record<keyof HyperParameters, number> = { ...PAPER_DEFAULTS };
  for (const part of text.split(',').filter((p) => p !== '')) {
    const [key, value] = part.split(':');
    const field = HYPER_FIELDS.find((f) => f.key === key);
    if (!field) return { ok: false, error: msg('race.link.keys', { keys: HYPER_FIELDS.map((f) => f.key).join(', ') }) };
    const parsed = parseInRange(value ?? '', field.range, msg(field.label));
    if (!parsed.ok) return parsed;
    hyper[field.key] = parsed.value;
  }
  return { ok: true, value: hyper };
}
