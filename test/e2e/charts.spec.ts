import type { Page } from '@playwright/test';
import { expect, setField, test } from './fixtures';

/**
 * Charts, formulas and panels hold together at the screens a class uses and at the values it
 * tries: nothing overlaps, nothing is cut, and the axes come back after a run blew them up.
 * Each case keeps a screenshot in test-results/charts/ for a reviewer.
 */

const SCREENS = [
  { name: '1024', width: 1024, height: 768, presenter: false },
  { name: '1280-presenter', width: 1280, height: 720, presenter: true },
  { name: '1920', width: 1920, height: 1080, presenter: false },
] as const;

/** Twenty points along a wave, as the data field writes them. */
const TWENTY = Array.from(
  { length: 20 },
  (_, i) => `${Number((i / 19).toFixed(3))}:${Number((Math.sin(i / 3) * 0.5 + 0.5).toFixed(3))}`,
).join(',');

const STATES = [
  { name: 'bias-default', hash: 'scenario=bias&iter=2' },
  { name: 'bias-lr0.9-diverged', hash: 'scenario=bias&lr=0.9&iter=12', status: 'Diverging' },
  { name: 'bias-b3-100', hash: 'scenario=bias&b3=100&iter=2' },
  { name: 'bias-20-points', hash: `scenario=bias&iter=3&data=${TWENTY}` },
  { name: 'linreg-default', hash: 'scenario=linreg&iter=20' },
  { name: 'linreg-lr0.5', hash: 'scenario=linreg&lr=0.5&iter=8', status: 'Diverging' },
  { name: 'network-default', hash: 'scenario=network&iter=5' },
  { name: 'network-20-points', hash: `scenario=network&iter=4&data=${TWENTY}` },
] as const;

/** Everything on the page that does not fit, in words (empty when all is well). */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const label = (e: Element) => `"${(e.textContent ?? '').trim().slice(0, 40)}"`;
    const inside = (a: DOMRect, b: DOMRect, slack = 0.5) =>
      a.left >= b.left - slack && a.right <= b.right + slack && a.top >= b.top - slack && a.bottom <= b.bottom + slack;
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const shown = (r: DOMRect) => r.width > 0 && r.height > 0;

    document.querySelectorAll<SVGSVGElement>('.chart svg').forEach((svg) => {
      const chart = svg.getAttribute('aria-labelledby')
        ? (svg.querySelector('title')?.textContent ?? 'chart')
        : 'chart';
      const box = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => ({ t, r: t.getBoundingClientRect() }))
        .filter(({ r }) => shown(r));
      texts.forEach(({ t, r }, i) => {
        if (!inside(r, box)) problems.push(`${chart}: ${label(t)} leaves its SVG`);
        for (const other of texts.slice(i + 1)) {
          if (overlap(r, other.r)) problems.push(`${chart}: ${label(t)} overlaps ${label(other.t)}`);
        }
      });
      svg.querySelectorAll('.node').forEach((node) => {
        const text = node.querySelector('text');
        const circle = node.querySelector('circle');
        if (text && circle && !inside(text.getBoundingClientRect(), circle.getBoundingClientRect(), 1)) {
          problems.push(`${chart}: node label ${label(text)} spills out of its circle`);
        }
      });
    });

    document.querySelectorAll('.math').forEach((math) => {
      if (math.scrollWidth > math.clientWidth + 1) {
        problems.push(`math ${label(math)} overflows (${math.scrollWidth} > ${math.clientWidth} px)`);
      }
      const panel = math.closest('.panel');
      if (panel && !inside(math.getBoundingClientRect(), panel.getBoundingClientRect())) {
        problems.push(`math ${label(math)} leaves its panel`);
      }
    });

    document.querySelectorAll('button').forEach((button) => {
      const r = button.getBoundingClientRect();
      if (!shown(r)) return;
      const panel = button.closest('.panel, .chart-frame, .app-header');
      if (panel && !inside(r, panel.getBoundingClientRect())) {
        problems.push(`button ${label(button)} is not inside its panel`);
      }
    });

    document.querySelectorAll('.table-scroll').forEach((scroller) => {
      if (scroller.scrollWidth > scroller.clientWidth + 1) {
        problems.push(`history table is cut (${scroller.scrollWidth} > ${scroller.clientWidth} px)`);
      }
    });

    if (document.documentElement.scrollWidth > window.innerWidth) {
      problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
    }
    return problems;
  });
}

