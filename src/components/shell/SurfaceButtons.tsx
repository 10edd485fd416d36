import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../common/useT';

// Each dialog's code is fetched the first time it opens (the recorder brings a GIF encoder).
const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));
const RecordDialog = lazy(() => import('../output/RecordDialog').then((m) => ({ default: m.RecordDialog })));

type Surface = 'embed' | 'record';

/** "Embed" and "Record animation": the page in a course page's iframe, and as a GIF or video. */
export function SurfaceButtons() {
  const t = useT();
  const [open, setOpen] = useState<Surface | null>(null);
  const [loaded, setLoaded] = useState<ReadonlySet<Surface>>(new Set());
  const show = (surface: Surface) => {
    setOpen(surface);
    setLoaded((s) => new Set(s).add(surface));
  };
  const close = () => setOpen(null);
  return (
    <>
      <button type="button" className="surface-button" onClick={() => show('embed')} aria-haspopup="dialog">
        {t('shell.embed')}
      </button>
      <button type="button" className="surface-button" onClick={() => show('record')} aria-haspopup="dialog">
        {t('shell.record')}
      </button>
      {/* In the body, not in the header (its colours) or the phone's folding menu (hidden when shut). */}
      {createPortal(
        <Suspense fallback={null}>
          {loaded.has('embed') && <EmbedDialog open={open === 'embed'} onClose={close} />}
          {loaded.has('record') && <RecordDialog open={open === 'record'} onClose={close} />}
        </Suspense>,
        document.body,
      )}
    </>
  );
}
