import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { activateLanguage } from '../../src/i18n/i18n';
import { useDescent } from '../../src/store/descentStore';
import { UpdatePrompt } from '../../src/components/shell/UpdatePrompt';
import { dismissUpdate, offerUpdate } from '../../src/components/shell/waitingUpdate';

describe('the new-version notice', () => {
  afterEach(() => {
    act(() => dismissUpdate());
    activateLanguage('en');
    document.documentElement.lang = 'en';
  });

  it('is absent until a new build waits, then offers Reload and Dismiss in a polite status region', async () => {
    const user = userEvent.setup();
    const apply = vi.fn();
    render(<UpdatePrompt />);
    expect(screen.queryByRole('status')).toBeNull();

    act(() => offerUpdate(apply));
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('A new version is ready.');
    // Reached with the keyboard, in the order read.
    await user.tab();
    expect(within(notice).getByRole('button', { name: 'Reload' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(apply).toHaveBeenCalledTimes(1);

    await user.click(within(notice).getByRole('button', { name: 'Dismiss the update notice' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('speaks Spanish', async () => {
    render(<UpdatePrompt />);
    await act(() => useDescent.getState().setLanguage('es'));
    act(() => offerUpdate(() => undefined));
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('Hay una versión nueva lista.');
    expect(within(notice).getByRole('button', { name: 'Recargar' })).toBeInTheDocument();
    expect(within(notice).getByRole('button', { name: 'Cerrar el aviso de la versión nueva' })).toBeInTheDocument();
  });
});
