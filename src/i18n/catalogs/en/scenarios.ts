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
} as const;
