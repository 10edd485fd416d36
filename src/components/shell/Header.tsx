import { scenarios, scenarioIds } from '../../scenarios/registry';
import { useDescent } from '../../store/descentStore';
import { useT } from '../common/useT';
import { CopyLinkButton } from './CopyLinkButton';
import { LanguageSelect } from './LanguageSelect';
import { SurfaceButtons } from './SurfaceButtons';
import { COMPACT_HEADER_QUERY, PHONE_QUERY, useMediaQuery } from './useMediaQuery';
import { useFoldingMenu } from './useFoldingMenu';

export function Header({ onHelp }: { onHelp(): void }) {
  const t = useT();
  const scenario = useDescent((s) => s.scenario);
  const setScenario = useDescent((s) => s.setScenario);
  const presenter = useDescent((s) => s.presenter);
  const setPresenter = useDescent((s) => s.setPresenter);
  const phone = useMediaQuery(PHONE_QUERY);
  const menu = useFoldingMenu();
  const compact = useMediaQuery(COMPACT_HEADER_QUERY);
  const presenterButton = (
    <button type="button" aria-pressed={presenter} onClick={() => setPresenter(!presenter)} aria-keyshortcuts="p">
      {t('shell.presenter')}
    </button>
  );
  const helpButton = (
    <button type="button" onClick={onHelp} aria-keyshortcuts="?">
      {t('shell.keyboardHelp')}
    </button>
  );
  const buttons = (
    <>
      <CopyLinkButton />
      <SurfaceButtons />
      {presenterButton}
      {helpButton}
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
            the top and the Scenario select keeps the width of the screen's first row. Up to 1280 px
            the secondary ones fold too (Copy link and Presenter mode stay out), so the header
            keeps one row and the plots their height. */}
        {!compact && <LanguageSelect />}
        {compact && !phone && (
          <>
            <CopyLinkButton />
            {presenterButton}
          </>
        )}
        {compact ? (
          <details className="header-menu" ref={menu}>
            <summary>{t('shell.menu')}</summary>
            <div className="header-menu-items">
              <LanguageSelect />
              {phone ? (
                buttons
              ) : (
                <>
                  <SurfaceButtons />
                  {helpButton}
                </>
              )}
            </div>
          </details>
        ) : (
          buttons
        )}
      </div>
    </header>
  );
}
