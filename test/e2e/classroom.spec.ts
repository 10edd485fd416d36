import { expect, historyRows, test } from './fixtures';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function downloaded(page: import('@playwright/test').Page, button: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  const chunks = await (await file.createReadStream()).toArray();
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

test.describe('classroom and sharing', () => {
  test('dragging a data point changes the data, the link and the minimum', async ({ page }) => {
    await page.goto('./');
    const ssrChart = page.getByRole('img', { name: /SSR against b3/ });
    await expect(ssrChart).toContainText('b3* = 2.6092');
    const point = page.getByRole('button', { name: /^Point 2:/ });
    const box = (await point.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 80, { steps: 6 });
    await page.mouse.up();
    await expect(page).not.toHaveURL(/data=0:0,0\.5:1,1:0/);
    await expect(ssrChart).not.toContainText('b3* = 2.6092');
    // Keyboard users move the focused point with arrows and delete it with Delete.
    await page.getByRole('button', { name: /^Point 3:/ }).focus();
    await page.keyboard.press('Delete');
    await expect(page.getByRole('button', { name: /^Point \d:/ })).toHaveCount(2);
    await page.getByRole('button', { name: 'Reset data' }).click();
    await expect(page).toHaveURL(/data=0:0,0\.5:1,1:0$/);
  });

  test('a click on empty chart space adds a point', async ({ page }) => {
    await page.goto('./#scenario=linreg');
    await expect(page.getByRole('button', { name: /^Point \d:/ })).toHaveCount(5);
    const area = page.locator('.chart.editable .add-area').first();
    const box = (await area.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.2);
    await expect(page.getByRole('button', { name: /^Point \d:/ })).toHaveCount(6);
  });

  test('charts download as SVG and 2× PNG named by scenario and iteration', async ({ page }) => {
    await page.goto('./');
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
    const svg = await downloaded(page, 'Download SSR against b3 as SVG');
    expect(svg.name).toBe('descent-bias-iter-5-ssr.svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror') !== null,
        tag: root.tagName,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        text: root.textContent,
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed.error).toBe(false);
    expect(parsed.tag).toBe('svg');
    expect(parsed.text).toContain('SSR against b3');
    expect(parsed.text).toContain('Iteration 5: b3 =');
    const png = await downloaded(page, 'Download SSR against b3 as PNG');
    expect(png.name).toBe('descent-bias-iter-5-ssr.png');
    expect(pngSize(png.bytes)).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
  });

  test('Copy link puts the exact state on the clipboard and confirms it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('iter=1');
    // Copy link writes the address first; page.url() follows it through a browser event.
    await expect(page).toHaveURL(copied);
  });

  test('Step back and the Iteration slider scrub the history', async ({ page }) => {
    await page.goto('./#iter=4');
    await expect.poll(async () => (await historyRows(page)).length).toBe(4);
    await page.getByRole('button', { name: 'Step back' }).click();
    await expect.poll(async () => (await historyRows(page)).length).toBe(3);
    await page.getByRole('slider', { name: 'Iteration' }).fill('1');
    await expect.poll(async () => (await historyRows(page)).length).toBe(1);
    await expect(page).toHaveURL(/iter=1&/);
  });

  test('the history follows the newest step, unless the reader scrolled back to read', async ({ page }) => {
    await page.goto('./#scenario=bias&lr=0.001&iter=30');
    const history = page.getByRole('region', { name: 'Iteration history, scrollable' });
    const row = (n: number) =>
      history.getByRole('row').filter({ has: page.getByRole('cell', { name: String(n), exact: true }) });
    await history.scrollIntoViewIfNeeded();
    await expect(row(30)).toBeInViewport();
    await history.focus();
    await page.keyboard.press('s');
    await expect(row(31)).toBeInViewport();
    await expect(row(31)).toHaveAttribute('aria-current', 'step');

    await history.evaluate((el) => el.scrollTo({ top: 0 }));
    await expect(row(1)).toBeInViewport();
    await page.keyboard.press('s');
    await page.keyboard.press('s');
    await expect(page.getByRole('table', { name: 'Iteration history' })).toHaveAttribute('aria-rowcount', '34');
    await expect(row(1)).toBeInViewport();
    await expect(row(33)).not.toBeInViewport();

    await history.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.keyboard.press('s');
    await expect(row(34)).toBeInViewport();
  });

  test('the history appears with the scenario view, so its arrival does not push the table away', async ({ page }) => {
    // A slow network: the view's chunk is held back until the page has shown its loading state.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/BiasView-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./#scenario=bias&lr=0.001&iter=30');
    await expect(page.getByText('Loading the scenario…')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Iteration history' })).toHaveCount(0);
    release();
    const history = page.getByRole('region', { name: 'Iteration history, scrollable' });
    await expect(page.getByRole('img', { name: /SSR against b3/ })).toBeVisible();
    await history.scrollIntoViewIfNeeded();
    await expect(history.getByRole('row', { name: /^30 / })).toBeInViewport();
  });

  test('presenter mode: large type, fewer controls, Esc leaves (screenshot)', async ({ page }) => {
    await page.goto('./#iter=3');
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('heading', { name: 'Starting values' })).toBeHidden();
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(size).toBeGreaterThanOrEqual(19); // 16 px normally
    await page.screenshot({ path: 'test-results/presenter-mode.png' });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('predict, then reveal: a click on the SSR chart fills the guess', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('checkbox', { name: 'Predict before each step' }).check();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Which way will b3 move, and how far?' })).toBeVisible();
    const area = page.locator('.pick-area');
    const box = (await area.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height / 2);
    await expect(page.getByRole('radio', { name: /Right/ })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'How far' })).not.toHaveValue('');
    await expect(page.getByText('your guess')).toBeVisible();
    await page.getByRole('button', { name: 'Reveal' }).click();
    await expect(page.getByText(/b3 moved right by 1\.5655\. You predicted right by/)).toBeVisible();
    expect(await historyRows(page)).toHaveLength(1);
  });
});
