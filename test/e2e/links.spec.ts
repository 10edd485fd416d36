import { expect, historyRows, test } from './fixtures';

test.describe('links reproduce a state', () => {
  test('#scenario=bias&lr=0.05&b3=-1&iter=7 replays seven steps', async ({ page }) => {
    await page.goto('./#scenario=bias&lr=0.05&b3=-1&iter=7');
    await expect.poll(async () => (await historyRows(page)).length).toBe(7);
    const rows = await historyRows(page);
    expect(rows[0]![1]).toBe('-1.0000');
    expect(rows[6]![0]).toBe('7');
    await expect(page.getByRole('slider', { name: 'Learning rate' })).toHaveValue('0.05');
  });

  test('a copied link opens the same table in a new page', async ({ page, context }) => {
    await page.goto('./');
    await page.getByRole('slider', { name: 'Learning rate' }).fill('0.15');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
    const rows = await historyRows(page);
    const other = await context.newPage();
    await other.goto(page.url());
    await expect.poll(async () => historyRows(other)).toEqual(rows);
  });

  test('a malformed field is named in a notice and the rest applies', async ({ page }) => {
    await page.goto('./#scenario=bias&lr=abc&b3=1&iter=2');
    await expect(page.getByRole('alert')).toContainText('Ignored lr in the link');
    await expect.poll(async () => (await historyRows(page)).length).toBe(2);
    expect((await historyRows(page))[0]![1]).toBe('1.0000');
  });
});
