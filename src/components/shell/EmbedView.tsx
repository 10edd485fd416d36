import { Suspense, useEffect } from 'react';
import { useDescent } from '../../store/descentStore';
import { formatHash } from '../../url/hash';
import { ControlBar } from '../controls/ControlBar';
import { linkLanguage } from './embedCode';
import { ErrorBoundary } from './ErrorBoundary';
import { scenarioViews } from './scenarioViews';
import { StatusRegion } from './StatusRegion';
import { useT } from '../common/useT';

/** The full page's address at the current state: the frame's own address without embed. */
function FullPageLink() {
  const t = useT();
  const href = useDescent((s) => {
    const run = s.runs[s.scenario];
    return formatHash({ scenario: s.scenario, settings: run.settings, iter: run.cursor, lang: linkLanguage(s) });
  });
  return (
    <a
      className="embed-open"
      href={`${window.location.href.replace(/#.*$/, '')}${href}`}
      target="_blank"
      rel="noopener"
    >
      {t('shell.embed.open')}
    </a>
  );
}

/**
 * `embed=1`: the compact view for an iframe in a course page. The scenario's two main charts,
 * the status, Step, Run/Pause, Reset and the learning rate, and a link to the full page; it fits
 * 640 × 400 and grows with the frame (styles.css, "Embed").
 */
export function EmbedView() {
  const t = useT();
  const scenario = useDescent((s) => s.scenario);
  const View = scenarioViews[scenario];
  useEffect(() => {
    document.documentElement.classList.add('embed');
    return () => document.documentElement.classList.remove('embed');
  }, []);
  return (
    <main className="embed-view">
      <StatusRegion />
      <ErrorBoundary>
        <Suspense fallback={<p className="panel">{t('shell.loadingScenario')}</p>}>
          <View />
        </Suspense>
      </ErrorBoundary>
      <div className="embed-footer">
        <ControlBar variant="embed" />
        <FullPageLink />
      </div>
    </main>
  );
}
