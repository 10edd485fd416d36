import type { Data } from '../../engine/point';
import { noisyLine, scaled, type DataSet } from '../dataSets';

/** The linreg sets, beginning with the article's own data (passed in: it is defined beside the scenario). */
export function linregDataSets(article: Data): readonly DataSet[] {
  return [
    {
      id: 'article',
      label: 'The article’s 1 to 5',
      description: 'The seed article’s data: x = y = 1, 2, 3, 4, 5.',
      data: article,
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
      data: scaled(article, 1000),
    },
  ];
}
