import { useDescent } from '../../store/descentStore';
import { t, tm, type MessageKey, type MessageValues, type Msg } from '../../i18n/i18n';

export interface Translate {
  (id: MessageKey, values?: MessageValues): string;
  /** A kept message (a notice, a parse error) in words. */
  readonly msg: (message: Msg) => string;
}

const translators = new Map<string, Translate>();

/**
 * The words of the page's language. A component that shows text calls this, so it renders again
 * when the language changes; the function's identity changes with the language, so memoised
 * children that take it as a prop follow too.
 */
export function useT(): Translate {
  const language = useDescent((s) => s.language);
  let translate = translators.get(language);
  if (!translate) {
    translate = Object.assign((id: MessageKey, values?: MessageValues) => t(id, values), { msg: tm });
    translators.set(language, translate);
  }
  return translate;
}
