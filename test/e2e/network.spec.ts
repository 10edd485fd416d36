import { axe, expect, historyRows, test } from './fixtures';

test.describe('network scenario in Chromium', () => {
  test('trains all seven parameters from a seeded start, and the link reproduces it', async ({ page, context }) => {
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('network');
    await page.getByRole('combobox', { name: 'Train' }).selectOption('all');
    await page.getByRole('combobox', { name: 'Start from' }).selectOption('random');
    await page.getByRole('spinbutton', { name: 'Random seed' }).fill('3');
    await page.getByRole('spinbutton', { name: 'Random seed' }).press('Enter');
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page).toHaveURL(/#scenario=network&lr=0\.1&train=all&init=random&seed=3&iter=5&data=/);
    await page.getByRole('button', { name: /^w2 = / }).click();
    await expect(
      page.getByRole('heading', { name: /^Next step \(iteration 6\), from w2 = [-\d.]+: backpropagation to w2$/ }),
    ).toBeVisible();
    const rows = await historyRows(page);
    const other = await context.newPage();
    await other.goto(page.url());
    await expect.poll(async () => historyRows(other)).toEqual(rows);
    await page.screenshot({ path: 'test-results/network-all-seven.png', fullPage: true });
    const results = await axe(page);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
  });
});

test.describe('network diagram on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('a tap anywhere in a label box selects its parameter, not only on the glyphs', async ({ page }) => {
    await page.goto('./#scenario=network');
    const label = page.getByRole('button', { name: /^b2 = / }).locator('text');
    await label.scrollIntoViewIfNeeded();
    const box = (await label.boundingBox())!;
    const svg = (await page.locator('.network-diagram svg').boundingBox())!;
    // Off the glyphs, inside a finger-sized target: just above the text, or below where there is room.
    const below = box.y + box.height + 8;
    const y = below + 4 < svg.y + svg.height ? below : box.y - 8;
    await page.touchscreen.tap(box.x + box.width / 2, y);
    await expect(page.getByRole('heading', { name: /backpropagation to b2$/ })).toBeVisible();
  });
});
