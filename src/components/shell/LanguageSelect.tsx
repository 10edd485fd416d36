import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../../i18n/languages';
import { useDescent } from '../../store/descentStore';
import { useT } from '../common/useT';

/**
 * "Language" / "Idioma": each option named in its own language (and marked with its lang, so a
 * screen reader says "Español" in Spanish). Switching keeps the run, the settings and the focus.
 */
export function LanguageSelect() {
  const t = useT();
  const language = useDescent((s) => s.language);
  const setLanguage = useDescent((s) => s.setLanguage);
  return (
    <div className="field inline">
      <label htmlFor="language">{t('shell.language')}</label>
      <select
        id="language"
        value={language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void setLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
