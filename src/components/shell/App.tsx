import { lazy, memo, Suspense, useCallback, useMemo, useState } from 'react';
import { scenarioOf, scenarios } from '../../scenarios/registry';
import { useDescent } from '../../store/descentStore';
import { useActiveRun, useActiveScenario } from '../../store/selectors';
import { scenarioViews } from './scenarioViews';
import { useUrlSync } from './useUrlSync';
import { Controls } from '../controls/Controls';
import { ControlBar } from '../controls/ControlBar';
import { EmbedView } from './EmbedView';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { LearningRateControl } from '../controls/LearningRateControl';
import { Race } from '../race/Race';
import { SettingsPanel } from '../controls/SettingsPanel';
import { StatusRegion } from './StatusRegion';
import { UpdatePrompt } from './UpdatePrompt';
import { useCalmValue } from '../common/useCalmValue';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { PHONE_QUERY, useMediaQuery } from './useMediaQuery';
import { usePresenterMode } from './usePresenterMode';
import { useDocumentLanguage } from './useDocumentLanguage';
import { useRapidSteps } from './useRapidSteps';
import { useRunLoop } from './useRunLoop';
import { useT } from '../common/useT';
import { LESSONS_BUTTON_ID } from '../common/lessonsButton';

// Loaded when first needed, or (the data editor, below the fold) just after the first paint,
// keeping the first load within its budget.
const DataEditor = lazy(() => import('../data/DataEditor').then((m) => ({ default: m.DataEditor })));
const Notices = lazy(() => import('./Notices').then((m) => ({ default: m.Notices })));
const HelpDialog = lazy(() => import('./HelpDialog').then((m) => ({ default: m.HelpDialog })));
// The steps-to-converge sweep: its chart and worker load after the first paint.
const RateSweep = lazy(() => import('../controls/RateSweep'));
// The lessons come when the list is first opened, or when a link names one.
const Lessons = lazy(() => import('../lessons/Lessons'));
const PredictPanel = lazy(() => import('../controls/PredictPanel').then((m) => ({ default: m.PredictPanel })));

// The history (and its windowing library) loads with the scenario's view, in the same Suspense.
const History = memo(lazy(() => import('../output/HistoryTable').then((m) => ({ default: m.HistoryTable }))));

/** Calmed like the chain rule: a fast run's rows scroll by faster than anyone can read them. */
function CalmHistory() {
  const scenario = useActiveScenario();
  const run = useActiveRun();
  const shown = useCalmValue(useMemo(() => ({ scenario, run }), [scenario, run]));
  return <History scenario={shown.scenario} run={shown.run} />;
}

export function App() {
  const t = useT();
  const [helpOpen, setHelpOpen] = useState(false);
  // The dialog's code is fetched the first time it opens and kept mounted after.
  const [helpLoaded, setHelpLoaded] = useState(false);
  const openHelp = useCallback(() => {
    setHelpOpen(true);
    setHelpLoaded(true);
  }, []);
  const [lessonsOpen, setLessonsOpen] = useState(false);
  const [lessonsLoaded, setLessonsLoaded] = useState(false);
  const openLessons = useCallback(() => {
    setLessonsOpen(true);
    setLessonsLoaded(true);
  }, []);
  const closeLessons = useCallback(() => setLessonsOpen(false), []);
  const lessonRunning = useDescent((s) => s.lesson !== null);
  const hidden = useDescent((s) => s.hidden);
  const scenario = useDescent((s) => s.scenario);
  const predicting = useDescent((s) => s.asking || s.reveal !== null);
  const hasNotices = useDescent((s) => s.notices.length > 0 || s.undoable !== null);
  useUrlSync();
  useRunLoop();
  useRapidSteps();
  useKeyboardShortcuts(openHelp);
  usePresenterMode();
  useDocumentLanguage();
  // Phones: the charts come first and Step sits in a bar at the bottom (styles.css).
  const phone = useMediaQuery(PHONE_QUERY);
  const embed = useDescent((s) => s.embed);
  const View = scenarioViews[scenario];
  const withData = !scenarioOf(scenario).noData;

  const lessons = (lessonsLoaded || lessonRunning) && (
    <Suspense fallback={null}>
      <Lessons dialogOpen={lessonsOpen} onOpenDialog={openLessons} onCloseDialog={closeLessons} />
    </Suspense>
  );
  if (embed)
    return (
      <>
        <EmbedView />
        {lessons}
      </>
    );
  return (
    <>
      <Header onHelp={openHelp} />
      {lessons}
      {phone && <ControlBar variant="phone" />}
      <main className="layout">
        <UpdatePrompt />
        {hasNotices && (
          <Suspense fallback={null}>
            <Notices />
          </Suspense>
        )}
        <aside className="sidebar">
          <Controls />
          <LearningRateControl />
          {/* After the controls a card talks about, so the Tab order reaches Step and the rate first. */}
          <div className="panel lessons-entry">
            <button type="button" id={LESSONS_BUTTON_ID} onClick={openLessons} aria-haspopup="dialog">
              {t('lessons.open')}
            </button>
          </div>
          {!hidden.includes('sweep') && (
            <Suspense fallback={<div className="panel rate-sweep-loading" />}>
              <RateSweep />
            </Suspense>
          )}
          <SettingsPanel />
          {withData && !hidden.includes('data') && (
            <Suspense fallback={null}>
              <DataEditor />
            </Suspense>
          )}
        </aside>
        <div className="content">
          <StatusRegion />
          {predicting && (
            <Suspense fallback={null}>
              <PredictPanel />
            </Suspense>
          )}
          <ErrorBoundary>
            {/* The view, the race and the history appear together: a history drawn before the
                view's chunk arrived would be pushed down the page when it came, away from a
                reader (or a test) that had just scrolled to it. */}
            <Suspense fallback={<p className="panel">{t('shell.loadingScenario')}</p>}>
              <View />
              {scenarios[scenario].raceProblem && !hidden.includes('race') && <Race />}
              {!hidden.includes('history') && <CalmHistory />}
            </Suspense>
          </ErrorBoundary>
        </div>
      </main>
      {helpLoaded && (
        <Suspense fallback={null}>
          <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
