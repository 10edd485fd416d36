import type { Data } from '../../engine/point';
import { noisyLine, scaled, type DataSet } from '../dataSets';
import { REAL_SETS } from './realSets/realSets';

/** The linreg sets, beginning with the article's own data (passed in: it is defined beside the scenario). */
export function linregDataSets(article: Data): readonly DataSet[] {
  return [
    {
      id: 'article',
      label: 'linreg.set.article',
      description: 'linreg.set.article.about',
      data: article,
    },
    {
      id: 'noisy-line',
      label: 'set.noisyLine',
      description: 'linreg.set.noisyLine.about',
      data: noisyLine(7, 30, [0, 8.7], 1, 0.5, 0.4),
    },
    {
      id: 'outlier',
      label: 'set.outlier',
      description: 'linreg.set.outlier.about',
      data: [...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((v) => ({ x: v, y: v })), { x: 10, y: 2 }],
    },
    {
      id: 'thousands',
      label: 'linreg.set.thousands',
      description: 'linreg.set.thousands.about',
      data: scaled(article, 1000),
    },
    ...REAL_SETS,
  ];
}
