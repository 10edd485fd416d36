import { axe, expect, historyRows, setField, test } from './fixtures';

test.describe('model scenario: the student types ŷ', () => {
  test('a link opens on its model, starting values, loss and iterations, and the address keeps it', async ({
    page,
  }) => {
    const link =
      '#scenario=model&model=a*x%5E2%20%2B%20b*x%20%2B%20c&lr=0.1&a=1&b=0&c=0&loss=mse&iter=2&data=0:0,0.5:1,1:0';
    await page.goto(`./${link}`);
    await expect(page.getByRole('textbox', { name: 'Model' })).toHaveValue('a*x^2 + b*x + c');
    await expect(page.getByRole('spinbutton', { name: 'Starting a', exact: true })).toHaveValue('1');
    await expect(page.getByRole('combobox', { name: 'Loss' })).toHaveValue('mse');
    expect(await historyRows(page)).toHaveLength(2);
    await expect(page).toHaveURL(new RegExp(`${link.replace(/[*^+?.()]/g, '\\$&')}$`));
  });

  test('type a*x^2 + b*x + c, import data and train it; a bad model leaves a message; axe finds nothing', async ({
    page,
  }) => {
    await page.goto('./#scenario=model');
    const field = page.getByRole('textbox', { name: 'Model' });
    await field.fill('w*x + b');
    await field.press('Enter');
    await expect(page.getByRole('spinbutton', { name: 'Starting w', exact: true })).toBeVisible();
    await field.fill('a*x^2 + b*x + c');
    await field.press('Enter');
    await expect(page.getByRole('spinbutton', { name: 'Starting c', exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Import data', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import data' });
    await dialog.getByRole('textbox', { name: 'Data as CSV' }).fill('x,y\n-1,1\n0,0\n1,1\n2,4');
    await dialog.getByRole('button', { name: 'Use this data' }).click();
    await expect(dialog).toBeHidden();
    await setField(page, 'Learning rate value', '0.01');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    // By hand at a = b = c = 0 on y = x²: SSR = Σy² = 18, ∂/∂a = −2Σyx² = −36, ∂/∂b = −2Σyx = −16,
    // ∂/∂c = −2Σy = −12, and each new value is −0.01 × its gradient.
    expect(await historyRows(page)).toEqual([
      ['1', '0.0000', '0.0000', '0.0000', '18.0000', '-36.0000', '-16.0000', '-12.0000', '0.3600', '0.1600', '0.1200'],
    ]);

    await field.fill('a*x^2 + foo(x)');
    await field.press('Enter');
    await expect(page.getByRole('alert')).toContainText('Position 9: unknown function ‘foo’');
    expect(await historyRows(page)).toHaveLength(1);
    await expect(page.getByRole('spinbutton', { name: 'Starting c', exact: true })).toBeVisible();

    const audit = await axe(page);
    expect(audit.violations.map((v) => v.id)).toEqual([]);
  });

  test('the CSV carries every parameter, the loss and the gradients at full precision', async ({ page }) => {
    await page.goto('./#scenario=model&iter=2');
    expect(await historyRows(page)).toHaveLength(2);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const stream = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const lines = Buffer.concat(chunks).toString('utf8').trim().split('\n');
    expect(lines[0]).toBe('iteration,a,b,c,ssr,d_a,d_b,d_c,new_a,new_b,new_c');
    // test/unit/fixtures/model_reference.py, step 2 (numpy).
    expect(lines[2]).toMatch(/^2,0\.05,0\.1,0\.2,0\.70640625\d*,0\.3312500000000\d*,-0\.03749999999999\d*,-0\.375\d*,/);
  });
});
