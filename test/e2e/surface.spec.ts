import { englishOnPage } from './untranslated';
import { axe, expect, historyRows, setField, test } from './fixtures';

const LINK = '#scenario=surface&fn=rosenbrock&x0=-1.5&y0=2&lr=0.001&opt=gd&noise=0&seed=1&iter=0';
const escaped = (text: string) => text.replace(/[*^+?.()]/g, '\\$&');

test.describe('surface scenario: the loss-surface lab', () => {
  test('pick a surface, click the map for a start, step, read the optimizer state, race, reach the saddle; axe finds nothing', async ({
    page,
  }) => {
    // The race plays on Playwright's clock: its frames run at once.
    await page.clock.install();
    await page.goto(`./${LINK}`);
    const map = page.getByRole('group', { name: /^Loss surface/ });
    await expect(map).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${escaped(LINK)}$`));

    await page.getByRole('combobox', { name: 'Surface' }).selectOption({ label: 'Ravine' });
    await expect(page.getByRole('textbox', { name: 'f(x, y)' })).toHaveValue('x^2 + 25*y^2');
    await expect(page.getByRole('spinbutton', { name: 'Starting x' })).toHaveValue('-1.8');
    // A click near the map's left edge, above the middle, sets the start there.
    const area = await page.locator('.pick-area').boundingBox();
    await page.mouse.click(area!.x + area!.width * 0.1, area!.y + area!.height * 0.3);
    await expect(page.getByRole('spinbutton', { name: 'Starting x' })).not.toHaveValue('-1.8');
    const x0 = Number(await page.getByRole('spinbutton', { name: 'Starting x' }).inputValue());
    const y0 = Number(await page.getByRole('spinbutton', { name: 'Starting y' }).inputValue());
    expect(x0).toBeGreaterThan(-2);
    expect(x0).toBeLessThan(-1.2);
    expect(y0).toBeGreaterThan(0);

    await setField(page, 'Learning rate value', '0.01');
    await page.getByRole('combobox', { name: 'Optimizer' }).selectOption({ label: 'momentum' });
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    const rows = await historyRows(page);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.slice(1, 3)).toEqual([x0.toFixed(4), y0.toFixed(4)]);
    const state = page.getByRole('region', { name: 'Optimizer state' });
    await expect(state).toContainText('Velocity carried in, v');
    await expect(state).toContainText('New velocity v ← μv − η∇f');
    await expect(page.getByRole('spinbutton', { name: 'Optimizer μ (momentum)' })).toHaveValue('0.9');
    await expect(page).toHaveURL(/&lr=0\.01&opt=momentum&mu=0\.9&noise=0&seed=1&iter=2$/);

    // The race, from the same start on the same map: momentum beats gradient descent at 0.01.
    await page.getByRole('button', { name: 'Set up a race' }).click();
    await page.getByRole('button', { name: 'Start race' }).click();
    await page.clock.runFor(30000);
    const board = page.getByRole('table', { name: /Leaderboard/ });
    await expect(board.getByRole('row').filter({ hasText: 'converged' })).toHaveCount(3, { timeout: 20000 });
    const order = await board.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(order.indexOf('momentum')).toBeLessThan(order.indexOf('gradient descent'));
    await expect(map.locator('polyline.race-line')).toHaveCount(3);

    const audit = await axe(page);
    expect(audit.violations.map((v) => v.id)).toEqual([]);

    // From (1, 0) on the saddle gradient descent stops there, and says so; a little noise leaves it.
    await page.evaluate(() => {
      window.location.hash = '#scenario=surface&fn=saddle&x0=1&y0=0&lr=0.1&opt=gd&noise=0&seed=1&iter=200';
    });
    await expect(page.getByRole('status')).toContainText(
      'stopped at a saddle point: the gradient is zero but this is not a minimum',
    );
    await setField(page, 'Gradient noise', '0.1');
    await setField(page, 'Learning rate value', '0.1');
    await page.evaluate(() => {
      window.location.hash = '#scenario=surface&fn=saddle&x0=1&y0=0&lr=0.1&opt=gd&noise=0.1&seed=1&iter=300';
    });
    await expect(page.getByRole('spinbutton', { name: 'Gradient noise' })).toHaveValue('0.1');
    await expect(page.getByRole('status')).not.toContainText('saddle');
    const last = (await historyRows(page)).at(-1)!;
    expect(Math.abs(Number(last[7]))).toBeGreaterThan(1);
  });

  test('on a phone the map fits, a tap sets the start, and nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`./${LINK}`);
    const area = page.locator('.pick-area');
    await expect(area).toBeVisible();
    const box = (await area.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.5);
    await expect(page.getByRole('spinbutton', { name: 'Starting x' })).not.toHaveValue('-1.5');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('in Spanish: the map, the optimizer state, a refused formula and the saddle, with decimal commas', async ({
    page,
  }) => {
    await page.goto('./#scenario=surface&fn=saddle&x0=1&y0=0&lr=0.1&opt=adam&noise=0&seed=1&iter=3&lang=es');
    await expect(page.getByRole('group', { name: /^Superficie de pérdida/ })).toBeVisible();
    const state = page.getByRole('region', { name: 'Estado del optimizador' });
    await expect(state).toContainText('Primer momento m');
    await expect(state).toContainText(/\d,\d{4}/);
    const field = page.getByRole('textbox', { name: 'f(x, y)' });
    await field.fill('x^2 + z');
    await field.press('Enter');
    await expect(page.getByRole('alert')).toHaveText(
      'Posición 7: variable desconocida ‘z’ (solo x e y). Se mantiene la última fórmula válida.',
    );
    for (const summary of await page.locator('details:not([open]) > summary').all()) {
      if (await summary.isVisible()) await summary.click();
    }
    expect(await englishOnPage(page)).toEqual([]);
    await page.evaluate(() => {
      window.location.hash = '#scenario=surface&fn=saddle&x0=1&y0=0&lr=0.1&opt=gd&noise=0&seed=1&iter=200&lang=es';
    });
    await expect(page.getByRole('status')).toContainText('se detuvo en un punto de silla');
    expect(await englishOnPage(page)).toEqual([]);
  });
});
