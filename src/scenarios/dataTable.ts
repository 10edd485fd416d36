import type { Point } from '../engine/point';
import { plain } from '../format/number';
import { msg, type Msg } from '../i18n/i18n';
import { COORDINATE_LIMIT } from './data';
import { detectSeparator, forEachRow, quote, readCell, refuse, type CsvRefusal, type Separator } from './dataCsv';

/**
 * A table of any number of columns, read from CSV or TSV text, then two of its columns as points.
 * `parseTable` says what each column holds (its header, whether it holds numbers, its values with
 * NaN where a cell gives none); `pick` takes the x and y columns, skipping the rows where either
 * gives no number and naming them. Pure and without DOM, so it runs in the import worker too, and
 * every accepted form and every refusal is pinned by a unit test.
 */

/** Why a cell gives no number. */
export type BadKind = 'empty' | 'nonfinite' | 'text' | 'commaText' | 'beyond';

/** The first cell of a column that gives no number: enough to say why the first skipped row was skipped. */
export interface BadCell {
  /** Its data row (0 = the first row after the header). */
  readonly row: number;
  readonly kind: BadKind;
  /** The cell as written, shortened for a message. */
  readonly cell: string;
  /** The number, for a cell beyond the coordinate limit. */
  readonly value: number;
}

export interface TableColumn {
  /** The header row's name for it; null without a header row, or for an empty header cell. */
  readonly header: string | null;
  /** Offered as x or y: most of its non-empty cells look like numbers. */
  readonly numeric: boolean;
  /** One value per data row: NaN where the cell is missing, not a number, not finite or out of range. */
  readonly values: Float64Array;
  readonly firstBad: BadCell | null;
}

export interface Table {
  readonly columns: readonly TableColumn[];
  /** The line each data row starts on (1 = the text's first line), so a skipped row is named. */
  readonly lines: Int32Array;
  readonly hasHeader: boolean;
  readonly separator: Separator;
  /** Some number was written with a decimal comma ("0,5"). */
  readonly decimalComma: boolean;
}

export interface TableParsed {
  readonly ok: true;
  readonly table: Table;
}

export type TableResult = TableParsed | CsvRefusal;

/** The fewest and most points the active scenario learns from (minPointsOf, maxPointsOf). */
export interface PointLimits {
  readonly min: number;
  readonly max: number;
}

/**
 * A table may hold as many rows again as the points it can give, for rows that are skipped: the
 * parser stops there, so a 20 MB file of short rows never fills memory with rows it could not use.
 */
export const rowLimit = (limits: PointLimits): number => 2 * limits.max;

/** Rows between two progress reports. */
const PROGRESS_ROWS = 4096;

const SEPARATOR_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

