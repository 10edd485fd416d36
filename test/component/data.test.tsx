import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderApp } from './helpers';

describe('editing the data', () => {
  it('adds, edits and removes points through the table, and resets to the seed', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByText('Edit the points as a table'));
    await user.click(screen.getByRole('button', { name: 'Add point' }));
    expect(await screen.findByRole('spinbutton', { name: 'Point 4 x' })).toHaveValue('1.5');
    const y = screen.getByRole('spinbutton', { name: 'Point 4 y' });
    await user.clear(y);
    await user.type(y, '2{Enter}');
    await waitFor(() => expect(window.location.hash).toContain('data=0:0,0.5:1,1:0,1.5:2'));
    await user.click(screen.getByRole('button', { name: 'Remove point 1' }));
    await waitFor(() => expect(window.location.hash).toContain('data=0.5:1,1:0,1.5:2'));
    await user.click(screen.getByRole('button', { name: 'Reset data' }));
    await waitFor(() => expect(window.location.hash).toMatch(/data=0:0,0\.5:1,1:0$/));
  });

  it('refuses to remove the last point, with a message, keeping the data', async () => {
    const { user } = renderApp('#data=2:1');
    await user.click(await screen.findByText('Edit the points as a table'));
    await user.click(await screen.findByRole('button', { name: 'Remove point 1' }));
    expect(screen.getByRole('alert')).toHaveTextContent('at least 1 point');
    expect(screen.getByRole('spinbutton', { name: 'Point 1 x' })).toHaveValue('2');
  });

  it('rejects a coordinate out of range in the table', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByText('Edit the points as a table'));
    const x = await screen.findByRole('spinbutton', { name: 'Point 2 x' });
    await user.clear(x);
    await user.type(x, '1e308{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('between -10000 and 10000');
    await waitFor(() => expect(window.location.hash).toContain('data=0:0,0.5:1,1:0'));
  });

  it('moves a focused point with the arrow keys and deletes it with Delete', async () => {
    const { user } = renderApp();
    screen.getByRole('button', { name: /^Point 2:/ }).focus();
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(window.location.hash).not.toContain('0.5:1,'));
    await user.keyboard('{Delete}');
    expect(screen.getAllByRole('button', { name: /^Point \d:/ })).toHaveLength(2);
  });
});