/** Opens a state and waits for the charts and the typeset chain rule. */
async function open(page: Page, hash: string, status?: string) {
  await page.goto(`./#${hash}`);
  if (status) await expect(page.getByRole('status')).toContainText(status);
  await expect(page.locator('.chart svg').first()).toBeVisible();
  await expect(page.locator('.derivation math').first()).toBeVisible();
}

/**
 * Opens a state by its address in a page already showing another one, as a link pasted into the
 * address bar does, and waits until the page shows it: its scenario, its iteration, its status.
 */
async function show(page: Page, state: { readonly hash: string }, status?: string) {
  await page.goto(`./#${state.hash}`);
  const scenario = /scenario=(\w+)/.exec(state.hash)![1]!;
  const iter = /iter=(\d+)/.exec(state.hash)![1]!;
  await expect(page.getByRole('combobox', { name: /^(Scenario|Escenario)$/ })).toHaveValue(scenario);
  // A run that diverges stops short of the iteration asked for: its status says it is shown.
  if (status) await expect(page.getByRole('status')).toContainText(status);
  else await expect(page.getByRole('slider', { name: /^(Iteration|Iteración)$/ })).toHaveValue(iter);
  // The main charts' frames: a diverged run also draws the (empty until asked) sweep chart first.
  await expect(page.locator('.chart-frame svg').first()).toBeVisible();
  await expect(page.locator('.derivation math').first()).toBeVisible();
}

// One page per screen walks every state, as a class moving from one link to the next: a page load
// per state cost more than the checks themselves.
for (const screen of SCREENS) {
  test(`charts at ${screen.name}: no overlap, nothing cut, in every state`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: screen.width, height: screen.height });
    for (const state of STATES) {
      await test.step(state.name, async () => {
        await show(page, state, 'status' in state ? state.status : undefined);
        if (screen.presenter) {
          if (!(await page.locator('html.presenter').count()))
            await page.getByRole('button', { name: 'Presenter mode' }).click();
          await expect(page.locator('html')).toHaveClass(/presenter/);
        } else {
          const remove = page.getByRole('button', { name: 'Remove point 1', exact: true });
          if (!(await remove.isVisible())) await page.getByText('Edit the points as a table').click();
          await expect(remove).toBeVisible();
        }
        // Presenter mode lays the charts out again at its larger type: wait for the new margins.
        await expect.poll(() => layoutProblems(page)).toEqual([]);
        if (state.name.startsWith('network') && !screen.presenter) {
          // Under the diagram's full row, its two charts share the next one: none of it left blank.
          const [row, first, last] = await page
            .locator('.charts')
            .evaluate((charts) =>
              [charts, ...charts.querySelectorAll('figure.chart-frame')].map((e) => e.getBoundingClientRect().toJSON()),
            );
          expect(last!.top).toBeCloseTo(first!.top, 0);
          expect(first!.left).toBeCloseTo(row!.left, 0);
          expect(last!.right).toBeCloseTo(row!.right, 0);
        }
        if (screen.presenter) {
          const sizes = await page
            .locator('.chart .axis text:not(.axis-label)')
            .evaluateAll((texts) => texts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
          expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13 * 1.25);
        }
        await page.screenshot({ path: `test-results/charts/${state.name}-${screen.name}.png`, fullPage: true });
      });
    }
  });
}

