import { expect, test } from './fixtures';

test('a race of four optimizers on the linreg valley, shared by link (screenshot)', async ({ page, context }) => {
  // The race plays for 8 s of frames: on Playwright's clock they run at once.
  await page.clock.install();
  await page.goto('./#scenario=linreg&race=gd:0.01,momentum:0.01,nesterov:0.01,adam:0.05');
  const board = page.getByRole('table', { name: /Leaderboard/ });
  await expect(board.getByRole('row')).toHaveCount(5);
  await page.getByRole('button', { name: 'Start race' }).click();
  await page.clock.runFor(9000);
  // Each lane's result as the engine computes it (test/unit/race.test.ts), ranked by arrival.
  await expect(board.getByRole('row')).toHaveText(
    [
      /Rank/,
      /^1\s*3\s*Nesterov.*converged in 89 steps/,
      /^2\s*2\s*momentum.*converged in 103 steps/,
      /^3\s*4\s*Adam.*converged in 380 steps/,
      /^4\s*1\s*gradient descent.*converged in 1388 steps/,
    ],
    { timeout: 20000 },
  );
  await expect(page.getByRole('img', { name: /Race: loss above the minimum/ })).toBeVisible();
  await page.getByRole('heading', { name: 'Race: optimizers and learning rates' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/race-linreg.png', fullPage: true });
  await expect(page).toHaveURL(/race=gd:0\.01,momentum:0\.01,nesterov:0\.01,adam:0\.05/);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('combobox', { name: 'Lane 4 optimizer' })).toHaveValue('adam');
});
