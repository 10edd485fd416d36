import { useEffect } from 'react';
import { useDescent } from '../../store/descentStore';
import { useT } from '../common/useT';

/**
 * `<html lang>` and the tab's title follow the page's language, so screen readers, hyphenation
 * and the browser's tab strip follow it too.
 */
export function useDocumentLanguage(): void {
  const language = useDescent((s) => s.language);
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('shell.documentTitle');
  }, [language, t]);
}
