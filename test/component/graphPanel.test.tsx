import { afterEach, describe, expect, it } from 'vitest';
import { activateLanguage } from '../../src/i18n/i18n';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterPaint, historyRows, renderApp } from './helpers';

/** The "Computational graph" panel, once its chunk has loaded: open, hidden, then shown again. */
async function graphPanel() {
  const heading = await screen.findByRole('heading', { name: 'Computational graph' }, { timeout: 15_000 });
  const opened = heading.closest('section')!;
  // Open from the start, with its drawing and its table.
  expect(within(opened).getByRole('table', { name: 'Graph values' })).toBeInTheDocument();
  fireEvent.click(within(opened).getByRole('button', { name: 'Hide the graph' }));
  expect(screen.getByRole('button', { name: 'Show the graph' })).toHaveFocus();
  const closed = screen.getByRole('heading', { name: 'Computational graph' }).closest('section')!;
  // Hidden: nothing of it is drawn, so a Step redraws nothing.
  expect(within(closed).queryByRole('table', { name: 'Graph values' })).toBeNull();
  expect(within(closed).getByRole('button', { name: 'Show the graph' })).toHaveAttribute('aria-expanded', 'false');
  fireEvent.click(within(closed).getByRole('button', { name: 'Show the graph' }));
  // Opened, the panel is drawn anew, and its button keeps the focus.
  expect(screen.getByRole('button', { name: 'Hide the graph' })).toHaveFocus();
  return screen.getByRole('heading', { name: 'Computational graph' }).closest('section')!;
}

