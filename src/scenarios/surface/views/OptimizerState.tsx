import { useId } from 'react';
import type { SurfaceStep } from '../../../engine/surface';
import type { HyperParameters, OptimizerKind } from '../../../engine/optimizerKinds';
import { fixed4, plain } from '../../../format/number';
import type { MessageKey } from '../../../i18n/i18n';
import type { Translate } from '../../../components/common/useT';

interface Row {
  readonly label: string;
  readonly values: readonly [number, number];
}

/** What the optimizer carries into the next step and what it makes of it, per axis. */
export function stateRows(
  step: SurfaceStep,
  optimizer: OptimizerKind,
  hyper: HyperParameters,
  noise: number,
  t: Translate,
): Row[] {
  const g: [number, number] = [step.gradient[0] + step.noise[0], step.gradient[1] + step.noise[1]];
  const row = (label: MessageKey, values: readonly [number, number], words?: Record<string, string>): Row => ({
    label: t(label, words),
    values,
  });
  const pair = (values: readonly number[]) => [values[0]!, values[1]!] as const;
  const rows: Row[] = [row('surface.state.gradient', step.gradient)];
  if (noise > 0) rows.push(row('surface.state.noisy', g, { sigma: plain(noise) }));
  const tNext = step.state.t + 1;
  switch (optimizer) {
    case 'momentum':
    case 'nesterov':
      rows.push(row('surface.state.velocityIn', pair(step.state.first)));
      rows.push(
        row(optimizer === 'momentum' ? 'surface.state.velocityOut' : 'surface.state.lookAhead', pair(step.after.first)),
      );
      break;
    case 'rmsprop': {
      const s = pair(step.after.first);
      rows.push(row('surface.state.square', s));
      rows.push(
        row('surface.state.rate', [
          step.learningRate / (Math.sqrt(s[0]) + hyper.epsilon),
          step.learningRate / (Math.sqrt(s[1]) + hyper.epsilon),
        ]),
      );
      break;
    }
    case 'adam': {
      const m = pair(step.after.first);
      const v = pair(step.after.second);
      const c1 = 1 - Math.pow(hyper.beta1, tNext);
      const c2 = 1 - Math.pow(hyper.beta2, tNext);
      rows.push(row('surface.state.m', m), row('surface.state.v', v));
      rows.push(row('surface.state.mHat', [m[0] / c1, m[1] / c1]), row('surface.state.vHat', [v[0] / c2, v[1] / c2]));
      break;
    }
    case 'gd':
      break;
  }
  rows.push(row('surface.state.step', [step.newX - step.x, step.newY - step.y]));
  return rows;
}

interface OptimizerStateProps {
  readonly step: SurfaceStep;
  readonly optimizer: OptimizerKind;
  readonly optimizerName: string;
  readonly hyper: HyperParameters;
  readonly noise: number;
  readonly halted: boolean;
  /** Predict mode: the step's outcome stays hidden until the reveal. */
  readonly hideAnswer: boolean;
  readonly t: Translate;
}

/** The "Optimizer state" region: the method's running quantities with live numbers. */
export function OptimizerState({
  step,
  optimizer,
  optimizerName,
  hyper,
  noise,
  halted,
  hideAnswer,
  t,
}: OptimizerStateProps) {
  const id = useId();
  const rows = stateRows(step, optimizer, hyper, noise, t);
  const [sx, sy] = rows[rows.length - 1]!.values;
  const about =
    optimizer === 'gd'
      ? t('surface.state.gd')
      : optimizer === 'momentum' || optimizer === 'nesterov'
        ? t('surface.state.momentum')
        : t('surface.state.adaptive', {
            sx: fixed4(sx),
            sy: fixed4(sy),
            gx: fixed4(step.gradient[0]),
            gy: fixed4(step.gradient[1]),
          });
  return (
    <section className="panel optimizer-state" role="region" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('surface.state.heading')}</h2>
      <div className="table-scroll">
        <table>
          <caption>{t('surface.state.caption', { optimizer: optimizerName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surface.state.quantity')}</th>
              <th scope="col">x</th>
              <th scope="col">y</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              // Everything after the gradient is the answer of the step a class is predicting.
              const hidden = hideAnswer && i > 0;
              return (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  <td className="number">{hidden ? '?' : fixed4(r.values[0])}</td>
                  <td className="number">{hidden ? '?' : fixed4(r.values[1])}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="field-hint">{halted ? t('surface.state.halted') : hideAnswer ? '' : about}</p>
    </section>
  );
}
