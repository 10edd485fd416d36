import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tm } from '../../src/i18n/i18n';
import { COORDINATE_LIMIT, MAX_POINTS } from '../../src/scenarios/data';
import {
  checkFileSize,
  dataToCsv,
  decodeCsvFile,
  detectSeparator,
  forEachRow,
  MAX_FILE_BYTES,
  readCell,
} from '../../src/scenarios/dataCsv';
import { defaultColumns, parseTable, pick, pickedPoints } from '../../src/scenarios/dataTable';

// The table parser (dataTable.test.ts) is pinned form by form; these are the cells, rows and files under it.

describe('cells', () => {
  it.each([
    ['1.5', ',', { kind: 'number', value: 1.5, comma: false }],
    ['-0', ',', { kind: 'number', value: 0, comma: false }],
    ['1e-3', ';', { kind: 'number', value: 0.001, comma: false }],
    ['0,5', ';', { kind: 'number', value: 0.5, comma: true }],
    ['-1,25e2', '\t', { kind: 'number', value: -125, comma: true }],
    ['0,5', ',', { kind: 'commaText' }],
    ['20000', ',', { kind: 'beyond', value: 20000 }],
    ['NaN', ',', { kind: 'nonfinite' }],
    ['-inf', ',', { kind: 'nonfinite' }],
    ['1e999', ',', { kind: 'nonfinite' }],
    ['0x10', ',', { kind: 'text' }],
    ['abc', ',', { kind: 'text' }],
    ['', ',', { kind: 'empty' }],
  ] as const)('%j between %j', (text, separator, cell) => {
    expect(readCell(text, separator)).toEqual(cell);
  });
});

describe('rows', () => {
  const read = (text: string) => {
    const seen: [string[], number][] = [];
    forEachRow(text, detectSeparator(text), (cells, line) => void seen.push([cells, line]));
    return seen;
  };

  it('gives each non-blank row’s cells, trimmed and unquoted, and the line it starts on', () => {
    expect(read('x,y\r\n\r\n "1" , 2 \n  \n"a\nb",c\n3,4')).toEqual([
      [['x', 'y'], 1],
      [['1', '2'], 3],
      [['a\nb', 'c'], 5],
      [['3', '4'], 7],
    ]);
  });

  it('stops when the visitor says so', () => {
    const seen: number[] = [];
    forEachRow('1\n2\n3\n4', ',', (_, line) => {
      seen.push(line);
      return line < 2;
    });
    expect(seen).toEqual([1, 2]);
  });

  it('detects the separator from the first non-blank row', () => {
    expect(detectSeparator('\n1;2\n3;4')).toBe(';');
    expect(detectSeparator('1\t2')).toBe('\t');
    expect(detectSeparator('1,2')).toBe(',');
    expect(detectSeparator('a;b\tc')).toBe('\t');
  });
});

describe('files', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('reads UTF-8 text', () => {
    expect(decodeCsvFile('a.csv', bytes('x,y\n1,2'))).toEqual({ ok: true, text: 'x,y\n1,2' });
  });

  it('refuses a file over 20 MB before reading it, naming its size', () => {
    expect(MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
    expect(checkFileSize('big.csv', MAX_FILE_BYTES)).toBeNull();
    expect(tm(checkFileSize('big.csv', MAX_FILE_BYTES + 1)!)).toBe(
      'big.csv is 20.0 MB: files up to 20 MB can be opened.',
    );
    expect(tm(checkFileSize('big.csv', 30 * 1024 * 1024)!)).toContain('30.0 MB');
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
  const limits = { min: 1, max: MAX_POINTS };
  const importBack = (text: string) => {
    const result = parseTable(text, limits);
    if (!result.ok) return result;
    const [x, y] = defaultColumns(result.table);
    return pick(result.table, x, y, limits);
  };

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
        const result = importBack(dataToCsv(data));
        expect(result.ok && pickedPoints(result)).toEqual(data);
        expect(result.ok && result.note).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('gives back the same points from a file with a BOM and CRLF (fast-check)', () => {
    fc.assert(
      fc.property(points, (data) => {
        const text = `\uFEFF${dataToCsv(data).replace(/\n/g, '\r\n')}`;
        const file = decodeCsvFile('data.csv', new TextEncoder().encode(text));
        const result = file.ok ? importBack(file.text) : file;
        expect(result.ok && pickedPoints(result)).toEqual(data);
      }),
      { numRuns: 100 },
    );
  });
});
