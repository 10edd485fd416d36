import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axe, expect, historyRows, test } from './fixtures';

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Import data', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('bring your own data', () => {
  test('paste a CSV, use it, then Undo brings back the data and its run', async ({ page }) => {
    await page.goto('./#scenario=linreg&iter=3');
    await expect.poll(() => historyRows(page).then((r) => r.length)).toBe(3);
    const dialog = await openImport(page);
    await dialog.getByRole('textbox', { name: 'Data as CSV' }).fill('x;y;note\n0,5;1\n1;2,5;a\n2;4');
    await expect(dialog).toContainText('3 points');
    // The note column holds no numbers: it is not offered as x or y.
    await expect(dialog).toContainText('The table has 3 columns, 2 with numbers.');
    await expect(dialog.getByRole('combobox', { name: 'x column' })).toHaveValue('0');
    await expect(dialog.getByRole('combobox', { name: 'y column' }).getByRole('option')).toHaveText(['x', 'y']);
    await expect(dialog.getByRole('table', { name: 'Preview of the points' })).toContainText('2.5');
    await dialog.getByRole('button', { name: 'Use this data' }).click();
    await expect(dialog).toBeHidden();
    // The run starts over on the new data, which the link carries.
    await expect(page).toHaveURL(/iter=0&data=0\.5:1,1:2\.5,2:4$/);
    expect(await historyRows(page)).toEqual([]);
    await expect(page.getByRole('combobox', { name: 'Data set' })).toHaveValue('own');
    await expect(page.getByText('Imported 3 points; the run starts over on them.')).toBeVisible();

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page).toHaveURL(/iter=3&data=1:1,2:2,3:3,4:4,5:5$/);
    expect(await historyRows(page)).toHaveLength(3);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();
  });

  test('open a file with the file picker', async ({ page }) => {
    await page.goto('./');
    const dialog = await openImport(page);
    await dialog.getByLabel('Open a CSV file').setInputFiles({
      name: 'dosages.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('\uFEFFdosage,efficacy\r\n0,0.25\r\n0.5,0.75\r\n1,0.5\r\n0.75,1\r\n'),
    });
    await expect(dialog).toContainText('4 points from dosages.csv');
    await expect(dialog.getByRole('textbox', { name: 'Data as CSV' })).toHaveValue(/dosage,efficacy/);
    await dialog.getByRole('button', { name: 'Use this data' }).click();
    await expect(page).toHaveURL(/data=0:0\.25,0\.5:0\.75,1:0\.5,0\.75:1$/);
    await expect(page.getByText('Imported 4 points from dosages.csv')).toBeVisible();
  });

  test('drop a file on the data chart: the dialog opens with it read', async ({ page }) => {
    await page.goto('./#scenario=linreg');
    const chart = page.getByRole('group', { name: /^Data and the fitted line/ });
    await expect(chart).toBeVisible();
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x\ty\n1\t3\n2\t5\n3\t7\n'], 'dropped.tsv', { type: 'text/tab-separated-values' }));
      return transfer;
    });
    await chart.dispatchEvent('dragenter', { dataTransfer });
    await chart.dispatchEvent('dragover', { dataTransfer });
    await chart.dispatchEvent('drop', { dataTransfer });
    const dialog = page.getByRole('dialog', { name: 'Import data' });
    await expect(dialog).toContainText('3 points from dropped.tsv, separated by tabs');
    await dialog.getByRole('button', { name: 'Use this data' }).click();
    await expect(page).toHaveURL(/data=1:3,2:5,3:7$/);
  });

  test('a refused paste says why and leaves the history and the data unchanged', async ({ page }) => {
    await page.goto('./#iter=2');
    await expect.poll(() => historyRows(page).then((r) => r.length)).toBe(2);
    const before = await historyRows(page);
    const opener = page.getByRole('button', { name: 'Import data', exact: true });
    const dialog = await openImport(page);
    await dialog.getByRole('textbox', { name: 'Data as CSV' }).fill('x,y\n1,2\n3,4\n5;6');
    await expect(dialog.getByRole('alert')).toHaveText(
      'line 4: this row has 1 cell and a semicolon in it, while line 1 has 2 separated by commas: use one separator in the whole file. The current data is unchanged.',
    );
    // Refused: the button cannot take it (it is disabled, described by the refusal).
    await expect(dialog.getByRole('button', { name: 'Use this data' })).toBeDisabled();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Data as CSV' }).fill('1,1e999');
    await expect(dialog.getByRole('alert')).toContainText('On line 1, the y cell is not a finite number');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await expect(page).toHaveURL(/iter=2&data=0:0,0\.5:1,1:0$/);
    expect(await historyRows(page)).toEqual(before);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();
  });

  test('a ready-made data set is a data change: link, Undo', async ({ page }) => {
    await page.goto('./');
    const select = page.getByRole('combobox', { name: 'Data set' });
    await select.selectOption({ label: 'Linear with noise (30 points)' });
    await expect(page).toHaveURL(/data=(-?[\d.e-]+:-?[\d.e-]+,){29}-?[\d.e-]+:-?[\d.e-]+$/);
    await expect(page.getByText('30 noisy points along a rising line')).toBeVisible();
    await expect(page.getByText('Data set “Linear with noise (30 points)”: 30 points')).toBeVisible();
    // A link to it loads the same set.
    await page.reload();
    await expect(select).toHaveValue('noisy-line');
    await page.goto('./');
    await select.selectOption({ label: 'One outlier' });
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(select).toHaveValue('statquest');
    await expect(page).toHaveURL(/data=0:0,0\.5:1,1:0$/);
  });

  test('a data set on which the current rate diverges sets a safe rate, says so, and Undo brings both back', async ({
    page,
  }) => {
    await page.goto('./');
    const rate = page.getByRole('spinbutton', { name: 'Learning rate value' });
    await expect(rate).toHaveValue('0.1');
    // 30 points: the SSR's curvature is 2n = 60, so rates above 1/30 ≈ 0.033 diverge; 0.1 did.
    await page.getByRole('combobox', { name: 'Data set' }).selectOption({ label: 'Linear with noise (30 points)' });
    await expect(rate).toHaveValue('0.01');
    await expect(page.getByText(/diverges on them \(above 0\.0333\), so the learning rate is now 0\.01/)).toBeVisible();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.getByRole('status')).toContainText(/^\D*3 steps taken/);
    await expect(page.getByRole('status')).not.toContainText('Diverging');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(rate).toHaveValue('0.1');
    await expect(page.getByRole('combobox', { name: 'Data set' })).toHaveValue('statquest');
  });

  test('x in thousands: the bands fall below the slider, and Standardize x fixes it (Undo restores)', async ({
    page,
  }) => {
    await page.goto('./#scenario=linreg');
    await page.getByRole('combobox', { name: 'Data set' }).selectOption({ label: 'x in thousands' });
    await expect(page).toHaveURL(/data=1000:1,2000:2,3000:3,4000:4,5000:5$/);
    await expect(page.getByText(/safe learning rates end at 9\.1e-8, below the slider’s lowest 0\.001/)).toBeVisible();
    await page.getByRole('button', { name: 'Train to end' }).click();
    await expect(page.getByRole('status')).toContainText('Diverging');
    await page.getByRole('button', { name: 'Standardize x' }).click();
    await expect(
      page.getByText(/Standardized x: subtracted its mean 3000\.00 and divided by its standard deviation 1414\.21/),
    ).toBeVisible();
    await expect(page).toHaveURL(/data=-1\.41421356\d*:1,-0\.70710678\d*:2,0:3,0\.70710678\d*:4,1\.41421356\d*:5$/);
    await expect(page.getByRole('button', { name: 'Standardize x' })).toBeHidden();
    await page.getByRole('button', { name: 'Train to end' }).click();
    await expect(page.getByRole('status')).toContainText('Finished');
    await page.getByRole('button', { name: 'Undo' }).click();
    // Back to the data before, with its run: the diverged steps are there again.
    await expect(page).toHaveURL(/iter=[1-9]\d*&data=1000:1,2000:2,3000:3,4000:4,5000:5$/);
    await expect(page.getByRole('status')).toContainText('Diverging');
    await expect(page.getByRole('button', { name: 'Standardize x' })).toBeVisible();
  });

  test('Download data writes x,y rows that import back exactly', async ({ page }) => {
    const data = '0.1:0.30000000000000004,-1e-7:9999.999999999998,0.5:1';
    await page.goto(`./#data=${data}`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download data', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('descent-bias-data.csv');
    const text = readFileSync(await file.path(), 'utf8');
    expect(text).toBe('x,y\n0.1,0.30000000000000004\n-1e-7,9999.999999999998\n0.5,1\n');
    await page.getByRole('combobox', { name: 'Data set' }).selectOption({ label: 'One outlier' });
    const dialog = await openImport(page);
    await dialog
      .getByLabel('Open a CSV file')
      .setInputFiles({ name: 'back.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await expect(dialog).toContainText('3 points from back.csv');
    await dialog.getByRole('button', { name: 'Use this data' }).click();
    await expect(page).toHaveURL(new RegExp(`data=${data.replace(/[.+]/g, '\\$&')}$`));
  });

  test('200 imported points at full precision survive a link', async ({ page }) => {
    const rows = Array.from(
      { length: 200 },
      (_, i) => `${(i * 49.99999999999999 - 4999.123456789012).toString()},${Math.sin(i) * 1e-3}`,
    );
    await page.goto('./#scenario=linreg');
    const dialog = await openImport(page);
    await dialog.getByRole('textbox', { name: 'Data as CSV' }).fill(rows.join('\n'));
    await expect(dialog).toContainText('200 points');
    await dialog.getByRole('button', { name: 'Use this data' }).click();
    const expected = rows.map((r) => r.replace(',', ':')).join(',');
    await expect(page).toHaveURL(new RegExp(`data=${expected.replace(/[.+]/g, '\\$&')}$`));
    await page.reload();
    await expect(page.getByText(/^200 points\./)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`data=${expected.replace(/[.+]/g, '\\$&')}$`));
  });

  test('the import dialog has no axe violations, with a preview and with a refusal', async ({ page }) => {
    await page.goto('./');
    const dialog = await openImport(page);
    await dialog.getByRole('textbox', { name: 'Data as CSV' }).fill('x,y,z\n1,2,3\n4,5,6');
    await expect(dialog.getByRole('table', { name: 'Preview of the points' })).toBeVisible();
    let results = await axe(page);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
    await dialog.getByRole('textbox', { name: 'Data as CSV' }).fill('1\n2');
    await expect(dialog.getByRole('alert')).toContainText('line 1: only one column');
    results = await axe(page);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
  });

  test('a file that is not text, or over 20 MB, is refused in the dialog', async ({ page }, testInfo) => {
    await page.goto('./');
    const dialog = await openImport(page);
    const picker = dialog.getByLabel('Open a CSV file');
    await picker.setInputFiles({
      name: 'sheet.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0]),
    });
    await expect(dialog.getByRole('alert')).toHaveText(
      'sheet.xlsx is not a text file: save the sheet as CSV first. The current data is unchanged.',
    );
    // 30 MB from a file on disk: Playwright hands the browser its path rather than its bytes.
    const big = testInfo.outputPath('big.csv');
    writeFileSync(big, Buffer.alloc(30 * 1024 * 1024, '1,2\n'));
    await picker.setInputFiles(big);
    await expect(dialog.getByRole('alert')).toHaveText(
      'big.csv is 30.0 MB: files up to 20 MB can be opened. The current data is unchanged.',
    );
    await expect(dialog.getByRole('button', { name: 'Use this data' })).toBeDisabled();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page).toHaveURL(/data=0:0,0\.5:1,1:0$/);
  });
});

