import { useId } from 'react';
import type { GraphGradientCheck } from '../../engine/graphCheck';
import { exponent, fixed4 } from '../../format/number';
import { useT } from './useT';

/** Below this relative error the backpropagated gradient and the finite difference agree. */
export const CHECK_TOLERANCE = 1e-6;

export interface GradientCheckTableProps {
  /** One row per parameter, in the order the scenario names them. */
  readonly rows: readonly GraphGradientCheck[];
  /** Each parameter's value, shown beside its name when given (a typed model's are not on screen elsewhere). */
  readonly values?: ArrayLike<number>;
  /** The scenario's words: what is checked against what, with the tolerance. */
  readonly hint: string;
  readonly caption: string;
}

/**
 * Each parameter's backpropagated gradient beside a central finite difference of the loss, with
 * their relative error: the network's hand-written chain rule and a typed model's graph are checked
 * the same way, in the same table.
 */
export function GradientCheckTable({ rows, values, hint, caption }: GradientCheckTableProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="panel gradient-check" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('math.check.heading')}</h2>
      <p className="field-hint">{hint}</p>
      {/* Focusable: on a phone the table scrolls sideways, and keyboards must reach it. */}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('math.check.region')}>
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('math.check.parameter')}</th>
              {values && <th scope="col">{t('math.check.value')}</th>}
              <th scope="col">{t('math.check.backprop')}</th>
              <th scope="col">{t('math.check.numeric')}</th>
              <th scope="col">{t('math.check.error')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              // A check that could not be made (a value not finite) reads as differing, never as NaN.
              const ok = row.error < CHECK_TOLERANCE;
              return (
                <tr key={row.name}>
                  <th scope="row">{row.name}</th>
                  {values && <td>{fixed4(values[i]!)}</td>}
                  <td>{fixed4(row.analytic)}</td>
                  <td>{fixed4(row.numeric)}</td>
                  <td className={ok ? 'check-ok' : 'check-bad'}>
                    {t(ok ? 'math.check.agrees' : 'math.check.differs', {
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
