import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

/**
 * Every journey fails on any console error or warning, uncaught exception, CSP violation or
 * request that leaves the page's own origin: the app must run clean and offline.
 */
/** Playwright's own word where the config blocks service workers, not the page's. */
export const SERVICE_WORKER_BLOCKED = 'Service Worker registration blocked by Playwright';

/**
 * A worker keeps one browser context per set of options and lends it to each test in turn, its
 * pages closed and the origin's storage wiped in between: a fresh context per test costs every
 * journey a new renderer and a cold HTTP and code cache (about a third of the browser run). A test
 * that allows service workers gets a context of its own, since a worker outlives its pages.
 */
type Pool = Map<string, BrowserContext>;

export const test = base.extend<{ page: Page }, { pool: Pool }>({
  pool: [
    async ({}, use) => {
      const pool: Pool = new Map();
      await use(pool);
      await Promise.all([...pool.values()].map((context) => context.close()));
    },
    { scope: 'worker' },
  ],
  context: async (
    {
      browser,
      pool,
      baseURL,
      viewport,
      screen,
      locale,
      isMobile,
      hasTouch,
      deviceScaleFactor,
      userAgent,
      serviceWorkers,
      reducedMotion,
      colorScheme,
      timezoneId,
    },
    use,
  ) => {
    const options: BrowserContextOptions = {
      baseURL,
      viewport,
      locale,
      isMobile,
      hasTouch,
      deviceScaleFactor,
      userAgent,
      serviceWorkers,
      reducedMotion,
      colorScheme,
      timezoneId,
      ...(screen ? { screen } : {}),
    };
    if (serviceWorkers === 'allow') {
      const context = await browser.newContext(options);
      await use(context);
      await context.close();
      return;
    }
    const key = JSON.stringify(options);
    let context = pool.get(key);
    if (!context) {
      context = await browser.newContext(options);
      pool.set(key, context);
    }
    await use(context);
    await context.clearPermissions();
    await context.clearCookies();
    const pages = context.pages();
    const origin = new URL(baseURL!).origin;
    if (pages[0]) {
      const cdp = await context.newCDPSession(pages[0]);
      await cdp.send('Storage.clearDataForOrigin', {
        origin,
        storageTypes: 'local_storage,session_storage,indexeddb,cache_storage,service_workers,file_systems',
      });
      await cdp.detach();
    }
    await Promise.all(pages.map((page) => page.close()));
  },
  page: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.text() === SERVICE_WORKER_BLOCKED) return;
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:'))
        problems.push(`off-origin request: ${url}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await use(page);
    expect(problems, 'console errors, page errors, CSP violations or off-origin requests').toEqual([]);
  },
});

export { expect };

/** The WCAG 2.1 A and AA rules every page and dialog of the app is held to. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe's audit of the page. The app draws no frames of its own, so the audit runs in the page alone:
 * axe's default run opens a blank page per audit to merge the results of cross-origin frames, which
 * doubled the time of each. The embed journeys, whose course page frames the app, keep that run.
 */
export function axe(page: Page) {
  return new AxeBuilder({ page }).withTags(WCAG).setLegacyMode(true).analyze();
}

/**
 * Body rows of the "Iteration history" table as arrays of cell texts. The table appears with the
 * scenario's view (its own chunk), so this waits for the table, then reads its rows once.
 */
export async function historyRows(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: 'Iteration history' });
  await table.waitFor();
  return table
    .locator('tbody tr:not([aria-hidden])')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')));
}

/** Sets a number field the way a person does: type, then Enter. */
export async function setField(page: Page, name: string, value: string): Promise<void> {
  const field = page.getByRole('spinbutton', { name, exact: true });
  await field.fill(value);
  await field.press('Enter');
}
