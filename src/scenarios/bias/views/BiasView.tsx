import { lazy, memo, Suspense, useMemo } from 'react';
import { optimalB3, ssrAt, type BiasProblem } from '../../../engine/bias';
import { networkOutput } from '../../../engine/statquestNetwork';
import { fixed4, plain, short } from '../../../format/number';
import { biasScenario, problemFor } from '../bias';
import type { WhatIf } from '../../../charts/WhatIfMarks';
import { SsrChart, TRAIL_LIMIT } from '../../../charts/SsrChart';
import { dataXDomain, paddedExtent, sampleFunction } from '../../../charts/extent';
import { useFollowingDomain } from '../../../charts/useStableDomain';
import { useDescent } from '../../../store/descentStore';
import { ChartFrame } from '../../../components/common/ChartFrame';
import { DataFitChart } from '../../../components/data/DataFitChart';
import { useScenarioView } from '../../../components/common/useScenarioView';
import { LazyGraphPanel } from '../../../components/graph/LazyGraphPanel';

// The chain rule comes in its own chunk with the formula code: it typesets with a typesetter that
// loads lazily anyway, and the first page load stays within its budget.
// It starts loading with the view, not after the view's first render.
const derivation = import('./BiasDerivation');
const Derivation = memo(lazy(() => derivation.then((m) => ({ default: m.BiasDerivation }))));

/** How many of the latest visited b3 the SSR view holds besides the current one and the minimum. */
const VIEW_WINDOW = 5;

/** The network's curve at b3 = 0: any b3 only lifts it by b3. */
function fitShape(problem: BiasProblem, xDomain: [number, number]) {
  return sampleFunction((x) => networkOutput(problem.weights, 0, x), xDomain, 121);
}

