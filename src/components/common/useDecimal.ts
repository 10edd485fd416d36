import { localeDecimal } from '../../i18n/locale';
import { useT } from './useT';

/**
 * The decimal sign of the page's language, for what writes numbers itself (the charts' ticks).
 * Read through useT, so a component calling it renders again when the language changes, and
 * passes the new sign to charts whose ticks are memoised on it.
 */
export function useDecimal(): string {
  useT();
  return localeDecimal();
}
