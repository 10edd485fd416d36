import { STATQUEST_DATA } from '../engine/statquestNetwork';
import { noisyLine, scaled, type DataSet } from './dataSets';

/** Dosage → efficacy sets for the scenarios built on StatQuest's network (b3 alone, or all of it). */
export const DOSAGE_SETS: readonly DataSet[] = [
  {
    id: 'statquest',
    label: 'set.statquest',
    description: 'set.statquest.about',
    data: STATQUEST_DATA,
  },
  {
    id: 'noisy-line',
    label: 'set.noisyLine',
    description: 'set.noisyLine.dosage.about',
    data: noisyLine(7, 30, [0, 1], 0.1, 0.8, 0.1),
  },
  {
    id: 'outlier',
    label: 'set.outlier',
    description: 'set.outlier.dosage.about',
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
    label: 'set.thousands.dosage',
    description: 'set.thousands.dosage.about',
    data: scaled(STATQUEST_DATA, 1000),
  },
];
