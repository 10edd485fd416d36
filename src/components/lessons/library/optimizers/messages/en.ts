/** Lesson 6's words in English, the source of their keys. */
export const messages = {
  'lessons.optimizers.title': 'Why optimizers differ',
  'lessons.optimizers.summary': 'A ravine, a race, momentum and Adam, from one start.',
  'lessons.optimizers.ravine.heading': 'A ravine',
  'lessons.optimizers.ravine.text':
    'The linreg loss is a long, narrow valley: steep across it, nearly flat along it. One learning rate must suit both directions: small enough not to bounce across, large enough to travel along.',
  'lessons.optimizers.race.heading': 'Race them',
  'lessons.optimizers.race.text':
    'The race runs plain gradient descent, momentum and Adam side by side from the same start, each with its own learning rate.',
  'lessons.optimizers.race.task': 'Press Set up a race, then Start race.',
  'lessons.optimizers.momentum.heading': 'Momentum',
  'lessons.optimizers.momentum.text':
    'Momentum keeps a velocity: each step adds the new gradient to a share of the steps before it.',
  'lessons.optimizers.momentum.question': 'Why does momentum travel along the valley faster than plain descent?',
  'lessons.optimizers.momentum.sum': 'Past steps add up along the valley',
  'lessons.optimizers.momentum.sum.why':
    'Yes. Across the valley the gradients change sign and cancel; along it they point the same way and build up speed.',
  'lessons.optimizers.momentum.rate': 'It uses a larger learning rate',
  'lessons.optimizers.momentum.rate.why':
    'The race lets you give both the same rate: momentum still gains, because its velocity sums the steps that agree.',
  'lessons.optimizers.momentum.exact': 'It computes a more exact gradient',
  'lessons.optimizers.momentum.exact.why':
    'Every lane uses the same exact gradient of the same loss. Momentum differs in how it turns gradients into steps.',
  'lessons.optimizers.adam.heading': 'Adam',
  'lessons.optimizers.adam.text': 'Adam divides each parameter’s step by a running size of that parameter’s gradient.',
  'lessons.optimizers.adam.question': 'What does that do in the ravine?',
  'lessons.optimizers.adam.even': 'Steep and flat directions take steps of similar size',
  'lessons.optimizers.adam.even.why':
    'Yes. Dividing by the gradient’s own size evens the steps out, so b is no longer left crawling along the flat floor.',
  'lessons.optimizers.adam.smaller': 'All steps get smaller',
  'lessons.optimizers.adam.smaller.why':
    'Only where the gradient is large. Where it is small, dividing by its size makes the step larger: that is the point.',
  'lessons.optimizers.adam.random': 'It adds noise to escape',
  'lessons.optimizers.adam.random.why': 'Adam adds no noise here: the same start gives the same race every time.',
  'lessons.optimizers.saddle.heading': 'Saddles',
  'lessons.optimizers.saddle.text':
    'On a saddle the surface rises one way and falls the other, and the gradient nearly vanishes in the middle: plain descent crawls there, while momentum and Adam keep moving. Try a lane with a smaller rate and see who falls behind.',
};
