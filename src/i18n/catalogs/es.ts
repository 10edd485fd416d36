/**
 * El catálogo en español: the same keys as the English one (the types below refuse a missing or an
 * extra key), written as a Spanish-speaking maths teacher would say it, not word for word.
 */
import { charts } from './es/charts';
import { controls } from './es/controls';
import { data } from './es/data';
import { graph } from './es/graph';
import { input } from './es/input';
import { lessons } from './es/lessons';
import { math } from './es/math';
import { output } from './es/output';
import { race } from './es/race';
import { scenarios } from './es/scenarios';
import { shell } from './es/shell';

// Each scenario's es.ts is typed as a translation of its en.ts, found by the folder as in en.ts.
const scenarioWords = import.meta.glob<Record<string, string>>('../../scenarios/*/messages/es.ts', {
  eager: true,
  import: 'messages',
});

export const es: Readonly<Record<string, string>> = Object.assign(
  {
    ...shell,
    ...controls,
    ...data,
    ...graph,
    ...input,
    ...lessons,
    ...math,
    ...output,
    ...race,
    ...charts,
    ...scenarios,
  },
  ...Object.values(scenarioWords),
);
