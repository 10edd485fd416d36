// The in-browser figures of npm run bench, in the system Chromium driving the built app
// (DESIGN.md, "Performance budgets", for the method). Ratios against a baseline page measured in
// the same run are what compare across machines.
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { learningRateFigures } from './learningRate.mjs';
import { surfaceFigures } from './surface.mjs';
import { bigDataFigures } from './bigData.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The flags that keep this closed network quiet, shared with the Playwright config.
const ARGS = JSON.parse(readFileSync(new URL('../chromium-flags.json', import.meta.url), 'utf8'));
// BENCH_PORT lets two checkouts run the bench side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4199);
const WARMUP = 20;
const SAMPLES = 200;

/** The baseline page: one button whose click (or one slider whose input) rewrites a 300-point path. */
const BASELINE = `<!doctype html><html><body>
<button id="b">Step</button><input id="r" type="range" min="0" max="1" step="0.001" value="0.1">
<svg width="600" height="300"><path id="p" fill="none" stroke="black"/></svg>
<script>
  let phase = 0;
  const redraw = () => {
    phase += 0.1;
    let d = '';
    for (let i = 0; i < 300; i++) d += (i ? 'L' : 'M') + i * 2 + ',' + (150 + 100 * Math.sin(i / 20 + phase)).toFixed(2);
    document.getElementById('p').setAttribute('d', d);
  };
  document.getElementById('b').addEventListener('click', redraw);
  document.getElementById('r').addEventListener('input', redraw);
</script></body></html>`;

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const ms = (v) => Number(v.toFixed(2));

/**
 * In the page: per DESIGN.md, wait for a frame, time the event from dispatch to the end of the
 * layout it causes, then to the next painted frame. `kind` is "click" or "input".
 */
async function timeEvents(page, selector, kind) {
  return page.evaluate(
    async ({ selector, kind, total }) => {
      const target = document.querySelector(selector);
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const work = [];
      const paint = [];
      for (let i = 0; i < total; i++) {
        await frame();
        const t0 = performance.now();
        if (kind === 'click') target.click();
        else {
          // A drag back and forth between 0.010 and 0.090: every event changes the rate.
          setValue.call(target, String(0.01 + 0.0004 * (i % 200)));
          target.dispatchEvent(new Event('input', { bubbles: true }));
        }
        for (let k = 0; k < 4; k++) await Promise.resolve();
        document.body.getBoundingClientRect();
        const t1 = performance.now();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const t2 = performance.now();
        work.push(t1 - t0);
        paint.push(t2 - t0);
      }
      return { work, paint };
    },
    { selector, kind, total: WARMUP + SAMPLES },
  );
}

function summarise(samples) {
  const work = samples.work.slice(WARMUP);
  const paint = samples.paint.slice(WARMUP);
  return { p50: quantile(work, 0.5), p95: quantile(work, 0.95), paintP95: quantile(paint, 0.95) };
}

async function heapMB(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / (1024 * 1024);
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * A fresh page at `url`, run at the fast speed until "Finished": the JS heap growth (after
 * garbage collection) and whatever `during` measured in the page while it ran.
 */
async function fullSpeedRun(context, url, during) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.getByRole('status').waitFor();
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('fast');
  const before = await heapMB(cdp);
  await page.getByRole('button', { name: 'Run' }).click();
  const measured = during ? await page.evaluate(during) : null;
  await page.getByRole('status').filter({ hasText: 'Finished' }).waitFor({ timeout: 120000 });
  const growth = (await heapMB(cdp)) - before;
  await page.close();
  return { growth, during: measured };
}

