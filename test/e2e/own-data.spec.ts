import { readFileSync } from 'node:fs';
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
    await expect(dialog).toContainText('Columns after the second are ignored');
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

  test('a refused paste names the line and leaves the history and the data unchanged', async ({ page }) => {
    await page.goto('./#iter=2');
    await expect.poll(() => historyRows(page).then((r) => r.length)).toBe(2);
    const before = await historyRows(page);
    const opener = page.getByRole('button', { name: 'Import data', exact: true });
    const dialog = await openImport(page);
    await dialog.getByRole('textbox', { name: 'Data as CSV' }).fill('x,y\n1,2\n3,4\nabc,5');
    await expect(dialog.getByRole('alert')).toHaveText('line 4: "abc" is not a number. The current data is unchanged.');
    // Refused: the button cannot take it (it is disabled, described by the refusal).
    await expect(dialog.getByRole('button', { name: 'Use this data' })).toBeDisabled();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Data as CSV' }).fill('1,2\n3,1e999');
    await expect(dialog.getByRole('alert')).toContainText('line 2: the y cell is not a finite number');
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

  test('a file that is not text, or over 1 MB, is refused in the dialog', async ({ page }) => {
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
    await picker.setInputFiles({
      name: 'big.csv',
      mimeType: 'text/csv',
      buffer: Buffer.alloc(1024 * 1024 + 10, '1,2\n'),
    });
    await expect(dialog.getByRole('alert')).toContainText('big.csv is 1.0 MB: files up to 1 MB can be opened.');
    await expect(dialog.getByRole('button', { name: 'Use this data' })).toBeDisabled();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page).toHaveURL(/data=0:0,0\.5:1,1:0$/);
  });
});
