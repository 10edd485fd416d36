import { lazy } from 'react';

// The race (optimizers, its chart and leaderboard) loads with the first scenario view that shows
// it. It has no loading state of its own: it waits in the view's boundary (App), so the history
// below it is not pushed down the page when it arrives.
const RacePanel = lazy(() => import('./RacePanel').then((m) => ({ default: m.RacePanel })));

export function Race() {
  return <RacePanel />;
}
