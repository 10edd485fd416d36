import { dsvFormat } from 'd3';
import type { Data, Point } from '../engine/point';
import { fixed, plain, roundTrip } from '../format/number';
import { msg, type Msg } from '../i18n/i18n';
import { COORDINATE_LIMIT, MAX_POINTS } from './data';

/**
 * Points as CSV text, both ways: what "Import data" reads (pasted or from a file) and what
 * "Download data" writes. Pure, so every accepted form and every refusal is pinned by a unit test.
 */

/** A file larger than this is refused before it is read: 200 points never need that much text. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type Separator = ',' | ';' | '\t';

export interface CsvPoints {
  readonly ok: true;
  readonly points: Data;
  /** The header row's first two names, when the text has one. */
  readonly header: readonly [string, string] | null;
  readonly separator: Separator;
  /** Some cell was written with a decimal comma ("0,5"). */
  readonly decimalComma: boolean;
  /** The most cells any row had beyond x and y (they are ignored). */
  readonly extraColumns: number;
}

export interface CsvRefusal {
  readonly ok: false;
  /** What is wrong, naming the line when one line is to blame ("line 4: "abc" is not a number"). */
  readonly error: Msg;
  readonly line: number | null;
}

export type CsvResult = CsvPoints | CsvRefusal;

const refuse = (error: Msg, line: number | null = null): CsvRefusal => ({
  ok: false,
  error: line === null ? error : msg('data.csv.atLine', { line, error }),
  line,
});

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** Spellings of a non-finite value that Number() or a spreadsheet would produce. */
const NON_FINITE = /^[+-]?(nan|inf|infinity|∞)$/i;

/**
 * The separator: a tab or a semicolon when the first non-blank line has one (so "0,5;1" keeps its
 * decimal comma), else a comma. One line decides, as a spreadsheet's export is uniform; the
 * characters are counted rather than parsed, since d3 reads a quoted cell followed by any
 * character as two cells.
 */
export function detectSeparator(text: string): Separator {
  const first = /^.*\S.*$/m.exec(text)?.[0] ?? '';
  return first.includes('\t') ? '\t' : first.includes(';') ? ';' : ',';
}

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/** A cell without the spaces around it, and without quotes that spaces kept d3 from seeing. */
function clean(cell: string): string {
  const text = cell.trim();
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1).replace(/""/g, '"') : text;
}

type Cell = { kind: 'number'; value: number; comma: boolean } | { kind: 'nonfinite' } | { kind: 'text' };

function readCell(text: string, separator: Separator): Cell {
  // A decimal comma only where the comma cannot be the separator (European exports use ";" or tab).
  const comma = separator !== ',' && /^[+-]?\d*,\d+(e[+-]?\d+)?$/i.test(text);
  const plain = comma ? text.replace(',', '.') : text;
  if (NON_FINITE.test(plain)) return { kind: 'nonfinite' };
  if (!DECIMAL.test(plain)) return { kind: 'text' };
  const value = Number(plain);
  if (!Number.isFinite(value)) return { kind: 'nonfinite' };
  return { kind: 'number', value: value === 0 ? 0 : value, comma };
}

/** A cell quoted in a message (the message adds the quotes): short, and never a bare NaN or Infinity on the page. */
function quote(text: string): string {
  const clipped = text.length > 24 ? `${text.slice(0, 24)}…` : text;
  return clipped.replace(/NaN|Infinity/gi, '?');
}

/** Text → points, or the first reason (with its line) why not. The current data is never touched here. */
export function parseDataCsv(raw: string, minPoints = 1): CsvResult {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') return refuse(msg('data.csv.empty'));
  const separator = detectSeparator(text);
  const rows = dsvFormat(separator).parseRows(text);

  const points: Point[] = [];
  let header: readonly [string, string] | null = null;
  let decimalComma = false;
  let extraColumns = 0;
  let line = 1;
  let seenRow = false;
  for (const row of rows) {
    const here = line;
    // A quoted cell may hold a line break: the next row starts that many lines further on.
    line += 1 + row.reduce((n, cell) => n + (cell.match(/\r?\n/g)?.length ?? 0), 0);
    if (isBlank(row)) continue;
    const first = !seenRow;
    seenRow = true;
    const cells = row.map(clean);
    if (cells.length < 2) {
      return refuse(msg('data.csv.oneColumn', { cell: quote(cells[0]!) }), here);
    }
    const [x, y] = [readCell(cells[0]!, separator), readCell(cells[1]!, separator)];
    // The first row names the columns when neither of its first two cells is a number.
    if (first && x.kind === 'text' && y.kind === 'text') {
      header = [cells[0]!, cells[1]!];
      extraColumns = Math.max(extraColumns, cells.length - 2);
      continue;
    }
    for (const [axis, cell, source] of [
      ['x', x, cells[0]!],
      ['y', y, cells[1]!],
    ] as const) {
      if (source === '') return refuse(msg('data.csv.emptyCell', { axis }), here);
      if (cell.kind === 'nonfinite') return refuse(msg('data.csv.notFinite', { axis }), here);
      if (cell.kind === 'text') {
        const comma = separator === ',' && /^[+-]?\d*,\d+$/.test(source);
        return refuse(msg(comma ? 'data.csv.notNumberComma' : 'data.csv.notNumber', { cell: quote(source) }), here);
      }
      if (Math.abs(cell.value) > COORDINATE_LIMIT) {
        return refuse(
          msg('data.csv.beyond', { axis, value: plain(cell.value), limit: String(COORDINATE_LIMIT) }),
          here,
        );
      }
      decimalComma ||= cell.comma;
    }
    if (points.length === MAX_POINTS) {
      return refuse(msg('data.csv.tooMany', { max: MAX_POINTS }), here);
    }
    points.push({ x: (x as { value: number }).value, y: (y as { value: number }).value });
    extraColumns = Math.max(extraColumns, cells.length - 2);
  }
  if (points.length < minPoints) {
    return refuse(
      points.length === 0
        ? msg('data.csv.onlyHeader', { min: minPoints })
        : msg('data.csv.tooFew', { count: points.length, min: minPoints }),
    );
  }
  return { ok: true, points, header, separator, decimalComma, extraColumns };
}

/** The points as CSV with the header x,y and round-trip numbers: importing it gives them back exactly. */
export function dataToCsv(points: Data): string {
  return `x,y\n${points.map((p) => `${roundTrip(p.x)},${roundTrip(p.y)}`).join('\n')}\n`;
}

export type FileText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: Msg };

/** A file over 1 MB is refused before it is read. */
export function checkFileSize(name: string, size: number): Msg | null {
  return size > MAX_FILE_BYTES ? msg('data.file.tooLarge', { name, size: fixed(size / MAX_FILE_BYTES, 1) }) : null;
}

/** A file's bytes as text, or why not: a NUL byte or invalid UTF-8, as an .xlsx or an image has. */
export function decodeCsvFile(name: string, bytes: Uint8Array): FileText {
  const tooLarge = checkFileSize(name, bytes.length);
  if (tooLarge) return { ok: false, error: tooLarge };
  if (bytes.includes(0)) return { ok: false, error: msg('data.file.notText', { name }) };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: msg('data.file.notUtf8', { name }) };
  }
}
