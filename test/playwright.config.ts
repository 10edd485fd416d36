import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import chromiumFlags from './chromium-flags.json' with { type: 'json' };

// The system Chromium (Debian's package), never a downloaded browser: this network reaches no CDN.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(
    `No Chromium at ${chromium}. Install it with "sudo apt-get update && sudo apt-get install -y chromium" ` +
      '(or set CHROMIUM_PATH to a Chromium or Chrome binary), then run the tests again.',
  );
}

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results/e2e',
  fullyParallel: true,
  // Two cores here and in CI; E2E_WORKERS tries another count.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 30_000,
  // A link's notices appear with the page's first lazy chunks, about 1.8 s after navigation on
  // an idle machine. In one full run the journey with 10,000 points pasted did not see its notice
  // within Playwright's default 5 s, though the page had drawn everything else. It did not fail
  // again in 84 runs.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    viewport: { width: 1280, height: 720 },
    // English unless a test says otherwise: the page starts in the browser's language.
    locale: 'en-US',
    // No service worker unless a test is about offline use (offline.spec.ts allows it): the first
    // visit's worker precaches the whole build, every chunk and font, in each test's fresh context,
    // which costs every journey a second download of the app it is not testing.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromium,
      // Flags that keep Chromium quiet on this closed network (shared with npm run bench).
      args: chromiumFlags,
    },
  },
  webServer: {
    // The built app (npm run test:e2e builds first), served as a static host would.
    command: `node_modules/.bin/vite preview --port ${PORT} --strictPort`,
    cwd: '..',
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