// Spanish runs about a fifth longer than English: the narrowest desktop screen, in Spanish, with the
// states that carry the most words (a divergence explained, three charts, the network's panels).
test.describe('charts at 1024 in Spanish', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test('no overlap, nothing cut, in the wordiest states', async ({ page }) => {
    test.setTimeout(60_000);
    for (const state of STATES.filter((s) =>
      ['bias-lr0.9-diverged', 'linreg-default', 'network-20-points'].includes(s.name),
    )) {
      await test.step(state.name, async () => {
        await show(page, { ...state, hash: `${state.hash}&lang=es` }, 'status' in state ? 'Divergiendo' : undefined);
        const remove = page.getByRole('button', { name: 'Quitar el punto 1', exact: true });
        if (!(await remove.isVisible())) await page.getByText('Editar los puntos como tabla').click();
        await expect(remove).toBeVisible();
        await expect.poll(() => layoutProblems(page)).toEqual([]);
        await page.screenshot({ path: `test-results/charts/${state.name}-1024-es.png`, fullPage: true });
      });
    }
  });
});

/** The text of every chart's axes (tick labels and titles), chart by chart. */
function axisTexts(page: Page): Promise<string[][]> {
  return page
    .locator('.chart-frame svg')
    .evaluateAll((svgs) => svgs.map((svg) => [...svg.querySelectorAll('.axis text')].map((t) => t.textContent ?? '')));
}

/** The lowest and highest tick values of one chart's axis, by the chart's title. */
async function tickRange(page: Page, title: string, axis: 'x' | 'y') {
  const values = await page
    .locator('.chart-frame svg', { has: page.locator('title', { hasText: title }) })
    .locator('.axis')
    .nth(axis === 'y' ? 0 : 1)
    .locator('text:not(.axis-label)')
    .allTextContents();
  const numbers = values.map((text) => {
    const plain = text.replace('\u2212', '-').replace(',', '.');
    const scale = plain.endsWith('k') ? 1e3 : plain.endsWith('M') ? 1e6 : 1;
    return parseFloat(plain) * scale;
  });
  return { span: Math.max(...numbers) - Math.min(...numbers), values };
}

/** Steps until the status says the run diverged (Step is disabled from then on). */
async function stepUntilDiverging(page: Page) {
  const status = page.getByRole('status');
  for (let i = 0; i < 12 && !((await status.textContent()) ?? '').includes('Diverging'); i++) {
    await page.getByRole('button', { name: 'Step', exact: true }).click();
  }
  await expect(status).toContainText('Diverging');
}

test.describe('axes come back', () => {
  test('bias: after lr 0.9 diverges, Reset and lr 0.1 show the starting view again', async ({ page }) => {
    await open(page, 'scenario=bias');
    await expect(page.getByRole('status')).toContainText('Ready');
    const start = await axisTexts(page);
    await setField(page, 'Learning rate value', '0.9');
    await stepUntilDiverging(page);
    expect(await axisTexts(page)).not.toEqual(start);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await setField(page, 'Learning rate value', '0.1');
    await expect.poll(() => axisTexts(page)).toEqual(start);
  });

  test('bias: after lr 0.9 diverges, lr 0.1 brings b3 back and the views follow it there', async ({ page }) => {
    await open(page, 'scenario=bias');
    await setField(page, 'Learning rate value', '0.9');
    await stepUntilDiverging(page);
    expect((await tickRange(page, 'SSR against b3', 'x')).span).toBeGreaterThan(500);
    await setField(page, 'Learning rate value', '0.1');
    const status = page.getByRole('status');
    for (let i = 0; i < 40 && !((await status.textContent()) ?? '').includes('Converged'); i++) {
      await page.getByRole('button', { name: 'Step', exact: true }).click();
    }
    await expect(status).toContainText('Converged');
    // Back near the minimum: the b3 axis spans the recent path, not the far points of the divergence,
    // and the fit's y axis the data (efficacy 0 to 1), so its curve is not drawn flat.
    for (const back of [0, 2]) {
      for (let i = 0; i < back; i++) await page.getByRole('button', { name: 'Step back', exact: true }).click();
      await expect.poll(async () => (await tickRange(page, 'SSR against b3', 'x')).span).toBeLessThan(20);
      await expect.poll(async () => (await tickRange(page, "Data and the network's fit", 'y')).span).toBeLessThan(10);
    }
  });

  test('linreg: after lr 0.5 diverges, Reset and lr 0.01 show the starting view again', async ({ page }) => {
    // One epoch at 0.01 from the start, then the same again after the divergence: a rate typed
    // stays forecast (its what-if path in the charts) until the next step, so both views are
    // compared one step in.
    const step = page.getByRole('button', { name: 'Step', exact: true });
    await open(page, 'scenario=linreg');
    await step.click();
    const start = await axisTexts(page);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await setField(page, 'Learning rate value', '0.5');
    await stepUntilDiverging(page);
    expect(await axisTexts(page)).not.toEqual(start);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await setField(page, 'Learning rate value', '0.01');
    await step.click();
    await expect.poll(() => axisTexts(page)).toEqual(start);
  });
});

