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
  'linreg.setting.batch': 'Batch size',
  'linreg.batch.full':
    'All {count, plural, one {# point} other {# points}} in each update: full batches, as the article (1 is stochastic descent).',
  'linreg.batch.mini':
    '{batches, plural, one {# update} other {# updates}} an epoch, each on the next slice of the {count, plural, one {# point} other {# points}} shuffled anew every epoch ({count} is full batches).{capped, select, yes { A run stops after {max} updates.} other {}}',

  'linreg.set.noisyLine.about':
    '30 noisy points along y = 1 + 0.5x (seeded, the same every time): the fitted line settles near, not on, the true one.',
  'linreg.set.outlier.about':
    'Nine points on y = x and one far below it: squared error lets that one point tilt the whole line.',
  'linreg.set.article': 'The article’s 1 to 5',
  'linreg.set.article.about': 'The seed article’s data: x = y = 1, 2, 3, 4, 5.',
  'linreg.set.thousands': 'x in thousands',
  'linreg.set.thousands.about':
    'The article’s data with x = 1000 to 5000. The loss is then so steep along w that every rate above about 1e-7 diverges, far below the slider’s range: this is why features are scaled. Standardize x fixes it.',

  'linreg.set.faithful': 'Old Faithful',
  'linreg.set.faithful.about':
    'Old Faithful’s 272 eruptions: the eruption’s length (y) against the waiting time (x), in minutes. Longer waits go with longer eruptions, and the points form two clusters: one straight line through both fits well, but it mostly joins the clusters and says little inside each one.',
  'linreg.set.faithful.source':
    'Source: Azzalini & Bowman (1990), “A look at some data on the Old Faithful geyser”, and Härdle (1991), via R’s faithful data set.',
  'linreg.set.galton': 'Galton’s heights',
  'linreg.set.galton.about':
    'Galton’s 928 children: a child’s height (y) against the mid-parent height (x), in inches. Taller parents tend to have taller children, but the slope is less than 1: children of very tall or very short parents are, on average, closer to the mean. Galton called this “regression”, and that is where the word comes from.',
  'linreg.set.galton.source':
    'Source: Galton (1886), “Regression towards mediocrity in hereditary stature”, via the Galton data set in R’s HistData package. Public domain.',

  'linreg.title': 'Simple linear regression ŷ = wx + b',
  'linreg.choice': 'linreg: fit ŷ = wx + b',
  'linreg.column.batch': 'Batch',
  'linreg.column.loss': 'Loss',
  'linreg.column.newW': 'New w',
  'linreg.column.newB': 'New b',
  'linreg.narrate': 'Epoch {epoch}: loss {loss}, dL/dw {dw}, dL/db {db}, w moved {w}, b {b}.',
  'linreg.narrateBatch':
    'Epoch {epoch}, batch {batch} of {batches}: batch loss {loss}, dL/dw {dw}, dL/db {db}, w moved {w}, b {b}.',
  'linreg.stop': 'w = {w}, b = {b}.',
  'linreg.divergenceCause':
    "the MSE's steepest direction has curvature λmax = {lambda}, so learning rates above 2/λmax = {limit} overshoot further each epoch",
  'linreg.sweepRule': 'until w and b are each within 0.01 of the minimum (the least-squares line)',
  'linreg.bands.basis': 'largest Hessian eigenvalue λmax = {lambda}',

  'linreg.derivation.heading': 'Next epoch (epoch {epoch}), from w = {w}, b = {b}: the chain rule',
  'linreg.derivation.sample': 'Sample',
  'linreg.derivation.sampleOption': 'Sample {n}: x = {x}, y = {y}',
  'linreg.derivation.prediction': 'Prediction ŷ = wx + b',
  'linreg.derivation.batchOf': 'Next update: epoch {epoch}, batch {batch} of {batches}, from w = {w}, b = {b}: the chain rule',
  'linreg.derivation.miniHeading':
    'The mini-batch: averaging its {size, plural, one {# sample} other {# samples}} (the 2/|B| factor)',
  'linreg.derivation.miniHint':
    'Every epoch the {count} points are shuffled (Shuffle seed) and cut into batches; each update averages one batch’s per-sample gradients, so it follows the whole data’s slope only roughly.',
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
  'linreg.view.lossDescriptionMini':
    'After {count, plural, one {# update} other {# updates}}: loss over all the data {loss}; the faint line is each batch’s own loss.',
  'linreg.view.updateAxis': 'Update',
  'linreg.view.batchLoss': 'batch loss',
  'linreg.view.fullLoss': 'loss over all the data',
  'linreg.view.export': 'Export Python',
  'linreg.view.exportMini': 'The script is the article’s full-batch version: set the batch size to {count} to export it.',
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
