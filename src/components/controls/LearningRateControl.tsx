import { useId } from 'react';
import { fractionOf } from '../../engine/rateScale';
import { plain } from '../../format/number';
import { localeDecimal } from '../../i18n/locale';
import { ForecastText } from './ForecastText';
import { NumberField } from '../common/NumberField';
import { useDescent } from '../../store/descentStore';
import { useRateSlider } from './useRateSlider';
import { useT } from '../common/useT';

/** A band limit's tick label: two significant digits ("0.33", "0.085"), in the language's style. */
const tickText = (rate: number) => plain(Number(rate.toPrecision(2)));
/** A band limit in the legend: three significant digits as toPrecision writes them ("0.167", "1.00"). */
const limitText = (rate: number) => rate.toPrecision(3).replace('.', localeDecimal());

/**
 * The learning-rate slider (useRateSlider: log-scaled, shaded by what each rate does) with its
 * tick labels, its number field, the forecast and the bands' legend, kept in sync through the
 * store. While a rate is being chosen, and after it is chosen until the next step, the charts show
 * its what-if path and the forecast says what it will do.
 */
export function LearningRateControl() {
  const { scenario, rate, bands, range, at, input, setLearningRate, setCandidateRate } = useRateSlider();
  const keepCandidateRate = useDescent((s) => s.keepCandidateRate);
  const dropHeldCandidateRate = useDescent((s) => s.dropHeldCandidateRate);
  const setting = scenario.learningRate;
  const id = useId();
  const t = useT();
  const legendId = `${id}-legend`;

  const ticks = [
    { rate: range.min, text: tickText(range.min) },
    { rate: bands.monotoneBelow, text: tickText(bands.monotoneBelow) },
    { rate: bands.divergesAbove, text: tickText(bands.divergesAbove) },
    { rate: range.max, text: tickText(range.max) },
  ]
    .filter((t, i, all) => t.rate >= range.min && t.rate <= range.max && all.findIndex((u) => u.text === t.text) === i)
    // A label too close to the one before it (1/6 and 1/3 in a narrow sidebar) drops a line.
    .map((t, i, all) => ({
      ...t,
      low: i > 0 && fractionOf(range, t.rate) - fractionOf(range, all[i - 1]!.rate) < 0.14,
    }));

  return (
    <section className="panel learning-rate" aria-labelledby={`${id}-heading`} data-lesson-target="learning-rate">
      <h2 id={`${id}-heading`}>{t('controls.learningRate')}</h2>
      <div className="field lr-slider-field">
        <label htmlFor={`${id}-slider`} className="visually-hidden">
          {t('controls.learningRate')}
        </label>
        <input id={`${id}-slider`} className="lr-slider" aria-describedby={legendId} {...input} />
        <div className={ticks.some((tick) => tick.low) ? 'lr-ticks two-rows' : 'lr-ticks'} aria-hidden="true">
          {ticks.map((tick) => (
            <span key={tick.text} style={{ left: at(tick.rate) }} className={tick.low ? 'low' : undefined}>
              {tick.text}
            </span>
          ))}
        </div>
      </div>
      <NumberField
        label={setting.label}
        value={rate}
        min={setting.min}
        max={setting.max}
        step={setting.step}
        onCommit={(value) => {
          setLearningRate(value);
          // The rate applied stays forecast (Enter, or leaving the field) until the next step.
          keepCandidateRate(value);
        }}
        onDraft={(value) => (value === null ? dropHeldCandidateRate() : setCandidateRate(value))}
      />
      <ForecastText />
      {/* A local curvature tells what rates do near where it was taken, not along the whole run: its
          bands say so, and the top one reads "may diverge" (a run at 0.1 on the network with all
          7 parameters converges, above its start's 2/λmax ≈ 0.064). */}
      <ul id={legendId} className="lr-legend">
        <li>
          <span className="swatch swatch-monotone" aria-hidden="true" />{' '}
          {t(bands.local ? 'controls.lr.steadyLocal' : 'controls.lr.steady', {
            limit: limitText(bands.monotoneBelow),
          })}
        </li>
        <li>
          <span className="swatch swatch-oscillate" aria-hidden="true" />{' '}
          {t(bands.local ? 'controls.lr.overshootsLocal' : 'controls.lr.overshoots', {
            low: limitText(bands.monotoneBelow),
            high: limitText(bands.divergesAbove),
          })}
        </li>
        <li>
          <span className={bands.local ? 'swatch swatch-may-diverge' : 'swatch swatch-diverge'} aria-hidden="true" />{' '}
          {t(bands.local ? 'controls.lr.mayDiverge' : 'controls.lr.diverges', {
            limit: limitText(bands.divergesAbove),
          })}
        </li>
        <li className="field-hint">
          {t('controls.lr.basis', { basis: bands.basis, min: tickText(range.min), max: tickText(range.max) })}
        </li>
      </ul>
    </section>
  );
}
