import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Data } from '../../src/engine/point';
import { tm, type Msg } from '../../src/i18n/i18n';
import { COORDINATE_LIMIT, MAX_POINTS, MAX_TABLE_ROWS } from '../../src/scenarios/data';
import {
  columnName,
  defaultColumns,
  NAMED_LINES,
  numericColumns,
  parseTable,
  pick,
  pickedPoints,
  rowLimit,
  type PickResult,
  type PointLimits,
  type Table,
} from '../../src/scenarios/dataTable';

/** The bias scenario's limits (1 to 200 points), linreg's (2 to 100,000). */
const BIAS: PointLimits = { min: 1, max: MAX_POINTS };
const LINREG: PointLimits = { min: 2, max: MAX_TABLE_ROWS };

const rows = (n: number, sep = ',') => Array.from({ length: n }, (_, i) => `${i}${sep}${i * 2}`).join('\n');

function tableOf(text: string, limits = BIAS): Table {
  const result = parseTable(text, limits);
  if (!result.ok) throw new Error(`refused: ${tm(result.error)}`);
  return result.table;
}

/** Text → the points of its first two numeric columns (or a refusal), as the dialog shows at first. */
function read(text: string, limits = BIAS): PickResult {
  const result = parseTable(text, limits);
  if (!result.ok) return result;
  const [x, y] = defaultColumns(result.table);
  return pick(result.table, x, y, limits);
}

const words = (message: Msg | null) => (message ? tm(message) : null);

// Each accepted form: the text, and the points it must give (no row skipped).
const ACCEPTED: [string, string, Data][] = [
  [
    'comma separated',
    '0,0\n0.5,1\n1,0',
    [
      { x: 0, y: 0 },
      { x: 0.5, y: 1 },
      { x: 1, y: 0 },
    ],
  ],
  [
    'semicolon separated',
    '1;2\n3;4',
    [
      { x: 1, y: 2 },
      { x: 3, y: 4 },
    ],
  ],
  [
    'tab separated',
    '1\t2\n3\t4',
    [
      { x: 1, y: 2 },
      { x: 3, y: 4 },
    ],
  ],
  [
    'a header row with any names',
    'dosage,efficacy\n0,0\n1,1',
    [
      { x: 0, y: 0 },
      { x: 1, y: 1 },
    ],
  ],
  ['a header on a semicolon file', 'Dosis;Wirkung\n0,5;1', [{ x: 0.5, y: 1 }]],
  [
    'decimal comma with semicolons',
    '0,5;1\n1,25;-0,75',
    [
      { x: 0.5, y: 1 },
      { x: 1.25, y: -0.75 },
    ],
  ],
  [
    'decimal comma with tabs',
    '0,5\t1\n2\t3,5',
    [
      { x: 0.5, y: 1 },
      { x: 2, y: 3.5 },
    ],
  ],
  [
    'quoted fields',
    '"x","y"\n"1","2"\n"3",4',
    [
      { x: 1, y: 2 },
      { x: 3, y: 4 },
    ],
  ],
  ['quoted decimal commas with semicolons', '"0,5";"1,5"', [{ x: 0.5, y: 1.5 }]],
  ['a UTF-8 BOM', '\uFEFFx,y\n1,2', [{ x: 1, y: 2 }]],
  [
    'CRLF line ends',
    'x,y\r\n1,2\r\n3,4\r\n',
    [
      { x: 1, y: 2 },
      { x: 3, y: 4 },
    ],
  ],
  [
    'blank lines',
    '\n1,2\n\n   \n3,4\n\n',
    [
      { x: 1, y: 2 },
      { x: 3, y: 4 },
    ],
  ],
  [
    'spaces around cells',
    '  1 ,  2  \n 3,4 ',
    [
      { x: 1, y: 2 },
      { x: 3, y: 4 },
    ],
  ],
  ['spaces around quoted cells', ' "1" , "2" ', [{ x: 1, y: 2 }]],
  [
    'scientific notation',
    '1e-3,2.5E2\n-1.5e+1,.5',
    [
      { x: 0.001, y: 250 },
      { x: -15, y: 0.5 },
    ],
  ],
  ['signs and leading dots', '+1,-.25', [{ x: 1, y: -0.25 }]],
  ['-0 as 0', '-0,0', [{ x: 0, y: 0 }]],
  [
    'a text column after x and y, not offered',
    'x,y,label\n1,2,a\n3,4,b,c',
    [
      { x: 1, y: 2 },
      { x: 3, y: 4 },
    ],
  ],
  [
    'a text column first: x and y are the first two numeric ones',
    'name;height;weight\nAnn;1,62;55\nBob;1,80;80',
    [
      { x: 1.62, y: 55 },
      { x: 1.8, y: 80 },
    ],
  ],
  ['the coordinate limit itself', `${COORDINATE_LIMIT},-${COORDINATE_LIMIT}`, [{ x: 1e4, y: -1e4 }]],
  ['exactly 200 points', rows(MAX_POINTS), Array.from({ length: 200 }, (_, i) => ({ x: i, y: 2 * i }))],
];

