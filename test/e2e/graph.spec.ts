import type { Page } from '@playwright/test';
import { axe, expect, historyRows, test } from './fixtures';

/** The panel, open from the start (its Step redraw is deferred past the Step's own frame). */
async function openPanel(page: Page) {
  const region = page.getByRole('region', { name: 'Computational graph' });
  await expect(region.getByRole('button', { name: 'Hide the graph' })).toHaveAttribute('aria-expanded', 'true', {
    timeout: 20_000,
  });
  return region;
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await axe(page);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
}

test.describe('computational graph in Chromium', () => {
  // axe reads the whole page with the drawing open: slower than the default on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test('bias: the graph follows Step, its dSSR/db3 is the next step’s gradient, walk and tooltip work', async ({
    page,
  }) => {
    await page.goto('./');
    const graph = await openPanel(page);
    await expect(graph.getByRole('group', { name: /^Computational graph of SSR/ })).toBeVisible({ timeout: 20_000 });
    const b3Row = graph.getByRole('table', { name: 'Graph values' }).getByRole('row', { name: /^b3 / });
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    // The panel follows a Step once the Step is painted: its b3 is then the history's New b3.
    const shown = await historyRows(page);
    await expect(b3Row.getByRole('cell').nth(1)).toHaveText(shown[shown.length - 1]![5]!);
    const gradient = await b3Row.getByRole('cell').nth(2).textContent();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    const rows = await historyRows(page);
    expect(rows[rows.length - 1]![3]).toBe(gradient);

    const backward = graph.getByRole('button', { name: 'Backward pass' });
    await backward.click();
    await expect(graph.getByRole('region', { name: 'Graph narration' })).toHaveText(
      'Backward pass, node 1 of 50: ∂SSR/∂SSR = 1',
    );
    await backward.click();
    await expect(graph.getByRole('region', { name: 'Graph narration' })).toContainText('∂SSR/∂L₃ = ∂SSR/∂SSR × 1');
    // The current node is highlighted; hovering a node shows its formula inside the panel.
    await expect(graph.locator('.graph-node.current')).toHaveCount(1);
    await graph.getByRole('img', { name: /^b3 = / }).hover();
    const tip = graph.locator('.graph-tooltip');
    await expect(tip).toContainText('b3 = ');
    const [tipBox, frameBox, drawingBox] = await Promise.all([
      tip.boundingBox(),
      graph.locator('.graph-frame').boundingBox(),
      graph.locator('.graph-scroll').boundingBox(),
    ]);
    // Under the drawing, so it covers no node.
    expect(tipBox!.y).toBeGreaterThanOrEqual(drawingBox!.y + drawingBox!.height);
    expect(tipBox!.x).toBeGreaterThanOrEqual(frameBox!.x);
    expect(tipBox!.x + tipBox!.width).toBeLessThanOrEqual(frameBox!.x + frameBox!.width + 1);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('linreg on a phone: one point’s graph scrolls inside its panel, never the page', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto('./#scenario=linreg');
    const graph = await openPanel(page);
    await graph.getByRole('combobox', { name: 'Sample' }).selectOption({ label: 'Point 3' }, { timeout: 20_000 });
    await expect(graph.getByRole('group', { name: /^Computational graph of L/ })).toBeVisible({ timeout: 20_000 });
    await graph.getByRole('button', { name: 'Forward pass' }).click();
    await expect(graph.getByRole('region', { name: 'Graph narration' })).toHaveText(
      'Forward pass, node 1 of 8: x = 3.0000',
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
