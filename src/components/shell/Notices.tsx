import { useDescent } from '../../store/descentStore';

/**
 * Notices above the page: what a link asked for that could not be applied (each naming its field),
 * and the last undoable change (an import, a data set, Standardize x...) with its Undo button.
 */
export function Notices() {
  const notices = useDescent((s) => s.notices);
  const dismiss = useDescent((s) => s.dismissNotices);
  return (
    <>
      {notices.length > 0 && (
        <div className="notices" role="alert">
          <p>Some of the link could not be used; the rest is applied:</p>
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
      <UndoNotice />
    </>
  );
}

/** Polite, not an alert: the change was asked for; the notice only offers the way back. */
function UndoNotice() {
  const undoable = useDescent((s) => s.undoable);
  const undo = useDescent((s) => s.undo);
  const dismiss = useDescent((s) => s.dismissUndo);
  if (!undoable) return null;
  return (
    <div className="notices undo-notice" aria-live="polite">
      <p>{undoable.message}</p>
      <div className="button-row">
        <button type="button" onClick={undo}>
          Undo
        </button>
        <button type="button" onClick={dismiss} aria-label="Dismiss this notice">
          Dismiss
        </button>
      </div>
    </div>
  );
}
