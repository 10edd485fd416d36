import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'vite';
import { expect, historyRows, test } from './fixtures';
import { startStaticHost, type StaticHost } from './staticHost';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

/** Resolves once a service worker controls the page: its install, the whole precache, is done. */
const controlled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((done) => {
        if (navigator.serviceWorker.controller) return done();
        navigator.serviceWorker.addEventListener('controllerchange', () => done(), { once: true });
      }),
  );

/** Every file of a build, by its path inside the build, as text or bytes to compare. */
async function filesOf(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), (await readFile(path)).toString('base64'));
  }
  return files;
}

// These journeys are about the service worker, which the other specs block.
test.use({ serviceWorkers: 'allow' });

test.describe('offline and hosting', () => {
  test('after the first visit the app works with the network off', async ({ page, context }) => {
    await page.goto('./');
    await controlled(page);
    // Visit the lazily loaded parts once online too, as a student would.
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('linreg');
    await expect(page.getByRole('log', { name: 'Training log' })).toBeVisible();
    await context.setOffline(true);
    await page.goto('./#scenario=bias&iter=2');
    // A real load with no network: vite preview marks its scripts Vary: Origin, which must not
    // keep module requests from the cache.
    await page.reload();
    await expect.poll(async () => (await historyRows(page)).length).toBe(2);
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(async () => (await historyRows(page)).length).toBe(3);
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('linreg');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.getByRole('log', { name: 'Training log' })).toContainText('Epoch 0, Loss=11.000000');
    await context.setOffline(false);
  });

  test('the page is installable: Chromium finds no installability error', async ({
    playwright,
    launchOptions,
    baseURL,
  }, testInfo) => {
    // A profile of its own: Chromium never offers to install from an incognito context.
    const context = await playwright.chromium.launchPersistentContext(testInfo.outputPath('profile'), {
      ...launchOptions,
      baseURL,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('./');
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    // The manifest loads under the page's CSP (manifest-src falls back to default-src 'self').
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    await context.close();
  });

  test.describe('served from a sub-path of a static host', () => {
    let host: StaticHost;
    test.beforeEach(async () => {
      host = await startStaticHost(DIST);
    });
    test.afterEach(() => host.close());

    test('loads, steps and typesets from /courses/ml/descent/', async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
      await page.goto(`${host.url}#iter=1`);
      await expect.poll(async () => (await historyRows(page)).length).toBe(1);
      await expect(page.locator('.derivation math').first()).toBeVisible();
      expect(errors).toEqual([]);
      await context.close();
    });

    test('after one visit it works with the host gone: reload, Step, a lazily loaded view', async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${host.url}#iter=1`);
      await controlled(page);
      // Nothing else visited: the worker's install fetched every file of the build, linreg's too.
      await context.setOffline(true);
      host.down = true;
      const asked = host.requests.length;
      await page.reload();
      await expect.poll(async () => (await historyRows(page)).length).toBe(1);
      await page.getByRole('button', { name: 'Step', exact: true }).click();
      await expect.poll(async () => (await historyRows(page)).length).toBe(2);
      await expect(page.locator('.derivation math').first()).toBeVisible();
      await page.getByRole('combobox', { name: 'Scenario' }).selectOption('linreg');
      await page.getByRole('button', { name: 'Step', exact: true }).click();
      await expect(page.getByRole('log', { name: 'Training log' })).toContainText('Epoch 0, Loss=11.000000');
      expect(host.requests.slice(asked)).toEqual([]);
      await context.close();
    });

    test('a returning visitor is offered a build that changed only index.html, and Reload loads it', async ({
      browser,
    }, testInfo) => {
      // A second build of the same sources whose only change is a line in index.html.
      test.setTimeout(180_000);
      const second = testInfo.outputPath('second-build');
      await build({
        root: ROOT,
        configFile: join(ROOT, 'vite.config.ts'),
        logLevel: 'warn',
        build: { outDir: second, emptyOutDir: true },
        plugins: [
          {
            name: 'second-build-marker',
            transformIndexHtml: (html) =>
              html.replace('</head>', '  <meta name="descent-build" content="second" />\n  </head>'),
          },
        ],
      });
      const [before, after] = await Promise.all([filesOf(DIST), filesOf(second)]);
      const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
      // sw.js changes with it: its precache list carries index.html's revision.
      expect(changed.sort(), 'dist/ is not a build of these sources: run vite build').toEqual(['index.html', 'sw.js']);

      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${host.url}#iter=1`);
      await controlled(page);
      await expect.poll(async () => (await historyRows(page)).length).toBe(1);
      const marker = page.locator('meta[name="descent-build"]');
      await expect(marker).toHaveCount(0);

      host.root = second;
      await page.reload();
      const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
      await expect(notice).toBeVisible({ timeout: 30_000 });
      // Until Reload, the class keeps the page it has.
      await expect(marker).toHaveCount(0);
      await notice.getByRole('button', { name: 'Reload' }).click();
      await expect(marker).toHaveAttribute('content', 'second', { timeout: 30_000 });
      await expect(page.getByRole('status').filter({ hasText: 'A new version is ready' })).toHaveCount(0);
      await expect.poll(async () => (await historyRows(page)).length).toBe(1);
      await context.close();
    });
  });
});
