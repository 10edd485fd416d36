import type { HyperParameters } from '../../engine/optimizerKinds';
import { HYPER_FIELDS } from '../../scenarios/race';
import { NumberField } from '../common/NumberField';
import { useT } from '../common/useT';

interface HyperFieldsProps {
  readonly hyper: HyperParameters;
  readonly onChange: (hyper: HyperParameters) => void;
}

/** The optimizers' hyperparameters (momentum, the decay rates, epsilon), folded away by default. */
export function HyperFields({ hyper, onChange }: HyperFieldsProps) {
  const t = useT();
  return (
    <details>
      <summary>{t('race.hyper.heading')}</summary>
      <div className="hyper-fields">
        {HYPER_FIELDS.map((f) => (
          <NumberField
            key={f.key}
            label={f.label}
            value={hyper[f.key]}
            step={f.key === 'epsilon' ? 1e-8 : 0.01}
            {...f.range}
            onCommit={(value) => onChange({ ...hyper, [f.key]: value })}
          />
        ))}
      </div>
    </details>
  );
}
