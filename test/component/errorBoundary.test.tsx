import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ErrorBoundary } from '../../src/components/shell/ErrorBoundary';

let broken = true;
function Fragile() {
  const [, rerender] = useState(0);
  if (broken) throw new Error('a chart could not be drawn');
  return <button onClick={() => rerender((n) => n + 1)}>Chart is back</button>;
}

describe('ErrorBoundary', () => {
  it('shows a recoverable message instead of a blank page, and Reset recovers', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    render(
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong drawing this state.');
    expect(screen.getByRole('alert')).toHaveTextContent('a chart could not be drawn');
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByRole('button', { name: 'Chart is back' })).toBeInTheDocument();
  });
});
