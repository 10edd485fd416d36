import { useSyncExternalStore } from 'react';
import { useT } from '../common/useT';
import { dismissUpdate, subscribeToUpdate, waitingUpdate } from './waitingUpdate';

/**
 * "A new version is ready": shown to a returning visitor once the new build is downloaded. Nothing
 * changes under the class until Reload is chosen; the page then reloads into the new build and
 * the link brings the run back.
 */
export function UpdatePrompt() {
  const t = useT();
  const apply = useSyncExternalStore(subscribeToUpdate, waitingUpdate, () => null);
  if (!apply) return null;
  return (
    <div className="notices update-notice" role="status">
      <p>{t('shell.update.ready')}</p>
      <div className="button-row">
        <button type="button" onClick={apply}>
          {t('shell.update.reload')}
        </button>
        <button type="button" onClick={dismissUpdate} aria-label={t('shell.update.dismissThis')}>
          {t('shell.update.dismiss')}
        </button>
      </div>
    </div>
  );
}
