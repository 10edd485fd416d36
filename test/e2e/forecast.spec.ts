import { expect, historyRows, test } from './fixtures';

const whatIf = (page: import('@playwright/test').Page) => page.getByRole('img', { name: /^What-if path/ });

test.describe('the forecast of a rate being chosen', () => {
  test('stays after the slider is left and after Enter in the rate field, until the next step', async ({ page }) => {
    await page.goto('./');
    const slider = page.getByRole('slider', { name: 'Learning rate' });
    const forecast = page.getByRole('region', { name: 'Forecast' });
    await slider.focus();
    await slider.press('PageUp');
    await slider.press('PageUp');
    await slider.press('PageUp');
    const rate = await slider.getAttribute('aria-valuetext');
    await expect(forecast).toContainText(new RegExp(`^At ${rate!.replace('.', '\\.')}: next b3 = .*diverges`));
    await expect(whatIf(page)).toHaveCount(2);
    // Leaving the slider (Tab) keeps what it said: the class reads it while the teacher talks.
    await page.keyboard.press('Tab');
    await expect(slider).not.toBeFocused();
    await expect(forecast).toContainText(`At ${rate}: next b3 = `);
    await expect(whatIf(page)).toHaveCount(2);
    await page.screenshot({ path: 'test-results/forecast-after-blur.png' });

    // A rate typed and applied with Enter, then left: still forecast.
    const field = page.getByRole('spinbutton', { name: 'Learning rate value' });
    await field.fill('0.25');
    await field.press('Enter');
    await expect(forecast).toHaveText(/^At 0\.25: next b3 = 3\.9138; overshoots the minimum/);
    await field.blur();
    await expect(forecast).toHaveText(/^At 0\.25: next b3 = 3\.9138/);
    await expect(whatIf(page)).toHaveCount(2);

    // The next step makes it out of date: it goes.
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(async () => (await historyRows(page)).length).toBe(1);
    await expect(forecast).toHaveText('');
    await expect(whatIf(page)).toHaveCount(0);
  });

  test('a diverging what-if path stays inside its chart', async ({ page }) => {
    await page.goto('./#lr=0.622');
    const slider = page.getByRole('slider', { name: 'Learning rate' });
    await slider.focus();
    await expect(page.getByRole('region', { name: 'Forecast' })).toContainText('At 0.622: next b3 = ');
    await expect(whatIf(page)).toHaveCount(2);
    // Every what-if mark is drawn under a clip to its plot, so none paints over the axes or the page.
    const unclipped = await page.locator('g.what-if').evaluateAll(
      (groups) =>
        groups.filter((g) => {
          const clipped = g.closest('[clip-path]');
          return !clipped || !(g as SVGElement).ownerSVGElement!.contains(clipped);
        }).length,
    );
    expect(unclipped).toBe(0);
    await page.screenshot({ path: 'test-results/forecast-diverging.png' });
  });
});
