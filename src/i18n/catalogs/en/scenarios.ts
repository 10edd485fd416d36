/**
 * Words the scenarios share: the learning rate, shared data sets, step words, stop and forecast
 * sentences. A scenario's own words live in its folder (scenarios/<id>/messages/).
 */
export const scenarios = {
  'setting.learningRateValue': 'Learning rate value',

  'set.own': 'The scenario’s own data',
  'set.statquest': 'StatQuest’s three dosages',
  'set.statquest.about': 'The video’s data: dosage 0, 0.5 and 1 with efficacy 0, 1 and 0.',
  'set.noisyLine': 'Linear with noise (30 points)',
  'set.noisyLine.dosage.about':
    '30 noisy points along a rising line (seeded, the same every time). More points make the SSR steeper: for b3 its curvature is 2n = 60, so rates above 1/n ≈ 0.033 diverge.',
  'set.outlier': 'One outlier',
  'set.outlier.dosage.about':
    'Five dosages on StatQuest’s bump and one far above it: squared error lets that one point lift the whole fit.',
  'set.thousands.dosage': 'Dosage in milligrams (x in thousands)',
  'set.thousands.dosage.about':
    'StatQuest’s data with dosages of 0 to 1000 mg. The network’s fixed weights were made for dosages near 0 to 1, so its curve runs thousands off this data, and training its weights (not b3 alone) needs a rate far below the slider’s range. Standardize x brings x back to a scale near 1.',

  'scenario.stepWord.iteration': 'Iteration',
  'scenario.stepWord.epoch': 'Epoch',
  'scenario.loss.ssr': 'SSR',
  'scenario.loss.loss': 'loss',
  'scenario.column.iteration': 'Iteration',
  'scenario.column.epoch': 'Epoch',
  'scenario.column.symbol': '{symbol}',
  'scenario.diverged.overflow': 'The numbers overflowed at learning rate {rate}: {cause}.',
  'scenario.diverged.growth':
    'The {loss} grew on {count, plural, one {{count} {unit, select, epoch {epoch} other {step}}} other {{count} {unit, select, epoch {epochs} other {steps}}}} in a row at learning rate {rate}: {cause}.',
  'scenario.hiddenAnswer': '? (revealed after your prediction)',
  'scenario.notTaken.converged': 'Not taken: the run has converged.',
  'scenario.notTaken.settled': 'Not taken: the stopping rule stopped the run (the step size fell below 0.001).',
  'scenario.notTaken.budget': 'Not taken: the step budget is spent.',
  'scenario.notTaken.finished': 'Not taken: every epoch is done.',
  'scenario.notTaken.diverging': 'Not taken: the run is diverging. Lower the learning rate to go on from here.',

  'status.converged':
    'Converged after {count, plural, one {{count} {unit, select, epoch {epoch} other {step}}} other {{count} {unit, select, epoch {epochs} other {steps}}}}: {why}',
  'status.settled':
    'Stopped after {count, plural, one {{count} {unit, select, epoch {epoch} other {step}}} other {{count} {unit, select, epoch {epochs} other {steps}}}}: {why}',
  'status.budget':
    'Stopped after {count, plural, one {{count} {unit, select, epoch {epoch} other {step}}} other {{count} {unit, select, epoch {epochs} other {steps}}}}: the step budget is spent without converging.',
  'status.finished':
    'Finished {count, plural, one {{count} {unit, select, epoch {epoch} other {step}}} other {{count} {unit, select, epoch {epochs} other {steps}}}}: {why}',
  'status.diverging': 'Diverging: {why} Lower the learning rate and Step on from here, or Reset.',
  'status.ready': 'Ready: press Step to take the first {unit, select, epoch {epoch} other {iteration}}.',
  'status.running':
    'Running: {count, plural, one {{count} {unit, select, epoch {epoch} other {step}}} other {{count} {unit, select, epoch {epochs} other {steps}}}} so far.',
  'status.taken':
    '{count, plural, one {{count} {unit, select, epoch {epoch} other {step}}} other {{count} {unit, select, epoch {epochs} other {steps}}}} taken.',

  'forecast.sentence': 'At {rate}: next {values}; {outcome}.',
  'forecast.cannotStep':
    'At {rate}: Step cannot go on from this {unit, select, epoch {epoch} other {iteration}}: {outcome}.',
  'forecast.converges':
    'converges after {count, plural, one {{count} more {unit, select, epoch {epoch} other {step}}} other {{count} more {unit, select, epoch {epochs} other {steps}}}}',
  'forecast.overshootsConverges':
    'overshoots the minimum, converges after {count, plural, one {{count} more {unit, select, epoch {epoch} other {step}}} other {{count} more {unit, select, epoch {epochs} other {steps}}}}',
  'forecast.finishes':
    'finishes after {count, plural, one {{count} more {unit, select, epoch {epoch} other {step}}} other {{count} more {unit, select, epoch {epochs} other {steps}}}}',
  'forecast.overshootsFinishes':
    'overshoots the minimum, finishes after {count, plural, one {{count} more {unit, select, epoch {epoch} other {step}}} other {{count} more {unit, select, epoch {epochs} other {steps}}}}',
  'forecast.overflows': 'diverges: the numbers overflow',
  'forecast.grows': 'diverges: {loss} grows ×{growth} {unit, select, epoch {an epoch} other {a step}}',
  'forecast.budget': 'not within the step budget',
  'forecast.stops':
    'stops after {count, plural, one {{count} more {unit, select, epoch {epoch} other {step}}} other {{count} more {unit, select, epoch {epochs} other {steps}}}}, short of the minimum',
  'forecast.noRule': 'no stopping rule fires within the next {count} {unit, select, epoch {epochs} other {steps}}',

  'scenario.listSeparator': ', ',
  'scenario.move.fromTo': 'from {from} to {to}',
  'scenario.move.by': 'by {change} to {to}',
  'scenario.derivation.stepSize': 'Step size = gradient × learning rate',
  'scenario.derivation.newHidden': '{value} − (step size) = {hidden}',
  'scenario.fitTitle.statquest': "Data and the network's fit",
  'scenario.axis.dosage': 'Dosage',
  'scenario.axis.efficacy': 'Efficacy',
} as const;
