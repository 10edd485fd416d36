import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { SweepChart } from '../../src/charts/SweepChart';
import { sweepWords } from '../../src/components/controls/sweepWords';
import { t } from '../../src/i18n/i18n';
import { renderApp } from './helpers';

const forecast = () => screen.getByRole('region', { name: 'Forecast' });
const slider = () => screen.getByRole('slider', { name: 'Learning rate' }) as HTMLInputElement;

describe('the learning-rate slider that teaches', () => {
  it('is log-scaled over the scenario’s range and states the rate', () => {
    renderApp();
    expect(slider()).toHaveAttribute('aria-valuetext', '0.1');
    expect(slider()).toHaveAttribute('data-rate-min', '0.001');
    expect(slider()).toHaveAttribute('data-rate-max', '1');
    // 0.1 is two thirds of the way along 0.001–1 on a log scale.
    expect(Number(slider().value) / Number(slider().max)).toBeCloseTo(2 / 3, 2);
  });

  it('forecasts while focused, follows keyboard moves, and keeps a chosen rate’s forecast until the next step', async () => {
    const { user } = renderApp();
    expect(forecast()).toHaveTextContent('');
    expect(forecast()).toHaveAttribute('aria-live', 'polite');
    act(() => slider().focus());
    expect(forecast()).toHaveTextContent('At 0.1: next b3 = 1.5655; converges after 10 more steps.');
    expect((await screen.findAllByRole('img', { name: /^What-if path/ })).length).toBeGreaterThan(0);

    await user.keyboard('{PageUp}');
    const up = slider().getAttribute('aria-valuetext')!;
    expect(Number(up)).toBeGreaterThan(0.15);
    expect(forecast()).toHaveTextContent(
      new RegExp(`^At ${up}: next b3 = \\d\\.\\d{4}; overshoots the minimum, converges after \\d+ more steps\\.$`),
    );

    await user.keyboard('{PageUp}{PageUp}');
    expect(forecast()).toHaveTextContent(/diverges: SSR grows ×\d+(\.\d)? a step\.$/);

    await user.keyboard('{PageDown}{PageDown}{PageDown}{PageDown}');
    expect(Number(slider().getAttribute('aria-valuetext'))).toBeLessThan(0.1);
    expect(forecast()).toHaveTextContent(/next b3 = \d\.\d{4}; converges after \d+ more steps\.$/);

    // An arrow moves one fine log step (user-event does not move range inputs: this is its change).
    const before = Number(slider().getAttribute('aria-valuetext'));
    fireEvent.change(slider(), { target: { value: String(Number(slider().value) + 1) } });
    const after = Number(slider().getAttribute('aria-valuetext'));
    expect(after / before).toBeGreaterThan(1.005);
    expect(after / before).toBeLessThan(1.03);

    // Left after a change: what it said stays for the class to read, until a step makes it stale.
    act(() => slider().blur());
    expect(forecast()).toHaveTextContent(`At ${after}: next b3 = `);
    expect(screen.queryAllByRole('img', { name: /^What-if path/ }).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(forecast()).toHaveTextContent('');
    expect(screen.queryAllByRole('img', { name: /^What-if path/ })).toHaveLength(0);

    // Only passed through, with no change: it goes quiet when left.
    act(() => slider().focus());
    expect(forecast()).toHaveTextContent(`At ${after}: next b3 = `);
    act(() => slider().blur());
    expect(forecast()).toHaveTextContent('');
    expect(screen.queryAllByRole('img', { name: /^What-if path/ })).toHaveLength(0);
  });

  it('forecasts a valid rate being typed, and a typed rate outside the range widens it', async () => {
    const { user } = renderApp('#scenario=linreg');
    expect(slider()).toHaveAttribute('data-rate-max', '0.5');
    const field = screen.getByRole('spinbutton', { name: 'Learning rate value' });
    await user.clear(field);
    await user.type(field, '0.8');
    expect(forecast()).toHaveTextContent(/^At 0\.8: next w = \d+\.\d{4}, b = \d+\.\d{4}; diverges/);
    await user.type(field, '{Enter}');
    expect(slider()).toHaveAttribute('data-rate-max', '1');
    expect(slider()).toHaveAttribute('aria-valuetext', '0.8');
    expect(Number(slider().value)).toBeLessThan(Number(slider().max));
  });

  it('linreg forecasts its next w and b', () => {
    renderApp('#scenario=linreg');
    act(() => slider().focus());
    expect(forecast()).toHaveTextContent('At 0.01: next w = 0.2200, b = 0.0600; finishes after 1000 more epochs.');
  });

  const sweepChart = (fastestRate: number) => {
    const points = [
      { rate: 0.001, steps: 120, kind: 'converged' as const },
      { rate: fastestRate, steps: 17, kind: 'converged' as const },
      { rate: 0.5, steps: 1000, kind: 'budget' as const },
    ];
    return render(
      <SweepChart
        points={points}
        range={{ min: 0.001, max: 0.5 }}
        budget={1000}
        current={0.01}
        fastest={points[1]!}
        title="Steps to converge by learning rate"
        description=""
        yLabel="Epochs"
        words={sweepWords(t, 'epoch', 1000, String)}
        decimal="."
        onPick={() => undefined}
      />,
    );
  };

  it('counts a sweep in its scenario’s unit: epochs for linreg', () => {
    sweepChart(0.0139);
    expect(screen.getByRole('button', { name: /^Set the learning rate: 0\.0139: 17 epochs\./ })).toBeInTheDocument();
  });

  it('ends the fastest rate’s label at its leader line where it fits to its left, else starts it at the plot’s left', () => {
    const { container, unmount } = sweepChart(0.2);
    const label = () => container.querySelector('.sweep-fastest text')!;
    expect(label()).toHaveAttribute('text-anchor', 'end');
    expect(label()).toHaveTextContent(/^fastest 0\.2/);
    unmount();
    const near = sweepChart(0.0012);
    expect(near.container.querySelector('.sweep-fastest text')).toHaveAttribute('text-anchor', 'start');
  });
});
