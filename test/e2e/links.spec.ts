import { expect, historyRows, test } from './fixtures';
import { dragRateTo } from './learningRate';

test.describe('links reproduce a state', () => {
  test('#scenario=bias&lr=0.05&b3=-1&iter=7 replays seven steps', async ({ page }) => {
    await page.goto('./#scenario=bias&lr=0.05&b3=-1&iter=7');
    await expect.poll(async () => (await historyRows(page)).length).toBe(7);
    const rows = await historyRows(page);
    expect(rows[0]![1]).toBe('-1.0000');
    expect(rows[6]![0]).toBe('7');
    await expect(page.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '0.05');
  });

  test('a copied link opens the same table in a new page', async ({ page, context }) => {
    await page.goto('./');
    await dragRateTo(page, 0.15);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
    const rows = await historyRows(page);
    // The address follows the state within a moment: wait for it, then open it elsewhere.
    await expect(page).toHaveURL(/&iter=3&/);
    const other = await context.newPage();
    await other.goto(page.url());
    await expect.poll(async () => historyRows(other)).toEqual(rows);
  });

  test('right after each Step click the chain rule and table already show that step', async ({ page }) => {
    // Read once, without waiting: a panel read just after a click must be exact. The address
    // follows within a moment, so it is read with a retrying assertion.
    await page.goto('./#scenario=bias&lr=0.1');
    await expect(page.getByRole('heading', { name: /^Next step \(iteration 1\)/ })).toBeVisible();
    const step = page.getByRole('button', { name: 'Step', exact: true });
    for (let i = 1; i <= 6; i++) {
      await step.click();
      // The chain rule shows the step Step takes next.
      expect(await page.getByRole('heading', { level: 2, name: /the chain rule/ }).textContent()).toContain(
        `Next step (iteration ${i + 1})`,
      );
      expect((await historyRows(page)).at(-1)?.[0]).toBe(String(i));
    }
    await expect(page).toHaveURL(/&iter=6&/);
  });

  test('a reload right after quick steps keeps the exact state', async ({ page }) => {
    // The address is written when the page is left, even before the state has been still.
    await page.goto('./#scenario=bias&lr=0.1');
    await expect(page.getByRole('heading', { name: /^Next step \(iteration 1\)/ })).toBeVisible();
    const step = page.getByRole('button', { name: 'Step', exact: true });
    for (let i = 0; i < 4; i++) await step.click();
    const rows = await historyRows(page);
    expect(rows).toHaveLength(4);
    await page.reload();
    await expect.poll(async () => historyRows(page)).toEqual(rows);
    await expect(page).toHaveURL(/&iter=4&/);
  });

  test('a malformed field is named in a notice and the rest applies', async ({ page }) => {
    await page.goto('./#scenario=bias&lr=abc&b3=1&iter=2');
    await expect(page.getByRole('alert')).toContainText('Ignored lr in the link');
    await expect.poll(async () => (await historyRows(page)).length).toBe(2);
    expect((await historyRows(page))[0]![1]).toBe('1.0000');
  });
});
