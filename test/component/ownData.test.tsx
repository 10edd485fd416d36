import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { readTable, type TableReply, type TableRequest } from '../../src/components/data/tableJob';
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

  it('a refusal says why in an alert and changes nothing', async () => {
    const { user } = renderApp('#iter=1');
    await user.click(await screen.findByRole('button', { name: 'Import data' }, LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Import data' }, LOAD);
    await user.click(within(dialog).getByRole('button', { name: 'Use this data' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The text is empty');
    await user.click(within(dialog).getByRole('textbox', { name: 'Data as CSV' }));
    await user.paste('1,2\n3;4');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'line 2: this row has 1 cell and a semicolon in it, while line 1 has 2 separated by commas: use one separator in the whole file. The current data is unchanged.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Use this data' }));
    expect(screen.getByRole('dialog', { name: 'Import data' })).toBeInTheDocument();
    await user.clear(within(dialog).getByRole('textbox', { name: 'Data as CSV' }));
    await user.paste('name,age\nAnn,31\nBob,45');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Only one column holds numbers (“age”): a point needs two, x and y. The current data is unchanged.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(window.location.hash).toMatch(/iter=1&data=0:0,0\.5:1,1:0$/));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('a row without a number in x or y is skipped, and the preview names its line', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Import data' }, LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Import data' }, LOAD);
    await user.click(within(dialog).getByRole('textbox', { name: 'Data as CSV' }));
    await user.paste('1,2\n3,4\n5,six');
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(dialog).toHaveTextContent('2 points, separated by commas.');
    expect(dialog).toHaveTextContent('1 row skipped: line 3. On line 3, "six" is not a number.');
    // Two columns and no header: x and y are the first and the second, with nothing to choose.
    expect(within(dialog).queryByRole('combobox', { name: 'x column' })).toBeNull();
    expect(
      within(dialog).getByRole('img', { name: 'Scatter of the chosen columns (2 points of 2)' }),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Use this data' }));
    await waitFor(() => expect(window.location.hash).toMatch(/data=1:2,3:4$/));
    expect(screen.getByText('Imported 2 points; the run starts over on them.')).toBeInTheDocument();
  });

  it('a table with a header: choose the x and y columns among the numeric ones', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Import data' }, LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Import data' }, LOAD);
    await user.click(within(dialog).getByRole('textbox', { name: 'Data as CSV' }));
    await user.paste('id;name;height;weight\n1;Ann;1,62;55\n2;Bob;1,80;80\n3;Cy;n/a;70\n4;Di;1,70;65');
    const xColumn = within(dialog).getByRole('combobox', { name: 'x column' });
    const yColumn = within(dialog).getByRole('combobox', { name: 'y column' });
    const options = (select: HTMLElement) =>
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(options(xColumn)).toEqual(['id', 'height', 'weight']);
    expect(options(yColumn)).toEqual(['id', 'height', 'weight']);
    // The first two numeric columns at first.
    expect(xColumn).toHaveDisplayValue('id');
    expect(yColumn).toHaveDisplayValue('height');
    expect(dialog).toHaveTextContent(
      '3 points, separated by semicolons, with decimal commas; the first row names the columns. The table has 4 columns, 3 with numbers.',
    );
    await user.selectOptions(xColumn, 'height');
    await user.selectOptions(yColumn, 'weight');
    const preview = within(dialog).getByRole('table', { name: 'Preview of the points' });
    expect(
      within(preview)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['#', 'x (height)', 'y (weight)']);
    expect(within(preview).getAllByRole('row')[1]).toHaveTextContent('11.6255');
    expect(dialog).toHaveTextContent('1 row skipped: line 4. On line 4, "n/a" is not a number.');
    await user.click(within(dialog).getByRole('button', { name: 'Use this data' }));
    await waitFor(() => expect(window.location.hash).toMatch(/data=1\.62:55,1\.8:80,1\.7:65$/));
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
    await user.paste('name,age\nAnn,31');
    expect(use).toBeDisabled();
    expect(use).toHaveAccessibleDescription(
      /Only one column holds numbers \(“age”\).* The current data is unchanged\./,
    );
    await user.clear(text);
    await user.paste('1,2\n3,4');
    expect(use).toBeEnabled();
    expect(use).not.toHaveAccessibleDescription(/holds numbers/);
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

/** A file over 100 KB, which the dialog reads off the page: 150 rows of x, y and a long note. */
function bigFile(name = 'big.csv') {
  const note = 'n'.repeat(700);
  const rows = Array.from({ length: 150 }, (_, i) => `${i / 100},${(i % 7) / 10},${note}`);
  rows.splice(16, 0, `oops,1,${note}`);
  return new File([`x,y,note\n${rows.join('\n')}\n`], name, { type: 'text/csv' });
}

/**
 * Stands in for the browser's Worker (jsdom has none): each one is kept, so a test can see what it
 * was asked, hold it mid-reading, and know whether the page ended it.
 */
