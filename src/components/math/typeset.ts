/**
 * Typesetting with Temml, loaded on first use so its ~50 KB stay out of the first page load.
 * Temml writes MathML, which Chromium renders natively and screen readers speak.
 */
import { byShape, type Typeset } from './mathTemplate';

let loading: Promise<(tex: string) => Typeset> | null = null;

export function loadTypesetter(): Promise<(tex: string) => Typeset> {
  loading ??= Promise.all([import('temml'), import('temml/dist/Temml-Local.css'), import('./mathFonts.css')]).then(
    ([temml]) =>
      byShape((tex: string) =>
        // Not Temml's display mode, which keeps a formula on one line however long: its inline mode
        // with TeX's wrapping splits the formula after each top-level "+" and "=", and Temml's CSS
        // (a wrapping flex box) lets a long sum continue on the next line inside its panel. The
        // stylesheet draws it in display style (math-style: normal) all the same.
        // The page's Content-Security-Policy forbids inline style attributes; the two Temml writes
        // (block display, accent depth) are in the stylesheet instead.
        // Sums keep their limits above and below, as in display mode.
        temml.default
          .renderToString(tex.replace(/\\sum(?!\\limits)/g, '\\sum\\limits'), {
            displayMode: false,
            wrap: 'tex',
            throwOnError: false,
          })
          .replace(/ style="[^"]*"/g, ''),
      ),
  );
  return loading;
}
