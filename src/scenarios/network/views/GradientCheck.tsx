import { PARAMETERS, type NetworkParams } from '../../../engine/backprop';
import { numericGradient, relativeError } from '../../../engine/gradientCheck';
import type { Data } from '../../../engine/point';
import { fixed4 } from '../../../format/number';
import { useT } from '../../../components/common/useT';
import { exponent } from '../../../format/number';

const TOLERANCE = 1e-6;

/** Each analytic gradient against a central finite difference of the SSR, with the relative error. */
export function GradientCheck({
  data,
  params,
  gradient,
}: {
  data: Data;
  params: NetworkParams;
  gradient: NetworkParams;
}) {
  const t = useT();
  return (
    <section className="panel gradient-check" aria-labelledby="gradient-check-heading">
      <h2 id="gradient-check-heading">{t('network.check.heading')}</h2>
      <p className="field-hint">{t('network.check.hint', { tolerance: exponent(TOLERANCE, 0) })}</p>
      {/* Focusable: on a phone the table scrolls sideways, and keyboards must reach it. */}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('network.check.region')}>
        <table>
          <caption className="visually-hidden">{t('network.check.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('network.check.parameter')}</th>
              <th scope="col">{t('network.check.backprop')}</th>
              <th scope="col">{t('network.check.numeric')}</th>
              <th scope="col">{t('network.check.error')}</th>
            </tr>
          </thead>
          <tbody>
            {PARAMETERS.map((name) => {
              const numeric = numericGradient(data, params, name);
              const error = relativeError(gradient[name], numeric);
              return (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td>{fixed4(gradient[name])}</td>
                  <td>{fixed4(numeric)}</td>
                  <td className={error < TOLERANCE ? 'check-ok' : 'check-bad'}>
                    {t(error < TOLERANCE ? 'network.check.agrees' : 'network.check.differs', {
                      error: exponent(error, 1),
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