// Rows skipped, with the note that names them: the text, the points left, and the note.
const SKIPPED: [string, string, Data, string][] = [
  [
    'a word where a number goes',
    'x,y\n1,2\n3,4\nabc,5',
    [
      { x: 1, y: 2 },
      { x: 3, y: 4 },
    ],
    '1 row skipped: line 4. On line 4, "abc" is not a number.',
  ],
  [
    'a word in the y column',
    '1,2\n3,oops',
    [{ x: 1, y: 2 }],
    '1 row skipped: line 2. On line 2, "oops" is not a number.',
  ],
  ['NaN', '1,2\nNaN,3', [{ x: 1, y: 2 }], 'On line 2, the x cell is not a finite number.'],
  ['-Infinity', 'x;y\n0;0\n1;-Infinity', [{ x: 0, y: 0 }], 'On line 3, the y cell is not a finite number.'],
  [
    'x beyond the coordinate limit',
    '1,2\n20000,1',
    [{ x: 1, y: 2 }],
    'On line 2, x = 20000 is beyond the limit of ±10000.',
  ],
  [
    'a row with one cell among good rows',
    '1,2\n3\n4,5',
    [
      { x: 1, y: 2 },
      { x: 4, y: 5 },
    ],
    'On line 2, the y cell is empty.',
  ],
  ['an empty y cell', '1,2\n3,', [{ x: 1, y: 2 }], '1 row skipped: line 2. On line 2, the y cell is empty.'],
  ['a line number after a blank line and CRLF', 'x,y\r\n\r\n1,2\r\nz,1', [{ x: 1, y: 2 }], 'line 4. On line 4, "z"'],
  ['a line number after a quoted line break', '"a\nb",c\n1,2\nq,3', [{ x: 1, y: 2 }], 'line 4. On line 4, "q"'],
  ['NaN is never echoed', '1,2\nNaNa,3', [{ x: 1, y: 2 }], 'On line 2, "?a" is not a number.'],
  [
    'a decimal comma between commas',
    '1,2\n"0,5",1',
    [{ x: 1, y: 2 }],
    'On line 2, "0,5" is not a number (a decimal comma needs ";" or tab between the columns).',
  ],
  ['both cells bad: the x cell is named', '1,2\na,b', [{ x: 1, y: 2 }], 'On line 2, "a" is not a number.'],
  [
    'a short row between semicolons with a decimal comma: a missing y, not another separator',
    '0,5;1\n2,5',
    [{ x: 0.5, y: 1 }],
    'On line 2, the y cell is empty.',
  ],
];

