import type { Data } from '../../engine/point';
import { unitOf } from '../../scenarios/scenario';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { fastest, stoppedByRule, type SweepRow } from '../../engine/forecast';
import { logSpaced, rateRange } from '../../engine/rateScale';
import { rateText } from '../../scenarios/forecastText';
import { useDescent } from '../../store/descentStore';
import { useActiveScenario, useActiveSettings } from '../../store/selectors';
import { SweepChart, type SweepPoint } from '../../charts/SweepChart';
import { useSweep } from './useSweep';
import { useT } from '../common/useT';
import { useDecimal } from '../common/useDecimal';
import { sweepWords } from './sweepWords';

// Data arrays are immutable in the store: their identity stands for their points in the key, which
// spelled out 100,000 of them on every render of the panel (a slider drag's).
const dataKeys = new WeakMap<Data, number>();
let dataKeyCount = 0;
function dataKey(data: Data): number {
  let key = dataKeys.get(data);
  if (key === undefined) dataKeys.set(data, (key = ++dataKeyCount));
  return key;
}

/** Rates tried, evenly spaced on the slider's log scale. */
export const SWEEP_RATES = 60;

function kindOf(row: SweepRow): SweepPoint['kind'] {
  return stoppedByRule(row) ? 'converged' : row.outcome.kind === 'diverging' ? 'diverges' : 'budget';
}

/**
 * How many steps a fresh run takes until its stopping rule, for rates across the slider's range:
 * where the fastest rate is, and where rates start to diverge. Recomputed (in a worker) when the
 * scenario, data, start or stopping settings change, never on a step or a new rate.
 */
export default function RateSweep() {
  const scenario = useActiveScenario();
  const settings = useActiveSettings();
  const setLearningRate = useDescent((s) => s.setLearningRate);
  const id = useId();
  const t = useT();
  const decimal = useDecimal();
  const title = t('controls.sweep.title');
  const bands = scenario.bands(settings);
  const range = rateRange(bands.divergesAbove, settings.learningRate);
  // The band limits join the evenly spaced rates: 1/(2n) lands the bias scenario on its minimum in
  // one step, and 2/λmax is where divergence starts.
  const rates = useMemo(
    () =>
      [...new Set([...logSpaced(range, SWEEP_RATES), bands.monotoneBelow, bands.divergesAbove])]
        .filter((r) => r >= range.min && r <= range.max)
        .sort((p, q) => p - q),
    [range.min, range.max, bands.monotoneBelow, bands.divergesAbove],
  );
  const budget = scenario.trainer.budget(settings);
  const settled = scenario.sweepRule;
  const unit = unitOf(scenario, settings);

  // Everything but the rate (and the race, which the sweep does not run) decides the rows.
  const { learningRate: _rate, race: _race, hyper: _hyper, data, ...rest } = settings;
  const key = `${scenario.id}|${rates.join(',')}|${dataKey(data)}|${JSON.stringify(rest)}`;
  // The sweep starts once the panel comes near the screen: a page opened on a long network run
  // does not share its two cores with a sweep nobody is looking at.
  const panel = useRef<HTMLElement>(null);
  const [seen, setSeen] = useState(typeof IntersectionObserver === 'undefined');
  const [tableOpen, setTableOpen] = useState(false);
  useEffect(() => {
    const element = panel.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setSeen(true), {
      rootMargin: '200px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  const sweep = useSweep(
    useDescent((s) => s.scenario),
    settings,
    rates,
    seen ? key : '',
  );

  const rows = sweep.rows.filter((r): r is SweepRow => r !== undefined);
  const points = useMemo(
    () => rows.map((r): SweepPoint => ({ rate: r.rate, steps: r.steps, kind: kindOf(r) })),
    [sweep],
  );
  const best = fastest(rows);
  const bestPoint = best ? (points.find((p) => p.rate === best.rate) ?? null) : null;
  const outcomeText = (row: SweepRow) => {
    switch (row.outcome.kind) {
      case 'converged':
        return t('controls.sweep.converges');
      case 'stopped':
        return row.outcome.why === 'settled'
          ? t('controls.sweep.stopsShort')
          : t('controls.sweep.notWithin', { budget, unit });
      case 'diverging':
        return t('controls.sweep.diverges');
      default:
        return t('controls.sweep.notWithin', { budget, unit });
    }
  };
  const rule = settled ? t(settled.words) : t('controls.sweep.untilRule');
  const about = { unit, rule, count: rates.length, min: rateText(range.min), max: rateText(range.max) };
  // Said only once every rate is in: a rate still running may yet reach the minimum.
  const none = !best && rows.length > 0 && sweep.done === sweep.total;
  const description = best
    ? t('controls.sweep.descriptionFastest', { ...about, rate: rateText(best.rate), steps: best.steps })
    : none
      ? t('controls.sweep.descriptionNone', about)
      : t('controls.sweep.description', about);

  return (
    <section ref={panel} className="panel rate-sweep" aria-labelledby={`${id}-heading`} data-lesson-target="sweep">
      <h2 id={`${id}-heading`}>{title}</h2>
      <p className="field-hint">{t('controls.sweep.hint', { unit, rule, budget })}</p>
      {sweep.done < sweep.total && (
        <div className="sweep-progress">
          <progress value={sweep.done} max={sweep.total} aria-label={t('controls.sweep.progress')} />
          <span>{t('controls.sweep.progressCount', { done: sweep.done, total: sweep.total })}</span>
        </div>
      )}
      <SweepChart
        title={title}
        description={description}
        points={points}
        range={range}
        budget={budget}
        current={settings.learningRate}
        fastest={bestPoint}
        noFastest={none ? t('controls.sweep.noneLabel') : null}
        yLabel={t('controls.sweep.yLabel', { unit })}
        words={sweepWords(t, unit, budget, rateText)}
        decimal={decimal}
        onPick={setLearningRate}
      />
      {/* Its rows are built only while it is open: each new sweep would otherwise rebuild 60 rows
          nobody sees. */}
      <details className="sweep-table" onToggle={(event) => setTableOpen(event.currentTarget.open)}>
        <summary>{t('controls.sweep.table')}</summary>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('controls.learningRate')}</th>
              <th scope="col">{t('controls.sweep.steps')}</th>
              <th scope="col">{t('controls.sweep.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {(tableOpen ? rows : []).map((row) => (
              <tr key={row.rate}>
                <td>{rateText(row.rate)}</td>
                <td>{row.steps}</td>
                <td>{outcomeText(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {none && <p className="field-hint">{t('controls.sweep.none', { budget, unit })}</p>}
      </details>
    </section>
  );
}
