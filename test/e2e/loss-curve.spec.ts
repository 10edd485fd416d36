import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The loss-per-step charts describe the same moment as every other panel: the line runs up to the
 * current step and the axes hold the current point, from the first step on (issue 24, item 4).
 */

/** Where the chart's line ends and where its current dot sits, against its plot area (px). */
function lossMarks(chart: Locator) {
  return chart.evaluate((svg) => {
    const path = svg.querySelector<SVGPathElement>('path.loss-curve')!;
    const dot = svg.querySelector<SVGCircleElement>('circle.current-point')!;
    const clip = svg.querySelector<SVGRectElement>('clipPath rect')!;
    const end = path.getPointAtLength(path.getTotalLength());
    return {
      lineEndX: end.x,
      lineEndY: end.y,
      dotX: Number(dot.getAttribute('cx')),
      dotY: Number(dot.getAttribute('cy')),
      width: Number(clip.getAttribute('width')),
      height: Number(clip.getAttribute('height')),
    };
  });
}

async function expectLineReachesDot(chart: Locator) {
  const marks = await lossMarks(chart);
  expect(marks.dotX, 'the current dot inside the plot, across').toBeGreaterThanOrEqual(0);
  expect(marks.dotX).toBeLessThanOrEqual(marks.width);
  expect(marks.dotY, 'the current dot inside the plot, up and down').toBeGreaterThanOrEqual(0);
  expect(marks.dotY).toBeLessThanOrEqual(marks.height);
  expect(Math.abs(marks.lineEndX - marks.dotX), 'the line ends at the current iteration').toBeLessThan(0.5);
  expect(Math.abs(marks.lineEndY - marks.dotY), 'the line ends at the current SSR').toBeLessThan(0.5);
}

test('network: the SSR line reaches the current iteration and the axes hold its dot', async ({ page }) => {
  await page.goto('./#scenario=network');
  const chart = page.getByRole('img', { name: /^SSR against iteration/ });
  const step = page.getByRole('button', { name: 'Step', exact: true });
  for (let i = 1; i <= 4; i++) {
    await step.click();
    await expect(page.getByRole('status')).toContainText(`Step ${i}:`);
    await expectLineReachesDot(chart);
  }
});

test('linreg: the loss line reaches the current epoch and the axes hold its dot', async ({ page }) => {
  await page.goto('./#scenario=linreg&iter=10');
  const chart = page.getByRole('img', { name: /^Loss against epoch/ });
  const iteration = page.getByRole('slider', { name: 'Iteration' });
  await expect(iteration).toHaveValue('10');
  // Epoch 11 lies past an x axis that ends at 10 unless the axis makes room for it.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(iteration).toHaveValue('11');
  await expectLineReachesDot(chart);
});
