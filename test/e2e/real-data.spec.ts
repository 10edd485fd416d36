import { expect, historyRows, test } from './fixtures';

test.describe('real data and mini-batches', () => {
  test('Old Faithful from the Data set choice: its source shown, named in the link, read back from it', async ({
    page,
  }) => {
    await page.goto('./#scenario=linreg&lr=0.001');
    await page.getByRole('combobox', { name: 'Data set' }).selectOption({ label: 'Old Faithful' });
    await expect(page.getByText(/^Source: Azzalini & Bowman \(1990\)/)).toBeVisible();
    await expect(page.getByRole('img', { name: /^Data and the fitted line 272 points/ })).toBeVisible();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page).toHaveURL(/&iter=1&data=faithful$/);
    const row = (await historyRows(page))[0];

    await page.goto('about:blank');
    await page.goto(`./#scenario=linreg&lr=0.001&iter=1&data=faithful`);
    await expect.poll(async () => (await historyRows(page))[0]).toEqual(row);
    await expect(page.getByRole('combobox', { name: 'Data set' })).toHaveValue('faithful');
  });

  test('batch size 1 with a seed gives the same run after a reload and in a link', async ({ page, context }) => {
    await page.goto('./#scenario=linreg');
    const batch = page.getByRole('spinbutton', { name: 'Batch size' });
    await batch.fill('1');
    await batch.press('Enter');
    const seed = page.getByRole('spinbutton', { name: 'Shuffle seed' });
    await seed.fill('7');
    await seed.press('Enter');
    const step = page.getByRole('button', { name: 'Step', exact: true });
    for (let i = 0; i < 7; i++) await step.click();
    const rows = await historyRows(page);
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['0', '1'],
      ['0', '2'],
      ['0', '3'],
      ['0', '4'],
      ['0', '5'],
      ['1', '1'],
      ['1', '2'],
    ]);
    await expect(page).toHaveURL(/&batch=1&seed=7&iter=7&/);
    await page.reload();
    await expect.poll(() => historyRows(page)).toEqual(rows);
    const other = await context.newPage();
    await other.goto(page.url());
    await expect.poll(() => historyRows(other)).toEqual(rows);
    await expect(other.getByRole('log', { name: 'Training log' })).toHaveText(/^Epoch 0, Loss=11\.000000, w=/);
  });
});
