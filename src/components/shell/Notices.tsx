import { useDescent } from '../../store/descentStore';
import { useT } from '../common/useT';

/**
 * Notices above the page: what a link asked for that could not be applied (each naming its field),
 * and the last undoable change (an import, a data set, Standardize x...) with its Undo button.
 */
export function Notices() {
  const t = useT();
  const notices = useDescent((s) => s.notices);
  const dismiss = useDescent((s) => s.dismissNotices);
  return (
    <>
      {notices.length > 0 && (
        <div className="notices" role="alert">
          <p>{t('notices.link')}</p>
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{t.msg(n)}</li>
            ))}
          </ul>
          <button type="button" onClick={dismiss}>
            {t('notices.dismiss')}
          </button>
        </div>
      )}
      <UndoNotice />
    </>
  );
}

/** Polite, not an alert: the change was asked for; the notice only offers the way back. */
function UndoNotice() {
  const t = useT();
  const undoable = useDescent((s) => s.undoable);
  const undo = useDescent((s) => s.undo);
  const dismiss = useDescent((s) => s.dismissUndo);
  if (!undoable) return null;
  return (
    <div className="notices undo-notice" aria-live="polite">
      <p>{t.msg(undoable.message)}</p>
      <div className="button-row">
        <button type="button" onClick={undo}>
          {t('notices.undo')}
        </button>
        <button type="button" onClick={dismiss} aria-label={t('notices.dismissThis')}>
          {t('notices.dismiss')}
        </button>
      </div>
    </div>
  );
}