/** The "Graph values" table's body rows as [node, operation, value, gradient]. */
function graphRows(panel: HTMLElement): string[][] {
  const table = within(panel).getByRole('table', { name: 'Graph values' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

const rowOf = (panel: HTMLElement, node: string) => graphRows(panel).find((row) => row[0] === node)!;

/** The history's column for `header` in its newest row. */
function newest(header: string): string {
  const table = screen.getByRole('table', { name: 'Iteration history' });
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const rows = historyRows();
  return rows[rows.length - 1]![headers.indexOf(header)]!;
}

describe('computational graph panel', () => {
  afterEach(() => {
    activateLanguage('en');
    document.documentElement.lang = 'en';
  });

  it('bias: a drawing and a complete table whose dSSR/db3 is the next step’s gradient', async () => {
    const { user } = renderApp();
    const panel = await graphPanel();
    expect(within(panel).getByRole('group', { name: /^Computational graph of SSR/ })).toBeInTheDocument();
    const table = within(panel).getByRole('table', { name: 'Graph values' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Node', 'Operation', 'Value', 'Gradient']);
    const rows = graphRows(panel);
    // 3 points × 14 nodes each, six fixed weights, b3 and the sum.
    expect(rows).toHaveLength(3 * 14 + 6 + 1 + 1);
    expect(rows[rows.length - 1]![0]).toBe('SSR');
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(['b3', 'w1', 'ŷ₁', 'ŷ₃', 'L₂', 'x₁', 'y₃']));
    // Twice: each time, the table's b3 stands where the next step starts and its gradient is that step's.
    for (let k = 0; k < 2; k++) {
      const [, , b3, gradient] = rowOf(panel, 'b3');
      await user.click(screen.getByRole('button', { name: 'Step' }));
      await afterPaint();
      expect(newest('b3')).toBe(b3);
      expect(newest('Gradient')).toBe(gradient);
      expect(rowOf(panel, 'b3')[2]).toBe(newest('New b3'));
    }
    expect(rowOf(panel, 'SSR')[2]).not.toBe(rows[rows.length - 1]![2]);
    // Step back: the graph follows the shown moment.
    const before = rowOf(panel, 'b3');
    await user.click(screen.getByRole('button', { name: 'Step back' }));
    await afterPaint();
    expect(rowOf(panel, 'b3')).not.toEqual(before);
    expect(rowOf(panel, 'b3')[2]).toBe(newest('New b3'));
  });

  it('linreg: one point’s L with its chain rule narrated, and the MSE’s gradients equal the history’s', async () => {
    const { user } = renderApp('#scenario=linreg');
    const panel = await graphPanel();
    const [, , , dw] = rowOf(panel, 'w');
    const [, , , db] = rowOf(panel, 'b');
    expect(rowOf(panel, 'MSE')[2]).toBe('11.0000');
    await user.click(screen.getByRole('button', { name: 'Step' }));
    await afterPaint();
    expect(newest('dL/dw')).toBe(dw);
    expect(newest('dL/db')).toBe(db);

    const sample = within(panel).getByRole('combobox', { name: 'Sample' });
    expect(
      within(sample)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All points', 'Point 1', 'Point 2', 'Point 3', 'Point 4', 'Point 5']);
    await user.selectOptions(sample, 'Point 2');
    expect(graphRows(panel).map((r) => r[0])).toEqual(['x', 'w', 'b', 'w·x', 'ŷ', 'y', 'y − ŷ', 'L']);
    // At w = 0.22, b = 0.06 (after one epoch) point 2 (x = y = 2): ŷ = 0.5, L = (2 − 0.5)² = 2.25,
    // ∂L/∂w = −2(y − ŷ)·x = −6 and ∂L/∂b = −2(y − ŷ) = −3.
    expect(rowOf(panel, 'ŷ').slice(2)).toEqual(['0.5000', '-3.0000']);
    expect(rowOf(panel, 'L').slice(2)).toEqual(['2.2500', '1.0000']);
    expect(rowOf(panel, 'w').slice(2)).toEqual(['0.2200', '-6.0000']);
    expect(rowOf(panel, 'b').slice(2)).toEqual(['0.0600', '-3.0000']);

    const narration = within(panel).getByRole('region', { name: 'Graph narration' });
    expect(narration).toHaveAttribute('aria-live', 'polite');
    const backward = within(panel).getByRole('button', { name: 'Backward pass' });
    await user.click(backward);
    expect(narration).toHaveTextContent('Backward pass, node 1 of 8: ∂L/∂L = 1');
    await user.click(backward);
    expect(narration).toHaveTextContent('∂L/∂(y − ŷ) = ∂L/∂L × 2(y − ŷ) = 1.0000 × 2 × 1.5000 = 3.0000');
    await user.click(backward);
    await user.click(backward);
    expect(narration).toHaveTextContent('node 4 of 8: ∂L/∂ŷ = ∂L/∂(y − ŷ) × (−1) = 3.0000 × (−1) = -3.0000');
    const forward = within(panel).getByRole('button', { name: 'Forward pass' });
    for (let k = 0; k < 4; k++) await user.click(forward);
    expect(narration).toHaveTextContent('Forward pass, node 4 of 8: w·x = w × x = 0.2200 × 2.0000 = 0.4400');
  });

  it('network: with every parameter training, all seven gradients are the next step’s', async () => {
    const { user } = renderApp('#scenario=network&train=all');
    const panel = await graphPanel();
    const names = ['w1', 'b1', 'w2', 'b2', 'w3', 'w4', 'b3'];
    const gradients = names.map((name) => rowOf(panel, name)[3]);
    await user.click(screen.getByRole('button', { name: 'Step' }));
    await afterPaint();
    expect(names.map((name) => newest(`dSSR/d${name}`))).toEqual(gradients);
    const after = names.map((name) => rowOf(panel, name)[3]);
    await user.click(screen.getByRole('button', { name: 'Step' }));
    await afterPaint();
    expect(names.map((name) => newest(`dSSR/d${name}`))).toEqual(after);
  });

  it('network with only b3 training still shows every parameter’s gradient', async () => {
    renderApp('#scenario=network');
    const panel = await graphPanel();
    expect(rowOf(panel, 'w1')[3]).not.toBe('0.0000');
    expect(rowOf(panel, 'b3')[3]).toBe('-15.6551');
  });

  it('nodes and edges are reachable from the keyboard, each naming its formula with numbers', async () => {
    const { user } = renderApp('#scenario=linreg');
    const panel = await graphPanel();
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Sample' }), 'Point 1');
    const drawing = within(panel).getByRole('group', { name: /^Computational graph of L/ });
    const first = within(drawing).getByRole('img', { name: 'x = 1.0000; gradient ∂L/∂x = 0.0000' });
    expect(first).toHaveAttribute('tabindex', '0');
    first.focus();
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(/^∂L\/∂\(y − ŷ\) = 2\(y − ŷ\) = 2 × 1.0000 = 2.0000$/);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toHaveAccessibleName('L = (y − ŷ)² = 1.0000² = 1.0000; gradient ∂L/∂L = 1.0000');
    expect(within(panel).getByText('L = (y − ŷ)² = 1.0000² = 1.0000; gradient ∂L/∂L = 1.0000')).toBeInTheDocument();
  });

  it('in Spanish, with decimal commas', async () => {
    const { user } = renderApp('#scenario=linreg&lang=es');
    const heading = await screen.findByRole('heading', { name: 'Grafo computacional' }, { timeout: 15_000 });
    // Open from the start.
    const panel = heading.closest('section')!;
    expect(within(panel).getByRole('button', { name: 'Ocultar el grafo' })).toHaveAttribute('aria-expanded', 'true');
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Muestra' }), 'Punto 3');
    await user.click(within(panel).getByRole('button', { name: 'Pasada hacia delante' }));
    expect(within(panel).getByRole('region', { name: 'Narración del grafo' })).toHaveTextContent(
      'Pasada hacia delante, nodo 1 de 8: x = 3,0000',
    );
    expect(within(panel).getByRole('table', { name: 'Valores del grafo' })).toHaveTextContent('parámetro');
  });

  it('200 points: the drawing folds the repeated chains, the table pages through every node', async () => {
    const data = Array.from({ length: 200 }, (_, i) => `${i / 10}:${(i % 7) / 3}`).join(',');
    const { user } = renderApp(`#scenario=linreg&data=${data}`);
    const panel = await graphPanel();
    const drawing = within(panel).getByRole('group', { name: /^Computational graph of MSE/ });
    expect(within(drawing).getByRole('img', { name: /^The chains of 197 more points/ })).toBeInTheDocument();
    expect(within(panel).getByText('Rows 1–100 of 1203')).toBeInTheDocument();
    expect(graphRows(panel)).toHaveLength(100);
    const next = within(panel).getByRole('button', { name: 'Next rows' });
    for (let k = 0; k < 12; k++) if (!next.hasAttribute('disabled')) await user.click(next);
    expect(within(panel).getByText('Rows 1201–1203 of 1203')).toBeInTheDocument();
    expect(graphRows(panel).map((r) => r[0])).toEqual(['y₂₀₀ − ŷ₂₀₀', 'L₂₀₀', 'MSE']);
  });
});
