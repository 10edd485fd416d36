import { useId } from 'react';
import { useDescent } from '../../store/descentStore';
import { useActiveScenario, useActiveSettings } from '../../store/selectors';
import { NumberField } from './NumberField';

/**
 * The learning-rate slider and its number field, kept in sync through the store. The slider's
 * track is shaded by what the maths says each rate does for the current data.
 */
export function LearningRateControl() {
  const scenario = useActiveScenario();
  const settings = useActiveSettings();
  const setLearningRate = useDescent((s) => s.setLearningRate);
  const setting = scenario.learningRate;
  const rate = settings.learningRate;
  const bands = scenario.bands(settings);
  const id = useId();
  const span = setting.max - setting.min;
  const at = (v: number) => `${(Math.min(Math.max((v - setting.min) / span, 0), 1) * 100).toFixed(2)}%`;
  const bandStyle = {
    '--monotone-end': at(bands.monotoneBelow),
    '--diverge-start': at(bands.divergesAbove),
  } as React.CSSProperties;
  const legendId = `${id}-legend`;

  return (
    <section className="panel learning-rate" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Learning rate</h2>
      <div className="field">
        <label htmlFor={`${id}-slider`} className="visually-hidden">
          Learning rate
        </label>
        <input
          id={`${id}-slider`}
          className="lr-slider"
          type="range"
          min={setting.min}
          max={setting.max}
          step={setting.step}
          value={rate}
          style={bandStyle}
          aria-describedby={legendId}
          onChange={(e) => setLearningRate(Number(e.target.value))}
        />
      </div>
      <NumberField
        label={setting.label}
        value={rate}
        min={setting.min}
        max={setting.max}
        step={setting.step}
        onCommit={setLearningRate}
      />
      <ul id={legendId} className="lr-legend">
        <li>
          <span className="swatch swatch-monotone" aria-hidden="true" /> below {bands.monotoneBelow.toPrecision(3)}:
          steady descent
        </li>
        <li>
          <span className="swatch swatch-oscillate" aria-hidden="true" /> {bands.monotoneBelow.toPrecision(3)} to{' '}
          {bands.divergesAbove.toPrecision(3)}: overshoots, still converges
        </li>
        <li>
          <span className="swatch swatch-diverge" aria-hidden="true" /> above {bands.divergesAbove.toPrecision(3)}:
          diverges
        </li>
        <li className="field-hint">From the {bands.basis}.</li>
      </ul>
    </section>
  );
}
