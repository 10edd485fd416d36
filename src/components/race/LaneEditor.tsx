import { OPTIMIZERS, type OptimizerKind } from '../../engine/optimizerKinds';
import type { Lane } from '../../engine/race';
import { msg } from '../../i18n/i18n';
import { LANE_RATE } from '../../scenarios/race';
import { NumberField } from '../common/NumberField';
import { useT } from '../common/useT';
import { OPTIMIZER_WORDS } from './optimizerWords';

interface LaneEditorProps {
  readonly lanes: readonly Lane[];
  readonly onChange: (lanes: readonly Lane[]) => void;
}

/** One row per lane: its optimizer, its learning rate and a button that removes it. */
export function LaneEditor({ lanes, onChange }: LaneEditorProps) {
  const t = useT();
  const update = (index: number, lane: Lane) => onChange(lanes.map((l, i) => (i === index ? lane : l)));
  return (
    <div className="race-lanes">
      {lanes.map((lane, i) => (
        <div className="race-lane" key={i}>
          <span className={`lane-swatch lane-${i + 1}`} aria-hidden="true" />
          <div className="field">
            <label htmlFor={`lane-${i}-optimizer`}>{t('race.lane.optimizer', { lane: i + 1 })}</label>
            <select
              id={`lane-${i}-optimizer`}
              value={lane.optimizer}
              onChange={(e) => update(i, { ...lane, optimizer: e.target.value as OptimizerKind })}
            >
              {OPTIMIZERS.map((o) => (
                <option key={o} value={o}>
                  {t(OPTIMIZER_WORDS[o])}
                </option>
              ))}
            </select>
          </div>
          <NumberField
            label={msg('race.lane.rate', { lane: i + 1 })}
            value={lane.learningRate}
            step={0.001}
            {...LANE_RATE}
            onCommit={(learningRate) => update(i, { ...lane, learningRate })}
          />
          <button
            type="button"
            className="small"
            aria-label={t('race.lane.remove', { lane: i + 1 })}
            onClick={() => onChange(lanes.filter((_, j) => j !== i))}
          >
            {t('race.remove')}
          </button>
        </div>
      ))}
    </div>
  );
}
