import { STATQUEST_DATA } from '../engine/statquestNetwork';
import { noisyLine, scaled, type DataSet } from './dataSets';

/** Dosage → efficacy sets for the scenarios built on StatQuest's network (b3 alone, or all of it). */
export const DOSAGE_SETS: readonly DataSet[] = [
  {
    id: 'statquest',
    label: 'StatQuest’s three dosages',
    description: 'The video’s data: dosage 0, 0.5 and 1 with efficacy 0, 1 and 0.',
    data: STATQUEST_DATA,
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
    data: scaled(STATQUEST_DATA, 1000),
  },
];
