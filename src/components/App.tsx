import { lazy, Suspense, useCallback, useState } from 'react';
import { useDescent } from '../store/descentStore';
import { useActiveRun, useActiveScenario } from '../store/selectors';
import { useUrlSync } from '../url/useUrlSync';
import { BiasView } from './BiasView';
import { Controls } from './Controls';
import { DataEditor } from './DataEditor';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { HelpDialog } from './HelpDialog';
import { HistoryTable } from './HistoryTable';
import { LearningRateControl } from './LearningRateControl';
import { Notices } from './Notices';
import { PredictPanel } from './PredictPanel';
import { SettingsPanel } from './SettingsPanel';
import { StatusRegion } from './StatusRegion';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { usePresenterMode } from './usePresenterMode';
import { useRunLoop } from './useRunLoop';

/**
 * One view per scenario, chosen by the registry's id. The linreg view (contours, loss surface)
 * loads when first chosen, keeping the first load within its budget.
 */
const VIEWS = {
  bias: BiasView,
  linreg: lazy(() => import('./LinregView').then((m) => ({ default: m.LinregView }))),
} as const;

function History() {
  return <HistoryTable scenario={useActiveScenario()} run={useActiveRun()} />;
}

export function App() {
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const scenario = useDescent((s) => s.scenario);
  useUrlSync();
  useRunLoop();
  useKeyboardShortcuts(openHelp);
  usePresenterMode();
  const View = VIEWS[scenario];

  return (
    <>
      <Header onHelp={openHelp} />
      <main className="layout">
        <Notices />
        <aside className="sidebar">
          <Controls />
          <LearningRateControl />
          <SettingsPanel />
          <DataEditor />
        </aside>
        <div className="content">
          <StatusRegion />
          <PredictPanel />
          <ErrorBoundary>
            <Suspense fallback={<p className="panel">Loading the scenario…</p>}>
              <View />
            </Suspense>
            <History />
          </ErrorBoundary>
        </div>
      </main>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}
