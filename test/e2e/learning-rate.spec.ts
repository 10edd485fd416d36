import { axe, expect, historyRows, test } from './fixtures';

const whatIf = (page: import('@playwright/test').Page) => page.getByRole('img', { name: /^What-if path/ });

test.describe('the learning-rate slider that teaches', () => {
  test('dragging the slider draws the what-if path, which stays when the slider is left and goes at the next step', async ({
    page,
  }) => {
    await page.goto('./#scenario=linreg&iter=5');
    const slider = page.getByRole('slider', { name: 'Learning rate' });
    await expect(whatIf(page)).toHaveCount(0);
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    // Press on the track at 60 % and drag to 80 %: through the overshooting and diverging rates.
    await page.mouse.move(box.x + box.width * 0.6, y);
    await page.mouse.down();
    await expect(whatIf(page)).toHaveCount(3);
    await page.mouse.move(box.x + box.width * 0.8, y, { steps: 5 });
    await expect(whatIf(page)).toHaveCount(3);
    await expect(page.getByRole('region', { name: 'Forecast' })).toContainText(/^At [\d.]+: next w = /);
    expect(await page.content()).not.toMatch(/NaN|Infinity/);
    await page.mouse.up();
    await page.getByRole('button', { name: 'Step', exact: true }).focus();
    await expect(whatIf(page)).toHaveCount(3);
    await expect(page.getByRole('region', { name: 'Forecast' })).toContainText(/^At [\d.]+: next w = /);
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(whatIf(page)).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Forecast' })).toHaveText('');

    // Pressing and releasing the thumb without a change leaves no marks behind.
    const thumb = (await slider.boundingBox())!;
    const at = Number(await slider.inputValue()) / Number(await slider.getAttribute('max'));
    await page.mouse.click(thumb.x + 9 + (thumb.width - 18) * at, y);
    await expect(whatIf(page)).toHaveCount(0);
  });

  test('the forecast is what Step and Run then do', async ({ page }) => {
    await page.goto('./#scenario=bias&iter=1');
    const slider = page.getByRole('slider', { name: 'Learning rate' });
    await slider.focus();
    await slider.press('PageUp');
    const rate = await slider.getAttribute('aria-valuetext');
    const forecast = page.getByRole('region', { name: 'Forecast' });
    await expect(forecast).toContainText(`At ${rate}: next b3 = `);
    const text = (await forecast.textContent())!;
    const next = /next b3 = (-?\d+\.\d{4})/.exec(text)![1]!;
    const more = Number(/converges after (\d+) more steps/.exec(text)![1]);

    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(async () => (await historyRows(page)).length).toBe(2);
    expect((await historyRows(page))[1]![5]).toBe(next);

    await page.getByRole('combobox', { name: 'Speed' }).selectOption('fast');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByRole('button', { name: 'Run' })).toBeVisible();
    await expect.poll(async () => (await historyRows(page)).length).toBe(1 + more);
    await expect(page.getByRole('status')).toContainText(/Converged|Stopped/);
  });

  test('a click on the sweep chart sets the rate, and Enter sets the fastest', async ({ page }) => {
    await page.goto('./');
    const sweep = page.getByRole('group', { name: /Steps to converge by learning rate/ });
    // The sweep starts when its panel comes near the screen.
    await sweep.scrollIntoViewIfNeeded();
    await expect(sweep.getByText(/^fastest/)).toBeVisible();
    const pick = page.getByRole('button', { name: /^Set the learning rate/ });
    await pick.scrollIntoViewIfNeeded();
    const box = (await pick.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.25, box.y + box.height / 2);
    const field = page.getByRole('spinbutton', { name: 'Learning rate value' });
    await expect(field).not.toHaveValue('0.1');
    const picked = Number(await field.inputValue());
    // A quarter of the way along 0.001–1 on a log scale.
    expect(picked).toBeGreaterThan(0.0045);
    expect(picked).toBeLessThan(0.0075);
    await expect(page.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', String(picked));

    await pick.focus();
    await pick.press('Enter');
    // 1/(2n) = 1/6 lands on the minimum in one step; the rule stops on the next.
    await expect(field).toHaveValue(String(1 / 6));
    // The label names the rate (a narrow chart leaves the steps to the table and the pick target).
    await expect(sweep.getByText(/^fastest 0\.166667/)).toBeVisible();
    await expect(pick).toHaveAccessibleName(/^Set the learning rate: 0\.166667: 2 steps\./);
  });

  test('the sweep table lists at least 50 rates, with steps counted from iteration 0', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('heading', { name: 'Steps to converge by learning rate' }).scrollIntoViewIfNeeded();
    await expect(page.getByText(/^fastest/)).toBeVisible();
    await page.getByText('The sweep as a table').click();
    const table = page.getByRole('table', { name: 'Steps to converge by learning rate' });
    await expect(table.getByRole('columnheader')).toHaveText(['Learning rate', 'Steps', 'Outcome']);
    // The rows are built once the disclosure says it is open (its toggle event comes a task later).
    await expect(table.getByRole('cell', { name: '0.166667', exact: true })).toBeVisible();
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows.length).toBeGreaterThanOrEqual(50);
    expect(rows).toContainEqual(['0.166667', '2', 'converges']);
    expect(rows.at(-1)).toEqual(['1', '4', 'diverges']);
  });

  test('linreg’s fastest rate is one whose run reaches the minimum', async ({ page }) => {
    await page.goto('./#scenario=linreg');
    const sweep = page.getByRole('group', { name: /Steps to converge by learning rate/ });
    await sweep.scrollIntoViewIfNeeded();
    const label = sweep.getByText(/^fastest/);
    await expect(label).toBeVisible();
    const rate = /^fastest ([\d.]+)/.exec((await label.textContent())!)![1]!;
    await page.getByText('The sweep as a table').click();
    const table = page.getByRole('table', { name: 'Steps to converge by learning rate' });
    const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: rate, exact: true }) });
    await expect(row.getByRole('cell').nth(2)).toHaveText('converges');
  });

  test('the network training all 7 parameters: no rate reaches the minimum, and none is named fastest', async ({
    page,
  }) => {
    test.slow(); // sixty network runs of up to 10,000 steps, in a worker
    await page.goto('./#scenario=network&train=all');
    const sweep = page.getByRole('group', { name: /Steps to converge by learning rate/ });
    await sweep.scrollIntoViewIfNeeded();
    await expect(sweep.getByText('no rate reaches the minimum', { exact: true })).toBeVisible({ timeout: 60_000 });
    await expect(sweep.getByText(/^fastest/)).toHaveCount(0);
    await page.getByText('The sweep as a table').click();
    await expect(page.locator('.sweep-table')).toContainText('No rate reaches the minimum');
  });

  test('bands from a local curvature say so, and do not call a rate that converges "diverges"', async ({ page }) => {
    // The network training all 7: its bands come from the curvature at the start, and 0.1, above
    // that start's 2/λmax ≈ 0.0637, does not diverge: its SSR falls to 0.0005 (StatQuest's rule
    // stops it there, near a minimum).
    await page.goto('./#scenario=network&train=all&lr=0.1');
    const legend = page.locator('.lr-legend');
    await expect(legend).toContainText('above 0.0637: may diverge');
    await expect(legend).not.toContainText(/above [\d.]+: diverges/);
    await expect(page.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('data-bands', 'local');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('fast');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByRole('status')).toContainText(/^(Converged|Stopped) after \d+ steps.*SSR was 0\.000/, {
      timeout: 20_000,
    });

    // The bias scenario's SSR is a parabola: above 1/n it diverges for certain, and says so.
    await page.goto('./#scenario=bias');
    await expect(legend).toContainText('above 0.333: diverges');
    await expect(page.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('data-bands', 'exact');
  });

  test('no accessibility violations with the forecast, the what-if path and the sweep shown', async ({ page }) => {
    // axe over the whole page with the sweep's table open takes a while on a busy machine.
    test.setTimeout(90_000);
    await page.goto('./#scenario=linreg&iter=3');
    await page.getByRole('heading', { name: 'Steps to converge by learning rate' }).scrollIntoViewIfNeeded();
    await expect(page.getByText(/^fastest/)).toBeVisible();
    await page.getByText('The sweep as a table').click();
    await page.getByRole('slider', { name: 'Learning rate' }).focus();
    await expect(page.getByRole('region', { name: 'Forecast' })).toContainText('next w = ');
    await expect(whatIf(page)).toHaveCount(3);
    const results = await axe(page);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
  });
});