/** Lines in the text: no table has more rows, so columns are allocated once. */
function countLines(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * The separator another row seems to use when its cell count differs from the first row's: a
 * semicolon or a tab anywhere, or (between semicolons or tabs) a comma that is not a decimal comma.
 */
function otherSeparator(cells: readonly string[], separator: Separator): Separator | null {
  for (const cell of cells) {
    if (separator !== '\t' && cell.includes('\t')) return '\t';
    if (separator !== ';' && cell.includes(';')) return ';';
    if (separator !== ',' && cell.includes(',') && readCell(cell, separator).kind !== 'number') return ',';
  }
  return null;
}

/** The first row names the columns when it has a word and nothing that reads as a number. */
function isHeader(cells: readonly string[], separator: Separator): boolean {
  let word = false;
  for (const cell of cells) {
    const kind = readCell(cell, separator).kind;
    if (kind === 'text') word = true;
    else if (kind !== 'empty') return false;
  }
  return word;
}

interface ColumnBuilder {
  header: string | null;
  values: Float64Array;
  /** Cells that read as numbers (in range or not, finite or not) and cells of text. */
  looksNumeric: number;
  words: number;
  firstBad: BadCell | null;
}

const newColumn = (header: string | null, capacity: number): ColumnBuilder => ({
  header,
  values: new Float64Array(capacity).fill(NaN),
  looksNumeric: 0,
  words: 0,
  firstBad: null,
});

/**
 * Text → the table, or the first reason why there is none: an empty text, a single column, only a
 * header row, no two columns of numbers, a row that uses another separator, more rows than
 * rowLimit(limits). A cell that gives no number is not a refusal here: `pick` skips its row.
 */
export function parseTable(raw: string, limits: PointLimits, onProgress?: (fraction: number) => void): TableResult {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') return refuse(msg('data.csv.empty'));
  const separator = detectSeparator(text);
  const maxRows = rowLimit(limits);
  const estimate = countLines(text);
  const capacity = Math.min(estimate, maxRows);

  const columns: ColumnBuilder[] = [];
  const lines = new Int32Array(capacity);
  let rows = 0;
  /** The first non-blank row: the header or the first data row (width -1 until it is read). */
  const first = { line: 0, width: -1, cell: '' };
  let hasHeader = false;
  let decimalComma = false;
  let refusal: CsvRefusal | null = null;

  const bad = (column: ColumnBuilder, row: number, kind: BadKind, cell = '', value = NaN) => {
    if (!column.firstBad) column.firstBad = { row, kind, cell: quote(cell), value };
  };

  forEachRow(text, separator, (cells, line) => {
    if (first.width === -1) {
      Object.assign(first, { line, width: cells.length, cell: cells[0]! });
      hasHeader = isHeader(cells, separator);
      for (const cell of cells) columns.push(newColumn(hasHeader && cell !== '' ? cell : null, capacity));
      if (hasHeader) return true;
    } else if (cells.length !== first.width) {
      const other = otherSeparator(cells, separator);
      if (other) {
        refusal = refuse(
          msg('data.table.mixed', {
            cells: cells.length,
            other: SEPARATOR_NAMES[other],
            first: first.line,
            width: first.width,
            separator: SEPARATOR_NAMES[separator],
          }),
          line,
        );
        return false;
      }
    }
    if (rows === maxRows) {
      refusal = refuse(msg('data.table.tooManyRows', { rows: maxRows, max: limits.max }), line);
      return false;
    }
    // A row longer than any before adds columns, missing (empty) in the rows before it.
    while (columns.length < cells.length) {
      const column = newColumn(null, capacity);
      if (rows > 0) bad(column, 0, 'empty');
      columns.push(column);
    }
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c]!;
      const written = c < cells.length ? cells[c]! : '';
      const cell = readCell(written, separator);
      switch (cell.kind) {
        case 'number':
          column.values[rows] = cell.value;
          column.looksNumeric++;
          decimalComma ||= cell.comma;
          break;
        case 'beyond':
          column.looksNumeric++;
          bad(column, rows, 'beyond', written, cell.value);
          break;
        case 'nonfinite':
        case 'commaText':
          column.looksNumeric++;
          bad(column, rows, cell.kind, written);
          break;
        case 'text':
          column.words++;
          bad(column, rows, 'text', written);
          break;
        case 'empty':
          bad(column, rows, 'empty');
      }
    }
    lines[rows] = line;
    rows++;
    if (onProgress && rows % PROGRESS_ROWS === 0) onProgress(Math.min(1, rows / estimate));
    return true;
  });

  if (refusal) return refusal;
  if (columns.length < 2) return refuse(msg('data.csv.oneColumn', { cell: quote(first.cell) }), first.line);
  if (rows === 0) return refuse(msg('data.csv.onlyHeader', { min: limits.min }));

  const built = columns.map((column): TableColumn => ({
    header: column.header,
    numeric: column.looksNumeric > 0 && column.looksNumeric >= column.words,
    values: column.values.slice(0, rows),
    firstBad: column.firstBad,
  }));
  const numeric = built.flatMap((column, index) => (column.numeric ? [index] : []));
  if (numeric.length === 0) return refuse(msg('data.table.noNumbers'));
  if (numeric.length === 1) {
    return refuse(msg('data.table.oneNumber', { name: columnName(built[numeric[0]!]!, numeric[0]!) }));
  }
  const table: Table = { columns: built, lines: lines.slice(0, rows), hasHeader, separator, decimalComma };
  return { ok: true, table };
}

/** A column as the reader knows it: its header, or "Column 3". */
export function columnName(column: TableColumn, index: number): string | Msg {
  return column.header ?? msg('data.table.column', { index: index + 1 });
}

