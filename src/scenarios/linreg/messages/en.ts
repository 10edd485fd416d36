/**
 * The linreg scenario's words in English, the source of their keys: the catalogs merge every
 * scenario's messages/<language>.ts by a glob, so a scenario's words need no line outside its folder.
 */
export const messages = {
  'linreg.setting.w': 'Starting w',
  'linreg.setting.b': 'Starting b',
  'linreg.setting.epochs': 'Epochs',
  'linreg.setting.every': 'Log every',
  'linreg.setting.seed': 'Shuffle seed',
  'linreg.setting.mode': 'Gradient',
  'linreg.mode.batch': 'batch (all samples per update, as the article)',
  'linreg.mode.stochastic': 'stochastic (one shuffled sample per update)',

  'linreg.set.noisyLine.about':
    '30 noisy points along y = 1 + 0.5x (seeded, the same every time): the fitted line settles near, not on, the true one.',
  'linreg.set.outlier.about':
    'Nine points on y = x and one far below it: squared error lets that one point tilt the whole line.',
  'linreg.set.article': 'The article’s 1 to 5',
  'linreg.set.article.about': 'The seed article’s data: x = y = 1, 2, 3, 4, 5.',
  'linreg.set.thousands': 'x in thousands',
  'linreg.set.thousands.about':
    'The article’s data with x = 1000 to 5000. The loss is then so steep along w that every rate above about 1e-7 diverges, far below the slider’s range: this is why features are scaled. Standardize x fixes it.',

  'linreg.title': 'Simple linear regression ŷ = wx + b',
  'linreg.choice': 'linreg: fit ŷ = wx + b',
  'linreg.column.loss': 'Loss',
  'linreg.column.newW': 'New w',
  'linreg.column.newB': 'New b',
  'linreg.narrate': 'Epoch {epoch}: loss {loss}, dL/dw {dw}, dL/db {db}, w moved {w}, b {b}.',
  'linreg.stop': 'w = {w}, b = {b}.',
  'linreg.divergenceCause':
    "the MSE's steepest direction has curvature λmax = {lambda}, so learning rates above 2/λmax = {limit} overshoot further each epoch",
  'linreg.sweepRule': 'until w and b are each within 0.01 of the minimum (the least-squares line)',
  'linreg.bands.basis': 'largest Hessian eigenvalue λmax = {lambda}',

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

  'linreg.log.heading': 'Training log',
  'linreg.log.hint':
    "What the article's Python script prints: a line every {every} epochs (loss before the update, w and b after it).",
  'linreg.log.showing': 'Showing the last {shown} of {total} lines.',
} as const;

// Adds these keys to MessageKey, so a t() call naming one compiles (and a misspelt one does not)
// without i18n importing the scenarios.
type Words = typeof messages;
declare module '../../../i18n/scenarioMessages' {
  interface ScenarioMessages extends Words {}
}
