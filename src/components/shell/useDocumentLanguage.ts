import { useEffect } from 'react';
import { useDescent } from '../../store/descentStore';

/** `<html lang>` follows the page's language, so screen readers and hyphenation follow it too. */
export function useDocumentLanguage(): void {
  const language = useDescent((s) => s.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
