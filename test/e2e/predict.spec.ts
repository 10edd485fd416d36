import { expect, historyRows, test } from './fixtures';

const HIDDEN = '? (revealed after your prediction)';

test.describe('predict, then reveal', () => {
  test('the chain rule hides the step size and the new b3 from the moment predict mode is on', async ({ page }) => {
    await page.goto('./');
    const results = page.locator('.derivation dl.results');
    await expect(results).toContainText('0.0000 − (-1.5655) = 1.5655');
    await page.getByRole('checkbox', { name: 'Predict before each step' }).check();
    // Iteration 0, before the first Step: nothing the class is about to guess is on screen.
    await expect(results).toContainText(`0.0000 − (step size) = ${HIDDEN}`);
    await expect(results).not.toContainText('1.5655');

    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.getByRole('radio', { name: /Right/ }).check();
    await page.getByRole('textbox', { name: 'How far' }).fill('1');
    await page.getByRole('button', { name: 'Reveal' }).click();
    await expect(page.getByText(/b3 moved right by 1\.5655\. You predicted right by/)).toBeVisible();
    expect(await historyRows(page)).toHaveLength(1);
    // After the reveal the panel explains step 2, whose answer (2.1917) the class guesses next.
    await expect(page.getByRole('heading', { name: /^Next step \(iteration 2\)/ })).toBeVisible();
    await expect(results).toContainText(`1.5655 − (step size) = ${HIDDEN}`);
    await expect(results).not.toContainText('2.1917');
    await page.screenshot({ path: 'test-results/predict-after-reveal.png' });
  });
});
