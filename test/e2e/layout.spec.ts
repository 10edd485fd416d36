import { devices, type Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The layout's measurable promises: a one-row header at 1024, a status that does not jump, a
 * Copy link that moves nothing, embeds whose charts fill the frame, and 44 px targets on a phone.
 */

/** The box of the first element matching `selector`, as plain numbers. */
function box(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
}

test.describe('at 1024 × 768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  for (const scenario of ['bias', 'linreg', 'network']) {
    test(`${scenario}: the header is one row and the secondary buttons are in its menu`, async ({ page }) => {
      await page.goto(`./#scenario=${scenario}`);
      await expect(page.locator('.chart svg').first()).toBeAttached();
      const header = await box(page, '.app-header');
      expect(header.height).toBeLessThanOrEqual(64);
      await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Presenter mode' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Embed' })).toBeHidden();
      await page.getByText('Menu', { exact: true }).click();
      for (const name of ['Embed', 'Record animation', 'Keyboard help'])
        await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
    });
  }

  test('the scenario list is as wide as its longest option', async ({ page }) => {
    await page.goto('./#scenario=network');
    const select = page.getByRole('combobox', { name: 'Scenario' });
    await expect(select).toHaveValue('network');
    const fits = await select.evaluate((element) => {
      const s = element as HTMLSelectElement;
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(s).font;
      probe.style.whiteSpace = 'nowrap';
      document.body.append(probe);
      const widest = Math.max(
        ...[...s.options].map((o) => {
          probe.textContent = o.text;
          return probe.getBoundingClientRect().width;
        }),
      );
      probe.remove();
      return s.clientWidth >= widest;
    });
    expect(fits).toBe(true);
  });

  test('the status keeps its height when its text grows to two lines', async ({ page }) => {
    await page.goto('./#scenario=network');
    const status = page.getByRole('status');
    await expect(status).toContainText('Ready');
    const ready = await box(page, '[role=status]');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(status).toContainText(/^\D*3 steps\b/);
    const stepped = await status.evaluate((e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      return {
        height: e.getBoundingClientRect().height,
        lines: Math.round(range.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)),
      };
    });
    // The network's narration wraps to a second line at this width; the one-line "Ready" did not.
    expect(stepped.lines).toBe(2);
    expect(stepped.height).toBeCloseTo(ready.height, 0);
  });

  test('Copied appears without moving the header buttons or changing the Copy link width', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    const positions = () =>
      page.locator('.app-header button, .app-header summary').evaluateAll((elements) =>
        elements.map((e) => {
          const r = e.getBoundingClientRect();
          return [Math.round(r.left), Math.round(r.width)];
        }),
      );
    // The header renders once the language's catalog has loaded, after the page's load event.
    const copy = page.getByRole('button', { name: 'Copy link' });
    await copy.waitFor();
    const before = await positions();
    await copy.click();
    await expect(page.getByText(/^(Copied|Could not copy)/)).toBeVisible();
    expect(await positions()).toEqual(before);
  });
});

test.describe('embedded in a 640 × 400 frame', () => {
  test.use({ viewport: { width: 640, height: 400 } });

  for (const scenario of ['bias', 'linreg', 'network']) {
    test(`${scenario}: the two charts fill the frame between the status and the controls`, async ({ page }) => {
      await page.goto(`./#scenario=${scenario}&iter=2&embed=1`);
      await expect(page.locator('.charts .chart').first()).toBeVisible();
      const measure = () =>
        page.evaluate(() => {
          const shown = [
            ...document.querySelectorAll('.charts > figure, .charts > * > figure, .charts > .network-diagram'),
          ]
            .map((e) => e.getBoundingClientRect())
            .filter((r) => r.width > 0 && r.height > 0);
          const status = document.querySelector('[role=status]')!.getBoundingClientRect();
          const footer = document.querySelector('.embed-footer')!.getBoundingClientRect();
          const top = Math.min(...shown.map((r) => r.top));
          const bottom = Math.max(...shown.map((r) => r.bottom));
          const width = Math.max(...shown.map((r) => r.right)) - Math.min(...shown.map((r) => r.left));
          return {
            charts: shown.length,
            // The share of the room between the status and the controls that the charts take.
            tall: (bottom - top) / (footer.top - status.bottom),
            wide: width / innerWidth,
            // How much of the frame's foot is left empty under the controls.
            emptyBelow: (innerHeight - footer.bottom) / innerHeight,
            fits: document.documentElement.scrollHeight <= innerHeight,
          };
        });
      await expect.poll(async () => (await measure()).tall).toBeGreaterThanOrEqual(0.85);
      const m = await measure();
      expect(m.charts).toBe(2);
      expect(m.wide).toBeGreaterThanOrEqual(0.85);
      expect(m.emptyBelow).toBeLessThan(0.05);
      expect(m.fits).toBe(true);
      if (scenario === 'network') await expect(page.locator('.network-diagram svg')).toBeVisible();
    });
  }
});

test.describe('on a phone', () => {
  const { defaultBrowserType: _, ...pixel7 } = devices['Pixel 7'];
  test.use({ ...pixel7, viewport: { width: 375, height: 667 } });

  test('every target is at least 44 × 44 px, and Reset is in the bottom bar with its undo notice', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('status')).toContainText('Ready');
    const small = await page
      .locator('button:visible, input[type=checkbox]:visible, summary:visible')
      .evaluateAll((elements) =>
        elements
          .map((e) => ({ name: e.getAttribute('aria-label') ?? e.textContent ?? e.id, r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.width < 44 - 0.5 || r.height < 44 - 0.5)
          .map(({ name, r }) => `${name}: ${Math.round(r.width)}×${Math.round(r.height)}`),
      );
    expect(small).toEqual([]);

    const bar = page.getByRole('group', { name: 'Step controls' });
    await bar.getByRole('button', { name: 'Step', exact: true }).tap();
    await bar.getByRole('button', { name: 'Step', exact: true }).tap();
    await expect(page.getByRole('status')).toContainText(/^\D*2 steps\b/);
    await expect(page.getByRole('button', { name: 'Reset', exact: true })).toHaveCount(1);
    await bar.getByRole('button', { name: 'Reset', exact: true }).tap();
    await expect(page.getByRole('status')).toContainText('Ready');
    await page.getByRole('button', { name: 'Undo' }).tap();
    await expect(page.getByRole('status')).toContainText(/^\D*2 steps\b/);
  });
});
