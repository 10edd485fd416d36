import { lazy, Suspense } from 'react';
import type { CommonSettings } from '../../scenarios/scenario';
import { useT } from '../common/useT';
import { useDescent } from '../../store/descentStore';
import type { GraphPanelProps } from './GraphPanel';

// The panel, its layout and its drawing come in their own chunk: the first page load stays within budget.
const GraphPanel = lazy(() => import('./GraphPanel'));

/** The "Computational graph" panel, loaded with its chunk; a scenario's view renders it with its own run. */
export function LazyGraphPanel<S extends CommonSettings, T>(props: GraphPanelProps<S, T>) {
  const t = useT();
  // A teacher's link may hide the panel for a class (hide=graph).
  const hidden = useDescent((s) => s.hidden.includes('graph'));
  if (!props.scenario.graph || hidden) return null;
  return (
    <Suspense fallback={<p className="panel graph-loading">{t('graph.loading')}</p>}>
      <GraphPanel {...props} />
    </Suspense>
  );
}
