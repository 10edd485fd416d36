/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { compileMessage } from '@lingui/message-utils/compileMessage';

// The Content-Security-Policy goes into the built page only: the dev server injects inline styles
// for hot reload, which a strict policy would block. It does not forbid framing, on purpose: teachers
// embed the page (embed=1) in course pages on other origins. (frame-ancestors would have no effect
// in a <meta> policy anyway; no X-Frame-Options header is sent either.) Workers, such as the GIF
// encoder, load from the page's own files, which script-src 'self' allows.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'descent-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/**
 * Offline and installable (Workbox, through vite-plugin-pwa). Every built file is precached by its
 * content revision, so a build that changes only index.html still yields a new worker. The new
 * worker waits: the page offers "Reload" (components/shell/UpdatePrompt.tsx) and only then does it
 * take over and drop the old build's files, which no open tab then needs, since each tab reloads
 * when it changes hands. Paths are relative to the worker, so any sub-path of a static host works.
 */
function offline() {
  return VitePWA({
    registerType: 'prompt',
    // Registered from src/main.tsx after the first render, so it costs the first load nothing.
    injectRegister: false,
    manifest: {
      name: 'Descent',
      short_name: 'Descent',
      description: 'Watch gradient descent and backpropagation step by step, with every number exact.',
      id: './',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#1f4e79',
      background_color: '#ffffff',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
      screenshots: [
        {
          src: 'screenshot.png',
          sizes: '1280x720',
          type: 'image/png',
          form_factor: 'wide',
          label: 'Descent after three steps of the bias scenario',
        },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,png,svg,woff2,txt,webmanifest}'],
      // A link with any hash or query opens the cached page.
      navigateFallback: 'index.html',
      // The first visit is served by the worker at once, so a lazily loaded part still comes
      // when the network drops before any reload. An update still waits for "Reload".
      clientsClaim: true,
      skipWaiting: false,
      // Deletes only precaches of older Workbox versions, in the new worker's activate step.
      cleanupOutdatedCaches: true,
    },
  });
}

/**
 * The message catalogs (src/i18n/catalogs/<language>/<area>.ts and each scenario's
 * src/scenarios/<id>/messages/<language>.ts and each lesson's
 * src/components/lessons/library/<id>/messages/<language>.ts, plain objects of ICU text) are
 * compiled to Lingui's message form at build time, as Lingui's own tooling does, so the page
 * ships no message parser and compiles nothing at start. A message that does not parse fails the
 * build (and the tests), naming its key.
 */
function compiledCatalogs(): Plugin {
  const CATALOG =
    /\/src\/(i18n\/catalogs\/[a-z]{2}\/[a-zA-Z]+|scenarios\/[a-zA-Z]+\/messages\/[a-z]{2}|components\/lessons\/library\/[a-z0-9-]+\/messages\/[a-z]{2})\.ts$/;
  return {
    name: 'descent-compiled-catalogs',
    enforce: 'post',
    transform(code, id) {
      if (!CATALOG.test(id)) return null;
      // After the TypeScript transform an area file is `export const name = { "key": "text", … };`
      // (its type imports gone): evaluate that object and compile each text.
      const match = /export const (\w+) =/.exec(code);
      if (!match) throw new Error(`${id}: expected \`export const <area> = { … }\``);
      const body = code.replace(/\/\/# sourceMappingURL=.*$/m, '').replace(match[0], 'return');
      const texts = new Function(body)() as Record<string, string>;
      const compiled: Record<string, unknown> = {};
      for (const [key, text] of Object.entries(texts)) {
        try {
          compiled[key] = compileMessage(text);
        } catch (error) {
          throw new Error(`${id}: message ${key} is not valid ICU MessageFormat: ${(error as Error).message}`);
        }
      }
      return { code: `export const ${match[1]} = ${JSON.stringify(compiled)};\n`, map: null };
    },
  };
}

export default defineConfig({
  // Relative base: the built app works from any sub-path or static host.
  base: './',
  plugins: [react(), compiledCatalogs(), contentSecurityPolicy(), offline()],
  build: { target: 'es2022', sourcemap: false },
  // The recorder's GIF encoder runs in a module worker (a file of its own, allowed by the CSP).
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    restoreMocks: true,
    // Playwright specs under test/e2e are not vitest's: they run in real Chromium.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/setup/language.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['test/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/setup/language.ts', 'test/component/setup.ts'],
          // Whole-app journeys with lazy chunks: room for a busy two-core machine.
          testTimeout: 20_000,
          // The files share their worker's modules: each would otherwise import the whole app and
          // its lazy views again (half of this project's run). The store, the address and the
          // page are reset before each app (helpers.renderApp) and after each test (setup.ts).
          isolate: false,
        },
      },
    ],
  },
});