// Each refusal: the text, the limits, the line named (or null), and words the message must contain.
const REFUSED: [string, string, PointLimits, number | null, string][] = [
  ['an empty text', '', BIAS, null, 'The text is empty'],
  ['only spaces and blank lines', ' \n\t\n ', BIAS, null, 'The text is empty'],
  ['only a header row', 'x,y', BIAS, null, 'no points, only a header row: this scenario needs at least 1'],
  ['a single column', '1\n2\n3', BIAS, 1, 'line 1: only one column ("1")'],
  ['a header over a single column', '\nx\n1\n2', BIAS, 2, 'line 2: only one column ("x")'],
  ['no column of numbers', 'name,city\nann,paris\nbob,rome', BIAS, null, 'No column holds numbers: a point needs two'],
  ['one column of numbers', 'name,age\nann,31\nbob,45', BIAS, null, 'Only one column holds numbers (“age”)'],
  ['one column of numbers, no header', 'a,1\nb,2', BIAS, null, 'Only one column holds numbers (“Column 2”)'],
  [
    'a non-finite y and nothing else',
    '1,Infinity',
    BIAS,
    1,
    'No row has a number in both chosen columns: this scenario needs at least 1. 1 row skipped: line 1. On line 1, the y cell is not a finite number.',
  ],
  ['an overflowing number', '1e999,1', BIAS, 1, 'On line 1, the x cell is not a finite number.'],
  ['y beyond the limit', '1,-1e5', BIAS, 1, 'On line 1, y = -100000 is beyond the limit'],
  ['a decimal comma with comma separators', '"0,5",1', BIAS, 1, '"0,5" is not a number (a decimal comma needs'],
  [
    'more than 200 points',
    rows(MAX_POINTS + 1),
    BIAS,
    201,
    'line 201: more than 200 points: the data can have at most 200.',
  ],
  ['a 300-row table for a 200-point scenario', `a,b\n${rows(300)}`, BIAS, 202, 'line 202: more than 200 points'],
  [
    'more rows than twice the points',
    rows(2 * MAX_POINTS + 1),
    BIAS,
    401,
    'line 401: more than 400 rows: this scenario takes at most 200 points',
  ],
  [
    'one row where two are needed',
    'x,y\n1,2',
    LINREG,
    null,
    'The text has only 1 point: this scenario needs at least 2.',
  ],
  [
    'one row left where two are needed',
    'x,y\n1,2\n3,?',
    LINREG,
    3,
    'Only 1 row has a number in both chosen columns: this scenario needs at least 2. 1 row skipped: line 3.',
  ],
  [
    'a row separated by semicolons in a comma file',
    'x,y,z\n1,2,3\n4;5;6',
    BIAS,
    3,
    'line 3: this row has 1 cell and a semicolon in it, while line 1 has 3 separated by commas: use one separator in the whole file.',
  ],
  [
    'a row separated by commas in a semicolon file',
    'x;y\n0,5;1\n1,5,2',
    BIAS,
    3,
    'line 3: this row has 1 cell and a comma in it, while line 1 has 2 separated by semicolons',
  ],
  ['a row separated by tabs in a comma file', '1,2\n3\t4', BIAS, 2, 'line 2: this row has 1 cell and a tab in it'],
];

describe('parseTable + pick accept', () => {
  it.each(ACCEPTED)('%s', (_, text, points) => {
    const result = read(text);
    expect(result.ok ? pickedPoints(result) : words(result.error)).toEqual(points);
    expect(result.ok && result.note).toBeNull();
  });
});

describe('rows without a number in x or y are skipped and named', () => {
  it.each(SKIPPED)('%s', (_, text, points, note) => {
    const result = read(text);
    expect(result.ok ? pickedPoints(result) : words(result.error)).toEqual(points);
    expect(result.ok && words(result.note)).toContain(note);
  });

  it('names the first five lines, counts the rest, and gives the first one’s reason', () => {
    const text = ['x,y', ...Array.from({ length: 20 }, (_, i) => (i % 2 ? `${i},${i}` : `${i},-`))].join('\n');
    const result = read(text);
    expect(result.ok && result.skipped).toBe(10);
    expect(result.ok && words(result.note)).toBe(
      '10 rows skipped: line 2, 4, 6, 8, 10 and 5 more. On line 2, "-" is not a number.',
    );
    expect(NAMED_LINES).toBe(5);
  });

  it('the reason is the first skipped row’s, whichever column it is in', () => {
    const table = tableOf('a,b,c\n1,2,3\n4,,6\nx,7,8');
    const bc = pick(table, 1, 2, BIAS);
    expect(bc.ok && words(bc.note)).toBe('1 row skipped: line 3. On line 3, the x cell is empty.');
    const ab = pick(table, 0, 1, BIAS);
    expect(ab.ok && words(ab.note)).toBe('2 rows skipped: line 3, 4. On line 3, the y cell is empty.');
    const ca = pick(table, 2, 0, BIAS);
    expect(ca.ok && words(ca.note)).toBe('1 row skipped: line 4. On line 4, "x" is not a number.');
  });
});

describe('parseTable + pick refuse, naming why', () => {
  it.each(REFUSED)('%s', (_, text, limits, line, message) => {
    const result = read(text, limits);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(tm(result.error)).toContain(message);
    expect(result.line).toBe(line);
  });
});

