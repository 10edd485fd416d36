// Bench entry: the engine figures, run in Node on one core. Bundled by run.mjs, not by the app.
import { STATQUEST_PARAMS, stepNetwork } from '../../src/engine/backprop';
import { biasProblem, stepBias } from '../../src/engine/bias';
import { stepLinreg } from '../../src/engine/linreg';
import { advance, emptyHistory } from '../../src/engine/training';
import { parameterValues } from '../../src/engine/graph';
import { modelLossGraph, surfaceGraph } from '../../src/engine/graphLoss';
import { stepModel } from '../../src/engine/model';
import { READY_MODELS } from '../../src/scenarios/model/readyModels';
import { BIAS_DATA } from '../../src/scenarios/bias/bias';
import { linregScenario } from '../../src/scenarios/linreg/linreg';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { OpenGraphPanel } from '../../src/components/graph/GraphPanel';
import { activateLanguage } from '../../src/i18n/i18n';
import { parseSurface } from '../../src/scenarios/expression';
import { surfaceScenario } from '../../src/scenarios/surface/surface';
import { surfaceLab } from '../../src/scenarios/surface/surfaceLab';
import { mapGrid } from '../../src/scenarios/surface/views/surfaceMap';
import { lossGrid } from '../../src/scenarios/linreg/lossGrid';
import type { LossGrid } from '../../src/engine/lossGrid';
import { colourDomainOf, contourBands, logThresholds } from '../../src/charts/contours';
import { LessonRegion } from '../../src/components/lessons/LessonRegion';
import { LESSONS } from '../../src/components/lessons/library';
import { EMPTY_PROGRESS } from '../../src/components/lessons/progress';

function rate(run: (n: number) => number, target = 0.5): { perSecond: number; checksum: number } {
  let n = 1000;
  for (;;) {
    const start = performance.now();
    const checksum = run(n);
    const seconds = (performance.now() - start) / 1000;
    if (seconds > target) return { perSecond: n / seconds, checksum };
    n *= 2;
  }
}

export function biasStepsPerSecond() {
  const problem = biasProblem(BIAS_DATA);
  rate((n) => loop(n), 0.2); // warm-up
  return rate(loop);
  function loop(n: number) {
    // A rate so small that b3 keeps moving: every iteration is a real step.
    let b3 = 0;
    for (let i = 1; i <= n; i++) b3 = stepBias(problem, b3, 1e-7, i).newB3;
    return b3;
  }
}

export function linregEpochsPerSecond(m: number) {
  const data = Array.from({ length: m }, (_, i) => ({ x: (i % 10) + 1, y: 2 * ((i % 10) + 1) + (i % 3) - 1 }));
  const schedule = { learningRate: 1e-4, batchSize: m, seed: 1 };
  const loop = (n: number) => {
    let params = { w: 0, b: 0 };
    for (let e = 0; e < n; e++) {
      const step = stepLinreg(data, params, schedule, e);
      params = { w: step.newW, b: step.newB };
    }
    return params.w;
  };
  rate(loop, 0.2);
  return rate(loop);
}

/** Through the store's path: advance() with judging and an immutable history, 100,000 epochs. */
export function linregTrainToEndSeconds() {
  const settings = { ...linregScenario.defaults, epochs: 100000 };
  const start = performance.now();
  const { history } = advance(
    linregScenario.trainer,
    settings,
    emptyHistory(linregScenario.trainer, settings),
    settings.epochs,
  );
  return { seconds: (performance.now() - start) / 1000, epochs: history.length };
}

/** The network scenario with all seven parameters training (a forward and backward pass per step). */
export function networkStepsPerSecond() {
  const trained = ['w1', 'b1', 'w2', 'b2', 'w3', 'w4', 'b3'] as const;
  const loop = (n: number) => {
    let params = STATQUEST_PARAMS;
    for (let i = 1; i <= n; i++) params = stepNetwork(BIAS_DATA, params, trained, 1e-4, i).newParams;
    return params.b3;
  };
  rate(loop, 0.2);
  return rate(loop);
}

/**
 * The computational graph panel for a 33-node graph (linreg's MSE over 5 points): build, evaluate,
 * label, lay out and render the panel's markup (drawing and table), each time for a fresh data
 * array so no cached graph is reused: the open panel, as drawn on first load. Markup, not paint: the browser’s share is in the Step rows.
 */
export function graphPanelMs() {
  // No compiled catalog in this bundle: each text is its key (about as long as its words), and
  // Lingui's warning about that, once per text, is silenced for the measurement.
  activateLanguage('en');
  const warn = console.warn;
  console.warn = () => {};
  try {
    return measureGraphPanel();
  } finally {
    console.warn = warn;
  }
}

