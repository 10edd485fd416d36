import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Data } from '../../src/engine/point';
import { tm } from '../../src/i18n/i18n';
import { COORDINATE_LIMIT, MAX_POINTS } from '../../src/scenarios/data';
import {
  checkFileSize,
  dataToCsv,
  decodeCsvFile,
  detectSeparator,
  MAX_FILE_BYTES,
  parseDataCsv,
} from '../../src/scenarios/dataCsv';

const rows = (n: number, sep = ',') => Array.from({ length: n }, (_, i) => `${i}${sep}${i * 2}`).join('\n');

// Each accepted form: the text, and the points it must give.
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
  [
    'extra columns, ignored',
    'x,y,label\n1,2,a\n3,4,b,c',
    [
      { x: 1, y: 2 },
      { x: 3, y: 4 },
    ],
  ],
  ['the coordinate limit itself', `${COORDINATE_LIMIT},-${COORDINATE_LIMIT}`, [{ x: 1e4, y: -1e4 }]],
  ['exactly 200 points', rows(MAX_POINTS), Array.from({ length: 200 }, (_, i) => ({ x: i, y: 2 * i }))],
];

// Each refusal: the text, the line named (or null), and words the message must contain.
const REFUSED: [string, string, number | null, string][] = [
  ['a word where a number goes', 'x,y\n1,2\n3,4\nabc,5', 4, 'line 4: "abc" is not a number'],
  ['a word in the y column', '1,2\n3,oops', 2, 'line 2: "oops" is not a number'],
  ['NaN', '1,2\nNaN,3', 2, 'line 2: the x cell is not a finite number'],
  ['Infinity', '1,Infinity', 1, 'line 1: the y cell is not a finite number'],
  ['-Infinity', 'x;y\n1;-Infinity', 2, 'line 2: the y cell is not a finite number'],
  ['an overflowing number', '1e999,1', 1, 'line 1: the x cell is not a finite number'],
  ['x beyond the coordinate limit', '1,2\n20000,1', 2, 'line 2: x = 20000 is beyond the limit of ±10000'],
  ['y beyond the limit', '1,-1e5', 1, 'line 1: y = -100000 is beyond the limit'],
  ['a single column', '1\n2\n3', 1, 'line 1: only one column'],
  ['a row with one cell among good rows', '1,2\n3\n4,5', 2, 'line 2: only one column'],
  ['an empty y cell', '1,2\n3,', 2, 'line 2: the y cell is empty'],
  ['more than 200 points', rows(MAX_POINTS + 1), 201, 'line 201: more than 200 points'],
  ['an empty text', '', null, 'The text is empty'],
  ['only spaces and blank lines', ' \n\t\n ', null, 'The text is empty'],
  ['only a header row', 'x,y', null, 'no points, only a header row: this scenario needs at least 1'],
  ['a decimal comma with comma separators', '"0,5",1', 1, '"0,5" is not a number (a decimal comma needs'],
  ['a line number after a blank line and CRLF', 'x,y\r\n\r\n1,2\r\nz,1', 4, 'line 4: "z" is not a number'],
  ['a line number after a quoted line break', '"a\nb",c\n1,2\nq,3', 4, 'line 4: "q" is not a number'],
  ['NaN is never echoed', '1,2\nNaNa,3', 2, 'line 2: "?a" is not a number'],
];

describe('parseDataCsv accepts', () => {
  it.each(ACCEPTED)('%s', (_, text, points) => {
    const result = parseDataCsv(text);
    expect(result.ok ? result.points : result.error).toEqual(points);
  });

  it('reports the header, separator, decimal comma and ignored columns', () => {
    expect(parseDataCsv('Dosis;Wirkung;Notiz\n0,5;1;a')).toMatchObject({
      header: ['Dosis', 'Wirkung'],
      separator: ';',
      decimalComma: true,
      extraColumns: 1,
    });
    expect(parseDataCsv('1\t2')).toMatchObject({ header: null, separator: '\t', decimalComma: false, extraColumns: 0 });
  });

  it('detects the separator from the first non-blank row', () => {
    expect(detectSeparator('\n1;2\n3;4')).toBe(';');
    expect(detectSeparator('1\t2')).toBe('\t');
    expect(detectSeparator('1,2')).toBe(',');
  });
});

describe('parseDataCsv refuses, naming the line', () => {
  it.each(REFUSED)('%s', (_, text, line, message) => {
    const result = parseDataCsv(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(tm(result.error)).toContain(message);
    expect(result.line).toBe(line);
  });

  it('fewer points than the scenario needs', () => {
    const result = parseDataCsv('1,2', 2);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(tm(result.error)).toBe('The text has only 1 point: this scenario needs at least 2.');
  });
});

describe('files', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('reads UTF-8 text', () => {
    expect(decodeCsvFile('a.csv', bytes('x,y\n1,2'))).toEqual({ ok: true, text: 'x,y\n1,2' });
  });

  it('refuses a file over 1 MB before reading it', () => {
    expect(checkFileSize('big.csv', MAX_FILE_BYTES)).toBeNull();
    expect(tm(checkFileSize('big.csv', MAX_FILE_BYTES + 1)!)).toBe(
      'big.csv is 1.0 MB: files up to 1 MB can be opened.',
    );
    expect(tm(checkFileSize('big.csv', 3 * MAX_FILE_BYTES)!)).toContain('3.0 MB');
  });

  it('refuses a file that is not text', () => {
    const words = (file: ReturnType<typeof decodeCsvFile>) => (file.ok ? file.text : tm(file.error));
    expect(words(decodeCsvFile('sheet.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))).toBe(
      'sheet.xlsx is not a text file: save the sheet as CSV first.',
    );
    expect(words(decodeCsvFile('latin1.csv', new Uint8Array([0x31, 0x2c, 0xe9])))).toContain('not UTF-8 text');
  });
});

describe('Download data → Import data', () => {
  it('writes the header x,y and round-trip numbers', () => {
    expect(dataToCsv([{ x: 0.1 + 0.2, y: -1e-7 }])).toBe('x,y\n0.30000000000000004,-1e-7\n');
  });

  const coordinate = fc
    .double({ min: -COORDINATE_LIMIT, max: COORDINATE_LIMIT, noNaN: true, noDefaultInfinity: true })
    .map((v) => (v === 0 ? 0 : v)); // -0 is written as 0, as in the history CSV
  const points = fc.array(fc.record({ x: coordinate, y: coordinate }), { minLength: 1, maxLength: MAX_POINTS });

  it('gives back the same points exactly (fast-check)', () => {
    fc.assert(
      fc.property(points, (data) => {
        const result = parseDataCsv(dataToCsv(data));
        expect(result.ok && result.points).toEqual(data);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back the same points from a file with a BOM and CRLF (fast-check)', () => {
    fc.assert(
      fc.property(points, (data) => {
        const text = `\uFEFF${dataToCsv(data).replace(/\n/g, '\r\n')}`;
        const file = decodeCsvFile('data.csv', new TextEncoder().encode(text));
        const result = file.ok ? parseDataCsv(file.text) : file;
        expect(result.ok && result.points).toEqual(data);
      }),
      { numRuns: 100 },
    );
  });
});
