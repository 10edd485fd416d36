import { lossAt } from '../../engine/graph';
import { surfaceGraph } from '../../engine/graphLoss';
import { plain } from '../../format/number';
import type { Parsed } from '../../format/parseNumber';
import { msg } from '../../i18n/i18n';
import { FUNCTIONS, parseSurface } from '../expression';
import { expressionErrorMsg } from '../expressionError';
import type { SurfaceSettings } from './surface';

/**
 * A typed f(x, y) read against the settings: the student's own surface, shown at once, or what is
 * wrong with it and where (the last good surface is kept). A formula whose value is not finite at
 * the start (log(x) from x = −1.5) is refused too: no step could start there.
 */
export function readSurface(settings: SurfaceSettings, text: string): Parsed<SurfaceSettings> {
  const parsed = parseSurface(text);
  if (!parsed.ok) return { ok: false, error: expressionErrorMsg(parsed.error, FUNCTIONS) };
  const custom = { text, expression: parsed.expression };
  if (!Number.isFinite(lossAt(surfaceGraph(custom.expression), [settings.x0, settings.y0]))) {
    return { ok: false, error: msg('surface.error.start', { x: plain(settings.x0), y: plain(settings.y0) }) };
  }
  return { ok: true, value: { ...settings, fn: 'custom', custom } };
}
