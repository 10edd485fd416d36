/**
 * The English catalog: every text the page shows, by key, in ICU MessageFormat ({name} for a
 * value, {count, plural, one {…} other {…}} for CLDR plurals). English is the source: its keys are
 * the MessageKey type, so a t() call with a key that is not here does not compile, and the Spanish
 * catalog must hold exactly these keys. One file per area of the page, merged here, and each
 * scenario's own words from its folder.
 */
import type { ScenarioMessages } from '../scenarioMessages';
import { charts } from './en/charts';
import { controls } from './en/controls';
import { data } from './en/data';
import { graph } from './en/graph';
import { input } from './en/input';
import { lessons } from './en/lessons';
import { math } from './en/math';
import { output } from './en/output';
import { race } from './en/race';
import { scenarios } from './en/scenarios';
import { shell } from './en/shell';

// Found by the folder, as the scenarios' views are: a new scenario's words need no line here. Eager,
// so they ride in this catalog's chunk, which loads only when English is shown.
const scenarioWords = import.meta.glob<Record<string, string>>('../../scenarios/*/messages/en.ts', {
  eager: true,
  import: 'messages',
});

const areas = {
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
};

/** Every key: the areas' and those each scenario's en.ts declares into ScenarioMessages. */
type Catalog = { readonly [Key in keyof typeof areas | keyof ScenarioMessages]: string };

export const en = Object.assign({}, areas, ...Object.values(scenarioWords)) as Catalog;
