import { lazy, Suspense } from 'react';

// The race (optimizers, its chart and leaderboard) loads with the first scenario view that shows it.
const RacePanel = lazy(() => import('./RacePanel').then((m) => ({ default: m.RacePanel })));

export function Race() {
  return (
    <Suspense fallback={null}>
      <RacePanel />
    </Suspense>
  );
}
