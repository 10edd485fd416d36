import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every journey fails on any console error or warning, uncaught exception, CSP violation or
 * request that leaves the page's own origin: the app must run clean and offline.
 */
/** Playwright's own word where the config blocks service workers, not the page's. */
export const SERVICE_WORKER_BLOCKED = 'Service Worker registration blocked by Playwright';

export const test = base.extend<{ page: Page }>({
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
