import { PARAMETERS, type NetworkParams } from '../../../engine/backprop';
import { numericGradient, relativeError } from '../../../engine/gradientCheck';
import type { Data } from '../../../engine/point';
import { fixed4 } from '../../../format/number';

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
  return (
    <section className="panel gradient-check" aria-labelledby="gradient-check-heading">
      <h2 id="gradient-check-heading">Gradient check</h2>
      <p className="field-hint">
        Backpropagation against (SSR(p + h) − SSR(p − h)) / 2h with h = 10⁻⁶·max(1, |p|): agreement below{' '}
        {TOLERANCE.toExponential(0)} means the chain rule above is right. Both are taken at the current parameters,
        where the next step starts.
      </p>
      {/* Focusable: on a phone the table scrolls sideways, and keyboards must reach it. */}
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Gradient check, scrollable sideways">
        <table>
          <caption className="visually-hidden">Analytic and numeric gradients</caption>
          <thead>
            <tr>
              <th scope="col">Parameter</th>
              <th scope="col">Backpropagation</th>
              <th scope="col">Finite difference</th>
              <th scope="col">Relative error</th>
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
                    {error.toExponential(1)} {error < TOLERANCE ? '✓ agrees' : '✗ differs'}
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
