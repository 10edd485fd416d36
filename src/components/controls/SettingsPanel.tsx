import { useDescent } from '../../store/descentStore';
import { useActiveScenario, useActiveSettings } from '../../store/selectors';
import { NumberField } from '../common/NumberField';
import { numberSettings } from '../../scenarios/scenario';
import { useT } from '../common/useT';

/** The active scenario's choices, starting values and budgets, one validated field each. */
export function SettingsPanel() {
  const scenario = useActiveScenario();
  const settings = useActiveSettings();
  const setSetting = useDescent((s) => s.setSetting);
  const setChoice = useDescent((s) => s.setChoice);
  const t = useT();

  return (
    <section className="panel settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('controls.settings.heading')}</h2>
      {scenario.choices.map((choice) => (
        <div className="field" key={`${scenario.id}-${choice.key}`}>
          <label htmlFor={`choice-${choice.key}`}>{t(choice.label)}</label>
          <select
            id={`choice-${choice.key}`}
            value={choice.read(settings)}
            onChange={(e) => setChoice(choice.key, e.target.value)}
          >
            {choice.options.map((o) => (
              <option key={o.value} value={o.value}>
                {t(o.label)}
              </option>
            ))}
          </select>
        </div>
      ))}
      {numberSettings(scenario, settings)
        .filter((setting) => setting.visible?.(settings) ?? true)
        .map((setting) => (
          <NumberField
            key={`${scenario.id}-${setting.key}`}
            label={setting.label}
            value={setting.read(settings)}
            min={setting.min}
            max={setting.max}
            integer={setting.integer}
            step={setting.step}
            hint={
              [setting.describe && t.msg(setting.describe(settings)), setting.restarts && t('controls.settings.restarts')]
                .filter(Boolean)
                .join(' ') || undefined
            }
            onCommit={(value) => setSetting(setting.key, value)}
          />
        ))}
    </section>
  );
}