describe('a table of any number of columns', () => {
  const text = [
    'id;name;height;weight;note',
    '1;Ann;1,62;55;',
    '2;Bob;1,80;;late',
    '3;Cy;n/a;70',
    '',
    '4;Di;1,70;65;"two\nlines"',
    '5;Ed;1,75;72;ok',
  ].join('\n');

  it('names its columns, says which hold numbers, and keeps each row’s line', () => {
    const table = tableOf(text);
    expect(table.hasHeader).toBe(true);
    expect(table.separator).toBe(';');
    expect(table.decimalComma).toBe(true);
    expect(table.columns.map((c) => c.header)).toEqual(['id', 'name', 'height', 'weight', 'note']);
    expect(table.columns.map((c) => c.numeric)).toEqual([true, false, true, true, false]);
    expect(numericColumns(table)).toEqual([0, 2, 3]);
    expect(defaultColumns(table)).toEqual([0, 2]);
    expect([...table.columns[2]!.values]).toEqual([1.62, 1.8, NaN, 1.7, 1.75]);
    expect([...table.columns[3]!.values]).toEqual([55, NaN, 70, 65, 72]);
    expect([...table.lines]).toEqual([2, 3, 4, 6, 8]);
  });

  it('gives the points of the chosen columns, skipping and naming rows where either has none', () => {
    const result = pick(tableOf(text), 2, 3, BIAS);
    expect(result.ok && pickedPoints(result)).toEqual([
      { x: 1.62, y: 55 },
      { x: 1.7, y: 65 },
      { x: 1.75, y: 72 },
    ]);
    expect(result.ok && words(result.note)).toBe('2 rows skipped: line 3, 4. On line 3, the y cell is empty.');
  });

  it('names a column without a header "Column n", as an empty header cell (pandas’ index)', () => {
    const headerless = tableOf('1,2,3\n4,5,6');
    expect(headerless.hasHeader).toBe(false);
    expect(headerless.columns.map((c, i) => words(columnName(c, i) as Msg))).toEqual([
      'Column 1',
      'Column 2',
      'Column 3',
    ]);
    const pandas = tableOf(',x,y\n0,1.5,2\n1,2.5,3');
    expect(pandas.hasHeader).toBe(true);
    expect(words(columnName(pandas.columns[0]!, 0) as Msg)).toBe('Column 1');
    expect(columnName(pandas.columns[1]!, 1)).toBe('x');
  });

  it('takes a column that only a longer row has, missing in the rows before it', () => {
    const table = tableOf('1,2\n3,4,5\n6,7,8');
    expect(table.columns).toHaveLength(3);
    expect([...table.columns[2]!.values]).toEqual([NaN, 5, 8]);
    const result = pick(table, 0, 2, BIAS);
    expect(result.ok && words(result.note)).toBe('1 row skipped: line 1. On line 1, the y cell is empty.');
  });

  it('offers a column when most of its non-empty cells look like numbers', () => {
    const table = tableOf('a,b,c,d\n1,1,x,1\n2,y,y,x\n3,z,4,2\n4,,,');
    expect(table.columns.map((c) => c.numeric)).toEqual([true, false, false, true]);
    // A cell out of range or not finite still looks like a number; its row is skipped, and why is said.
    const odd = tableOf('a,b\n1,1e999\n2,NaN\n3,20000\n4,word');
    expect(odd.columns.map((c) => c.numeric)).toEqual([true, true]);
  });

  it('reads a first row with a number as data, not as a header', () => {
    const table = tableOf('year,2019,2020\n1,2,3');
    expect(table.hasHeader).toBe(false);
    const result = read('year,2019,2020\n1,2,3');
    expect(result.ok && words(result.note)).toBe('1 row skipped: line 1. On line 1, "year" is not a number.');
  });

  it('reports progress, rising to 1, on a big table', () => {
    const seen: number[] = [];
    const result = parseTable(rows(20_000), LINREG, (fraction) => seen.push(fraction));
    expect(result.ok).toBe(true);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.every((f) => f > 0 && f <= 1)).toBe(true);
  });
});

describe('big tables (linreg takes 100,000 points)', () => {
  const header = 'a,b,c,d,e,f,g,h';
  const row = (i: number) =>
    `${i % 1000},${(i * 7) % 1000},${i % 3},-${i % 11},${i % 5}.5,${i % 13},${i % 17},${i % 19}`;
  const lines = (n: number) => Array.from({ length: n }, (_, i) => row(i));

  it('100,000 rows of 8 columns with 3 malformed more: 100,000 points, the 3 named', () => {
    const body = lines(100_000);
    body.splice(15, 0, '15,abc,1,2,3,4,5,6');
    body.splice(238, 0, '238,,1,1,1,1,1,1');
    body.splice(909, 0, '909,1e999,1,1,1,1,1,1');
    const table = tableOf([header, ...body].join('\n'), LINREG);
    expect(table.columns).toHaveLength(8);
    expect(table.lines).toHaveLength(100_003);
    const result = pick(table, 0, 1, LINREG);
    expect(result.ok && pickedPoints(result)).toHaveLength(100_000);
    expect(result.ok && words(result.note)).toBe(
      '3 rows skipped: line 17, 240, 911. On line 17, "abc" is not a number.',
    );
  });

  it('100,001 rows: at most 100,000', () => {
    const result = read([header, ...lines(100_001)].join('\n'), LINREG);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(tm(result.error)).toBe('line 100002: more than 100,000 points: the data can have at most 100,000.');
    }
  });

  it('stops reading at twice the points a scenario takes', () => {
    expect(rowLimit(LINREG)).toBe(200_000);
    expect(rowLimit(BIAS)).toBe(400);
  });
});

