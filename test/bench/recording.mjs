// The recording's bench row (DESIGN.md budgets; issue 17): "Record animation", 30 steps of the
// linreg run at 960 × 540 as a GIF, in the system Chromium driving the built app. Reported: the
// time from the click on Record to the download, the file's size, and the longest main-thread
// task while it recorded (no task over 50 ms is the rule for long jobs).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = JSON.parse(readFileSync(new URL('../chromium-flags.json', import.meta.url), 'utf8'));
const STEPS = 30;

export async function recordingFigures(root, port = 4198) {
  const server = await preview({ root, logLevel: 'silent', preview: { port, strictPort: true } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    // linreg runs its whole budget, so all 30 steps are taken (bias converges after about 10).
    await page.goto(`http://localhost:${port}/#scenario=linreg`);
    await page.getByRole('button', { name: 'Record animation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record animation' });
    await dialog.getByLabel('Steps').fill(String(STEPS));
    await page.evaluate(() => (window.__longTasks = []));
    const download = page.waitForEvent('download', { timeout: 120_000 });
    const t0 = Date.now();
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    const file = await download;
    const seconds = (Date.now() - t0) / 1000;
    const bytes = Buffer.concat(await (await file.createReadStream()).toArray()).length;
    const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks));
    return [
      {
        figure: `recording: ${STEPS} steps at 960 × 540 as GIF, time`,
        value: Number(seconds.toFixed(2)),
        unit: 's',
        budget: '<= 5',
        pass: seconds <= 5,
        note: file.suggestedFilename(),
      },
      {
        figure: `recording: ${STEPS} steps at 960 × 540 as GIF, size`,
        value: Number((bytes / 1024 / 1024).toFixed(2)),
        unit: 'MB',
        budget: '<= 3',
        pass: bytes <= 3 * 1024 * 1024,
      },
      {
        figure: 'recording: longest main-thread task while recording',
        value: Math.round(longest),
        unit: 'ms',
        budget: '<= 50',
        pass: longest <= 50,
      },
    ];
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
}
