/** Charts: the words the chart components draw themselves (legends, axis titles, marks' names). */
export const charts = {
  'charts.sweep.xLabel': 'Learning rate (log)',
  'charts.sweep.diverges': 'diverges',
  'charts.sweep.fastestFull':
    'fastest {rate}: {steps, plural, one {# {unit, select, epoch {epoch} other {step}}} other {# {unit, select, epoch {epochs} other {steps}}}}',
  'charts.sweep.fastest': 'fastest {rate}',
  'charts.sweep.pointDiverges': '{rate}: diverges',
  'charts.sweep.pointBudget': '{rate}: not within {budget} {unit, select, epoch {epochs} other {steps}}',
  'charts.sweep.pointSteps':
    '{rate}: {steps, plural, one {# {unit, select, epoch {epoch} other {step}}} other {# {unit, select, epoch {epochs} other {steps}}}}',
  'charts.sweep.pick':
    'Set the learning rate: {point}. Arrow keys pick another rate, Enter sets it; a click sets the rate under the pointer.',
  'charts.sweep.pickNone': 'Set the learning rate: a click sets the rate under the pointer.',
  'charts.surface.colour': 'MSE (log colour)',
  'charts.surface.pathTaken': 'path taken',
  'charts.surface.nextStep': 'next step',
  'charts.surface.minimum': 'minimum',
  'charts.ssr.guess': 'your guess',
  'charts.fit.before': 'before the last step',
  'charts.fit.draggable': 'draggable point',
  'charts.fit.point': 'Point {point}: {xName} {x}, {yName} {y}. Arrow keys move it, Delete removes it.',
  'charts.fit.residuals': 'residuals of {shown, number} of {count, number} points',
} as const;
