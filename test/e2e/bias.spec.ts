import { expect, historyRows, setField, test } from './fixtures';
import { dragRateTo } from './learningRate';

test.describe('bias scenario in Chromium', () => {
  test('two steps reproduce the reference numbers, and a screenshot is saved for review', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('status')).toContainText('Ready');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.getByRole('status')).toContainText('Step 2: gradient -6.26');
    expect(await historyRows(page)).toEqual([
      ['1', '0.0000', '20.4236', '-15.6551', '-1.5655', '1.5655'],
      ['2', '1.5655', '3.2678', '-6.2620', '-0.6262', '2.1917'],
    ]);
    await expect(page).toHaveURL(/#scenario=bias&lr=0\.1&b3=0&iter=2&data=0:0,0\.5:1,1:0$/);
    // The formulas are typeset (MathML from Temml) once it has loaded.
    await expect(page.locator('.derivation math').first()).toBeVisible();
    await expect(page.getByRole('img', { name: /SSR against b3/ })).toBeVisible();
    await page.screenshot({ path: 'test-results/bias-two-steps.png', fullPage: true });
  });

  test('Run at full speed converges near b3* = 2.61', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('fast');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByRole('status')).toContainText('Converged');
    await expect(page.getByRole('button', { name: 'Run' })).toBeDisabled();
    const last = (await historyRows(page)).at(-1)!;
    expect(Math.abs(Number(last[4]))).toBeLessThan(0.001);
    expect(Number(last[5])).toBeCloseTo(2.61, 2);
  });

  test('Run reads Pause while running and Pause stops it', async ({ page }) => {
    // The page's clock is Playwright's, so the wait after Pause below takes no real time.
    await page.clock.install();
    await page.goto('./');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.getByRole('button', { name: 'Pause' }).click();
    const rows = (await historyRows(page)).length;
    expect(rows).toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: 'Run' })).toBeVisible();
    await page.clock.runFor(700); // paused: nothing may arrive in the next two paced steps' time
    expect((await historyRows(page)).length).toBe(rows);
  });

  test('a learning rate above 1/3 diverges and nothing non-finite reaches the page', async ({ page }) => {
    await page.goto('./');
    const rate = await dragRateTo(page, 0.9);
    expect(Number(rate)).toBeCloseTo(0.9, 1);
    await expect(page.getByRole('spinbutton', { name: 'Learning rate value' })).toHaveValue(rate);
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('fast');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByRole('status')).toContainText('Diverging');
    await expect(page.getByRole('status')).toContainText('1/n = 0.33');
    const html = await page.content();
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  test('keyboard only: s steps, Space runs and pauses, r resets', async ({ page }) => {
    await page.goto('./');
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('s');
    await expect.poll(async () => (await historyRows(page)).length).toBe(1);
    await page.keyboard.press(' ');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.keyboard.press(' ');
    await expect(page.getByRole('button', { name: 'Run' })).toBeVisible();
    await page.keyboard.press('r');
    await expect.poll(async () => (await historyRows(page)).length).toBe(0);
  });

  test('Download CSV saves the contract header and full-precision numbers', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('descent-bias-iter-1.csv');
    const text = await (await file.createReadStream()).toArray();
    const lines = Buffer.concat(text).toString('utf8').trim().split('\n');
    expect(lines[0]).toBe('iteration,b3,ssr,gradient,step,new_b3');
    const [iteration, b3, ssr, gradient, step, newB3] = lines[1]!.split(',').map(Number);
    expect(iteration).toBe(1);
    expect(b3).toBe(0);
    expect(ssr).toBeCloseTo(20.423597678, 9);
    expect(gradient).toBeCloseTo(-15.655108381, 9);
    expect(step).toBeCloseTo(-1.565510838, 9);
    expect(newB3).toBeCloseTo(1.565510838, 9);
  });

  test('a bad value in a field shows a message and keeps the last good state', async ({ page }) => {
    await page.goto('./');
    await setField(page, 'Starting b3', 'abc');
    await expect(page.getByRole('alert')).toContainText('Not a number');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    expect((await historyRows(page))[0]![1]).toBe('0.0000');
  });
});
