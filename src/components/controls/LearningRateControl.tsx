import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { fractionOf, positionOf, positions, rateAt, rateRange, type RateRange } from '../../engine/rateScale';
import { plain } from '../../format/number';
import { localeDecimal } from '../../i18n/locale';
import { rateText } from '../../scenarios/forecastText';
import { useDescent } from '../../store/descentStore';
import { selectActiveRun, useActiveScenario, useActiveSettings } from '../../store/selectors';
import { ForecastText } from './ForecastText';
import { NumberField } from './NumberField';
import { useT } from '../useT';

const union = (a: RateRange, b: RateRange): RateRange => ({ min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) });
const sameRange = (a: RateRange, b: RateRange) => a.min === b.min && a.max === b.max;

/** A band limit's tick label: two significant digits ("0.33", "0.085"), in the language's style. */
const tickText = (rate: number) => plain(Number(rate.toPrecision(2)));
/** A band limit in the legend: three significant digits as toPrecision writes them ("0.167", "1.00"). */
const limitText = (rate: number) => rate.toPrecision(3).replace('.', localeDecimal());

/**
 * The learning-rate slider and its number field, kept in sync through the store. The slider is
 * log-scaled over a range that suits the scenario (from its curvature), its track shaded by what
 * the maths says each rate does. While a rate is being chosen the charts show its what-if path
 * and the forecast says what it will do.
 */
export function LearningRateControl() {
  const scenario = useActiveScenario();
  const settings = useActiveSettings();
  const setLearningRate = useDescent((s) => s.setLearningRate);
  const setCandidateRate = useDescent((s) => s.setCandidateRate);
  const setting = scenario.learningRate;
  const rate = settings.learningRate;
  const bands = scenario.bands(settings);
  const id = useId();
  const t = useT();

  // A rate typed outside the scenario's range widens it, and the range stays wide while the
  // scenario and its curvature stay the same: a thumb never jumps under a dragging pointer.
  const key = `${scenario.id}:${bands.divergesAbove}`;
  const [held, setHeld] = useState({ key, range: rateRange(bands.divergesAbove) });
  const base = held.key === key ? held.range : rateRange(bands.divergesAbove);
  const range = union(base, rateRange(bands.divergesAbove, rate));
  if (held.key !== key || !sameRange(held.range, range)) setHeld({ key, range });

  const last = positions(range);
  const position = positionOf(range, rate);
  const at = (v: number) => `${(fractionOf(range, v) * 100).toFixed(2)}%`;
  const bandStyle = {
    '--monotone-end': at(bands.monotoneBelow),
    '--diverge-start': at(bands.divergesAbove),
  } as React.CSSProperties;
  const legendId = `${id}-legend`;

  // The rate when the pointer went down: releasing without a change removes the what-if path.
  const pressed = useRef<number | null>(null);
  const choose = (next: number) => {
    setLearningRate(next);
    setCandidateRate(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Arrows move one position (about 2 %), as the browser does; pages move a tenth of the track.
    const page = Math.max(1, Math.round(last / 10));
    const by = event.key === 'PageUp' ? page : event.key === 'PageDown' ? -page : 0;
    if (by === 0) return;
    event.preventDefault();
    choose(rateAt(range, Math.min(last, Math.max(0, position + by))));
  };
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
    <section className="panel learning-rate" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('controls.learningRate')}</h2>
      <div className="field lr-slider-field">
        <label htmlFor={`${id}-slider`} className="visually-hidden">
          {t('controls.learningRate')}
        </label>
        <input
          id={`${id}-slider`}
          className="lr-slider"
          type="range"
          min={0}
          max={last}
          step={1}
          value={position}
          aria-valuetext={rateText(rate)}
          data-rate-min={range.min}
          data-rate-max={range.max}
          style={bandStyle}
          aria-describedby={legendId}
          onChange={(e) => choose(rateAt(range, Number(e.target.value)))}
          onKeyDown={onKeyDown}
          onFocus={() => setCandidateRate(rate)}
          onBlur={() => setCandidateRate(null)}
          onPointerDown={() => {
            pressed.current = rate;
            setCandidateRate(rate);
          }}
          onPointerUp={() => {
            if (pressed.current === selectActiveRun(useDescent.getState()).settings.learningRate)
              setCandidateRate(null);
            pressed.current = null;
          }}
        />
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
        onCommit={setLearningRate}
        onDraft={setCandidateRate}
      />
      <ForecastText />
      <ul id={legendId} className="lr-legend">
        <li>
          <span className="swatch swatch-monotone" aria-hidden="true" />{' '}
          {t('controls.lr.steady', { limit: limitText(bands.monotoneBelow) })}
        </li>
        <li>
          <span className="swatch swatch-oscillate" aria-hidden="true" />{' '}
          {t('controls.lr.overshoots', {
            low: limitText(bands.monotoneBelow),
            high: limitText(bands.divergesAbove),
          })}
        </li>
        <li>
          <span className="swatch swatch-diverge" aria-hidden="true" />{' '}
          {t('controls.lr.diverges', { limit: limitText(bands.divergesAbove) })}
        </li>
        <li className="field-hint">
          {t('controls.lr.basis', { basis: bands.basis, min: tickText(range.min), max: tickText(range.max) })}
        </li>
      </ul>
    </section>
  );
}
