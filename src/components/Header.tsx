import { scenarios, scenarioIds } from '../scenarios/registry';
import { useDescent } from '../store/descentStore';

export function Header({ onHelp }: { onHelp(): void }) {
  const scenario = useDescent((s) => s.scenario);
  const setScenario = useDescent((s) => s.setScenario);
  return (
    <header className="app-header">
      <h1>
        Descent <span className="subtitle">{scenarios[scenario].title}</span>
      </h1>
      <div className="header-controls">
        <div className="field inline">
          <label htmlFor="scenario">Scenario</label>
          <select id="scenario" value={scenario} onChange={(e) => setScenario(e.target.value as typeof scenario)}>
            {scenarioIds.map((id) => (
              <option key={id} value={id}>
                {scenarios[id].choiceLabel}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={onHelp} aria-keyshortcuts="?">
          Keyboard help
        </button>
      </div>
    </header>
  );
}
