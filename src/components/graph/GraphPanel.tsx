import { MAX_POINTS } from '../../scenarios/data';
import { memo, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { evaluateGraph, parameterValues, type Graph, type GraphEvaluation, type Op } from '../../engine/graph';
import type { Sample } from '../../engine/graphLoss';
import { fixed4 } from '../../format/number';
import type { MessageKey } from '../../i18n/i18n';
import type { CommonSettings, Scenario } from '../../scenarios/scenario';
import { GraphDiagram, type DiagramEdge, type DiagramNode } from '../../charts/GraphDiagram';
import { useAfterPaint } from '../common/useAfterPaint';
import { useCalmValue } from '../common/useCalmValue';
import { useT, type Translate } from '../common/useT';
import { drawnGraph } from './drawnGraph';
import { GraphTable } from './GraphTable';
import { backwardLine, edgeLine, forwardLine, nodeLabels, outgoingEdges } from './graphText';
import { useGraphWalk } from './useGraphWalk';

export interface GraphPanelProps<S extends CommonSettings, T> {
  readonly scenario: Scenario<S, T>;
  readonly settings: S;
  /** The last step taken (the shown moment's): the graph stands where the next step starts. */
  readonly last: T | null;
}

const LEAF_WORDS: Partial<Record<Op, MessageKey>> = {
  parameter: 'graph.kind.parameter',
  input: 'graph.kind.input',
  constant: 'graph.kind.constant',
};

const OP_SIGNS: Partial<Record<Op, string>> = {
  add: '+',
  sub: '−',
  mul: '×',
  div: '÷',
  neg: '−',
  square: 'x²',
  sum: 'Σ',
  exp: 'exp',
  log: 'ln',
  sqrt: '√',
  abs: '|x|',
  tanh: 'tanh',
  sigmoid: 'σ',
  softplus: 'softplus',
  relu: 'relu',
};

function opWord(graph: Graph, id: number, t: Translate): string {
  const node = graph.nodes[id]!;
  const leaf = LEAF_WORDS[node.op];
  if (leaf) return t(leaf);
  if (node.op === 'mean') return t('graph.op.mean');
  if (node.op === 'pow') return `x^${node.exponent}`;
  return OP_SIGNS[node.op] ?? node.op;
}

type Built = { readonly graph: Graph } | { readonly error: string };

/**
 * The scenario's loss as a computational graph: the drawing (values forward, gradients back), a
 * walk-through narrated with live numbers, and the table of every node. It follows the shown
 * moment: the parameters where the next step starts, so its parameter gradients are that step's.
 */
export default function GraphPanel<S extends CommonSettings, T>(props: GraphPanelProps<S, T>) {
  const t = useT();
  const headingId = useId();
  const [open, setOpen] = useState(true);
  // Opening or closing draws the panel anew, button included: the new button takes the focus the
  // pressed one had, so a keyboard user stays where they were.
  const toggled = useRef(false);
  // A fast run changes the numbers per frame: they are read (and computed) at most a few times a
  // second.
  const moment = useCalmValue(
    useMemo(() => ({ settings: props.settings, last: props.last }), [props.settings, props.last]),
  );
  // Kept while nothing it shows changes, so a Step's render passes the drawing by (see OpenGraphPanel).
  const button = useMemo(() => {
    const toggle = () => {
      toggled.current = true;
      setOpen((was) => !was);
    };
    const focusIfToggled = (element: HTMLButtonElement | null) => {
      if (element && toggled.current) {
        toggled.current = false;
        element.focus();
      }
    };
    return (
      <button type="button" className="graph-toggle" aria-expanded={open} onClick={toggle} ref={focusIfToggled}>
        {t(open ? 'graph.hide' : 'graph.show')}
      </button>
    );
  }, [open, t]);
  // A teacher may hide it; closed, it costs a Step nothing.
  if (!open) {
    return (
      <section className="panel graph-panel" aria-labelledby={headingId} data-lesson-target="graph">
        <div className="panel-header">
          <h2 id={headingId}>{t('graph.heading')}</h2>
          {button}
        </div>
        <p className="field-hint">{t('graph.closedHint')}</p>
      </section>
    );
  }
  return (
    <CalmGraphPanel
      scenario={props.scenario}
      settings={moment.settings}
      last={moment.last}
      headingId={headingId}
      toggle={button}
    />
  );
}

// Memoised on the calm moment: while a fast run plays, the panel is passed by between its few
// updates a second instead of rendering (and scheduling its after-paint update) every frame.
const CalmGraphPanel = memo(OpenGraphPanel) as typeof OpenGraphPanel;

export function OpenGraphPanel<S extends CommonSettings, T>({
  scenario,
  settings,
  last,
  headingId,
  toggle,
}: GraphPanelProps<S, T> & { readonly headingId: string; readonly toggle: ReactNode }) {
  const t = useT();
  const [chosen, setChosen] = useState<Sample>('all');
  // The Step's (or the slider's) own render leaves the panel as it was and is painted first; the
  // panel follows in a render of its own just after the paint. Redrawn in the same render, its
  // nodes' numbers and its table raised a Step's p95 by about 6 ms, for a panel mostly below the
  // fold; deferred with useDeferredValue, React often ran that render before the paint (painted
  // frame p95 18.4 -> 25.5 ms).
  const moment = useMemo(() => ({ settings, last }), [settings, last]);
  const { settings: shownSettings, last: shownLast } = useAfterPaint(moment);
  // Its new numbers are laid out in that render's own task: left to the next frame, the layout
  // would fall to whatever comes first in it, often the next Step.
  useLayoutEffect(() => {
    document.body.getBoundingClientRect();
  }, [shownSettings, shownLast]);
  // A scenario without data (a surface f(x, y)) has one loss, no points to choose from.
  const points = scenario.noData ? 0 : shownSettings.data.length;
  // A whole table's graph would be six nodes a point: over MAX_POINTS it shows one point's chain.
  const sample: Sample = chosen === 'all' || chosen >= points ? (points > MAX_POINTS ? 0 : 'all') : chosen;
  const spec = scenario.graph!;
  const built = useMemo((): Built => {
    try {
      return { graph: spec.build(shownSettings, sample) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [spec, shownSettings, sample]);
  const values = useMemo(() => spec.values(shownSettings, shownLast ?? undefined), [spec, shownSettings, shownLast]);
  if ('error' in built) {
    return (
      <section className="panel graph-panel" aria-labelledby={headingId} data-lesson-target="graph">
        <div className="panel-header">
          <h2 id={headingId}>{t('graph.heading')}</h2>
          {toggle}
        </div>
        <p role="alert">{t('graph.failed', { reason: built.error })}</p>
      </section>
    );
  }
  return (
    <GraphBody
      graph={built.graph}
      values={values}
      sample={sample}
      onSample={setChosen}
      points={points}
      headingId={headingId}
      toggle={toggle}
      t={t}
    />
  );
}

interface GraphBodyProps {
  readonly graph: Graph;
  readonly values: Readonly<Record<string, number>>;
  readonly sample: Sample;
  readonly onSample: (sample: Sample) => void;
  readonly points: number;
  readonly headingId: string;
  /** The button that closes the panel, in its header. */
  readonly toggle: ReactNode;
  readonly t: Translate;
}

// Memoised: while the deferred numbers are unchanged, the urgent render of a Step skips it whole.
const GraphBody = memo(function GraphBody({
  graph,
  values,
  sample,
  onSample,
  points,
  headingId,
  toggle,
  t,
}: GraphBodyProps) {
  const labels = useMemo(() => nodeLabels(graph), [graph]);
  const outgoing = useMemo(() => outgoingEdges(graph), [graph]);
  const drawn = useMemo(() => drawnGraph(graph), [graph]);
  const links = useMemo(() => drawn.links.map(({ from, to }) => ({ from, to })), [drawn]);
  const parameters = parameterValues(graph, values);
  const key = Array.from(parameters).join(',');
  // Keyed on the numbers, not the record's identity: a re-render with the same values reuses it.
  const evaluation = useMemo(() => evaluateGraph(graph, parameters), [graph, key]);
  const forwardSteps = useMemo(() => drawn.nodes.filter((id) => id >= 0), [drawn]);
  const backwardSteps = useMemo(() => forwardSteps.slice().reverse(), [forwardSteps]);
  const { walk, press, play, playing } = useGraphWalk(forwardSteps.length, drawn);
  const lossLabel = labels[graph.loss]!;

  const currentId =
    walk.pass === 'forward' ? forwardSteps[walk.at]! : walk.pass === 'backward' ? backwardSteps[walk.at]! : null;
  const current = currentId === null ? null : drawn.nodes.indexOf(currentId);
  // What the drawing has revealed: values up to the forward walk's node, gradients down to the backward's.
  const valueShown = (position: number) =>
    walk.pass !== 'forward' || forwardSteps.indexOf(drawn.nodes[position]!) <= walk.at;
  const gradientShown = (position: number) =>
    walk.pass === 'backward'
      ? backwardSteps.indexOf(drawn.nodes[position]!) <= walk.at
      : walk.gradients && walk.pass === null;

  const nodes: DiagramNode[] = drawn.nodes.map((id, position) => {
    if (id < 0) {
      const more = t('graph.more', { count: drawn.hiddenPoints });
      return {
        label: more,
        op: '',
        value: null,
        gradient: null,
        kind: 'more',
        formula: t('graph.more.formula', { count: drawn.hiddenPoints, loss: lossLabel }),
      };
    }
    const node = graph.nodes[id]!;
    const kind: DiagramNode['kind'] =
      id === graph.loss
        ? 'loss'
        : node.op === 'parameter'
          ? 'parameter'
          : node.op === 'input'
            ? 'data'
            : node.op === 'constant'
              ? 'constant'
              : 'operation';
    return {
      label: labels[id]!,
      op: opWord(graph, id, t),
      value: valueShown(position) ? `= ${fixed4(evaluation.values[id]!)}` : null,
      gradient: gradientShown(position) ? `∂ ${fixed4(evaluation.gradients[id]!)}` : null,
      kind,
      formula: t('graph.nodeFormula', {
        line: forwardLine(graph, labels, evaluation.values, id),
        gradient: `∂${lossLabel}/∂${labels[id]} = ${fixed4(evaluation.gradients[id]!)}`,
      }),
    };
  });
  // The box's arrow stands for each hidden point's edge into the loss: all share one local derivative.
  const lastEdge = graph.edgeStart[graph.loss + 1]! - 1;
  const edges: DiagramEdge[] = drawn.links.map(({ edge }) =>
    edge < 0
      ? {
          label: fixed4(evaluation.local[lastEdge]!),
          formula: `∂${lossLabel}/∂(${t('graph.more', { count: drawn.hiddenPoints })}) = ${fixed4(evaluation.local[lastEdge]!)}`,
        }
      : { label: fixed4(evaluation.local[edge]!), formula: edgeLine(graph, labels, evaluation, edge) },
  );

  const parameterNames = graph.parameters.map((p) => p.name).join(t('scenario.listSeparator'));
  const title =
    drawn.hiddenPoints > 0
      ? t('graph.titleCollapsed', {
          loss: lossLabel,
          count: forwardSteps.length,
          hidden: drawn.hiddenPoints,
          parameters: parameterNames,
        })
      : t('graph.title', { loss: lossLabel, count: forwardSteps.length, parameters: parameterNames });

  const narration = narrate(walk, {
    graph,
    labels,
    evaluation,
    outgoing,
    forwardSteps,
    backwardSteps,
    lossLabel,
    t,
  });

  return (
    <section className="panel graph-panel" aria-labelledby={headingId} data-lesson-target="graph">
      <div className="panel-header">
        <h2 id={headingId}>{t('graph.heading')}</h2>
        {points > 0 && (
          <label className="graph-sample">
            {t('graph.sample')}{' '}
            <select
              value={sample === 'all' ? 'all' : String(sample)}
              onChange={(e) => onSample(e.target.value === 'all' ? 'all' : Number(e.target.value))}
            >
              <option value="all" disabled={points > MAX_POINTS}>
                {t('graph.sample.all')}
              </option>
              {Array.from({ length: Math.min(points, MAX_POINTS) }, (_, i) => (
                <option key={i} value={i}>
                  {t('graph.sample.point', { index: i + 1 })}
                </option>
              ))}
            </select>
          </label>
        )}
        {toggle}
      </div>
      <p className="field-hint">
        {t('graph.hint', { loss: lossLabel })}
        {points > MAX_POINTS && ` ${t('graph.sample.tooMany', { count: points, max: MAX_POINTS })}`}
      </p>
      <div className="graph-controls">
        <button type="button" onClick={() => press('forward')} aria-pressed={walk.pass === 'forward'}>
          {t('graph.forward')}
        </button>
        <button type="button" onClick={() => press('backward')} aria-pressed={walk.pass === 'backward'}>
          {t('graph.backward')}
        </button>
        <button type="button" onClick={play}>
          {playing ? t('graph.pause') : t('graph.play')}
        </button>
      </div>
      <section className="graph-narration" aria-label={t('graph.narration')} aria-live="polite" aria-atomic="true">
        {narration}
      </section>
      <GraphDiagram title={title} nodes={nodes} links={links} edges={edges} current={current} />
      <GraphTable graph={graph} labels={labels} evaluation={evaluation} t={t} opWord={(id) => opWord(graph, id, t)} />
    </section>
  );
});

interface NarrationContext {
  readonly graph: Graph;
  readonly labels: readonly string[];
  readonly evaluation: GraphEvaluation;
  readonly outgoing: readonly (readonly number[])[];
  readonly forwardSteps: readonly number[];
  readonly backwardSteps: readonly number[];
  readonly lossLabel: string;
  readonly t: Translate;
}

function narrate(walk: ReturnType<typeof useGraphWalk>['walk'], c: NarrationContext): string {
  const { graph, labels, evaluation, t } = c;
  if (walk.pass === 'forward') {
    const id = c.forwardSteps[walk.at]!;
    return t('graph.narration.forward', {
      index: walk.at + 1,
      count: c.forwardSteps.length,
      line: forwardLine(graph, labels, evaluation.values, id),
    });
  }
  if (walk.pass === 'backward') {
    const id = c.backwardSteps[walk.at]!;
    return t('graph.narration.backward', {
      index: walk.at + 1,
      count: c.backwardSteps.length,
      line: backwardLine(graph, labels, evaluation, c.outgoing, id),
    });
  }
  if (walk.finished === 'forward') {
    return t('graph.narration.forwardDone', { line: `${c.lossLabel} = ${fixed4(evaluation.loss)}` });
  }
  if (walk.finished === 'backward') {
    const gradients = graph.parameters
      .map((p, i) => `∂${c.lossLabel}/∂${p.name} = ${fixed4(evaluation.parameterGradients[i]!)}`)
      .join(t('scenario.listSeparator'));
    return t('graph.narration.backwardDone', { gradients });
  }
  return t('graph.narration.idle', { loss: c.lossLabel });
}
