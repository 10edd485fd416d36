import type { Data, Point } from '../engine/point';
import { mulberry32 } from '../engine/random';
import { short } from '../format/number';
import type { Parsed } from '../format/parseNumber';
import { msg, type MessageKey, type Msg } from '../i18n/i18n';
import { niceFloor } from '../engine/rateScale';
import type { CommonSettings, LearningRateBands, Scenario } from './scenario';
import { MAX_POINTS } from './data';

/** A ready-made data set: plain points and a sentence on what it teaches. */
export interface DataSet {
  readonly id: string;
  readonly label: MessageKey;
  /** What the set teaches; null for a scenario's own data, which needs no words. */
  readonly description: MessageKey | null;
  /** The points; a real table's are empty until its load() has resolved. */
  readonly data: Data;
  /**
   * A real, published table: loaded on first use (its own chunk, kept out of the first load),
   * named in links by its id rather than spelled out, and shown with where it comes from.
   */
  readonly table?: { load(): Promise<Data>; readonly source: MessageKey };
}

const NO_POINTS: Data = [];

/** A real table as a data set, its points imported when first asked for. */
export function tableSet(
  id: string,
  label: MessageKey,
  description: MessageKey,
  source: MessageKey,
  load: () => Promise<Data>,
): DataSet {
  let loaded: Data | undefined;
  let loading: Promise<Data> | undefined;
  return {
    id,
    label,
    description,
    get data() {
      return loaded ?? NO_POINTS;
    },
    table: {
      source,
      load: () => (loading ??= load().then((data) => (loaded = data))),
    },
  };
}

/** The points of a ready-made set, loading a real table's first. */
export const pointsOf = (set: DataSet): Promise<Data> => set.table?.load() ?? Promise.resolve(set.data);

/** Three decimals keep links short; the sets are examples, not measurements. */
const round3 = (v: number) => Math.round(v * 1000) / 1000 || 0;

/** `count` points along y = a + b·x over [x0, x1] with seeded Gaussian noise (Box–Muller). */
export function noisyLine(
  seed: number,
  count: number,
  [x0, x1]: [number, number],
  a: number,
  b: number,
  sd: number,
): Data {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, i): Point => {
    const x = x0 + ((x1 - x0) * i) / (count - 1);
    const noise = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return { x: round3(x), y: round3(a + b * x + sd * noise) };
  });
}

/** The same points with x multiplied by `factor` (a change of unit). */
export const scaled = (data: Data, factor: number): Data => data.map((p) => ({ x: p.x * factor, y: p.y }));

const samePoints = (a: Data, b: Data) =>
  a === b || (a.length > 0 && a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y));

/** A scenario's ready-made sets: its own list, or just its seed data when it names none. */
export function dataSetsOf<S extends CommonSettings, T>(scenario: Scenario<S, T>): readonly DataSet[] {
  return scenario.dataSets ?? [{ id: 'seed', label: 'set.own', description: null, data: scenario.defaults.data }];
}

/** Fewest points a scenario learns from (1 unless it says more). */
export function minPointsOf<S extends CommonSettings, T>(scenario: Scenario<S, T>): number {
  return scenario.minPoints ?? 1;
}

/** Most points a scenario learns from (MAX_POINTS, the editable size, unless it says more). */
export function maxPointsOf<S extends CommonSettings, T>(scenario: Scenario<S, T>): number {
  return scenario.maxPoints ?? MAX_POINTS;
}

/** The ready-made set these points are, if any (an edited or imported set is none). */
export function matchingSet(sets: readonly DataSet[], data: Data): DataSet | undefined {
  return sets.find((set) => samePoints(set.data, data));
}

export interface Standardized {
  readonly data: Data;
  /** The mean and (population) standard deviation of x before. */
  readonly mean: number;
  readonly sd: number;
}

/** x rescaled to mean 0 and standard deviation 1 (y unchanged), as features are before training. */
export function standardizeX(data: Data): Parsed<Standardized> {
  const n = data.length;
  const mean = data.reduce((s, p) => s + p.x, 0) / n;
  const sd = Math.sqrt(data.reduce((s, p) => s + (p.x - mean) ** 2, 0) / n);
  if (!(sd > 0)) return { ok: false, error: msg('data.noSpread') };
  return { ok: true, value: { data: data.map((p) => ({ x: (p.x - mean) / sd || 0, y: p.y })), mean, sd } };
}

/** The notice after standardizing: what was subtracted and divided. */
export function standardizeMessage({ mean, sd }: Standardized): Msg {
  return msg('data.standardized', { mean: short(mean), sd: short(sd) });
}

/**
 * x "needs scaling" when its values are large (hundreds or more) or when the safe learning rates
 * for this data end below the slider's range: then Standardize x is offered.
 */
export function xNeedsScaling(data: Data, safeRate: number, slowestRate: number): boolean {
  return safeRate < slowestRate || data.some((p) => Math.abs(p.x) >= 100);
}

/**
 * The rate a new data set needs when `rate` diverges on it for certain (above its exact bands'
 * limit), or null when it does not (or when no rate of the field's is safe: x that needs
 * scaling, where Standardize x is the remedy). A round rate in the steady band, so the first run on
 * the new data descends as a lesson expects; local bands (the network's) only say "may diverge".
 */
export function safeRateFor(bands: LearningRateBands, rate: number, slowest: number): number | null {
  if (bands.local || !(rate > bands.divergesAbove)) return null;
  const safe = Math.max(slowest, niceFloor(bands.monotoneBelow));
  return safe < bands.divergesAbove ? safe : null;
}