/** The columns offered as x or y (the numeric ones), by index. */
export const numericColumns = (table: Table): number[] =>
  table.columns.flatMap((column, index) => (column.numeric ? [index] : []));

/** The x and y columns chosen until the reader chooses: the first two numeric ones. */
export function defaultColumns(table: Table): readonly [number, number] {
  const [x, y] = numericColumns(table);
  return [x!, y!];
}

export interface Picked {
  readonly ok: true;
  /** The chosen columns' values, and the data rows that give a point (both cells numbers), in order. */
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly rows: Int32Array;
  /** How many rows gave no point, and the note that names them; null when none did. */
  readonly skipped: number;
  readonly note: Msg | null;
}

export type PickResult = Picked | CsvRefusal;

/** Skipped lines named in the note; the rest are counted ("and 12 more"). */
export const NAMED_LINES = 5;

/** Why a cell gives no number, in the words of the old two-column import ("the y cell is empty"). */
function reasonOf(bad: BadCell, axis: 'x' | 'y'): Msg {
  switch (bad.kind) {
    case 'empty':
      return msg('data.csv.emptyCell', { axis });
    case 'nonfinite':
      return msg('data.csv.notFinite', { axis });
    case 'commaText':
      return msg('data.csv.notNumberComma', { cell: bad.cell });
    case 'text':
      return msg('data.csv.notNumber', { cell: bad.cell });
    case 'beyond':
      return msg('data.csv.beyond', { axis, value: plain(bad.value), limit: String(COORDINATE_LIMIT) });
  }
}

/**
 * Columns `x` and `y` as points-to-be, in one pass over typed arrays: rows where either gives no
 * number are skipped and named ("3 rows skipped: line 17, 240, 911. On line 17, …"). Refused when
 * more points than limits.max remain (naming the first line beyond), or fewer than limits.min. The
 * points themselves are made by `pickedPoints` when they are used: a preview needs only a few.
 */
export function pick(table: Table, x: number, y: number, limits: PointLimits): PickResult {
  const xs = table.columns[x]!.values;
  const ys = table.columns[y]!.values;
  const { lines } = table;
  const rows = new Int32Array(Math.min(lines.length, limits.max));
  const named: number[] = [];
  let count = 0;
  let skipped = 0;
  let firstSkipped = -1;
  for (let i = 0; i < lines.length; i++) {
    const px = xs[i]!;
    const py = ys[i]!;
    // NaN is the one value not equal to itself: a missing or unusable cell.
    if (px === px && py === py) {
      if (count === limits.max) return refuse(msg('data.csv.tooMany', { max: limits.max }), lines[i]!);
      rows[count++] = i;
    } else {
      if (skipped === 0) firstSkipped = i;
      if (skipped < NAMED_LINES) named.push(lines[i]!);
      skipped++;
    }
  }
  let note: Msg | null = null;
  if (skipped > 0) {
    // The first skipped row is the first bad cell of x, or else of y (x is checked first, as before).
    const xBad = table.columns[x]!.firstBad;
    const [bad, axis] =
      xBad && xBad.row === firstSkipped ? [xBad, 'x' as const] : [table.columns[y]!.firstBad!, 'y' as const];
    note = msg('data.table.skipped', {
      count: skipped,
      lines: named.join(', '),
      more: skipped - named.length,
      first: lines[firstSkipped]!,
      reason: reasonOf(bad, axis),
    });
  }
  if (count < limits.min) {
    if (note) {
      // The note names the lines, so the message is not prefixed by one.
      const error = msg('data.table.tooFew', { count, min: limits.min, skipped: note });
      return { ok: false, error, line: lines[firstSkipped]! };
    }
    return refuse(msg('data.csv.tooFew', { count, min: limits.min }));
  }
  return { ok: true, xs, ys, rows: rows.subarray(0, count), skipped, note };
}

/** The picked points from..to (all by default), as the store takes them. */
export function pickedPoints(picked: Picked, from = 0, to = picked.rows.length): Point[] {
  const { xs, ys, rows } = picked;
  const end = Math.min(to, rows.length);
  const points: Point[] = new Array(Math.max(0, end - from));
  for (let k = from; k < end; k++) {
    const i = rows[k]!;
    points[k - from] = { x: xs[i]!, y: ys[i]! };
  }
  return points;
}
