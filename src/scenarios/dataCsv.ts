import { dsvFormat } from 'd3';
import type { Data } from '../engine/point';
import { fixed, roundTrip } from '../format/number';
import { msg, type Msg } from '../i18n/i18n';
import { COORDINATE_LIMIT } from './data';

/**
 * CSV text, cell by cell: what "Import data" reads (pasted or from a file, through the table
 * parser in dataTable.ts) and what "Download data" writes. Pure, so every accepted form and every
 * refusal is pinned by a unit test. d3's dsvFormat splits the rows (quotes, CRLF); this module says
 * what each cell holds.
 */

/** A file larger than this is refused before it is read: 100,000 rows of eight columns take about 7 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MEGABYTE = 1024 * 1024;

export type Separator = ',' | ';' | '\t';

export interface CsvRefusal {
  readonly ok: false;
  /** What is wrong, naming the line when one line is to blame ("line 4: "abc" is not a number"). */
  readonly error: Msg;
  readonly line: number | null;
}

export const refuse = (error: Msg, line: number | null = null): CsvRefusal => ({
  ok: false,
  error: line === null ? error : msg('data.csv.atLine', { line, error }),
  line,
});

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const DECIMAL_COMMA = /^[+-]?\d*,\d+(e[+-]?\d+)?$/i;
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

/** A cell without the spaces around it, and without quotes that spaces kept d3 from seeing. */
function clean(cell: string): string {
  const text = cell.trim();
  return text.length >= 2 && text.charCodeAt(0) === 34 && text.charCodeAt(text.length - 1) === 34
    ? text.slice(1, -1).replace(/""/g, '"')
    : text;
}

/**
 * What one cell holds. A number beyond ±COORDINATE_LIMIT, a non-finite spelling and a decimal comma
 * between comma separators still look like numbers (a column of them is offered, and the row's
 * refusal says what is wrong); only text and empty cells do not.
 */
export type Cell =
  | { readonly kind: 'number'; readonly value: number; readonly comma: boolean }
  | { readonly kind: 'beyond'; readonly value: number }
  | { readonly kind: 'nonfinite' }
  | { readonly kind: 'commaText' }
  | { readonly kind: 'text' }
  | { readonly kind: 'empty' };

const EMPTY: Cell = { kind: 'empty' };
const TEXT: Cell = { kind: 'text' };
const NONFINITE: Cell = { kind: 'nonfinite' };
const COMMA_TEXT: Cell = { kind: 'commaText' };

export function readCell(text: string, separator: Separator): Cell {
  if (text === '') return EMPTY;
  let written = text;
  let comma = false;
  if (!DECIMAL.test(text)) {
    if (!DECIMAL_COMMA.test(text)) return NON_FINITE.test(text) ? NONFINITE : TEXT;
    // A decimal comma only where the comma cannot be the separator (European exports use ";" or tab).
    if (separator === ',') return COMMA_TEXT;
    written = text.replace(',', '.');
    comma = true;
  }
  const value = Number(written);
  if (!Number.isFinite(value)) return NONFINITE;
  if (Math.abs(value) > COORDINATE_LIMIT) return { kind: 'beyond', value };
  return { kind: 'number', value: value === 0 ? 0 : value, comma };
}

/** A cell quoted in a message (the message adds the quotes): short, and never a bare NaN or Infinity on the page. */
export function quote(text: string): string {
  const clipped = text.length > 24 ? `${text.slice(0, 24)}…` : text;
  return clipped.replace(/NaN|Infinity/gi, '?');
}

/** Thrown out of d3's row callback to stop reading: the rest of the text is never split. */
const STOP = Symbol('stop');

/**
 * Calls `visit` with each non-blank row's cells (trimmed, unquoted) and the line it starts on,
 * until it returns false. Rows are visited as d3 splits them and kept nowhere, so a big file's
 * cells are garbage as soon as they are read.
 */
export function forEachRow(
  text: string,
  separator: Separator,
  visit: (cells: string[], line: number) => boolean | void,
): void {
  let line = 1;
  try {
    dsvFormat(separator).parseRows(text, (row) => {
      const here = line;
      line += 1;
      let blank = true;
      for (let i = 0; i < row.length; i++) {
        const cell = row[i]!;
        // A quoted cell may hold a line break: the next row starts that many lines further on.
        if (cell.includes('\n')) line += cell.match(/\n/g)!.length;
        const cleaned = clean(cell);
        row[i] = cleaned;
        if (cleaned !== '') blank = false;
      }
      if (!blank && visit(row, here) === false) throw STOP;
      return null;
    });
  } catch (error) {
    if (error !== STOP) throw error;
  }
}

/** The points as CSV with the header x,y and round-trip numbers: importing it gives them back exactly. */
export function dataToCsv(points: Data): string {
  return `x,y\n${points.map((p) => `${roundTrip(p.x)},${roundTrip(p.y)}`).join('\n')}\n`;
}

export type FileText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: Msg };

/** A file over MAX_FILE_BYTES is refused before it is read, naming its size. */
export function checkFileSize(name: string, size: number): Msg | null {
  return size > MAX_FILE_BYTES
    ? msg('data.file.tooLarge', { name, size: fixed(size / MEGABYTE, 1), limit: MAX_FILE_BYTES / MEGABYTE })
    : null;
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
