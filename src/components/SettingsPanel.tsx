import { useDescent } from '../store/descentStore';
import { useActiveScenario, useActiveSettings } from '../store/selectors';
import { NumberField } from './NumberField';

/** The active scenario's starting values and budgets, one validated field each. */
export function SettingsPanel() {
  const scenario = useActiveScenario();
  const settings = useActiveSettings();
  const setSetting = useDescent((s) => s.setSetting);
  const setMode = useDescent((s) => s.setMode);
  const mode = (settings as { mode?: 'batch' | 'stochastic' }).mode;

  return (
    <section className="panel settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Starting values</h2>
      {mode && (
        <div className="field">
          <label htmlFor="mode">Gradient</label>
          <select id="mode" value={mode} onChange={(e) => setMode(e.target.value as 'batch' | 'stochastic')}>
            <option value="batch">batch (all samples per update, as the article)</option>
            <option value="stochastic">stochastic (one shuffled sample per update)</option>
          </select>
        </div>
      )}
      {scenario.settings
        .filter((setting) => setting.key !== 'seed' || mode === 'stochastic')
        .map((setting) => (
          <NumberField
            key={`${scenario.id}-${setting.key}`}
            label={setting.label}
            value={setting.read(settings)}
            min={setting.min}
            max={setting.max}
            integer={setting.integer}
            step={setting.step}
            hint={setting.restarts ? 'Changing it starts over.' : undefined}
            onCommit={(value) => setSetting(setting.key, value)}
          />
        ))}
    </section>
  );
}
