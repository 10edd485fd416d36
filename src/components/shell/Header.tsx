import { scenarios, scenarioIds } from '../../scenarios/registry';
import { useDescent } from '../../store/descentStore';
import { useT } from '../useT';
import { CopyLinkButton } from './CopyLinkButton';
import { LanguageSelect } from './LanguageSelect';
import { SurfaceButtons } from './SurfaceButtons';
import { PHONE_QUERY, useMediaQuery } from './useMediaQuery';
import { useFoldingMenu } from './useFoldingMenu';

export function Header({ onHelp }: { onHelp(): void }) {
  const t = useT();
  const scenario = useDescent((s) => s.scenario);
  const setScenario = useDescent((s) => s.setScenario);
  const presenter = useDescent((s) => s.presenter);
  const setPresenter = useDescent((s) => s.setPresenter);
  const phone = useMediaQuery(PHONE_QUERY);
  const menu = useFoldingMenu();
  const buttons = (
    <>
      <CopyLinkButton />
      <SurfaceButtons />
      <button type="button" aria-pressed={presenter} onClick={() => setPresenter(!presenter)} aria-keyshortcuts="p">
        {t('shell.presenter')}
      </button>
      <button type="button" onClick={onHelp} aria-keyshortcuts="?">
        {t('shell.keyboardHelp')}
      </button>
    </>
  );
  return (
    <header className="app-header">
      <h1>
        Descent <span className="subtitle">{t(scenarios[scenario].title)}</span>
      </h1>
      <div className="header-controls">
        <div className="field inline">
          <label htmlFor="scenario">{t('shell.scenario')}</label>
          <select id="scenario" value={scenario} onChange={(e) => setScenario(e.target.value as typeof scenario)}>
            {scenarioIds.map((id) => (
              <option key={id} value={id}>
                {t(scenarios[id].choiceLabel)}
              </option>
            ))}
          </select>
        </div>
        {/* On a phone the language and the other buttons fold into a menu, so the charts start near
            the top and the Scenario select keeps the width of the screen's first row. */}
        {!phone && <LanguageSelect />}
        {phone ? (
          <details className="header-menu" ref={menu}>
            <summary>{t('shell.menu')}</summary>
            <div className="header-menu-items">
              <LanguageSelect />
              {buttons}
            </div>
          </details>
        ) : (
          buttons
        )}
      </div>
    </header>
  );
}
