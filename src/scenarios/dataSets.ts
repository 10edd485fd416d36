import type { Data, Point } from '../engine/point';
import { mulberry32 } from '../engine/random';
import { short } from '../format/number';
import type { Parsed } from '../format/parseNumber';
import { BIAS_DATA } from './bias/bias';
import { LINREG_DATA } from './linreg/linreg';
import type { ScenarioId } from './scenario';

/** A ready-made data set: plain points and a sentence on what it teaches. */
export interface DataSet {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly data: Data;
}

/** Fewest points each scenario can learn from: a line needs two to be pinned down. */
export const MIN_POINTS: Record<ScenarioId, number> = { bias: 1, linreg: 2, network: 1 };

/** Three decimals keep links short; the sets are examples, not measurements. */
const round3 = (v: number) => Math.round(v * 1000) / 1000 || 0;

/** `count` points along y = a + b·x over [x0, x1] with seeded Gaussian noise (Box–Muller). */
function noisyLine(seed: number, count: number, [x0, x1]: [number, number], a: number, b: number, sd: number): Data {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, i): Point => {
    const x = x0 + ((x1 - x0) * i) / (count - 1);
    const noise = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return { x: round3(x), y: round3(a + b * x + sd * noise) };
  });
}

const scaled = (data: Data, factor: number): Data => data.map((p) => ({ x: p.x * factor, y: p.y }));

/** Dosage → efficacy sets, for the StatQuest network (bias and network scenarios). */
const DOSAGE_SETS: readonly DataSet[] = [
  {
    id: 'statquest',
    label: 'StatQuest’s three dosages',
    description: 'The video’s data: dosage 0, 0.5 and 1 with efficacy 0, 1 and 0.',
    data: BIAS_DATA,
  },
  {
    id: 'noisy-line',
    label: 'Linear with noise (30 points)',
    description:
      '30 noisy points along a rising line (seeded, the same every time). More points make the SSR steeper: ' +
      'for b3 its curvature is 2n = 60, so rates above 1/n ≈ 0.033 diverge.',
    data: noisyLine(7, 30, [0, 1], 0.1, 0.8, 0.1),
  },
  {
    id: 'outlier',
    label: 'One outlier',
    description:
      'Five dosages on StatQuest’s bump and one far above it: squared error lets that one point lift the whole fit.',
    data: [
      { x: 0, y: 0 },
      { x: 0.25, y: 0.5 },
      { x: 0.5, y: 1 },
      { x: 0.75, y: 0.5 },
      { x: 1, y: 0 },
      { x: 0.9, y: 3 },
    ],
  },
  {
    id: 'thousands',
    label: 'Dosage in milligrams (x in thousands)',
    description:
      'StatQuest’s data with dosages of 0 to 1000 mg. The network’s fixed weights were made for dosages near 0 to 1, ' +
      'so its curve runs thousands off this data, and training its weights (not b3 alone) needs a rate far below ' +
      'the slider’s range. Standardize x brings x back to a scale near 1.',
    data: scaled(BIAS_DATA, 1000),
  },
];

const LINREG_SETS: readonly DataSet[] = [
  {
    id: 'article',
    label: 'The article’s 1 to 5',
    description: 'The seed article’s data: x = y = 1, 2, 3, 4, 5.',
    data: LINREG_DATA,
  },
  {
    id: 'noisy-line',
    label: 'Linear with noise (30 points)',
    description:
      '30 noisy points along y = 1 + 0.5x (seeded, the same every time): the fitted line settles near, not on, ' +
      'the true one.',
    data: noisyLine(7, 30, [0, 8.7], 1, 0.5, 0.4),
  },
  {
    id: 'outlier',
    label: 'One outlier',
    description: 'Nine points on y = x and one far below it: squared error lets that one point tilt the whole line.',
    data: [...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((v) => ({ x: v, y: v })), { x: 10, y: 2 }],
  },
  {
    id: 'thousands',
    label: 'x in thousands',
    description:
      'The article’s data with x = 1000 to 5000. The loss is then so steep along w that every rate above about ' +
      '1e-7 diverges, far below the slider’s range: this is why features are scaled. Standardize x fixes it.',
    data: scaled(LINREG_DATA, 1000),
  },
];

export const DATA_SETS: Record<ScenarioId, readonly DataSet[]> = {
  bias: DOSAGE_SETS,
  linreg: LINREG_SETS,
  network: DOSAGE_SETS,
};

const samePoints = (a: Data, b: Data) =>
  a === b || (a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y));

/** The ready-made set these points are, if any (an edited or imported set is none). */
export function matchingSet(id: ScenarioId, data: Data): DataSet | undefined {
  return DATA_SETS[id].find((set) => samePoints(set.data, data));
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
  if (!(sd > 0)) return { ok: false, error: 'Every x is the same: there is no spread to scale.' };
  return { ok: true, value: { data: data.map((p) => ({ x: (p.x - mean) / sd || 0, y: p.y })), mean, sd } };
}

/** The notice after standardizing: what was subtracted and divided. */
export function standardizeMessage({ mean, sd }: Standardized): string {
  return `Standardized x: subtracted its mean ${short(mean)} and divided by its standard deviation ${short(sd)}, so x now has mean 0 and standard deviation 1.`;
}

/**
 * x "needs scaling" when its values are large (hundreds or more) or when the safe learning rates
 * for this data end below the slider's range: then Standardize x is offered.
 */
export function xNeedsScaling(data: Data, safeRate: number, slowestRate: number): boolean {
  return safeRate < slowestRate || data.some((p) => Math.abs(p.x) >= 100);
}
