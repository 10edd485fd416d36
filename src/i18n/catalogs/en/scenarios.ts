/** The scenarios' own words: settings, data sets, stop explanations, chain-rule captions, views. */
export const scenarios = {
  'setting.learningRateValue': 'Learning rate value',
  'bias.setting.b3': 'Starting b3',
  'linreg.setting.w': 'Starting w',
  'linreg.setting.b': 'Starting b',
  'linreg.setting.epochs': 'Epochs',
  'linreg.setting.every': 'Log every',
  'linreg.setting.seed': 'Shuffle seed',
  'linreg.setting.mode': 'Gradient',
  'linreg.mode.batch': 'batch (all samples per update, as the article)',
  'linreg.mode.stochastic': 'stochastic (one shuffled sample per update)',
  'network.setting.seed': 'Random seed',
  'network.setting.train': 'Train',
  'network.train.b3': 'b3 only (the bias scenario)',
  'network.train.w3w4b3': 'w3, w4, b3 (StatQuest’s next step)',
  'network.train.all': 'all 7 parameters',
  'network.setting.init': 'Start from',
  'network.init.statquest': 'StatQuest’s values (b3 = 0)',
  'network.init.random': 'a seeded random start',

  'set.own': 'The scenario’s own data',
  'set.statquest': 'StatQuest’s three dosages',
  'set.statquest.about': 'The video’s data: dosage 0, 0.5 and 1 with efficacy 0, 1 and 0.',
  'set.noisyLine': 'Linear with noise (30 points)',
  'set.noisyLine.dosage.about':
    '30 noisy points along a rising line (seeded, the same every time). More points make the SSR steeper: for b3 its curvature is 2n = 60, so rates above 1/n ≈ 0.033 diverge.',
  'set.noisyLine.linreg.about':
    '30 noisy points along y = 1 + 0.5x (seeded, the same every time): the fitted line settles near, not on, the true one.',
  'set.outlier': 'One outlier',
  'set.outlier.dosage.about':
    'Five dosages on StatQuest’s bump and one far above it: squared error lets that one point lift the whole fit.',
  'set.outlier.linreg.about':
    'Nine points on y = x and one far below it: squared error lets that one point tilt the whole line.',
  'set.thousands.dosage': 'Dosage in milligrams (x in thousands)',
  'set.thousands.dosage.about':
    'StatQuest’s data with dosages of 0 to 1000 mg. The network’s fixed weights were made for dosages near 0 to 1, so its curve runs thousands off this data, and training its weights (not b3 alone) needs a rate far below the slider’s range. Standardize x brings x back to a scale near 1.',
  'set.article': 'The article’s 1 to 5',
  'set.article.about': 'The seed article’s data: x = y = 1, 2, 3, 4, 5.',
  'set.thousands.linreg': 'x in thousands',
  'set.thousands.linreg.about':
    'The article’s data with x = 1000 to 5000. The loss is then so steep along w that every rate above about 1e-7 diverges, far below the slider’s range: this is why features are scaled. Standardize x fixes it.',

  'scenario.stepWord.iteration': 'Iteration',
  'scenario.stepWord.epoch': 'Epoch',
  'scenario.loss.ssr': 'SSR',
  'scenario.loss.loss': 'loss',
  'scenario.column.iteration': 'Iteration',
  'scenario.column.epoch': 'Epoch',
  'scenario.column.symbol': '{symbol}',
  'scenario.diverged.overflow': 'The numbers overflowed at learning rate {rate}: {cause}.',
  'scenario.diverged.growth':
    'The {loss} grew on {count, plural, one {# {unit, select, epoch {epoch} other {step}}} other {# {unit, select, epoch {epochs} other {steps}}}} in a row at learning rate {rate}: {cause}.',
  'scenario.hiddenAnswer': '? (revealed after your prediction)',
  'scenario.notTaken.converged': 'Not taken: the run has converged.',
  'scenario.notTaken.settled': 'Not taken: the stopping rule stopped the run (the step size fell below 0.001).',
  'scenario.notTaken.budget': 'Not taken: the step budget is spent.',
  'scenario.notTaken.finished': 'Not taken: every epoch is done.',
  'scenario.notTaken.diverging': 'Not taken: the run is diverging. Lower the learning rate to go on from here.',
  'scenario.whatIf.at': 'at learning rate {rate}',

  'status.converged':
    'Converged after {count, plural, one {# {unit, select, epoch {epoch} other {step}}} other {# {unit, select, epoch {epochs} other {steps}}}}: {why}',
  'status.settled':
    'Stopped after {count, plural, one {# {unit, select, epoch {epoch} other {step}}} other {# {unit, select, epoch {epochs} other {steps}}}}: {why}',
  'status.budget':
    'Stopped after {count, plural, one {# {unit, select, epoch {epoch} other {step}}} other {# {unit, select, epoch {epochs} other {steps}}}}: the step budget is spent without converging.',
  'status.finished':
    'Finished {count, plural, one {# {unit, select, epoch {epoch} other {step}}} other {# {unit, select, epoch {epochs} other {steps}}}}: {why}',
  'status.diverging': 'Diverging: {why} Lower the learning rate and Step on from here, or Reset.',
  'status.ready': 'Ready: press Step to take the first {unit, select, epoch {epoch} other {iteration}}.',
  'status.running':
    'Running: {count, plural, one {# {unit, select, epoch {epoch} other {step}}} other {# {unit, select, epoch {epochs} other {steps}}}} so far.',
  'status.taken':
    '{count, plural, one {# {unit, select, epoch {epoch} other {step}}} other {# {unit, select, epoch {epochs} other {steps}}}} taken.',

  'forecast.sentence': 'At {rate}: next {values}; {outcome}.',
  'forecast.cannotStep':
    'At {rate}: Step cannot go on from this {unit, select, epoch {epoch} other {iteration}}: {outcome}.',
  'forecast.converges':
    'converges after {count, plural, one {# more {unit, select, epoch {epoch} other {step}}} other {# more {unit, select, epoch {epochs} other {steps}}}}',
  'forecast.overshootsConverges':
    'overshoots the minimum, converges after {count, plural, one {# more {unit, select, epoch {epoch} other {step}}} other {# more {unit, select, epoch {epochs} other {steps}}}}',
  'forecast.finishes':
    'finishes after {count, plural, one {# more {unit, select, epoch {epoch} other {step}}} other {# more {unit, select, epoch {epochs} other {steps}}}}',
  'forecast.overshootsFinishes':
    'overshoots the minimum, finishes after {count, plural, one {# more {unit, select, epoch {epoch} other {step}}} other {# more {unit, select, epoch {epochs} other {steps}}}}',
  'forecast.overflows': 'diverges: the numbers overflow',
  'forecast.grows': 'diverges: {loss} grows ×{growth} {unit, select, epoch {an epoch} other {a step}}',
  'forecast.budget': 'not within the step budget',
  'forecast.stops':
    'stops after {count, plural, one {# more {unit, select, epoch {epoch} other {step}}} other {# more {unit, select, epoch {epochs} other {steps}}}}, short of the minimum',
  'forecast.noRule':
    'no stopping rule fires within the next {count, plural, one {# {unit, select, epoch {epoch} other {step}}} other {# {unit, select, epoch {epochs} other {steps}}}}',

  'bias.title': 'Final bias b3 of a tiny neural network',
  'bias.choice': 'bias: train b3 of the StatQuest network',
  'bias.column.gradient': 'Gradient',
  'bias.column.stepSize': 'Step size',
  'bias.column.newB3': 'New b3',
  'bias.narrate':
    'Step {iteration}: gradient {gradient}, b3 moved from {from} to {to}, SSR {direction, select, fell {fell} other {rose}} to {ssr}.',
  'bias.stop.converged':
    'b3 = {b3} is within {tolerance} of the minimum b3* = {best} (the step size fell below {minStep}).',
  'bias.stop.settled':
    'the step size fell below {minStep} while b3 is still {distance} from the minimum {best}; a larger learning rate gets there.',
  'bias.guessChart': 'SSR chart',
  'bias.divergenceCause':
    'SSR is a parabola in b3 with curvature 2n = {curvature}, so any learning rate above 1/n = {limit} overshoots further each step',
  'bias.bands.basis': 'SSR curvature 2n = {curvature}',

  'linreg.title': 'Simple linear regression ŷ = wx + b',
  'linreg.choice': 'linreg: fit ŷ = wx + b',
  'linreg.column.loss': 'Loss',
  'linreg.column.newW': 'New w',
  'linreg.column.newB': 'New b',
  'linreg.narrate':
    'Epoch {epoch}: loss {loss}, dL/dw {dw}, dL/db {db}, w moved from {w0} to {w1}, b from {b0} to {b1}.',
  'linreg.stop': 'w = {w}, b = {b}.',
  'linreg.divergenceCause':
    "the MSE's steepest direction has curvature λmax = {lambda}, so learning rates above 2/λmax = {limit} overshoot further each epoch",
  'linreg.sweepRule': 'until w and b each move less than 0.001 in an epoch',
  'linreg.bands.basis': 'largest Hessian eigenvalue λmax = {lambda}',

  'network.title': 'Backpropagation through all seven parameters',
  'network.choice': 'network: backpropagation, up to all 7 parameters',
  'network.narrate':
    'Step {iteration}: SSR was {ssr}; the largest move was {name}, from {from} to {to} (gradient {gradient}).',
  'network.stop.converged':
    "every step size fell below {minStep} and the gradient's length is {norm}, below {tolerance}: a minimum of the SSR (maybe a local one), at SSR {ssr}.",
  'network.stop.settled':
    "every step size fell below {minStep} while the gradient's length is still {norm} (a minimum needs below {tolerance}): StatQuest's rule stopped it before a minimum.",
  'network.divergenceCause':
    "the SSR's steepest curvature at the start is λmax ≈ {lambda}, so rates above 2/λmax ≈ {limit} overshoot further each step",
  'network.bands.basis':
    'SSR curvature at the start, λmax ≈ {lambda} (the network is not a parabola: a guide, not a law)',
} as const;
