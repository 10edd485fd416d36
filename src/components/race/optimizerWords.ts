import type { OptimizerKind } from '../../engine/optimizerKinds';

/** Each optimizer's name in words (the engine's kinds are the link's names, not the page's). */
export const OPTIMIZER_WORDS = {
  gd: 'race.optimizer.gd',
  momentum: 'race.optimizer.momentum',
  nesterov: 'race.optimizer.nesterov',
  rmsprop: 'race.optimizer.rmsprop',
  adam: 'race.optimizer.adam',
} as const satisfies Record<OptimizerKind, string>;
