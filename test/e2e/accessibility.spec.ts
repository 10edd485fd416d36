import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.describe('accessibility (axe, WCAG 2.1 A/AA)', () => {
  test('bias scenario after a step has no violations', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.locator('.derivation math').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
  });

  test('linreg scenario has no violations', async ({ page }) => {
    await page.goto('./#scenario=linreg&iter=3');
    await expect(page.getByRole('log', { name: 'Training log' })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
  });

  test('the help dialog traps focus, closes on Esc, and has no violations', async ({ page }) => {
    await page.goto('./');
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});