export async function chromiumFigures(root, { bigTableCsv }) {
  const out = [];
  const add = (figure, value, unit, budget, pass, note = '') => {
    out.push({ figure, value, unit, budget, pass, note });
    console.error(`  ${figure}: ${value} ${unit}`); // progress: these runs take a few minutes
  };
  if (!existsSync(CHROMIUM)) {
    add('chromium figures', 'skipped', '', `no browser at ${CHROMIUM}`, false, 'apt-get install -y chromium');
    return out;
  }
  const server = await preview({ root, logLevel: 'silent', preview: { port: PORT, strictPort: true } });
  const base = `http://localhost:${PORT}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });

    // Baseline page, same run.
    const baseline = await context.newPage();
    await baseline.setContent(BASELINE);
    const baseClick = summarise(await timeEvents(baseline, '#b', 'click'));
    const baseInput = summarise(await timeEvents(baseline, '#r', 'input'));
    await baseline.close();

    // One Step click, with a rate small enough that all 220 clicks still step.
    const page = await context.newPage();
    const requests = [];
    await page.goto(`${base}#scenario=bias&lr=0.001`);
    await page.getByRole('status').waitFor();
    page.on('request', (r) => requests.push(r.url()));
    const step = summarise(await timeEvents(page, 'button.primary', 'click'));
    add('Step click: work p50', ms(step.p50), 'ms', 'reported', true);
    add('Step click: work p95', ms(step.p95), 'ms', 'reported (budget: the ratio below)', true);
    const stepRatio = step.p95 / baseClick.p95;
    add(
      'Step click: p95 ratio to baseline',
      Number(stepRatio.toFixed(2)),
      'x',
      '<= 15x',
      stepRatio <= 15,
      `baseline p95 ${ms(baseClick.p95)} ms`,
    );
    add('Step click: next painted frame p95', ms(step.paintP95), 'ms', '<= 17.5 ms', step.paintP95 <= 17.5);

    // The same clicks on a low-end classroom laptop: the CPU throttled 4x (Lighthouse's setting),
    // in a fresh page so all 220 clicks still step.
    const slowBase = await context.newPage();
    await slowBase.setContent(BASELINE);
    const slowBaseCdp = await context.newCDPSession(slowBase);
    await slowBaseCdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const throttledBase = summarise(await timeEvents(slowBase, '#b', 'click'));
    await slowBase.close();
    const slow = await context.newPage();
    await slow.goto(`${base}#scenario=bias&lr=0.001`);
    await slow.getByRole('status').waitFor();
    const slowCdp = await context.newCDPSession(slow);
    await slowCdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const throttled = summarise(await timeEvents(slow, 'button.primary', 'click'));
    await slowCdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await slow.close();
    add(
      'Step click, CPU throttled 4x: work p95',
      ms(throttled.p95),
      'ms',
      'reported',
      true,
      `baseline p95 ${ms(throttledBase.p95)} ms`,
    );
    add(
      'Step click, CPU throttled 4x: next painted frame p95',
      ms(throttled.paintP95),
      'ms',
      '<= 45 ms',
      throttled.paintP95 <= 45,
      `baseline ${ms(throttledBase.paintP95)} ms`,
    );

    // Learning-rate slider drag and sweep: their own file (learningRate.mjs).
    await learningRateFigures(context, base, add, baseInput.p95);

    // The loss-surface lab's Step and race: their own file (surface.mjs).
    await surfaceFigures({ context, base, add, baseClickP95: baseClick.p95, timeEvents, summarise });

    // The 100,000-row table: import, heap, Steps (bigData.mjs).
    await bigDataFigures({ context, base, add, timeEvents, summarise, heapMB, csv: bigTableCsv() });

    // Run mode, paced at 60 steps/s for 10 s: frames painted and script time per frame.
    await page.close();
    const runPage = await context.newPage();
    const cdp = await context.newCDPSession(runPage);
    await cdp.send('Performance.enable');
    await runPage.goto(`${base}#scenario=linreg&epochs=100000&every=1000`);
    await runPage.getByRole('combobox', { name: 'Speed' }).selectOption('60');
    const before = await metrics(cdp);
    await runPage.getByRole('button', { name: 'Run' }).click();
    const frames = await runPage.evaluate(
      () =>
        new Promise((resolve) => {
          let count = 0;
          let longest = 0;
          let last = performance.now();
          const start = last;
          const tick = (now) => {
            count++;
            longest = Math.max(longest, now - last);
            last = now;
            if (now - start < 10000) requestAnimationFrame(tick);
            else resolve({ count, longest, seconds: (now - start) / 1000 });
          };
          requestAnimationFrame(tick);
        }),
    );
    const after = await metrics(cdp);
    await runPage.getByRole('button', { name: 'Pause' }).click();
    const fps = frames.count / frames.seconds;
    const scriptPerFrame = ((after.ScriptDuration - before.ScriptDuration) * 1000) / frames.count;
    add('Run (60 steps/s): frames per second', Number(fps.toFixed(1)), 'fps', '>= 58', fps >= 58);
    add('Run (60 steps/s): script per frame', ms(scriptPerFrame), 'ms', '<= 4 ms', scriptPerFrame <= 4);
    add('Run (60 steps/s): longest frame', ms(frames.longest), 'ms', 'reported', true);

    // Fast speed: many steps per frame.
    await runPage.goto('about:blank');
    await runPage.goto(`${base}#scenario=linreg&epochs=100000&every=1000`);
    await runPage.getByRole('combobox', { name: 'Speed' }).selectOption('fast');
    const fastStart = Date.now();
    await runPage.getByRole('button', { name: 'Run' }).click();
    await runPage.getByRole('status').filter({ hasText: 'Finished' }).waitFor({ timeout: 120000 });
    const fastSeconds = (Date.now() - fastStart) / 1000;
    add(
      'Run (fast): 100,000 linreg epochs',
      Number(fastSeconds.toFixed(2)),
      's',
      'reported',
      true,
      `${Math.round(100000 / fastSeconds)} epochs/s`,
    );

    // Heap: 10,000 steps in Run, after garbage collection, in a fresh page.
    const heap = await fullSpeedRun(context, `${base}#scenario=linreg&epochs=10000&every=1000`);
    add('Heap growth over 10,000 steps', Number(heap.growth.toFixed(2)), 'MB', '< 5 MB', heap.growth < 5);

    // Soak: 100,000 linreg epochs at full speed. Responsiveness is how long a task queued during
    // the run waits (a click waits as long); the heap is compared after garbage collection.
    const soak = await fullSpeedRun(context, `${base}#scenario=linreg&epochs=100000&every=1000`, () => {
      let worst = 0;
      const running = () => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Pause');
      return (async () => {
        while (running()) {
          const t0 = performance.now();
          await new Promise((r) => setTimeout(r, 0));
          worst = Math.max(worst, performance.now() - t0);
          await new Promise((r) => setTimeout(r, 20));
        }
        return worst;
      })();
    });
    add(
      'Soak: longest wait of a queued task during 100,000 epochs',
      ms(soak.during),
      'ms',
      '<= 100 ms',
      soak.during <= 100,
    );
    add('Soak: heap growth for 100,000 linreg epochs', Number(soak.growth.toFixed(2)), 'MB', '< 5 MB', soak.growth < 5);

    const offOrigin = requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:'));
    add(
      'Requests off the page origin',
      offOrigin.length,
      '',
      '0',
      offOrigin.length === 0,
      offOrigin.slice(0, 3).join(' '),
    );
    await context.close();
  } finally {
    await browser.close();
  }

  for (const r of await lighthouseScores(base)) out.push(r);
  await new Promise((resolve) => server.httpServer.close(resolve));
  return out;
}

async function lighthouseScores(url) {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktop } = await import('lighthouse/core/config/desktop-config.js');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...ARGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' }, desktop);
    const categories = result.lhr.categories;
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    return [
      ['performance', 95],
      ['accessibility', 100],
      ['best-practices', 100],
      ['seo', null],
    ].map(([id, budget]) => ({
      figure: `Lighthouse (desktop): ${id}`,
      value: score(id),
      unit: '',
      budget: budget === null ? 'reported' : budget === 100 ? '100' : `>= ${budget}`,
      pass: budget === null || score(id) >= budget,
      note: '',
    }));
  } finally {
    await chrome.kill();
  }
}
