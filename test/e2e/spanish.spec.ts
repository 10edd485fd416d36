import type { Page } from '@playwright/test';
import { englishOnPage } from './untranslated';
import { axe, expect, test } from './fixtures';

/** Opens a link as a new visit (a hash change alone would only apply the new fields). */
async function fresh(page: Page, url: string) {
  await page.goto('about:blank');
  await page.goto(url);
}

/** Opens every disclosure (the sweep table, the points table…), so their words are read too. */
async function openAllDisclosures(page: Page) {
  for (const summary of await page.locator('details:not([open]) > summary').all()) {
    if (await summary.isVisible()) await summary.click();
  }
}

async function expectSpanish(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  expect(await englishOnPage(page)).toEqual([]);
}

test.describe('Descent in Spanish', () => {
  test('the bias steps read with decimal commas, and a rate typed as 0,2 is used by the next step', async ({
    page,
  }) => {
    await page.goto('./#lang=es');
    const step = page.getByRole('button', { name: 'Paso', exact: true });
    await step.click();
    await step.click();
    const table = page.getByRole('table', { name: 'Historial de iteraciones' });
    await expect(table.locator('tbody tr').nth(1)).toBeVisible();
    const rows = await table
      .locator('tbody tr:not([aria-hidden])')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toEqual([
      ['1', '0,0000', '20,4236', '-15,6551', '-1,5655', '1,5655'],
      ['2', '1,5655', '3,2678', '-6,2620', '-0,6262', '2,1917'],
    ]);
    const field = page.getByRole('spinbutton', { name: 'Valor de la tasa de aprendizaje' });
    await field.fill('0,2');
    await field.press('Enter');
    await expect(page.getByRole('slider', { name: 'Tasa de aprendizaje' })).toHaveAttribute('aria-valuetext', /0,2/);
    await step.click();
    const third = await table.locator('tbody tr:not([aria-hidden])').nth(2).locator('td').allTextContents();
    // Step size = gradient × 0.2, shown with a comma.
    const gradient = Number(third[3]!.replace(',', '.'));
    expect(Number(third[4]!.replace(',', '.'))).toBeCloseTo(gradient * 0.2, 3);
    await expect(page).toHaveURL(/lr=0\.2.*lang=es|lang=es.*lr=0\.2/);
    await expectSpanish(page);
  });

  test('a bad number gets its message in Spanish and the last good rate stays', async ({ page }) => {
    await page.goto('./#lang=es');
    const field = page.getByRole('spinbutton', { name: 'Valor de la tasa de aprendizaje' });
    await field.fill('abc');
    await field.press('Enter');
    await expect(page.getByRole('alert')).toContainText('No es un número');
    await expect(page.getByRole('alert')).toContainText('0,1');
    await field.fill('1.000,5');
    await field.press('Enter');
    await expect(page.getByRole('alert')).toContainText('separador');
    await expectSpanish(page);
  });

  test('the language switches live without losing the run, and travels in the link', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    // Focused first, as a person's click or Tab leaves it (selectOption alone does not move focus).
    await page.getByRole('combobox', { name: 'Language' }).focus();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
    await expect(page.getByRole('combobox', { name: 'Idioma' })).toBeFocused();
    const table = page.getByRole('table', { name: 'Historial de iteraciones' });
    await expect(table.locator('tbody tr:not([aria-hidden])')).toHaveCount(2);
    await expect(table.locator('tbody tr').nth(1)).toContainText('2,1917');
    await expect(page).toHaveURL(/iter=2.*lang=es/);
    await expectSpanish(page);

    const link = page.url();
    const other = await page.context().newPage();
    await other.goto(link);
    await expect(other.locator('html')).toHaveAttribute('lang', 'es');
    await expect(
      other.getByRole('table', { name: 'Historial de iteraciones' }).locator('tbody tr').nth(1),
    ).toContainText('2,1917');
    await other.close();

    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('table', { name: 'Iteration history' }).locator('tbody tr').nth(1)).toContainText(
      '2.1917',
    );
  });

  test('bias: every panel, predict mode and each way a run ends are in Spanish, and axe finds nothing', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto('./#scenario=bias&lr=0.1&iter=3&lang=es');
    await expect(page.getByRole('table', { name: 'Historial de iteraciones' })).toBeVisible();
    await expect(page.locator('.derivation math').first()).toBeVisible();
    await openAllDisclosures(page);
    await expectSpanish(page);
    const audit = await axe(page);
    expect(audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);

    // Predict, then reveal: the question, the form and the comparison.
    await page.getByRole('checkbox', { name: 'Predecir antes de cada paso' }).check();
    await page.getByRole('button', { name: 'Paso', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Comprobar' })).toBeVisible();
    await expectSpanish(page);

    // Stopped early, converged and diverged runs explain themselves in Spanish.
    for (const hash of ['#lr=0.001&iter=1000&lang=es', '#lr=0.1&iter=200&lang=es', '#lr=0.9&iter=30&lang=es']) {
      await fresh(page, `./${hash}`);
      await expect(page.getByRole('table', { name: 'Historial de iteraciones' })).toBeVisible();
      await expectSpanish(page);
    }

    // A link with a bad field: its notice.
    await fresh(page, './#lr=abc&lang=es');
    // A link is read with the dot in every language, and its notice says so.
    await expect(page.getByRole('alert').first()).toContainText('punto decimal');
    await expectSpanish(page);
  });

  test('linreg: the forecast, the race and the data panels are in Spanish; the log stays the script’s', async ({
    page,
  }) => {
    await page.goto('./#scenario=linreg&iter=5&lang=es');
    await expect(page.getByRole('log')).toBeVisible();
    await openAllDisclosures(page);
    await page.getByRole('button', { name: 'Preparar una carrera' }).click();
    await page.getByRole('slider', { name: 'Tasa de aprendizaje' }).focus();
    await expect(
      page.getByRole('region', { name: 'Previsión' }).or(page.locator('[aria-label="Previsión"]')),
    ).toBeVisible();
    await expectSpanish(page);
  });

  test('network: all seven parameters in Spanish, and axe finds nothing', async ({ page }) => {
    await page.goto('./#scenario=network&train=all&iter=3&lang=es');
    await expect(page.getByRole('table', { name: 'Historial de iteraciones' })).toBeVisible();
    await openAllDisclosures(page);
    await expectSpanish(page);
    const audit = await axe(page);
    expect(audit.violations.map((v) => v.id)).toEqual([]);
  });

  test('model: the typed model, its fields and a refused formula in Spanish, and axe finds nothing', async ({
    page,
  }) => {
    await page.goto('./#scenario=model&iter=3&lang=es');
    await expect(page.getByRole('table', { name: 'Historial de iteraciones' })).toBeVisible();
    await expect(page.getByRole('spinbutton', { name: 'a inicial', exact: true })).toBeVisible();
    const field = page.getByRole('textbox', { name: 'Modelo' });
    await field.fill('a*x +* b');
    await field.press('Enter');
    await expect(page.getByRole('alert')).toHaveText(
      'Posición 6: ‘*’ inesperado. Se mantiene la última fórmula válida.',
    );
    await openAllDisclosures(page);
    await expectSpanish(page);
    const audit = await axe(page);
    expect(audit.violations.map((v) => v.id)).toEqual([]);
  });

  test('the dialogs are in Spanish', async ({ page }) => {
    await page.goto('./#lang=es');
    await expect(page.getByRole('table', { name: 'Historial de iteraciones' })).toBeVisible();
    const dialogs = ['Ayuda del teclado', 'Importar datos', 'Insertar', 'Grabar animación'];
    for (const opener of dialogs) {
      await page.getByRole('button', { name: opener, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      if (opener === 'Importar datos') {
        await dialog.getByRole('textbox', { name: 'Datos como CSV' }).fill('x,y\nuno,dos');
        await expect(dialog.getByRole('alert')).toBeVisible();
        await expect(dialog.getByRole('button', { name: 'Usar estos datos' })).toBeDisabled();
      }
      await expectSpanish(page);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  });
});

test.describe('a Spanish browser', () => {
  test.use({ locale: 'es-ES' });

  test('opens in Spanish with no lang in the link, and its links name the language', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
    await page.getByRole('button', { name: 'Paso', exact: true }).click();
    await expect(page).toHaveURL(/lang=es/);
  });
});
