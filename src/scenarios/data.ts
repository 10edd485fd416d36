import type { Data, Point } from '../engine/point';
import { roundTrip } from '../format/number';
import { checkRange, parseNumber, type Parsed } from '../format/parseNumber';
import { msg } from '../i18n/i18n';

/** Points a scenario takes by default, and the most that are edited one by one and written into a link. */
export const MAX_POINTS = 200;
/** The most points any scenario takes (linreg's tables). */
export const MAX_TABLE_ROWS = 100_000;
/** Coordinates beyond this make the charts meaningless and the losses overflow. */
export const COORDINATE_LIMIT = 1e4;
const COORDINATE = { min: -COORDINATE_LIMIT, max: COORDINATE_LIMIT };

export function checkData(points: Data, max = MAX_POINTS): Parsed<Data> {
  if (points.length === 0) return { ok: false, error: msg('data.tooFew') };
  if (points.length > max) {
    return { ok: false, error: msg('data.tooMany', { max, count: points.length }) };
  }
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    // The message naming a point is made only for the one refused: 100,000 of them cost 40 ms.
    if (
      Number.isFinite(p.x) &&
      Number.isFinite(p.y) &&
      Math.abs(p.x) <= COORDINATE_LIMIT &&
      Math.abs(p.y) <= COORDINATE_LIMIT
    )
      continue;
    for (const [axis, v] of [
      ['x', p.x],
      ['y', p.y],
    ] as const) {
      const checked = checkRange(v, COORDINATE, msg('data.pointAxis', { point: i + 1, axis }));
      if (!checked.ok) return checked;
    }
  }
  return { ok: true, value: points };
}

/** "0:0,0.5:1,1:0" → points (the URL's data field). */
export function parseData(text: string): Parsed<Data> {
  if (text.trim() === '') return { ok: false, error: msg('data.tooFew') };
  const pairs = text.split(',');
  if (pairs.length > MAX_POINTS) {
    return { ok: false, error: msg('data.tooMany', { max: MAX_POINTS, count: pairs.length }) };
  }
  const points: Point[] = [];
  for (const [i, pair] of pairs.entries()) {
    const parts = pair.split(':');
    if (parts.length !== 2) return { ok: false, error: msg('data.notPair', { point: i + 1 }) };
    const x = parseNumber(parts[0]!);
    const y = parseNumber(parts[1]!);
    if (!x.ok) return { ok: false, error: msg('data.pointError', { point: i + 1, axis: 'x', error: x.error }) };
    if (!y.ok) return { ok: false, error: msg('data.pointError', { point: i + 1, axis: 'y', error: y.error }) };
    points.push({ x: x.value, y: y.value });
  }
  return checkData(points);
}

export function formatData(points: Data): string {
  return points.map((p) => `${roundTrip(p.x)}:${roundTrip(p.y)}`).join(',');
}

export function movePoint(points: Data, index: number, point: Point): Data {
  return points.map((p, i) => (i === index ? point : p));
}

export function removePoint(points: Data, index: number): Data {
  return points.filter((_, i) => i !== index);
}

/** A new point just right of the data, at the mean height: visible, and easy to drag from. */
export function nextPoint(points: Data): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  const xs = points.map((p) => p.x);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const step = points.length > 1 ? (hi - lo) / (points.length - 1) || 1 : 1;
  const y = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  return { x: Number((hi + step).toPrecision(12)), y: Number(y.toPrecision(12)) };
}
