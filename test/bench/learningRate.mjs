// npm run bench rows for the learning-rate slider that teaches (issue 15): the drag with its
// what-if path and forecast, and the steps-to-converge sweep. Called from chromium.mjs with the
// same browser context, so the figures compare with the Step click's.

const WARMUP = 20;
const SAMPLES = 200;
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const ms = (v) => Number(v.toFixed(2));

/**
 * In the page, with the slider focused (so the what-if path and the forecast are drawn): input
 * events that sweep the slider across its own range, 0 → max → 0, timed as DESIGN.md says (from
 * dispatch to the end of the layout it causes).
 */
async function timeDrag(page) {
  await page.getByRole('slider', { name: 'Learning rate' }).focus();
  return page.evaluate(
    async ({ total }) => {
      const slider = document.querySelector('input.lr-slider');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const work = [];
      let longestTask = 0;
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longestTask = Math.max(longestTask, e.duration);
      });
      observer.observe({ type: 'longtask' });
      for (let i = 0; i < total; i++) {
        // The slider's max changes with its range; read it each time.
        const max = Number(slider.max);
        const phase = i % (2 * max);
        const position = phase <= max ? phase : 2 * max - phase;
        await frame();
        const t0 = performance.now();
        setValue.call(slider, String(position));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        for (let k = 0; k < 4; k++) await Promise.resolve();
        document.body.getBoundingClientRect();
        work.push(performance.now() - t0);
      }
      observer.disconnect();
      const whatIf = document.querySelectorAll('g.what-if').length;
      return { work, whatIf, longestTask };
    },
    { total: WARMUP + SAMPLES },
  );
}

/**
 * Restarts the sweep `times` times by changing a start field, and times each from the change to
 * the last row shown; meanwhile the longest main-thread task (PerformanceObserver "longtask",
 * which reports tasks over 50 ms; 0 when there were none).
 */
async function timeSweeps(page, field, values) {
  // The sweep starts when its panel comes near the screen.
  await page.locator('.rate-sweep').scrollIntoViewIfNeeded();
  await page.locator('.sweep-fastest, .sweep-none').waitFor({ timeout: 120000 });
  return page.evaluate(
    async ({ field, values }) => {
      const input = [...document.querySelectorAll('input[role="spinbutton"]')].find(
        (el) => document.querySelector(`label[for="${el.id}"]`)?.textContent === field,
      );
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      let longestTask = 0;
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longestTask = Math.max(longestTask, e.duration);
      });
      observer.observe({ type: 'longtask' });
      const done = () =>
        !document.querySelector('.sweep-progress') && document.querySelector('.sweep-fastest, .sweep-none');
      const times = [];
      for (const value of values) {
        const t0 = performance.now();
        setValue.call(input, String(value));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        // The app adds one "descent-sweep" measure per finished sweep; then the chart is drawn.
        const before = performance.getEntriesByName('descent-sweep').length;
        while (performance.getEntriesByName('descent-sweep').length === before || !done()) {
          await new Promise((r) => requestAnimationFrame(r));
        }
        times.push(performance.now() - t0);
      }
      observer.disconnect();
      // The app measures each sweep from its request to the worker to its last row.
      const sweeps = performance.getEntriesByName('descent-sweep').map((e) => e.duration);
      return { times, longestTask, sweeps: sweeps.slice(-values.length) };
    },
    { field, values },
  );
}

export async function learningRateFigures(context, base, add, baselineInputP95) {
  // The address is written once the state has been still for 300 ms, which a drag never is: the
  // drag pays no address write, with nothing stubbed.
  const page = await context.newPage();
  for (const [scenario, hash] of [
    ['bias', '#scenario=bias&lr=0.01&iter=5'],
    ['linreg', '#scenario=linreg&lr=0.01&iter=30'],
  ]) {
    await page.goto(`${base}${hash}`);
    await page.getByRole('status').waitFor();
    const drag = await timeDrag(page);
    const work = drag.work.slice(WARMUP);
    const p95 = quantile(work, 0.95);
    add(
      `Slider drag (${scenario}, what-if + forecast, whole range): re-render p95`,
      ms(p95),
      'ms',
      '<= 8 ms',
      p95 <= 8 && drag.whatIf > 0,
      `p50 ${ms(quantile(work, 0.5))} ms; ${(p95 / baselineInputP95).toFixed(2)}x baseline; ${drag.whatIf} what-if groups drawn`,
    );
  }

  // The sweep: 62 fresh runs; a new start restarts it. Bias (whose trainer has a lean run to its
  // rule) is swept in place, in the render the new start causes; linreg in a worker.
  const where = { bias: 'in place', linreg: 'in a worker' };
  for (const [scenario, hash, field, values] of [
    ['bias', '#scenario=bias', 'Starting b3', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]],
    [
      'linreg',
      '#scenario=linreg',
      'Starting w',
      [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2],
    ],
  ]) {
    await page.goto(`${base}${hash}`);
    const sweeps = await timeSweeps(page, field, values);
    const p95 = quantile(sweeps.sweeps, 0.95);
    add(
      `Sweep recompute (${scenario}, 62 rates, ${where[scenario]}): p95`,
      ms(p95),
      'ms',
      '<= 16 ms',
      p95 <= 16,
      `p50 ${ms(quantile(sweeps.sweeps, 0.5))} ms; from the start field's change to the chart drawn p95 ` +
        `${ms(quantile(sweeps.times, 0.95))} ms; longest main-thread task ${ms(sweeps.longestTask)} ms (0: none over 50 ms)`,
    );
  }

  // Network, all seven parameters: up to 10,000 steps per rate, off the main thread.
  await page.goto(`${base}#scenario=network&train=all&init=random&seed=1`);
  const seeds = await timeSweeps(page, 'Random seed', [2, 3]);
  const longest = seeds.longestTask;
  add(
    'Sweep (network, all 7 parameters): longest main-thread task',
    ms(longest),
    'ms',
    '<= 50 ms',
    longest <= 50,
    `sweep took ${seeds.times.map((t) => `${(t / 1000).toFixed(1)} s`).join(', ')} (0 ms: no task over 50 ms)`,
  );
  await page.close();
}
