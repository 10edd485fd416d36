import { memo, useEffect, useMemo, useState } from 'react';
import { loadTypesetter } from './typeset';

interface MathBlockProps {
  /** The formula in TeX. */
  readonly tex: string;
  /** The same formula as plain text: shown until the typesetter loads, and if it fails. */
  readonly text: string;
}

/** Memoised: a formula is typeset again only when its TeX changes. */
export const MathBlock = memo(function MathBlock({ tex, text }: MathBlockProps) {
  const [render, setRender] = useState<((tex: string) => string) | null>(null);
  useEffect(() => {
    let live = true;
    loadTypesetter().then(
      (r) => live && setRender(() => r),
      () => undefined, // keep the plain-text form
    );
    return () => {
      live = false;
    };
  }, []);
  const html = useMemo(() => (render ? { __html: render(tex) } : null), [render, tex]);
  if (!html) return <p className="math math-fallback">{text}</p>;
  // Focusable: a long formula scrolls sideways on a narrow screen, and keyboards must reach it.
  return <div className="math" tabIndex={0} dangerouslySetInnerHTML={html} />;
});
