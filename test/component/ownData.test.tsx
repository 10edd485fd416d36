import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { historyRows, renderApp } from './helpers';

// Lazy chunks (the Data panel, the dialog) can take a while on a busy machine.
const LOAD = { timeout: 5000 };

describe('own data in the Data panel', () => {
  it('pastes a CSV into the import dialog, uses it, and Undo brings back the run', async () => {
    const { user } = renderApp('#iter=2');
    // The history appears with the scenario's view (its own chunk).
    await screen.findByRole('table', { name: 'Iteration history' }, LOAD);
    expect(historyRows()).toHaveLength(2);
    await user.click(await screen.findByRole('button', { name: 'Import data' }, LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Import data' }, LOAD);
    await user.click(within(dialog).getByRole('textbox', { name: 'Data as CSV' }));
    await user.paste('x;y\n0,5;1\n1;2');
    expect(dialog).toHaveTextContent('2 points, separated by semicolons, with decimal commas');
    await user.click(within(dialog).getByRole('button', { name: 'Use this data' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(window.location.hash).toMatch(/iter=0&data=0\.5:1,1:2$/));
    expect(screen.getByRole('button', { name: 'Import data' })).toHaveFocus();
    await user.click(await screen.findByRole('button', { name: 'Undo' }, LOAD));
    await waitFor(() => expect(window.location.hash).toMatch(/iter=2&data=0:0,0\.5:1,1:0$/));
    expect(historyRows()).toHaveLength(2);
  });

  it('a refusal names the line in an alert and changes nothing', async () => {
    const { user } = renderApp('#iter=1');
    await user.click(await screen.findByRole('button', { name: 'Import data' }, LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Import data' }, LOAD);
    await user.click(within(dialog).getByRole('button', { name: 'Use this data' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The text is empty');
    await user.click(within(dialog).getByRole('textbox', { name: 'Data as CSV' }));
    await user.paste('1,2\n3,4\n5,six');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('line 3: "six" is not a number.');
    await user.click(within(dialog).getByRole('button', { name: 'Use this data' }));
    expect(screen.getByRole('dialog', { name: 'Import data' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(window.location.hash).toMatch(/iter=1&data=0:0,0\.5:1,1:0$/));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('"Use this data" is disabled while the dialog shows a refusal, and says why', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Import data' }, LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Import data' }, LOAD);
    const use = within(dialog).getByRole('button', { name: 'Use this data' });
    // An empty box is not yet a refusal: pressing is how a reader learns it is empty.
    expect(use).toBeEnabled();
    const text = within(dialog).getByRole('textbox', { name: 'Data as CSV' });
    await user.click(text);
    await user.paste('1,2\n3,4\n5,six');
    expect(use).toBeDisabled();
    expect(use).toHaveAccessibleDescription(/line 3: "six" is not a number\. The current data is unchanged\./);
    await user.clear(text);
    await user.paste('1,2\n3,4');
    expect(use).toBeEnabled();
    expect(use).not.toHaveAccessibleDescription(/not a number/);
  });

  it('a data set and Standardize x are undoable data changes', async () => {
    const { user } = renderApp('#scenario=linreg');
    const select = await screen.findByRole('combobox', { name: 'Data set' }, LOAD);
    await user.selectOptions(select, 'x in thousands');
    await waitFor(() => expect(window.location.hash).toMatch(/data=1000:1,2000:2,3000:3,4000:4,5000:5$/));
    expect(screen.getByText(/below the slider’s lowest 0\.001/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Standardize x' }));
    expect(await screen.findByText(/^Standardized x: subtracted its mean 3000\.00/, {}, LOAD)).toBeInTheDocument();
    expect(select).toHaveValue('own');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(select).toHaveValue('thousands');
  });
});
