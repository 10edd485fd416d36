import { useDescent } from '../../store/descentStore';

/** What a link asked for that could not be applied, each naming its field. */
export function Notices() {
  const notices = useDescent((s) => s.notices);
  const dismiss = useDescent((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
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
  );
}
