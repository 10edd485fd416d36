import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { DataFitChart } from '../../src/components/data/DataFitChart';
import { RESIDUALS, SVG_POINTS } from '../../src/charts/FitChart';
import { standaloneSvg } from '../../src/components/common/chartExport';
import { activateLanguage, loadCatalog } from '../../src/i18n/i18n';

/** `count` points scattered about y = 2x + 1 (a fixed pattern, no randomness). */
const scatter = (count: number) =>
  Array.from({ length: count }, (_, i) => {
    const x = (i % 1000) / 100;
    return { x, y: 2 * x + 1 + Math.sin(i * 12.9898) * 3 };
  });

const editing = { onMove: vi.fn(), onAdd: vi.fn(), onRemove: vi.fn() };

function renderFit(points: readonly { x: number; y: number }[], predict = (x: number) => 1.5 * x) {
  return render(
    <DataFitChart
      slug="fit"
      caption="epoch 0"
      title="Data and the line's fit"
      description={`${points.length} points and a line.`}
      points={points}
      predictions={points.map((p) => predict(p.x))}
      curve={[
        [0, predict(0)],
        [10, predict(10)],
      ]}
      previousCurve={null}
      xDomain={[-0.5, 10.5]}
      xLabel="x"
      yLabel="y"
      curveLabel="y = 1.5x"
      selected={3}
      onPointClick={() => {}}
      editing={editing}
    />,
  );
}

/** The residual segments drawn in the plot (the legend's sample mark is not one). */
const plotResiduals = (chart: Element) => chart.querySelectorAll('line.residual:not(.legend line)');

describe('the fit chart with many points', () => {
  // jsdom has no 2-D canvas: getContext gives null (said here, not logged as "not implemented"),
  // and the chart draws everything else.
  beforeEach(() => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    activateLanguage('en');
  });

  it('keeps a small data set as before: editable SVG dots, every residual, no canvas', () => {
    const { container } = renderFit(scatter(40));
    const chart = screen.getByRole('group', { name: /Data and the line's fit/ });
    expect(screen.getAllByRole('button', { name: /^Point \d+:/ })).toHaveLength(40);
    expect(plotResiduals(chart)).toHaveLength(40);
    expect(container.querySelector('canvas')).toBeNull();
    expect(chart.textContent).not.toMatch(/residuals of/);
  });

  it(`draws ${SVG_POINTS} points as SVG, every one of them`, () => {
    const { container } = renderFit(scatter(SVG_POINTS));
    expect(screen.getAllByRole('button', { name: /^Point \d+:/ })).toHaveLength(SVG_POINTS);
    expect(plotResiduals(container)).toHaveLength(SVG_POINTS);
    expect(container.querySelector('canvas')).toBeNull();
  });

  it('draws 100,000 points as one hidden canvas, a sample of the residuals, and says so', () => {
    const { container } = renderFit(scatter(100_000));
    // A picture now, not a set of controls: no point can be taken or moved one by one.
    const chart = screen.getByRole('img', { name: /Data and the line's fit/ });
    expect(screen.queryAllByRole('button', { name: /^Point \d+:/ })).toHaveLength(0);
    expect(container.querySelector('.point-target, .add-area')).toBeNull();
    const canvas = container.querySelector('canvas');
    expect(canvas?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(plotResiduals(chart).length).toBeLessThanOrEqual(RESIDUALS);
    expect(plotResiduals(chart).length).toBeGreaterThan(RESIDUALS * 0.8);
    expect(chart.querySelector('.legend')?.textContent).toContain('residuals of 250 of 100,000 points');
    // The chosen sample stays in sight, as the one SVG dot.
    expect(chart.querySelectorAll('circle.data-point')).toHaveLength(1);
    expect(chart.querySelector('circle.data-point.selected')).not.toBeNull();
  });

  it('counts in Spanish', async () => {
    await loadCatalog('es');
    activateLanguage('es');
    renderFit(scatter(100_000));
    expect(document.querySelector('.legend')?.textContent).toContain('residuos de 250 de 100.000 puntos');
  });

  it('writes no NaN when the model has diverged or a point has no number', () => {
    const points = [...scatter(999), { x: NaN, y: 1 }];
    const { container } = renderFit(points, (x) => (x > 5 ? NaN : Infinity * x));
    const markup = container.innerHTML;
    expect(markup).not.toMatch(/NaN|Infinity/);
    expect(plotResiduals(container).length).toBeLessThanOrEqual(RESIDUALS);
  });

  it('exports the canvas as an image in the standalone SVG', () => {
    const picture = 'data:image/png;base64,iVBORw0KGgo=';
    vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue(picture);
    const { container } = renderFit(scatter(2000));
    const svg = container.querySelector('svg')!;
    // jsdom gives an svg no animated width and height; the browser's are its attributes.
    for (const side of ['width', 'height'])
      Object.defineProperty(svg, side, { value: { baseVal: { value: Number(svg.getAttribute(side)) } } });
    const text = standaloneSvg(svg, 'Fit', 'epoch 0');
    expect(text).not.toContain('foreignObject');
    expect(text).toContain(`href="${picture}"`);
    expect(text).toMatch(/<image [^>]*width="\d+(\.\d+)?"/);
  });
});
