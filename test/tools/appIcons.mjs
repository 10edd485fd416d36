// Writes the web app manifest's icons (public/icon-*.png) from the brand drawing, the same one the
// favicon was made from, rendered by the system Chromium so no image tool is needed:
//   node test/tools/appIcons.mjs
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import flags from '../chromium-flags.json' with { type: 'json' };

const BLUE = '#1f4e79';
const drawing = `<path d="M4 6 Q16 40 28 6" fill="none" stroke="#fff" stroke-width="3"/><circle cx="22" cy="18" r="3.5" fill="#f5b700"/>`;
// "any": the favicon's rounded tile. "maskable": a full-bleed tile with the drawing shrunk into the
// central safe circle (radius 40 % of the side), since a launcher may crop it to any shape.
const tiles = {
  any: `<rect width="32" height="32" rx="6" fill="${BLUE}"/>${drawing}`,
  maskable: `<rect width="32" height="32" fill="${BLUE}"/><g transform="translate(16 16) scale(0.7) translate(-16 -16)">${drawing}</g>`,
};
const icons = [
  ['icon-192.png', 192, 'any'],
  ['icon-512.png', 512, 'any'],
  ['icon-maskable-512.png', 512, 'maskable'],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: flags,
});
const page = await browser.newPage();
for (const [file, size, kind] of icons) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block}</style>` +
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}">${tiles[kind]}</svg>`,
  );
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  writeFileSync(resolve(import.meta.dirname, '../../public', file), png);
}
await browser.close();
