import { createRequire } from 'node:module';
import type { Download, Page } from '@playwright/test';
import { axe, expect, historyRows, test } from './fixtures';

// omggif is CommonJS: a maintained decoder reads what the app's encoder wrote.
const { GifReader } = createRequire(import.meta.url)('omggif') as {
  GifReader: new (bytes: Uint8Array) => { width: number; height: number; numFrames(): number };
};

async function bytesOf(download: Download): Promise<Buffer> {
  return Buffer.concat(await (await download.createReadStream()).toArray());
}

async function openRecorder(page: Page) {
  await page.getByRole('button', { name: 'Record animation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record animation' });
  await expect(dialog).toBeVisible();
  // Ready once it lists the page's charts (opened as the page loads, they may still be coming).
  await expect(dialog.getByRole('checkbox').first()).toBeVisible();
  return dialog;
}

test.describe('Record animation', () => {
  test('a GIF of the next steps: steps + 1 frames of the chosen size, the page left as it was', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    const dialog = await openRecorder(page);
    // By default: the two main charts, until the run stops, 960 × 540, GIF.
    await expect(dialog.getByRole('checkbox', { name: 'SSR against b3' })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: "Data and the network's fit" })).toBeChecked();
    await expect(dialog.getByRole('combobox', { name: 'Size' })).toHaveValue('0');
    await expect(dialog.getByRole('radio', { name: 'GIF' })).toBeChecked();
    const audit = await axe(page);
    expect(audit.violations.map((v) => v.id)).toEqual([]);

    await dialog.getByRole('textbox', { name: 'Steps' }).fill('4');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('descent-bias-iter-1-5.gif');
    const gif = new GifReader(await bytesOf(file));
    expect([gif.numFrames(), gif.width, gif.height]).toEqual([5, 960, 540]);
    await expect(dialog.getByText(/^Saved descent-bias-iter-1-5\.gif \(/)).toBeVisible();
    // The run is back where it was.
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await historyRows(page)).toHaveLength(1);
    await expect(page).toHaveURL(/iter=1&/);
  });

  test('by default it records until the run stops, and at 1280 × 720 on request', async ({ page }) => {
    await page.goto('./#lr=0.2');
    const dialog = await openRecorder(page);
    const steps = Number(await dialog.getByRole('textbox', { name: 'Steps' }).inputValue());
    expect(steps).toBeGreaterThan(1);
    await dialog.getByRole('combobox', { name: 'Size' }).selectOption({ label: '1280 × 720' });
    await dialog.getByRole('checkbox', { name: "Data and the network's fit" }).uncheck();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`descent-bias-iter-0-${steps}.gif`);
    const gif = new GifReader(await bytesOf(file));
    expect([gif.numFrames(), gif.width, gif.height]).toEqual([steps + 1, 1280, 720]);
  });

  test('a WebM video starts with the EBML header', async ({ page }) => {
    await page.goto('./#scenario=linreg');
    const dialog = await openRecorder(page);
    await dialog.getByRole('textbox', { name: 'Steps' }).fill('3');
    await dialog.getByRole('combobox', { name: 'Frame delay' }).selectOption({ label: '100 ms' });
    await dialog.getByRole('radio', { name: 'WebM' }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('descent-linreg-iter-0-3.webm');
    const bytes = await bytesOf(file);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
  });

  test('Cancel stops the recording, saves nothing and leaves the run as it was', async ({ page }) => {
    await page.goto('./#scenario=linreg&iter=2');
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    const dialog = await openRecorder(page);
    await expect(dialog.getByRole('textbox', { name: 'Steps' })).toHaveValue('300');
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    const progress = dialog.getByRole('progressbar', { name: 'Recording progress' });
    await expect(progress).toBeVisible();
    await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog.getByText('Cancelled: nothing was saved.')).toBeVisible();
    await expect(progress).toBeHidden();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('status')).toContainText(/^\D*2 epochs\b/);
    await expect(page).toHaveURL(/iter=2&/);
    expect(downloads).toEqual([]);
  });

  test('a bad number of steps is named and nothing starts', async ({ page }) => {
    await page.goto('./');
    const dialog = await openRecorder(page);
    await dialog.getByRole('textbox', { name: 'Steps' }).fill('301');
    await expect(dialog.getByRole('alert')).toHaveText('Steps must be a whole number from 1 to 300.');
    await expect(dialog.getByRole('button', { name: 'Record', exact: true })).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'Steps' }).fill('2');
    await dialog.getByRole('checkbox', { name: 'SSR against b3' }).uncheck();
    await dialog.getByRole('checkbox', { name: "Data and the network's fit" }).uncheck();
    await expect(dialog.getByRole('alert')).toHaveText('Choose at least one chart.');
    await expect(dialog.getByRole('button', { name: 'Record', exact: true })).toBeDisabled();
  });
});

test('opened while the scenario view is still loading, Record waits for the charts', async ({ page }) => {
  // Hold the linreg view's chunk back, as a slow connection or a busy laptop would.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/LinregView-.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./#scenario=linreg&iter=2');
  await page.getByRole('button', { name: 'Record animation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record animation' });
  await expect(dialog.getByRole('alert')).toHaveText(/charts are still loading/);
  await expect(dialog.getByRole('button', { name: 'Record', exact: true })).toBeDisabled();
  release();
  await expect(dialog.getByRole('checkbox', { name: 'Data and the fitted line' })).toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Record', exact: true })).toBeEnabled();
});