class FakeWorker {
  /** The table readers made (the page's other workers, such as the sweep's, do nothing here). */
  static made: FakeWorker[] = [];
  /** Runs the real job when set; otherwise reports 40 % and stays there. */
  static finish = false;
  onmessage: ((event: { data: TableReply }) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  terminated = false;
  readonly reader: boolean;
  constructor(url: URL | string) {
    this.reader = String(url).includes('tableWorker');
    if (this.reader) FakeWorker.made.push(this);
  }
  postMessage(request: TableRequest) {
    if (!this.reader) return;
    const reply = (data: TableReply) => {
      if (!this.terminated) this.onmessage?.({ data });
    };
    if (FakeWorker.finish) void readTable(request, reply);
    else setTimeout(() => reply({ type: 'progress', fraction: 0.4 }), 0);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('big files are read off the page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.made = [];
    FakeWorker.finish = false;
  });

  async function openDialog(hash = '') {
    const app = renderApp(hash);
    await app.user.click(await screen.findByRole('button', { name: 'Import data' }, LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Import data' }, LOAD);
    return { ...app, dialog };
  }

  it('without workers, the same reading runs here: a file over 100 KB, its text not shown', async () => {
    const { user, dialog } = await openDialog();
    await user.upload(within(dialog).getByLabelText('Open a CSV file'), bigFile());
    expect(await within(dialog).findByText(/^150 points$/, {}, LOAD)).toBeInTheDocument();
    expect(dialog).toHaveTextContent('150 points from big.csv, separated by commas; the first row names the columns.');
    expect(dialog).toHaveTextContent('1 row skipped: line 18. On line 18, "oops" is not a number.');
    expect(within(dialog).getByRole('textbox', { name: 'Data as CSV' })).toHaveValue('');
    expect(within(dialog).getByRole('combobox', { name: 'x column' })).toHaveDisplayValue('x');
    await user.click(within(dialog).getByRole('button', { name: 'Use this data' }));
    await waitFor(() => expect(window.location.hash).toMatch(/data=0:0,0\.01:0\.1,/));
    expect(
      await screen.findByText('Imported 150 points from big.csv; the run starts over on them.', {}, LOAD),
    ).toBeInTheDocument();
  });

  it('a worker reads it, its columns coming back whole', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.finish = true;
    const { user, dialog } = await openDialog();
    await user.upload(within(dialog).getByLabelText('Open a CSV file'), bigFile());
    expect(await within(dialog).findByText(/^150 points$/, {}, LOAD)).toBeInTheDocument();
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  it('shows a progress bar while reading; Cancel stops the reading and leaves the dialog and the data as they were', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { user, dialog } = await openDialog('#iter=1');
    const text = within(dialog).getByRole('textbox', { name: 'Data as CSV' });
    await user.click(text);
    await user.paste('1,2\n3,4');
    expect(dialog).toHaveTextContent('2 points');
    await user.upload(within(dialog).getByLabelText('Open a CSV file'), bigFile());
    const bar = await within(dialog).findByRole('progressbar', { name: 'Reading big.csv…' });
    await waitFor(() => expect(bar).toHaveValue(40));
    expect(bar).toHaveAttribute('max', '100');
    expect(within(dialog).getByRole('button', { name: 'Use this data' })).toBeDisabled();
    // One Cancel: while reading, it stops the reading.
    expect(within(dialog).getAllByRole('button', { name: 'Cancel' })).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    expect(within(dialog).queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Import data' })).toBeInTheDocument();
    expect(text).toHaveValue('1,2\n3,4');
    expect(dialog).toHaveTextContent('2 points');
    expect(within(dialog).getByRole('button', { name: 'Use this data' })).toBeEnabled();
    // Then Cancel closes the dialog, the data unchanged.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(window.location.hash).toMatch(/iter=1&data=0:0,0\.5:1,1:0$/));
  });

  it('a paste over 100 KB is read by the worker too; Cancel leaves it unread, saying so', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { user, dialog } = await openDialog();
    const note = 'n'.repeat(700);
    const big = Array.from({ length: 150 }, (_, i) => `${i},${i % 5},${note}`).join('\n');
    await user.click(within(dialog).getByRole('textbox', { name: 'Data as CSV' }));
    await user.paste(big);
    const bar = await within(dialog).findByRole('progressbar', { name: 'Reading the pasted text…' }, LOAD);
    expect(bar).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(within(dialog).queryByRole('progressbar')).toBeNull();
    expect(dialog).toHaveTextContent('Reading stopped: the current data is unchanged.');
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  it('closing the dialog mid-reading ends the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { user, dialog } = await openDialog();
    await user.upload(within(dialog).getByLabelText('Open a CSV file'), bigFile());
    await within(dialog).findByRole('progressbar', {}, LOAD);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(FakeWorker.made.every((w) => w.terminated)).toBe(true);
  });

  it('a big file that is not text, or over 20 MB, is refused and the data kept', async () => {
    const { user, dialog } = await openDialog('#iter=1');
    const binary = new Uint8Array(150_000).fill(0x41);
    binary[100] = 0;
    // Named .csv: user-event, as a browser's picker, offers only the files the input accepts.
    await user.upload(within(dialog).getByLabelText('Open a CSV file'), new File([binary], 'sheet.csv'));
    expect(await within(dialog).findByRole('alert', {}, LOAD)).toHaveTextContent(
      'sheet.csv is not a text file: save the sheet as CSV first. The current data is unchanged.',
    );
    const huge = new File(['1,2\n'], 'huge.csv');
    Object.defineProperty(huge, 'size', { value: 30 * 1024 * 1024 });
    await user.upload(within(dialog).getByLabelText('Open a CSV file'), huge);
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'huge.csv is 30.0 MB: files up to 20 MB can be opened. The current data is unchanged.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(window.location.hash).toMatch(/iter=1&data=0:0,0\.5:1,1:0$/));
  });
});
