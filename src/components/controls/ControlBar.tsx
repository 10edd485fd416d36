import { useId } from 'react';
import { useDescent } from '../../store/descentStore';
import { plain } from '../../format/number';
import { useActiveRun, useShownOutcome } from '../../store/selectors';
import { useRateSlider } from './useRateSlider';
import { useT } from '../common/useT';

interface ControlBarProps {
  /**
   * "phone": fixed to the bottom of a narrow screen, with Step back and Reset (the panel's copies
   * are hidden there).
   * "embed": the compact view's only controls, with Reset (an embed has no panel).
   */
  readonly variant: 'phone' | 'embed';
}

/**
 * Step, Run/Pause, Step back (phone), Reset and the learning-rate slider in one compact row: on a phone
 * it stays at the bottom of the screen, so the chart that moves is in view when Step is pressed.
 * The panel's own copies of these controls are hidden while the bar is shown (styles.css), so each
 * name is on the page once.
 */
export function ControlBar({ variant }: ControlBarProps) {
  const run = useActiveRun();
  const outcome = useShownOutcome();
  const playing = useDescent((s) => s.playing);
  const { requestStep, toggleRun, stepBack, reset } = useDescent.getState();
  // The same log-scaled slider as the Learning rate panel's: on a phone and in an embed it is the
  // page's only one.
  const { rate, input } = useRateSlider();
  const id = useId();
  const t = useT();
  const canStep = outcome.kind === 'ready';

  return (
    <div className={`control-bar control-bar-${variant}`} role="group" aria-label={t('controls.stepControls')}>
      <div className="control-bar-buttons">
        <button
          type="button"
          className="primary"
          onClick={requestStep}
          disabled={!canStep}
          aria-keyshortcuts="s"
          data-lesson-target="step"
        >
          {t('controls.step')}
        </button>
        <button type="button" onClick={toggleRun} disabled={!canStep && !playing} aria-keyshortcuts="Space">
          {playing ? t('controls.pause') : t('controls.run')}
        </button>
        {variant === 'phone' && (
          <button type="button" onClick={stepBack} disabled={run.cursor === 0} aria-keyshortcuts="b">
            {t('controls.stepBack')}
          </button>
        )}
        <button type="button" onClick={reset} disabled={run.history.length === 0} aria-keyshortcuts="r">
          {t('controls.reset')}
        </button>
      </div>
      <div className="control-bar-rate">
        <label htmlFor={`${id}-rate`}>{t('controls.learningRate')}</label>
        <span className="control-bar-value" aria-hidden="true">
          {plain(rate)}
        </span>
        <input id={`${id}-rate`} className="lr-slider" {...input} />
      </div>
    </div>
  );
}
