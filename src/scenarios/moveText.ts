import { exponent, fixed } from '../format/number';
import { t } from '../i18n/i18n';

/** The table's decimals: a move narrated with more would show digits no panel shows. */
const MOST_DECIMALS = 4;

/**
 * A parameter's move in the status's prose: "from 1.57 to 2.19" with 2 decimals, or as many more,
 * up to the table's 4, as the two values need to read differently (a step near the minimum read
 * "from 1.82 to 1.82"); a move too small to show at 4 decimals is given as its change in exponent
 * form, "by 3.0e-6 to 2.6092".
 */
export function moveText(from: number, to: number): string {
  for (let digits = 2; digits <= MOST_DECIMALS; digits++) {
    const pair = [fixed(from, digits), fixed(to, digits)] as const;
    if (pair[0] !== pair[1] || from === to) return t('scenario.move.fromTo', { from: pair[0], to: pair[1] });
  }
  return t('scenario.move.by', { change: exponent(to - from, 1), to: fixed(to, MOST_DECIMALS) });
}
