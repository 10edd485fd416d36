import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tm } from '../../src/i18n/i18n';
import { MAX_TABLE_ROWS } from '../../src/scenarios/data';
import { parseTable, pick, pickedPoints, type Table } from '../../src/scenarios/dataTable';
import { linregScenario } from '../../src/scenarios/linreg/linreg';
import { trainingLog } from '../../src/scenarios/linreg/trainingLog';
import { advance, emptyHistory } from '../../src/engine/training';
import { forecastRun } from '../../src/scenarios/runForecast';
import { freshRun } from '../../src/scenarios/run';
import { BIG_TABLE_ROWS, MALFORMED_LINES, bigTableCsv } from './fixtures/bigTable';

// What numpy printed for 10 full-batch epochs on the same table (big_table_reference.py): per
// epoch its loss, dw, db and the new w, b, as repr() of each double.
const reference = readFileSync(new URL('./fixtures/big_table_reference.txt', import.meta.url), 'utf8')
  .trim()
  .split('\n');
const epochs = reference.slice(1).map((line) => line.split(' ').slice(1).map(Number));

describe('a 100,000-row, 8-column table, end to end', () => {
  const limits = { min: 2, max: MAX_TABLE_ROWS };
  const parsed = parseTable(bigTableCsv(), limits);
  const table = (parsed.ok ? parsed.table : null) as Table;
  const names = table.columns.map((c) => c.header);
  const picked = pick(table, names.indexOf('size_100m2'), names.indexOf('price_100k'), limits);
  if (!picked.ok) throw new Error(tm(picked.error));
  const data = pickedPoints(picked);
  const settings = { ...linregScenario.defaults, data, learningRate: 0.1, epochs: 10 };

  it('reads its columns, offers the numeric ones, and skips and names the 3 malformed rows', () => {
    expect(names).toEqual(['id', 'site', 'size_100m2', 'rooms', 'price_100k', 'year', 'lat', 'note']);
    expect(table.columns.map((c) => c.numeric)).toEqual([true, false, true, true, true, true, true, false]);
    expect(reference[0]).toBe(`rows ${BIG_TABLE_ROWS - 3} skipped [${MALFORMED_LINES.join(', ')}]`);
    expect(data).toHaveLength(BIG_TABLE_ROWS - 3);
    expect(picked.skipped).toBe(3);
    expect(tm(picked.note!)).toMatch(/^3 rows skipped: line 17, 240, 911\b/);
  });

  it('trains 10 full-batch epochs to numpy’s numbers bit for bit, and logs them as the script would', () => {
    const { trainer } = linregScenario;
    const { history } = advance(trainer, settings, emptyHistory(trainer, settings), 10);
    history.toArray().forEach((step, k) => {
      expect([step.loss, step.dw, step.db, step.newW, step.newB]).toEqual(epochs[k]);
    });
    expect(trainingLog(history, 10, { ...settings, every: 1 }).lines.at(9)).toBe(
      `Epoch 9, Loss=${epochs[9]![0]!.toFixed(6)}, w=${epochs[9]![3]!.toFixed(6)}, b=${epochs[9]![4]!.toFixed(6)}`,
    );
  });

  it('forecasts from the moments, equal to the run to rounding', () => {
    const forecast = forecastRun(linregScenario, freshRun(linregScenario, settings), 0.1);
    forecast.path.slice(0, 10).forEach((step, k) => {
      const [loss, , , w, b] = epochs[k]!;
      expect(Math.abs(step.fullLoss - loss!)).toBeLessThan(1e-12 * loss!);
      expect(Math.abs(step.newW - w!)).toBeLessThan(1e-12);
      expect(Math.abs(step.newB - b!)).toBeLessThan(1e-12);
    });
  });
});