function measureGraphPanel() {
  const settings = linregScenario.defaults;
  const once = () => {
    const data = settings.data.map((p) => ({ ...p }));
    const start = performance.now();
    const html = renderToString(
      createElement(OpenGraphPanel, {
        scenario: linregScenario,
        settings: { ...settings, data },
        last: null,
        headingId: 'graph',
        toggle: null,
      }),
    );
    return { ms: performance.now() - start, size: html.length };
  };
  for (let i = 0; i < 20; i++) once();
  const times = Array.from({ length: 200 }, () => once().ms).sort((a, b) => a - b);
  const nodes = linregScenario.graph!.build(settings, 'all').forwardOrder.length;
  return { p50: times[100]!, p95: times[190]!, nodes };
}

/** The model scenario with StatQuest's network typed in: a step is a forward and backward pass of its loss graph. */
export function modelStepsPerSecond() {
  const ready = READY_MODELS.find((m) => m.id === 'statquest')!;
  const graph = modelLossGraph(ready.formula.expression, BIAS_DATA, 'ssr');
  const start = parameterValues(graph, ready.start);
  const loop = (n: number) => {
    let params: ArrayLike<number> = start;
    for (let i = 1; i <= n; i++) params = stepModel(graph, params, 1e-4, i).newParams;
    return params[0]!;
  };
  rate(loop, 0.2);
  return rate(loop);
}

/**
 * p95 of a contour map recomputed as when the view moves: `gridAt(k)` makes the k-th run's grid,
 * then the filled contours d3 draws from it. The first 10 runs warm up and are not counted.
 */
function contourRecomputeP95(runs: number, gridAt: (k: number) => LossGrid): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    const grid = gridAt(k);
    const thresholds = logThresholds(grid.values, 16);
    const bands = contourBands(
      grid,
      thresholds,
      colourDomainOf(thresholds)!,
      (v) => v * 50,
      (v) => v * 50,
    );
    if (bands.length === 0) throw new Error('no contours');
    if (k >= 10) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(0.95 * times.length)]!;
}

/**
 * The loss-surface lab's map of an own formula, recomputed as when the view moves: f on the 64×64
 * grid through the formula's graph, then the filled contours d3 draws from it (p95 of 40 runs).
 */
export function surfaceContourMs() {
  const parsed = parseSurface('log(1 + (x^2 + y - 11)^2 + (x + y^2 - 7)^2) + 0.1*tanh(x*y) + sqrt(1 + x^2)');
  if (!parsed.ok) throw new Error('the bench formula must parse');
  const graph = surfaceGraph(parsed.expression);
  const p95 = contourRecomputeP95(50, (k) => {
    const shift = k * 0.01;
    return mapGrid(parsed.expression, [-5 + shift, 5 + shift], [-5, 5]).grid;
  });
  return { p95, nodes: graph.nodes.length };
}

/**
 * The linreg loss contour over 100,000 points (issue 28's size): the grid from the data's moments,
 * then its bands, as the chart redraws them when the view moves. Its cost should not grow with m.
 */
export function linregContourMs(m = 100_000) {
  const data = Array.from({ length: m }, (_, k) => ({ x: k / 1000, y: 2 * (k / 1000) + Math.sin(k) }));
  const p95 = contourRecomputeP95(40, (k) => {
    const shift = (k % 5) * 0.01;
    return lossGrid(data, [1 + shift, 3 + shift], [-2, 2]);
  });
  return { p95, points: m };
}

/** Main-run steps of the lab through the trainer (Adam on Rosenbrock, graph gradients). */
export function surfaceStepsPerSecond() {
  const settings = { ...surfaceScenario.defaults, optimizer: 'adam' as const };
  const { trainer } = surfaceLab;
  const loop = (n: number) => {
    let previous;
    for (let i = 0; i < n; i++) previous = trainer.step(settings, previous, i);
    return previous!.newX;
  };
  rate(loop, 0.2);
  return rate(loop);
}

/**
 * Opening a lesson card: the Lesson region rendered for each card of every lesson in turn (its
 * text, task, question or challenge, with their checks run once against the store), p95 per card.
 */
export function lessonCardMs() {
  activateLanguage('en');
  const warn = console.warn;
  console.warn = () => {};
  try {
    const cards = LESSONS.flatMap((lesson) => lesson.cards.map((_, i) => ({ lesson, card: i + 1 })));
    const once = ({ lesson, card }: (typeof cards)[number]) => {
      const start = performance.now();
      renderToString(
        createElement(LessonRegion, {
          lesson,
          card,
          progress: EMPTY_PROGRESS,
          focusToken: 0,
          go: () => undefined,
          finish: () => undefined,
          leave: () => undefined,
          taskDone: () => undefined,
          challengeMet: () => undefined,
        }),
      );
      return performance.now() - start;
    };
    for (let i = 0; i < 5; i++) cards.forEach(once);
    const times = Array.from({ length: 10 }, () => cards.map(once))
      .flat()
      .sort((a, b) => a - b);
    return { p95: times[Math.floor(times.length * 0.95)]!, cards: cards.length };
  } finally {
    console.warn = warn;
  }
}

// The 100,000-row table of the unit tests, for the browser's import figures.
export { bigTableCsv } from '../unit/fixtures/bigTable';
