import { describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { biasProblem, optimalB3, ssrAt, ssrGradientAt, stepBias } from '../../src/engine/bias';
import { evaluate, STATQUEST_PARAMS, stepNetwork, PARAMETERS, type NetworkParams } from '../../src/engine/backprop';
import { batchGradient } from '../../src/engine/linreg';
import { STATQUEST_DATA } from '../../src/engine/statquestNetwork';
import { fixed4 } from '../../src/format/number';
import { fakeFrames, historyRows, playFrames, renderApp, status } from './helpers';

const LINREG_DATA = [1, 2, 3, 4, 5].map((x) => ({ x, y: x }));
const section = async (heading: RegExp) => (await screen.findByRole('heading', { name: heading })).closest('section')!;

/** b3 after k steps at rate 0.1 from 0, by the engine alone. */
function biasAfter(k: number): number {
  const problem = biasProblem(STATQUEST_DATA);
  let b3 = 0;
  for (let i = 1; i <= k; i++) b3 = stepBias(problem, b3, 0.1, i).newB3;
  return b3;
}

describe('one moment on screen: every panel describes the current parameters and the next step', () => {
  it('bias: tangent, chain rule, chart text and status agree after 0, 1, 2 and 5 steps', async () => {
    const { user } = renderApp();
    const problem = biasProblem(STATQUEST_DATA);
    let taken = 0;
    for (const k of [0, 1, 2, 5]) {
      for (; taken < k; taken++) await user.click(screen.getByRole('button', { name: 'Step' }));
      const b3 = biasAfter(k);
      const gradient = fixed4(ssrGradientAt(problem, b3));
      const panel = await screen.findByRole('heading', {
        name: new RegExp(`^Next step \\(iteration ${k + 1}\\), from b3 = ${fixed4(b3)}: the chain rule$`),
      });
      expect(within(panel.closest('section')!).getByText('Gradient dSSR/db3').nextElementSibling).toHaveTextContent(
        gradient,
      );
      expect(screen.getByText(`tangent slope ${gradient}`)).toBeInTheDocument();
      expect(screen.getByText(`now b3 = ${fixed4(b3)}`)).toBeInTheDocument();
      expect(screen.getByRole('img', { name: /^SSR against b3/ })).toHaveAccessibleName(
        new RegExp(
          `current b3 is ${fixed4(b3)} with SSR ${fixed4(ssrAt(problem, b3))}; the tangent there has slope ${gradient}`,
        ),
      );
      // The last step taken: the history's newest row and the status.
      expect(historyRows()).toHaveLength(k);
      if (k > 0) {
        expect(historyRows().at(-1)![5]).toBe(fixed4(b3));
        expect(status()).toMatch(new RegExp(`Step ${k}: .*b3 moved from .* to ${b3.toFixed(2)}`));
      }
    }
  });

  it('network: the chain rule, the gradient check, the sparkline and the SSR dot agree after 0, 1, 2 and 5 steps', async () => {
    const { user } = renderApp('#scenario=network&train=all');
    let params: NetworkParams = STATQUEST_PARAMS;
    let taken = 0;
    for (const k of [0, 1, 2, 5]) {
      for (; taken < k; taken++) {
        await user.click(screen.getByRole('button', { name: 'Step' }));
        params = stepNetwork(STATQUEST_DATA, params, PARAMETERS, 0.1, taken + 1).newParams;
      }
      const { gradient, ssr } = evaluate(STATQUEST_DATA, params);
      const g = fixed4(gradient.b3);
      const chain = await section(
        new RegExp(`^Next step \\(iteration ${k + 1}\\), from b3 = ${fixed4(params.b3)}: backpropagation to b3$`),
      );
      expect(chain).toHaveTextContent(`dSSR/db3 (sum of the terms)${g} = ${g}`);
      const check = within(await section(/^Gradient check$/))
        .getByRole('rowheader', { name: 'b3' })
        .closest('tr')!;
      expect(within(check).getAllByRole('cell')[0]).toHaveTextContent(g);
      expect(screen.getByText(`dSSR/db3 = ${g}`)).toBeInTheDocument();
      expect(screen.getByRole('img', { name: /^SSR against iteration/ })).toHaveAccessibleName(
        new RegExp(`After ${k} iterations: SSR ${fixed4(ssr)}\\.$`),
      );
    }
  });

  it('linreg: the chain rule starts from the line the fit chart draws, after 0, 1, 2 and 5 epochs', async () => {
    const { user } = renderApp('#scenario=linreg');
    let w = 0;
    let b = 0;
    let taken = 0;
    for (const k of [0, 1, 2, 5]) {
      for (; taken < k; taken++) {
        await user.click(screen.getByRole('button', { name: 'Step' }));
        const g = batchGradient(LINREG_DATA, { w, b });
        [w, b] = [w - 0.01 * g.dw, b - 0.01 * g.db];
      }
      const g = batchGradient(LINREG_DATA, { w, b });
      const chain = await section(
        new RegExp(`^Next epoch \\(epoch ${k}\\), from w = ${fixed4(w)}, b = ${fixed4(b)}: the chain rule$`),
      );
      expect(within(chain).getByText('dL/dw').nextElementSibling).toHaveTextContent(fixed4(g.dw));
      expect(screen.getByText(`ŷ = ${fixed4(w)}x + ${fixed4(b)}`)).toBeInTheDocument();
      expect(screen.getByRole('img', { name: /^Loss against epoch/ })).toHaveAccessibleName(
        new RegExp(`After ${k} epochs: loss ${fixed4(g.loss)}\\.$`),
      );
    }
  });
});

describe('predict mode hides the answer until the reveal', () => {
  it('the next b3 (1.5655) is nowhere on the page while the class predicts', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('checkbox', { name: 'Predict before each step' }));
    await user.click(screen.getByRole('button', { name: 'Step' }));
    await screen.findByRole('heading', { name: /Which way will b3 move/ });
    expect(document.body.textContent).not.toContain('1.5655');
    // The tangent shown is the one at the point the student predicts from.
    expect(screen.getByText('tangent slope -15.6551')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Right/ }));
    await user.type(screen.getByRole('textbox', { name: 'How far' }), '1.5');
    await user.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(document.body.textContent).toContain('1.5655');
  });
});