/** A table of `rows` rows and 8 columns (x, y and six more) as CSV, with a header. */
function wideTable(rows: number): string[] {
  const lines = ['id,x,y,group,noise,weight,label,z'];
  for (let i = 0; i < rows; i++) {
    const x = (i % 1000) / 100;
    lines.push(
      `${i},${x},${(1 + 0.5 * x + ((i * 7919) % 101) / 500).toFixed(4)},${i % 4},${((i * 31) % 97) / 97},${i % 3},r${i},${-x}`,
    );
  }
  return lines;
}

test.describe('a big table', () => {
  test('100,000 rows of 8 columns from a file: choose x and y, 3 malformed rows skipped and named', async ({
    page,
  }) => {
    test.slow(); // 7 MB through the file picker and a worker, then 100,000 points on the charts
    await page.goto('./#scenario=linreg');
    const lines = wideTable(100_000);
    // Three malformed rows more (lines 17, 240 and 911 of the file): a word, a missing y, a semicolon in a cell.
    lines.splice(16, 0, '15,abc,1,0,0,0,r,0');
    lines.splice(239, 0, '237,2.37,,0,0,0,r,0');
    lines.splice(910, 0, '907,9.07,1;5,0,0,0,r,0');
    const dialog = await openImport(page);
    await dialog.getByLabel('Open a CSV file').setInputFiles({
      name: 'big.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${lines.join('\n')}\n`),
    });
    const xColumn = dialog.getByRole('combobox', { name: 'x column' });
    await expect(xColumn).toBeVisible();
    await expect(xColumn.getByRole('option')).toHaveText(['id', 'x', 'y', 'group', 'noise', 'weight', 'z']);
    await xColumn.selectOption({ label: 'x' });
    await dialog.getByRole('combobox', { name: 'y column' }).selectOption({ label: 'y' });
    await expect(dialog).toContainText('100,000 points from big.csv');
    await expect(dialog).toContainText('3 rows skipped: line 17, 240, 911. On line 17, "abc" is not a number.');
    await expect(
      dialog.getByRole('img', { name: /^Scatter of the chosen columns \(\d+ points of 100,000\)/ }),
    ).toBeVisible();
    await expect(dialog.getByRole('table', { name: 'Preview of the points' })).toContainText('0.01');
    await dialog.getByRole('button', { name: 'Use this data' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Imported 100,000 points from big.csv; the run starts over on them.')).toBeVisible();
    // The data chart says so: a picture (img) once there are too many points to drag, a group before.
    const chart = /^Data and the fitted line 100,?000 points and the line/;
    await expect(page.getByRole('img', { name: chart }).or(page.getByRole('group', { name: chart }))).toBeVisible();
  });
});