test('the exported SVG, opened alone, draws its legend text in a dark colour, and the PNG shows it', async ({
  page,
  context,
}) => {
  await open(page, 'scenario=bias&iter=2');
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download SSR against b3 as SVG' }).click();
  const svgText = Buffer.concat(await (await (await svgDownload).createReadStream()).toArray()).toString('utf8');
  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download SSR against b3 as PNG' }).click();
  const png = Buffer.concat(await (await (await pngDownload).createReadStream()).toArray()).toString('base64');

  // A page with no stylesheet at all: only what the file carries.
  const alone = await context.newPage();
  await alone.setContent(`<!doctype html><body style="margin:0">${svgText}</body>`);
  const result = await alone.evaluate(async (pngBase64) => {
    const text = [...document.querySelectorAll('text')].find((t) => t.textContent?.includes('tangent slope'))!;
    const style = getComputedStyle(text);
    const box = text.getBoundingClientRect();
    /** Pixels darker than mid-grey in the legend text's box, in an image drawn at `scale`. */
    const darkPixels = async (src: string, scale: number) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(box.x * scale, box.y * scale, box.width * scale, box.height * scale);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 128) dark++;
      return dark;
    };
    const svg = document.querySelector('svg')!;
    const svgUrl = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    return {
      fill: style.fill,
      paintOrder: style.paintOrder,
      svgDark: await darkPixels(svgUrl, 1),
      pngDark: await darkPixels(`data:image/png;base64,${pngBase64}`, 2),
      stylesheets: document.styleSheets.length,
    };
  }, png);
  await alone.close();
  expect(result.stylesheets).toBe(0);
  expect(result.fill).not.toMatch(/rgb\(255, 255, 255\)|none/);
  expect(result.paintOrder).toMatch(/^stroke/);
  // Text drawn under its halo leaves dozens of dark pixels in its box; a halo painted over it, none.
  expect(result.svgDark).toBeGreaterThan(30);
  expect(result.pngDark).toBeGreaterThan(30);
});

test('a sum is drawn large with room for its limits, in presenter mode too', async ({ page }) => {
  for (const hash of ['scenario=bias&iter=2', 'scenario=linreg&iter=2']) {
    await open(page, hash);
    for (const presenter of [false, true]) {
      if (presenter) await page.getByRole('button', { name: 'Presenter mode' }).click();
      const gaps = await page.locator('.derivation munderover').evaluateAll((sums) =>
        sums.map((sum) => {
          const [sigma, under, over] = [...sum.children].map((c) => c.getBoundingClientRect());
          const fraction = sum.closest('math')!.querySelector('mfrac')!.getBoundingClientRect();
          return {
            below: under!.top - sigma!.bottom,
            above: sigma!.top - over!.bottom,
            size: sigma!.height / fraction.height,
          };
        }),
      );
      expect(gaps.length).toBeGreaterThan(0);
      for (const gap of gaps) {
        // Drawn in a text font the ∑ was text-sized (0.44 of the fraction beside it) and its limits
        // sat on it with no gap at all; a math font draws it large, with a gap either side.
        expect(gap.below, `${hash}: room between the ∑ and its lower limit`).toBeGreaterThan(1);
        expect(gap.above, `${hash}: room between the ∑ and its upper limit`).toBeGreaterThan(1);
        expect(gap.size, `${hash}: the ∑ drawn large, beside its fraction`).toBeGreaterThan(0.55);
      }
      if (presenter) await page.getByRole('button', { name: 'Presenter mode' }).click();
    }
  }
});