describe('any table written then read gives back its numbers (fast-check)', () => {
  const coordinate = fc
    .double({ min: -COORDINATE_LIMIT, max: COORDINATE_LIMIT, noNaN: true, noDefaultInfinity: true })
    .map((v) => (v === 0 ? 0 : v));
  // A cell: a number, or one of the ways a cell gives none.
  const cell = fc.oneof(
    { weight: 8, arbitrary: coordinate },
    { weight: 1, arbitrary: fc.constantFrom('', 'n/a', 'NaN', '1e999', '20000', '-', 'abc') },
  );
  const written = fc.record({
    separator: fc.constantFrom(',', ';', '\t'),
    decimalComma: fc.boolean(),
    header: fc.boolean(),
    crlf: fc.boolean(),
    width: fc.integer({ min: 2, max: 6 }),
    rows: fc.integer({ min: 1, max: 40 }),
  });
  const table = written.chain((shape) =>
    fc
      .array(fc.array(cell, { minLength: shape.width, maxLength: shape.width }), {
        minLength: shape.rows,
        maxLength: shape.rows,
      })
      .map((cells) => ({ ...shape, cells })),
  );

  it('each column’s values, NaN where a cell gives none; each row’s line; pick skips just those rows', () => {
    fc.assert(
      fc.property(table, ({ separator, decimalComma, header, crlf, width, cells }) => {
        const comma = decimalComma && separator !== ',';
        const write = (v: number | string) => {
          const text = typeof v === 'number' ? String(v) : v;
          return comma ? text.replace('.', ',') : text;
        };
        const body = cells.map((row) => row.map(write).join(separator));
        const names = Array.from({ length: width }, (_, i) => `col ${i}`);
        const text = [...(header ? [names.join(separator)] : []), ...body].join(crlf ? '\r\n' : '\n');
        const result = parseTable(text, LINREG);
        const expected = (v: number | string) => (typeof v === 'number' ? v : NaN);
        // A row of nothing but empty cells is a blank line; a table whose first row is all words reads as a header.
        const kept = cells.filter((row) => row.some((v) => v !== ''));
        const firstAllWords =
          !header && kept[0]?.every((v) => typeof v === 'string' && !['NaN', '1e999', '20000'].includes(v));
        if (!result.ok || kept.length === 0 || firstAllWords) return;
        const data = result.table;
        expect(data.hasHeader).toBe(header);
        expect(data.lines).toHaveLength(kept.length);
        for (let c = 0; c < width; c++) {
          expect([...data.columns[c]!.values]).toEqual(kept.map((row) => expected(row[c]!)));
        }
        const firstLine = header ? 2 : 1;
        const lineOf = cells.map((_, i) => firstLine + i);
        expect([...data.lines]).toEqual(lineOf.filter((_, i) => cells[i]!.some((v) => v !== '')));
        const good = kept.filter((row) => typeof row[0] === 'number' && typeof row[1] === 'number');
        if (good.length < 2) return;
        const picked = pick(data, 0, 1, LINREG);
        expect(picked.ok && pickedPoints(picked)).toEqual(good.map((row) => ({ x: row[0], y: row[1] })));
        expect(picked.ok && picked.skipped).toBe(kept.length - good.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('pickedPoints', () => {
  it('makes the points of a range of the picked rows', () => {
    const result = read('x,y\n1,2\nz,3\n4,5\n6,7');
    if (!result.ok) throw new Error('refused');
    expect(pickedPoints(result, 1)).toEqual([
      { x: 4, y: 5 },
      { x: 6, y: 7 },
    ]);
    expect(pickedPoints(result, 0, 1)).toEqual([{ x: 1, y: 2 }]);
    expect(pickedPoints(result, 2, 99)).toEqual([{ x: 6, y: 7 }]);
  });
});
