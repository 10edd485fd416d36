/**
 * The English catalog: every text the page shows, by key, in ICU MessageFormat ({name} for a
 * value, {count, plural, one {…} other {…}} for CLDR plurals). English is the source: its keys are
 * the MessageKey type, so a t() call with a key that is not here does not compile, and the Spanish
 * catalog must hold exactly these keys. One file per area of the page, merged here.
 */
import { charts } from './en/charts';
import { controls } from './en/controls';
import { data } from './en/data';
import { input } from './en/input';
import { math } from './en/math';
import { output } from './en/output';
import { race } from './en/race';
import { scenarios } from './en/scenarios';
import { shell } from './en/shell';

export const en = { ...shell, ...controls, ...data, ...input, ...math, ...output, ...race, ...charts, ...scenarios };
