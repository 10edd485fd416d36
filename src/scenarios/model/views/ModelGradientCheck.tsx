import { useMemo } from 'react';
import type { Graph, ReadonlyNumbers } from '../../../engine/graph';
import { graphGradientCheck } from '../../../engine/graphCheck';
import { exponent, fixed4 } from '../../../format/number';
import { useT } from '../../../components/common/useT';

const TOLERANCE = 1e-6;

/**
 * Each parameter's gradient from the graph's backward pass against a central finite difference of
 * the loss, as the network scenario's check does for its hand-written chain rule.
 */
export function ModelGradientCheck({
  graph,
  params,
  gradient,
  loss,
}: {
  graph: Graph;
  params: ReadonlyNumbers;
  gradient: ReadonlyNumbers;
  loss: string;
}) {
  const t = useT();
  const rows = useMemo(() => graphGradientCheck(graph, params, gradient), [graph, params, gradient]);
  return (
    <section className="panel gradient-check" aria-labelledby="model-check-heading">
      <h2 id="model-check-heading">{t('model.check.heading')}</h2>
      <p className="field-hint">{t('model.check.hint', { loss, tolerance: exponent(TOLERANCE, 0) })}</p>
      {/* Focusable: on a phone the table scrolls sideways, and keyboards must reach it. */}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('model.check.region')}>
        <table>
          <caption className="visually-hidden">{t('model.check.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('model.check.parameter')}</th>
              <th scope="col">{t('model.check.value')}</th>
              <th scope="col">{t('model.check.backprop')}</th>
              <th scope="col">{t('model.check.numeric')}</th>
              <th scope="col">{t('model.check.error')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              // A check that could not be made (a value not finite) reads as differing, never as NaN.
              const ok = row.error < TOLERANCE;
              return (
                <tr key={row.name}>
                  <th scope="row">{row.name}</th>
                  <td>{fixed4(params[i]!)}</td>
                  <td>{fixed4(row.analytic)}</td>
                  <td>{fixed4(row.numeric)}</td>
                  <td className={ok ? 'check-ok' : 'check-bad'}>
                    {t(ok ? 'model.check.agrees' : 'model.check.differs', {
                      error: Number.isFinite(row.error) ? exponent(row.error, 1) : '—',
                    })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
