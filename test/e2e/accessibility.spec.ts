import { axe, expect, test } from './fixtures';

test.describe('accessibility (axe, WCAG 2.1 A/AA)', () => {
  test('bias scenario after a step has no violations', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.locator('.derivation math').first()).toBeVisible();
    const results = await axe(page);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
  });

  test('the audit run in the page alone still reports what it must: a nameless button, faint text', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.locator('.derivation math').first()).toBeVisible();
    await page.getByRole('region', { name: 'Controls' }).evaluate((controls) => {
      controls.append(document.createElement('button'));
      const faint = document.createElement('p');
      faint.textContent = 'faint words';
      faint.style.color = '#eeeeee';
      controls.append(faint);
    });
    const results = await axe(page);
    expect(results.violations.map((v) => v.id)).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
  });

  test('linreg scenario has no violations', async ({ page }) => {
    await page.goto('./#scenario=linreg&iter=3');
    await expect(page.getByRole('log', { name: 'Training log' })).toBeVisible();
    const results = await axe(page);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
  });

  test('the help dialog traps focus, closes on Esc, and has no violations', async ({ page }) => {
    await page.goto('./');
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    const results = await axe(page);
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // Opened from its button, Esc gives the focus back to the button.
    const help = page.getByRole('button', { name: /help/i });
    await help.click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(help).toBeFocused();
  });

  test('presenter mode has no violations', async ({ page }) => {
    await page.goto('./#iter=2');
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'true');
    const results = await axe(page);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
  });

  test('Tab reaches the controls in reading order, with a visible focus ring', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('status')).toContainText('Ready');
    await page.locator('body').focus();
    const order: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement;
          const style = getComputedStyle(el);
          if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2)
            return `NO RING: ${el.outerHTML.slice(0, 60)}`;
          return el.getAttribute('aria-label') ?? (el.labels?.[0]?.textContent || el.textContent || el.tagName);
        }),
      );
    }
    expect(order.filter((name) => name.startsWith('NO RING'))).toEqual([]);
    const position = (name: string) => order.findIndex((n) => n.trim() === name);
    expect(position('Scenario')).toBeGreaterThanOrEqual(0);
    expect(position('Scenario')).toBeLessThan(position('Step'));
    expect(position('Step')).toBeLessThan(position('Run'));
    expect(position('Run')).toBeLessThan(position('Learning rate'));
  });

  test('with reduced motion the steps do not glide', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto('./');
    const duration = await page
      .locator('.current-point.animated')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(duration.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
    await context.close();
  });

  test('the built page carries a strict Content-Security-Policy', async ({ page }) => {
    await page.goto('./');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
  });
});