/** The bias scenario: SSR against b3, the data with the network's fit, and the chain rule. */
export default function BiasView() {
  const run = useDescent((s) => s.runs.bias);
  const { settings, history, cursor } = run;
  // Every panel describes the current b3 and the step Step takes from it; the last step taken is
  // the glide into the dot, the history's newest row and the status.
  const view = useScenarioView(biasScenario, run);
  const { t, decimal, editing, asking, last: latest, next: pending, calmNext, halted } = view;
  const guess = useDescent((s) => (s.asking ? s.guess : null));
  const setGuess = useDescent((s) => s.setGuess);
  const problem = problemFor(settings.data);
  const best = useMemo(() => optimalB3(problem), [problem]);
  const currentB3 = pending.b3;

  // The view holds the minimum, the current b3 and the latest ones visited. It stays still while
  // they fit (scrubbing, an ordinary run) and comes back to the recent path once the far points of
  // a divergence are no longer among them; a fresh run starts from the minimum and the start.
  const recent = useMemo(() => {
    const values = [best, currentB3];
    for (let i = Math.max(0, cursor - VIEW_WINDOW); i < cursor; i++) values.push(history.value(i, 0));
    return values;
  }, [best, currentB3, history, cursor]);
  const domain = useFollowingDomain(
    useMemo(() => paddedExtent(recent, 0.12, 4), [recent]),
    [settings.data, settings.b3],
    cursor === 0,
    useMemo(() => [Math.min(...recent), Math.max(...recent)] as const, [recent]),
  );
  const curve = useMemo(() => sampleFunction((b) => ssrAt(problem, b), domain, 161), [problem, domain]);
  // The points the chart draws (the last TRAIL_LIMIT visited, oldest first): each b3 as stored
  // and its SSR from the history's cached column, not every one of those steps replayed per click.
  const trail = useMemo(() => {
    const first = Math.max(0, cursor - TRAIL_LIMIT);
    const ssr = history.derived('ssr', (step) => step.ssr);
    return Array.from({ length: cursor - first }, (_, k) => ({ x: history.value(first + k, 0), y: ssr[first + k]! }));
  }, [history, cursor]);

  const xDomain = useMemo(() => dataXDomain(settings.data), [settings.data]);
  // b3 only lifts the network's curve: one shape, lifted to each b3 by the chart.
  const shape = useMemo(() => fitShape(problem, xDomain), [problem, xDomain]);
  const lift = useMemo(() => ({ now: currentB3, before: latest?.b3 ?? currentB3 }), [currentB3, latest]);

  const currentSsr = pending.ssr;
  // While a learning rate is being chosen: where its next steps go, and the fit after the first.
  const whatIf = useMemo((): { ssr: WhatIf; fit: WhatIf } | null => {
    if (!view.whatIf) return null;
    const { first, end, path, count, rate } = view.whatIf;
    return {
      ssr: {
        points: [[first.b3, first.ssr], ...path.map((s) => [s.newB3, ssrAt(problem, s.newB3)] as const)],
        label: t('bias.view.whatIfSsr', {
          count,
          rate,
          from: fixed4(first.b3),
          to: fixed4(end.newB3),
        }),
      },
      fit: {
        points: shape.map(([x, y]) => [x, y + first.newB3] as const),
        label: t('bias.view.whatIfFit', { rate, b3: fixed4(first.newB3) }),
      },
    };
  }, [view.whatIf, problem, shape, t]);
  const caption = t('bias.view.caption', {
    iteration: cursor,
    b3: fixed4(currentB3),
    ssr: fixed4(currentSsr),
    rate: plain(settings.learningRate),
  });
  const ssrTitle = t('bias.view.ssrTitle');
  const fitTitle = t('scenario.fitTitle.statquest');
  const shown =
    settings.data.length > 6 ? [...pending.predictions.slice(0, 6).map(fixed4), '…'] : pending.predictions.map(fixed4);
  return (
    <div className="scenario-view">
      <div className="charts">
        <ChartFrame title={ssrTitle} slug="ssr" caption={caption}>
          <SsrChart
            title={ssrTitle}
            description={t('bias.view.ssrDescription', {
              lowest: short(ssrAt(problem, best)),
              best: fixed4(best),
              b3: fixed4(currentB3),
              ssr: fixed4(currentSsr),
              slope: fixed4(pending.gradient),
            })}
            curve={curve}
            domain={domain}
            trail={trail}
            current={{ x: currentB3, y: currentSsr }}
            tangent={{
              x: pending.b3,
              y: pending.ssr,
              slope: pending.gradient,
              label: t('bias.view.tangent', { slope: fixed4(pending.gradient) }),
            }}
            minimum={{ x: best, y: ssrAt(problem, best), label: t('bias.view.minimum', { best: fixed4(best) }) }}
            currentLabel={t('bias.view.current', { b3: fixed4(currentB3) })}
            guess={guess === null ? null : currentB3 + guess}
            guessLabel={t('charts.ssr.guess')}
            decimal={decimal}
            onPick={asking ? (b3) => setGuess(b3 - currentB3) : undefined}
            whatIf={whatIf?.ssr}
            xLabel={t('bias.view.xAxis')}
            yLabel="SSR"
          />
        </ChartFrame>
        <DataFitChart
          slug="fit"
          caption={caption}
          title={fitTitle}
          description={t('bias.view.fitDescription', {
            count: settings.data.length,
            b3: fixed4(currentB3),
            predictions: shown.join(t('scenario.listSeparator')),
          })}
          points={settings.data}
          predictions={pending.predictions}
          curve={shape}
          previousCurve={latest ? shape : null}
          lift={lift}
          xDomain={xDomain}
          xLabel={t('scenario.axis.dosage')}
          yLabel={t('scenario.axis.efficacy')}
          curveLabel={t('bias.view.curve', { b3: short(currentB3) })}
          viewKey={settings}
          whatIf={whatIf?.fit}
          editing={editing}
        />
      </div>
      <Suspense fallback={<p className="panel derivation-loading">{t('bias.view.loading')}</p>}>
        <Derivation step={calmNext} halted={halted} hideAnswer={view.hideAnswer} data={settings.data} />
      </Suspense>
      <LazyGraphPanel scenario={biasScenario} settings={settings} last={latest} />
    </div>
  );
}
