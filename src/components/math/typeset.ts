/**
 * Typesetting with Temml, loaded on first use so its ~50 KB stay out of the first page load.
 * Temml writes MathML, which Chromium renders natively and screen readers speak.
 */
import { byShape, type Typeset } from './mathTemplate';

let loading: Promise<(tex: string) => Typeset> | null = null;

export function loadTypesetter(): Promise<(tex: string) => Typeset> {
  loading ??= Promise.all([import('temml'), import('temml/dist/Temml-Local.css')]).then(([temml]) =>
    byShape((tex: string) =>
      // The page's Content-Security-Policy forbids inline style attributes; the two Temml writes
      // (block display, accent depth) are in the stylesheet instead.
      temml.default.renderToString(tex, { displayMode: true, throwOnError: false }).replace(/ style="[^"]*"/g, ''),
    ),
  );
  return loading;
}
