import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { expect, historyRows, test } from './fixtures';

const DIST = resolve(import.meta.dirname, '../../dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain',
  '.png': 'image/png',
};

test.describe('offline and hosting', () => {
  test('after the first visit the app works with the network off', async ({ page, context }) => {
    await page.goto('./');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // Visit the lazily loaded parts once online too, as a student would.
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('linreg');
    await expect(page.getByRole('log', { name: 'Training log' })).toBeVisible();
    await context.setOffline(true);
    await page.goto('./#scenario=bias&iter=2');
    await expect.poll(async () => (await historyRows(page)).length).toBe(2);
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('linreg');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.getByRole('log', { name: 'Training log' })).toContainText('Epoch 0, Loss=11.000000');
    await context.setOffline(false);
  });

  test.describe('served from a sub-path of a static host', () => {
    let server: Server;
    let origin = '';
    test.beforeAll(async () => {
      // A plain static host that serves dist/ under /courses/ml/descent/.
      server = createServer(async (request, response) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
        const prefix = '/courses/ml/descent/';
        if (!path.startsWith(prefix)) return void response.writeHead(404).end();
        const relative = normalize(path.slice(prefix.length) || 'index.html');
        try {
          const body = await readFile(join(DIST, relative.endsWith('/') ? `${relative}index.html` : relative));
          response.writeHead(200, { 'content-type': TYPES[extname(relative)] ?? 'application/octet-stream' }).end(body);
        } catch {
          response.writeHead(404).end();
        }
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const address = server.address();
      origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });
    test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

    test('loads, steps and typesets from /courses/ml/descent/', async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
      await page.goto(`${origin}/courses/ml/descent/#iter=1`);
      await expect.poll(async () => (await historyRows(page)).length).toBe(1);
      await expect(page.locator('.derivation math').first()).toBeVisible();
      expect(errors).toEqual([]);
      await context.close();
    });
  });
});
