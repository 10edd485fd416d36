import { useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { fractionOf, positionOf, positions, rateAt, rateRange, type RateRange } from '../../engine/rateScale';
import { rateText } from '../../scenarios/forecastText';
import { useDescent } from '../../store/descentStore';
import { selectActiveRun, useActiveScenario, useActiveSettings } from '../../store/selectors';

const union = (a: RateRange, b: RateRange): RateRange => ({ min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) });
const sameRange = (a: RateRange, b: RateRange) => a.min === b.min && a.max === b.max;

/**
 * The learning-rate slider, wherever it is drawn (the Learning rate panel, the phone's bottom bar,
 * an embed's bar): log-scaled over a range that suits the scenario (from its curvature), its track
 * shaded by what the maths says each rate does, and while a rate is being chosen the forecast and
 * the what-if path follow it; a rate chosen stays forecast after the slider is left, until the
 * next step. `input` holds the range input's props; `at` places a rate on the
 * track (a percentage), for tick labels.
 */
export function useRateSlider() {
  const scenario = useActiveScenario();
  const settings = useActiveSettings();
  const setLearningRate = useDescent((s) => s.setLearningRate);
  const setCandidateRate = useDescent((s) => s.setCandidateRate);
  const keepCandidateRate = useDescent((s) => s.keepCandidateRate);
  const rate = settings.learningRate;
  const bands = scenario.bands(settings);

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

  // The rate when the pointer went down: releasing without a change removes the what-if path.
  const pressed = useRef<number | null>(null);
  // Since the slider took focus: whether it changed the rate, and whether a rate chosen before
  // (typed, say) was still forecast. Either way leaving it keeps the forecast until the next step;
  // a slider only passed through leaves nothing behind.
  const session = useRef({ changed: false, kept: false });
  const choose = (next: number) => {
    session.current.changed = true;
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

  const input = {
    type: 'range',
    min: 0,
    max: last,
    step: 1,
    value: position,
    'aria-valuetext': rateText(rate),
    'data-rate-min': range.min,
    'data-rate-max': range.max,
    // Local bands shade their top band "may diverge", not "diverges" (styles.css).
    'data-bands': bands.local ? 'local' : 'exact',
    style: { '--monotone-end': at(bands.monotoneBelow), '--diverge-start': at(bands.divergesAbove) } as CSSProperties,
    onChange: (event: { currentTarget: HTMLInputElement }) => choose(rateAt(range, Number(event.currentTarget.value))),
    onKeyDown,
    onFocus: () => {
      session.current = { changed: false, kept: useDescent.getState().candidateRate !== null };
      setCandidateRate(rate);
    },
    onBlur: () => {
      const { changed, kept } = session.current;
      if (changed || kept) keepCandidateRate();
      else setCandidateRate(null);
    },
    onPointerDown: () => {
      pressed.current = rate;
      setCandidateRate(rate);
    },
    onPointerUp: () => {
      if (pressed.current === selectActiveRun(useDescent.getState()).settings.learningRate) setCandidateRate(null);
      pressed.current = null;
    },
  };
  return { scenario, settings, rate, bands, range, at, input, setLearningRate, setCandidateRate };
}
