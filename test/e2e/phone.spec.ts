import { devices, type Page } from '@playwright/test';
import { axe, expect, test } from './fixtures';

// Chromium's mobile emulation: a Pixel 7 with touch, at the sizes the issue names.
// (defaultBrowserType cannot be set inside a file; the rest of the device can.)
const { defaultBrowserType: _, ...pixel7 } = devices['Pixel 7'];
test.use({ ...pixel7, viewport: { width: 375, height: 667 } });

/** Whether the element's box overlaps the part of the viewport above the fixed Step bar. */
async function inViewAboveBar(page: Page, name: RegExp): Promise<boolean> {
  const chart = page.getByRole('img', { name }).or(page.getByRole('group', { name })).first();
  return chart.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const bar = document.querySelector('.control-bar-phone')!.getBoundingClientRect();
    return box.bottom > 0 && box.top < bar.top && box.height > 0;
  });
}

/** A finger drag, through the DevTools protocol: Playwright's touchscreen only taps. */
async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  const cdp = await page.context().newCDPSession(page);
  const point = (p: { x: number; y: number }) => [{ x: p.x, y: p.y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let i = 1; i <= 6; i++) {
    const at = { x: from.x + ((to.x - from.x) * i) / 6, y: from.y + ((to.y - from.y) * i) / 6 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(at) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test.describe('on a phone', () => {
  test('a tap on Step, without scrolling, moves a chart that is in view (bias)', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('status')).toContainText('Ready');
    await page.getByRole('button', { name: 'Step', exact: true }).tap();
    await expect(page.getByRole('status')).toContainText(/^\D*1 step\b/);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await inViewAboveBar(page, /SSR against b3/)).toBe(true);
    // The bar holds Step, Run, Step back and the learning rate, each once on the page.
    const bar = page.getByRole('group', { name: 'Step controls' });
    for (const name of ['Step', 'Run', 'Step back']) {
      await expect(page.getByRole('button', { name, exact: true })).toHaveCount(1);
      await expect(bar.getByRole('button', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('slider', { name: 'Learning rate' })).toHaveCount(1);
    await expect(bar.getByRole('slider', { name: 'Learning rate' })).toBeVisible();
  });

  test('a tap on Step, without scrolling, moves the fit and contour charts in view (linreg)', async ({ page }) => {
    await page.goto('./#scenario=linreg');
    await page.getByRole('button', { name: 'Step', exact: true }).tap();
    await expect(page.getByRole('status')).toContainText(/^\D*1 epoch\b/);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await inViewAboveBar(page, /Data and the fitted line/)).toBe(true);
    expect(await inViewAboveBar(page, /Loss surface over w and b/)).toBe(true);
  });

  test('the bar’s learning-rate slider is log-scaled like the panel’s: linreg’s useful rates fill its track', async ({
    page,
  }) => {
    await page.goto('./#scenario=linreg&lr=0.01');
    const slider = page.getByRole('group', { name: 'Step controls' }).getByRole('slider', { name: 'Learning rate' });
    await expect(slider).toHaveAttribute('aria-valuetext', '0.01');
    await expect(slider).toHaveAttribute('data-rate-max', '0.5');
    // 0.01 on a log scale over 0.001–0.5 sits 37 % along (linearly it would be at 2 %).
    const at = await slider.evaluate((el: HTMLInputElement) => Number(el.value) / Number(el.max));
    expect(at).toBeCloseTo(Math.log(10) / Math.log(500), 2);
    await slider.focus();
    await slider.press('ArrowRight');
    await expect(slider).not.toHaveAttribute('aria-valuetext', '0.01');
    const next = Number(await slider.getAttribute('aria-valuetext'));
    expect(next / 0.01).toBeGreaterThan(1.005);
    expect(next / 0.01).toBeLessThan(1.03);
    await expect(page).toHaveURL(new RegExp(`lr=${next}`));
  });

  test('a data point is a 44 px target that a finger drags', async ({ page }) => {
    await page.goto('./');
    const ssr = page.getByRole('img', { name: /SSR against b3/ });
    await expect(ssr).toContainText('b3* = 2.6092');
    const points = page.getByRole('button', { name: /^Point \d:/ });
    await expect(points).toHaveCount(3);
    for (const box of await points.evaluateAll((all) => all.map((p) => p.getBoundingClientRect().toJSON()))) {
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    const point = points.nth(1);
    await point.scrollIntoViewIfNeeded();
    const box = (await point.boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await touchDrag(page, centre, { x: centre.x, y: centre.y + 60 });
    await expect(page).not.toHaveURL(/data=0:0,0\.5:1,1:0/);
    await expect(ssr).not.toContainText('b3* = 2.6092');
    await expect(points).toHaveCount(3);
  });

  test('the help opens from the menu, and the page passes axe', async ({ page }) => {
    test.slow(); // two full-page axe runs
    await page.goto('./#iter=2');
    await expect(page.locator('.derivation math').first()).toBeVisible();
    const results = await axe(page);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
    await page.getByText('Menu', { exact: true }).tap();
    await page.getByRole('button', { name: 'Keyboard help' }).tap();
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    const inHelp = await axe(page);
    expect(inHelp.violations.map((v) => v.id)).toEqual([]);
    await help.getByRole('button', { name: 'Close' }).tap();
    await expect(help).toBeHidden();
  });

  test('the Menu closes on Escape (focus back on Menu), on a tap outside it, and on Step', async ({ page }) => {
    await page.goto('./');
    const menu = page.getByText('Menu', { exact: true });
    const items = page.getByRole('button', { name: 'Keyboard help' });
    const open = async () => {
      await menu.tap();
      await expect(items).toBeVisible();
    };

    await open();
    await page.getByRole('combobox', { name: 'Language' }).focus();
    await page.keyboard.press('Escape');
    await expect(items).toBeHidden();
    await expect(menu).toBeFocused();

    await open();
    // A tap on the page's title, away from the menu.
    const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    await page.touchscreen.tap(title.x + 10, title.y + title.height / 2);
    await expect(items).toBeHidden();

    await open();
    await page.getByRole('button', { name: 'Step', exact: true }).tap();
    await expect(page.getByRole('status')).toContainText(/^\D*1 step\b/);
    await expect(items).toBeHidden();
  });

  test('pinch zoom is not disabled', async ({ page }) => {
    await page.goto('./');
    const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale/);
  });
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 568 } });

  for (const hash of ['#iter=2', '#scenario=linreg&iter=3', '#scenario=network&train=all&iter=3']) {
    test(`nothing scrolls the page sideways, and formulas scroll in their own region (${hash})`, async ({ page }) => {
      await page.goto(`./${hash}`);
      await expect(page.locator('.derivation .math').first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      // A formula wider than its panel scrolls in its own focusable region: never clipped.
      const formulas = await page.locator('.derivation .math').evaluateAll((all) =>
        all.map((el) => ({
          wide: el.scrollWidth > el.clientWidth + 1,
          overflow: getComputedStyle(el).overflowX,
          focusable: (el as HTMLElement).tabIndex >= 0,
          right: el.getBoundingClientRect().right,
        })),
      );
      for (const f of formulas) {
        expect(f.right).toBeLessThanOrEqual(320);
        if (f.wide) expect([f.overflow, f.focusable]).toEqual(['auto', true]);
      }
    });
  }
});
