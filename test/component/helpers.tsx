import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { App } from '../../src/components/shell/App';
import { resetDescent } from '../../src/store/descentStore';

/** A fresh app: default store, empty hash. */
export function renderApp(hash = '') {
  resetDescent();
  window.history.replaceState(null, '', `/${hash}`);
  const user = userEvent.setup();
  const view = render(<App />);
  return { user, ...view };
}

/** The body rows of the "Iteration history" table, as arrays of cell texts. */
export function historyRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Iteration history' });
  const rows = within(table).queryAllByRole('row').slice(1);
  return rows.map((row) =>
    within(row)
      .queryAllByRole('cell')
      .map((cell) => cell.textContent ?? ''),
  );
}

export function status(): string {
  return screen.getByRole('status').textContent ?? '';
}

/**
 * Animation frames on a fake clock from here on, so a paced run or a race plays in no real time:
 * `playFrames(ms)` then runs the frames of `ms` milliseconds at once. Only the frames are fake;
 * timeouts (user-event, waitFor, the address) keep real time. setup.ts restores real frames after
 * each test.
 */
export function fakeFrames(): void {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
}

export function playFrames(ms: number): Promise<void> {
  return act(() => vi.advanceTimersByTimeAsync(ms).then(() => undefined));
}

/**
 * Waits for the next frame and the task after it: panels that follow a Step once it is painted
 * (the computational graph, useAfterPaint) show the new moment by then.
 */
export function afterPaint(): Promise<void> {
  return act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}
