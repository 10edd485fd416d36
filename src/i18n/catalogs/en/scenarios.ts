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
  'linreg.sweepRule': 'until w and b are each within 0.01 of the minimum (the least-squares line)',
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

  'scenario.listSeparator': ', ',
  'scenario.derivation.stepSize': 'Step size = gradient × learning rate',
  'scenario.derivation.newHidden': '{value} − (step size) = {hidden}',
  'scenario.fitTitle.network': "Data and the network's fit",
  'scenario.axis.dosage': 'Dosage',
  'scenario.axis.efficacy': 'Efficacy',

  'bias.derivation.heading': 'Next step (iteration {iteration}), from b3 = {b3}: the chain rule',
  'bias.derivation.region': 'Predictions, scrollable sideways',
  'bias.derivation.caption': 'Predictions at b3 = {b3}',
  'bias.derivation.dosage': 'Dosage x',
  'bias.derivation.efficacy': 'Efficacy y',
  'bias.derivation.predicted': 'Predicted ŷ',
  'bias.derivation.residual': 'Residual y − ŷ',
  'bias.derivation.gradient': 'Gradient dSSR/db3',
  'bias.derivation.newB3': 'New b3 = b3 − step size',
  'bias.view.loading': 'Loading the chain rule…',
  'bias.view.whatIfSsr': 'What-if path: the next {count} steps at learning rate {rate}, b3 from {from} to {to}',
  'bias.view.whatIfFit': 'What-if path: the fit after the next step at learning rate {rate}, b3 = {b3}',
  'bias.view.caption': 'Iteration {iteration}: b3 = {b3}, SSR = {ssr}, learning rate {rate}',
  'bias.view.ssrTitle': 'SSR against b3',
  'bias.view.ssrDescription':
    'The SSR is a parabola in b3, lowest ({lowest}) at b3 = {best}. The current b3 is {b3} with SSR {ssr}; the tangent there has slope {slope}, the gradient of the next step.',
  'bias.view.tangent': 'tangent slope {slope}',
  'bias.view.minimum': 'min b3* = {best}',
  'bias.view.current': 'now b3 = {b3}',
  'bias.view.xAxis': 'b3 (final bias)',
  'bias.view.fitDescription': '{count} observations and the fitted curve at b3 = {b3}; predictions {predictions}.',
  'bias.view.curve': 'fit at b3 = {b3}',

  'linreg.derivation.heading': 'Next epoch (epoch {epoch}), from w = {w}, b = {b}: the chain rule',
  'linreg.derivation.sample': 'Sample',
  'linreg.derivation.sampleOption': 'Sample {n}: x = {x}, y = {y}',
  'linreg.derivation.prediction': 'Prediction ŷ = wx + b',
  'linreg.derivation.forEach': 'for each sample',
  'linreg.derivation.shuffled': 'in a shuffled order:',
  'linreg.derivation.stochasticHeading': 'Stochastic: one sample at a time ({count} updates an epoch)',
  'linreg.derivation.stochasticHint':
    'No average over the batch: after each sample, in an order shuffled every epoch, w and b move by the learning rate times that one sample’s gradient.',
  'linreg.derivation.meanDw': 'Mean of the {count} per-sample dL/dw applied this epoch',
  'linreg.derivation.meanDb': 'Mean of the {count} per-sample dL/db',
  'linreg.derivation.afterEpoch': 'After the epoch',
  'linreg.derivation.after': 'w = {w}, b = {b}',
  'linreg.derivation.batchHeading': 'The batch: averaging the {count} samples (the 2/m factor)',
  'linreg.derivation.newW': 'New w = w − learning rate × dL/dw',
  'linreg.derivation.newB': 'New b = b − learning rate × dL/db',
  'linreg.view.valley': 'The valley is {ratio} times steeper across than along.',
  'linreg.view.flatValley': 'The valley floor is flat: every x is the same, so many lines fit equally well.',
  'linreg.view.whatIfSurface': 'What-if path: the next {count} epochs at learning rate {rate}, to w = {w}, b = {b}',
  'linreg.view.whatIfFit': 'What-if path: the line after the next epoch at learning rate {rate}, ŷ = {w}x + {b}',
  'linreg.view.whatIfLoss': 'What-if path: the loss over the next {count} epochs at learning rate {rate}, to {loss}',
  'linreg.view.caption': 'Epoch {epoch}: w = {w}, b = {b}, MSE = {mse}, learning rate {rate}',
  'linreg.view.fitTitle': 'Data and the fitted line',
  'linreg.view.fitDescription': '{count} points and the line {equation}.',
  'linreg.view.surfaceTitle': 'Loss surface over w and b',
  'linreg.view.surfaceMinimum': 'Filled contours of the MSE; the minimum is at w = {w}, b = {b}.',
  'linreg.view.surfaceLine': 'Filled contours of the MSE; the minimum is a whole line (all x are equal).',
  'linreg.view.surfacePath': 'The path has {count} steps and is now at w = {w}, b = {b}, MSE {mse}.',
  'linreg.view.slope': 'w (slope)',
  'linreg.view.intercept': 'b (intercept)',
  'linreg.view.lossTitle': 'Loss against epoch (log scale)',
  'linreg.view.lossDescription': 'After {count} epochs: loss {loss}.',
  'linreg.view.lossAxis': 'Loss (MSE)',
  'linreg.view.export': 'Export Python',
  'linreg.view.exportStochastic': 'The script is the article’s batch version: switch to batch gradients to export it.',
  'linreg.view.exportBatch': 'The article’s script with these settings: run it with numpy and it prints the same log.',

  'network.derivation.heading': 'Next step (iteration {iteration}), from {name} = {value}: backpropagation to {name}',
  'network.derivation.region': 'Forward pass, scrollable sideways',
  'network.derivation.caption':
    "Forward pass at the current parameters (σ is the logistic function, softplus's derivative)",
  'network.derivation.term': 'term for {name}',
  'network.derivation.sum': 'dSSR/d{name} (sum of the terms)',
  'network.derivation.new': 'New {name}',
  'network.derivation.step': 'Step',
  'network.derivation.fixed': '{name} is fixed in this setting: its gradient is shown but not applied.',
  'network.check.heading': 'Gradient check',
  'network.check.hint':
    'Backpropagation against (SSR(p + h) − SSR(p − h)) / 2h with h = 10⁻⁶·max(1, |p|): agreement below {tolerance} means the chain rule above is right. Both are taken at the current parameters, where the next step starts.',
  'network.check.region': 'Gradient check, scrollable sideways',
  'network.check.caption': 'Analytic and numeric gradients',
  'network.check.parameter': 'Parameter',
  'network.check.backprop': 'Backpropagation',
  'network.check.numeric': 'Finite difference',
  'network.check.error': 'Relative error',
  'network.check.agrees': '{error} ✓ agrees',
  'network.check.differs': '{error} ✗ differs',
  'network.view.whatIfFit': 'What-if path: the fit after the next step at learning rate {rate}',
  'network.view.whatIfLoss': 'What-if path: the SSR over the next {count} steps at learning rate {rate}, to {ssr}',
  'network.view.caption': 'Iteration {iteration}: SSR = {ssr}, learning rate {rate}',
  'network.view.nodeX': 'Input x; first data point x = {x}',
  'network.view.nodeH1': 'Hidden node 1: w1x + b1 = {z}, softplus = {h} (first point)',
  'network.view.nodeH2': 'Hidden node 2: w2x + b2 = {z}, softplus = {h} (first point)',
  'network.view.nodeOut': 'Output ŷ = w3·h1 + w4·h2 + b3 = {y} (first point)',
  'network.view.fitDescription': "{count} observations and the network's curve; SSR {ssr}.",
  'network.view.curve': 'fit, SSR {ssr}',
  'network.view.ssrTitle': 'SSR against iteration (log scale)',
  'network.view.ssrDescription': 'After {count} iterations: SSR {ssr}.',
  'network.view.sparklines': 'Trained parameters over the iterations',
  'network.view.fromTo': 'from {from} to {to}',
  'network.view.noSteps': 'no steps yet',
} as const;
