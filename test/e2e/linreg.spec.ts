import { expect, historyRows, test } from './fixtures';
import { dragRateTo } from './learningRate';

test.describe('linreg scenario in Chromium', () => {
  test('Train to end prints the reference log and finishes at w=0.997590, b=0.008700', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('linreg');
    await page.getByRole('button', { name: 'Train to end' }).click();
    await expect(page.getByRole('status')).toContainText('Finished');
    const log = page.getByRole('log', { name: 'Training log' });
    const lines = (await log.textContent())!.split('\n');
    expect(lines).toHaveLength(23);
    expect(lines[0]).toBe('Epoch 0, Loss=11.000000, w=0.220000, b=0.060000');
    expect(lines[1]).toBe('Epoch 50, Loss=0.008585, w=0.940048, b=0.216441');
    expect(lines[19]).toBe('Epoch 950, Loss=0.000019, w=0.997155, b=0.010271');
    expect(lines.slice(-3)).toEqual(['', 'Training finished', 'Final parameters: w=0.997590, b=0.008700']);
    const last = (await historyRows(page)).at(-1)!;
    expect(last[0]).toBe('999');
    await expect(page).toHaveURL(
      /#scenario=linreg&lr=0\.01&w=0&b=0&epochs=1000&every=50&iter=1000&data=1:1,2:2,3:3,4:4,5:5$/,
    );
    await expect(page.getByRole('img', { name: /Loss surface/ })).toBeVisible();
    await page.screenshot({ path: 'test-results/linreg-finished.png', fullPage: true });
  });

  test('a fast run paused mid-way shows its last epoch in the history table', async ({ page }) => {
    // While a fast run plays the table refreshes four times a second; on Pause it must catch up.
    await page.goto('./#scenario=linreg&epochs=100000&every=1000');
    // 60 epochs a second: fast enough to be calmed, slow enough for the run to be going at Pause.
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('60');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByRole('status')).toContainText(/Running: \d{2,} epochs so far/);
    await page.getByRole('button', { name: 'Pause' }).click();
    const status = page.getByRole('status');
    await expect(status).toContainText(/\d+ epochs taken/);
    const epochs = Number((await status.textContent())!.match(/(\d+) epochs taken/)![1]);
    await expect.poll(async () => (await historyRows(page)).at(-1)?.[0]).toBe(String(epochs - 1));
  });

  test('one Step is epoch 0 with the reference gradients', async ({ page }) => {
    await page.goto('./#scenario=linreg');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    expect(await historyRows(page)).toEqual([
      ['0', '0.0000', '0.0000', '11.0000', '-22.0000', '-6.0000', '0.2200', '0.0600'],
    ]);
    await expect(page.getByRole('log', { name: 'Training log' })).toHaveText(
      'Epoch 0, Loss=11.000000, w=0.220000, b=0.060000',
    );
  });

  test('each scenario keeps its own settings when switching', async ({ page }) => {
    await page.goto('./');
    const rate = await dragRateTo(page, 0.2);
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('linreg');
    await expect(page.getByRole('spinbutton', { name: 'Learning rate value' })).toHaveValue('0.01');
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('bias');
    await expect(page.getByRole('spinbutton', { name: 'Learning rate value' })).toHaveValue(rate);
  });
});
