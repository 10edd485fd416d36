import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { fillSlots, type Typeset } from './mathTemplate';
import { loadTypesetter } from './typeset';

interface MathBlockProps {
  /** The formula in TeX. */
  readonly tex: string;
  /** The same formula as plain text: shown until the typesetter loads, and if it fails. */
  readonly text: string;
}

/**
 * Memoised: a formula is typeset again only when its TeX changes, and then only when its shape
 * does. A live formula keeps its typeset markup from step to step (React leaves an unchanged
 * innerHTML alone); its numbers are written into the markup's slots before the browser paints.
 */
export const MathBlock = memo(function MathBlock({ tex, text }: MathBlockProps) {
  const [render, setRender] = useState<((tex: string) => Typeset) | null>(null);
  const ref = useRef<HTMLDivElement>(null);
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
  const typeset = useMemo(() => (render ? render(tex) : null), [render, tex]);
  const markup = typeset?.markup;
  const html = useMemo(() => (markup === undefined ? null : { __html: markup }), [markup]);
  useLayoutEffect(() => {
    if (ref.current && typeset) fillSlots(ref.current, typeset.values);
  }, [typeset]);
  if (!html) return <p className="math math-fallback">{text}</p>;
  // Focusable: a long formula scrolls sideways on a narrow screen, and keyboards must reach it.
  return <div ref={ref} className="math" tabIndex={0} dangerouslySetInnerHTML={html} />;
});
