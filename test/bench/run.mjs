// npm run bench: each figure against its budget (../shared/DESIGN.md, "Performance budgets"),
// printed as a table and written to bench-results.json. Reported, never asserted in tests.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { chromiumFigures } from './chromium.mjs';
import { recordingFigures } from './recording.mjs';

const root = resolve(import.meta.dirname, '../..');
const results = [];
const record = (figure, value, unit, budget, pass, note = '') =>
  results.push({ figure, value, unit, budget, pass, note });

// Engine, in Node: bundle the bench entry so Node runs the same TypeScript the app ships.
const out = mkdtempSync(join(tmpdir(), 'descent-bench-'));
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: out,
    emptyOutDir: true,
    lib: { entry: join(root, 'test/bench/engine.ts'), formats: ['es'], fileName: 'engine' },
    minify: false,
  },
});
const engine = await import(pathToFileURL(join(out, 'engine.js')).href);
const bias = engine.biasStepsPerSecond();
record('engine: bias steps/s', Math.round(bias.perSecond), 'steps/s', '>= 10,000,000', bias.perSecond >= 1e7);
const m5 = engine.linregEpochsPerSecond(5);
record('engine: linreg epochs/s (m = 5)', Math.round(m5.perSecond), 'epochs/s', '>= 100,000', m5.perSecond >= 1e5);
const m1000 = engine.linregEpochsPerSecond(1000);
record('engine: linreg epochs/s (m = 1000)', Math.round(m1000.perSecond), 'epochs/s', 'reported', true);
const network = engine.networkStepsPerSecond();
record('engine: network steps/s (all 7 parameters)', Math.round(network.perSecond), 'steps/s', 'reported', true);
const model = engine.modelStepsPerSecond();
record(
  'engine: model steps/s (StatQuest network typed in, graph)',
  Math.round(model.perSecond),
  'steps/s',
  'reported',
  true,
);
const toEnd = engine.linregTrainToEndSeconds();
record('engine: 100,000 linreg epochs via advance()', Number(toEnd.seconds.toFixed(3)), 's', 'reported', true);
const card = engine.lessonCardMs();
record(
  `lessons: open a card (render the Lesson region, ${card.cards} cards), p95`,
  Number(card.p95.toFixed(2)),
  'ms',
  '<= 16',
  card.p95 <= 16,
);
const graph = engine.graphPanelMs();
record(
  `graph panel: build + evaluate + lay out + render (${graph.nodes} nodes), p95`,
  Number(graph.p95.toFixed(2)),
  'ms',
  '<= 16',
  graph.p95 <= 16,
);
const contour = engine.surfaceContourMs();
record(
  `surface map of an own formula (${contour.nodes} graph nodes, 64×64): recompute p95`,
  Number(contour.p95.toFixed(2)),
  'ms',
  '<= 50 (off the main thread if > 16)',
  contour.p95 <= 50,
  contour.p95 <= 16 ? 'within a frame: drawn on the main thread' : 'longer than a frame',
);
const linregContour = engine.linregContourMs();
record(
  `linreg loss contour over ${linregContour.points.toLocaleString('en')} points (64×64 + bands): recompute p95`,
  Number(linregContour.p95.toFixed(2)),
  'ms',
  '<= 16',
  linregContour.p95 <= 16,
);
const surfaceSteps = engine.surfaceStepsPerSecond();
record(
  'engine: surface steps/s (Adam on Rosenbrock, graph)',
  Math.round(surfaceSteps.perSecond),
  'steps/s',
  'reported',
  true,
);
rmSync(out, { recursive: true, force: true });

// Bundle: the built app in dist/ (npm run bench builds first). Initial = what index.html loads.
const dist = join(root, 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const initialJs = initial.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(f), 0);
const initialCss = initial.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gz(f), 0);
const lazy = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`));
record('bundle: initial JS (gzip)', Number((initialJs / 1024).toFixed(1)), 'KB', '<= 100', initialJs <= 100 * 1024);
// The first render waits for the page language's catalog (a lazy chunk, like the scenario's view):
// reported beside the initial JS so the two can be read together.
const catalog = readdirSync(join(dist, 'assets')).find((f) => /^en-[\w-]+\.js$/.test(f));
if (catalog)
  record(
    'bundle: English catalog, loaded before the first render (gzip)',
    Number((gz(`assets/${catalog}`) / 1024).toFixed(1)),
    'KB',
    'reported',
    true,
  );
record('bundle: initial CSS (gzip)', Number((initialCss / 1024).toFixed(1)), 'KB', 'reported', true);
record(
  'bundle: lazy JS (gzip)',
  Number((lazy.reduce((s, f) => s + gz(`assets/${f}`), 0) / 1024).toFixed(1)),
  'KB',
  'reported',
  true,
  lazy.join(' '),
);
record('bundle: dist size on disk', Number((dirSize(dist) / 1024).toFixed(0)), 'KB', 'reported', true);

// Real Chromium, driving the built app.
if (process.env.BENCH_SKIP_BROWSER) {
  record('chromium figures', 'skipped', '', 'BENCH_SKIP_BROWSER set', true);
} else {
  for (const r of await chromiumFigures(root, { bigTableCsv: engine.bigTableCsv })) results.push(r);
  for (const r of await recordingFigures(root)) results.push(r);
}

const rows = results.map((r) => [
  r.figure,
  String(r.value) + (r.unit ? ` ${r.unit}` : ''),
  r.budget,
  r.pass ? 'pass' : 'FAIL',
]);
const widths = [0, 1, 2, 3].map((i) =>
  Math.max(...rows.map((r) => r[i].length), ['figure', 'value', 'budget', 'result'][i].length),
);
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
console.log(line(['figure', 'value', 'budget', 'result']));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line(r));
writeFileSync(
  join(root, 'bench-results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
);
console.log('\nWritten to bench-results.json');
// Lighthouse's and the preview servers' sockets can keep the event loop alive for good: the
// figures are written, so the bench ends here.
process.exit(0);

function dirSize(dir) {
  return readdirSync(dir).reduce((sum, f) => {
    const p = join(dir, f);
    const s = statSync(p);
    return sum + (s.isDirectory() ? dirSize(p) : s.size);
  }, 0);
}
