import { createServer, type Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { SERVICE_WORKER_BLOCKED } from './fixtures';

// A course page on another origin (another loopback port) that frames the built app, as an LMS,
// a blog or reveal.js slides would. The app is served at baseURL (E2E_PORT).
const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST_PORT = Number(process.env.E2E_EMBED_PORT ?? APP_PORT + 10);
const HOST = `http://127.0.0.1:${HOST_PORT}`;

/** Pages the course-page server answers with, by path. */
const hostPages = new Map<string, string>();
let server: Server;

/** Any console error or warning, page error or CSP violation, in the page or in its frames. */
const test = base.extend<{ problems: string[] }>({
  problems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.text() === SERVICE_WORKER_BLOCKED) return;
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await use(problems);
    expect(problems, 'console errors or page errors').toEqual([]);
  },
});

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const page = hostPages.get(new URL(request.url ?? '/', HOST).pathname);
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(HOST_PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function coursePage(path: string, iframe: string): string {
  hostPages.set(
    path,
    `<!doctype html><html lang="en"><head><title>Course page</title><link rel="icon" href="data:,"></head><body>` +
      `<h1>Week 3: gradient descent</h1><p>Press Step in the demo below.</p>${iframe}<p>After the demo.</p></body></html>`,
  );
  return `${HOST}${path}`;
}

/** The snippet the Embed dialog gives for the page at `hash`, after `steps` Steps. */
async function snippetFor(page: Page, hash: string, steps: number): Promise<string> {
  await page.goto(`./${hash}`);
  for (let i = 0; i < steps; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed in a course page' });
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return code;
}

test('the compact view fits 640 × 400 with only its parts, and grows with the frame', async ({ page, problems }) => {
  void problems;
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto('./#scenario=bias&lr=0.1&embed=1');
  await expect(page.getByRole('status')).toContainText('Ready');
  for (const name of ['Step', 'Run', 'Reset'])
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Learning rate' })).toBeVisible();
  await expect(page.getByRole('img', { name: /SSR against b3/ })).toBeVisible();
  await expect(page.getByRole('group', { name: /Data and the network's fit/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open in Descent' })).toHaveAttribute('target', '_blank');
  for (const name of ['Copy link', 'Embed', 'Record animation', 'Step back', 'Download CSV'])
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Iteration history' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /as SVG$/ })).toHaveCount(0);
  const fits = () =>
    page.evaluate(() => ({
      x: document.documentElement.scrollWidth <= innerWidth,
      y: document.documentElement.scrollHeight <= innerHeight,
      chart: document.querySelector('.chart svg')!.getBoundingClientRect().width,
    }));
  const small = await fits();
  expect([small.x, small.y]).toEqual([true, true]);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
  await page.setViewportSize({ width: 1024, height: 640 });
  await expect.poll(async () => (await fits()).chart).toBeGreaterThan(small.chart + 100);
  const large = await fits();
  expect([large.x, large.y]).toEqual([true, true]);
});

test('Embed gives a ready iframe at the current state, and Copy copies or selects it', async ({ page, problems }) => {
  void problems;
  const code = await snippetFor(page, '#lr=0.05', 3);
  // Read in Node: parsing it in the page would apply the page's CSP to the snippet's style.
  expect(code).toMatch(/^<iframe [^<>]*><\/iframe>$/);
  const attribute = (name: string) =>
    new RegExp(`\\s${name}="([^"]*)"`)
      .exec(code)?.[1]
      ?.replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  const iframe = {
    src: attribute('src'),
    width: attribute('width'),
    height: attribute('height'),
    title: attribute('title'),
    loading: attribute('loading'),
  };
  expect(iframe).toMatchObject({
    width: '640',
    height: '400',
    loading: 'lazy',
    title: expect.stringMatching(/^Descent: /),
  });
  expect(iframe.src).toMatch(/^http:\/\/localhost:\d+\/#scenario=bias&lr=0\.05&b3=0&iter=3&data=[^&]+&embed=1$/);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed in a course page' });
  await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveAttribute('readonly', '');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(dialog.getByText(/^(Copied\.|The code is selected)/)).toBeVisible();
});

for (const sandbox of [null, 'allow-scripts allow-same-origin']) {
  test(`embedded cross-origin${sandbox ? ', sandboxed,' : ''} it runs clean and keeps its own state`, async ({
    page,
    problems,
  }) => {
    void problems;
    const code = await snippetFor(page, '', 2);
    const iframe = sandbox ? code.replace('<iframe ', `<iframe sandbox="${sandbox}" `) : code;
    const host = coursePage(sandbox ? '/sandboxed.html' : '/plain.html', iframe);
    await page.goto(host);
    const frame = page.frameLocator('iframe');
    const status = frame.getByRole('status');
    await expect(status).toContainText(/^\D*2 steps\b/);
    // It fits its 640 × 400 frame without scrolling, once its charts (a chunk that may arrive
    // after the status) are laid out: read with a retrying assertion, not once.
    await expect
      .poll(() =>
        frame
          .locator('html')
          .evaluate(
            (root) =>
              root.querySelector('.chart svg') !== null &&
              root.scrollHeight <= window.innerHeight &&
              root.scrollWidth <= window.innerWidth &&
              window.innerWidth === 640 &&
              window.innerHeight === 400,
          ),
      )
      .toBe(true);

    await frame.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(status).toContainText(/^\D*3 steps\b/);
    // The frame keeps its state in its own address; the course page's stays as it was.
    const app = page.frames().find((f) => f !== page.mainFrame())!;
    await expect.poll(() => app.url()).toMatch(/#scenario=bias&.*iter=3&.*embed=1$/);
    expect(page.url()).toBe(host);

    // Keys belong to the frame only while it has the focus.
    await page.getByRole('heading', { name: 'Week 3: gradient descent' }).click();
    await page.keyboard.press('s');
    await page.keyboard.press('s');
    await expect(status).toContainText(/^\D*3 steps\b/);
    await status.click();
    await page.keyboard.press('s');
    await expect(status).toContainText(/^\D*4 steps\b/);

    const link = frame.getByRole('link', { name: 'Open in Descent' });
    await expect(link).toHaveAttribute('href', /#scenario=bias&.*iter=4&data=[^&]+$/);
    await expect(link).toHaveAttribute('target', '_blank');
    if (!sandbox) {
      // A new tab with the full page at the same state.
      const opened = page.context().waitForEvent('page');
      await link.click();
      const tab = await opened;
      await expect(tab.getByRole('table', { name: 'Iteration history' })).toBeVisible();
      await expect(tab.getByRole('status')).toContainText(/^\D*4 steps\b/);
      await tab.close();
    }
  });
}