describe('divergence is judged at the current rate', () => {
  it('diverges at 0.9; lowered to 0.05 the run goes on from where it is, the SSR falling for 10 steps', async () => {
    const { user } = renderApp();
    const rate = screen.getByRole('spinbutton', { name: 'Learning rate value' });
    await user.type(rate, '{Control>}a{/Control}0.9{Enter}');
    for (let i = 0; i < 4; i++) await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(status()).toMatch(/^Diverging: The SSR grew on 3 steps in a row at learning rate 0.9/);
    expect(screen.getByRole('button', { name: 'Step' })).toBeDisabled();
    await user.type(rate, '{Control>}a{/Control}0.05{Enter}');
    for (let i = 0; i < 10; i++) await user.click(screen.getByRole('button', { name: 'Step' }));
    const ssr = historyRows().map((row) => Number(row[2]));
    expect(ssr).toHaveLength(14);
    for (let i = 5; i < 14; i++) expect(ssr[i]).toBeLessThan(ssr[i - 1]!);
    expect(status()).toMatch(/^14 steps taken\. Step 14:/);
  });
});

describe('stopping is named for what happened', () => {
  it('lr 0.1 is Converged at the minimum; lr 0.001 is Stopped, with how far from it', async () => {
    const { user } = renderApp();
    fakeFrames();
    await user.click(screen.getByRole('button', { name: 'Run' }));
    // Ten steps at the default 3 a second: 3.3 s of frames, run at once on the fake clock.
    await playFrames(4000);
    await screen.findByText(
      /^Converged after 10 steps: b3 = 2.6089 is within 0.01 of the minimum b3\* = 2.6092/,
      {},
      {
        timeout: 15000,
      },
    );
    const best = optimalB3(biasProblem(STATQUEST_DATA));
    cleanup();
    renderApp('#scenario=bias&lr=0.001&iter=459');
    expect(status()).toContain(
      `Stopped after 459 steps: the step size fell below 0.001 while b3 is still 0.16 from the minimum ${fixed4(best)}; a larger learning rate gets there.`,
    );
  });
});

describe('an accidental Reset can be undone', () => {
  it('r clears the history; the notice’s Undo brings the 3 steps back', async () => {
    const { user } = renderApp();
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Step' }));
    await user.keyboard('r');
    expect(historyRows()).toHaveLength(0);
    expect(await screen.findByText('Reset: 3 steps cleared, back to the start.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(historyRows()).toHaveLength(3);
    expect(status()).toMatch(/^3 steps taken\. Step 3:/);
  });
});
