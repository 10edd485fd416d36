/** Lesson 6's words in English, the source of their keys. */
export const messages = {
  'lessons.optimizers.title': 'Why optimizers differ',
  'lessons.optimizers.summary': 'A ravine, a race, a saddle and four minima, in the loss-surface lab.',
  'lessons.optimizers.ravine.heading': 'A ravine',
  'lessons.optimizers.ravine.text':
    'This is the loss-surface lab: f = x² + 25y², a long narrow valley, steep across (y) and nearly flat along (x). One learning rate must suit both directions: small enough not to bounce across, large enough to travel along.',
  'lessons.optimizers.ravine.task':
    'Press Step five times and watch the path: it zig-zags across the valley while it creeps along it.',
  'lessons.optimizers.race.heading': 'Race them',
  'lessons.optimizers.race.text':
    'At the rate 0.01 gradient descent no longer bounces, but it crawls along the floor. The race runs gradient descent and momentum at that same rate, and Adam at 0.1, side by side from the same start on the same map.',
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
    'Both lanes run at the same rate, 0.01: momentum still gains, because its velocity sums the steps that agree.',
  'lessons.optimizers.momentum.exact': 'It computes a more exact gradient',
  'lessons.optimizers.momentum.exact.why':
    'Every lane uses the same exact gradient of the same surface. Momentum differs in how it turns gradients into steps.',
  'lessons.optimizers.adam.heading': 'Adam',
  'lessons.optimizers.adam.text':
    'Adam divides each coordinate’s step by a running size of that coordinate’s gradient. Choose Adam as the Optimizer and the Optimizer state panel shows both sizes and the step each gives.',
  'lessons.optimizers.adam.question': 'What does that do in the ravine?',
  'lessons.optimizers.adam.even': 'Steep and flat directions take steps of similar size',
  'lessons.optimizers.adam.even.why':
    'Yes. Dividing by the gradient’s own size evens the steps out, so x is no longer left crawling along the flat floor.',
  'lessons.optimizers.adam.smaller': 'All steps get smaller',
  'lessons.optimizers.adam.smaller.why':
    'Only where the gradient is large. Where it is small, dividing by its size makes the step larger: that is the point.',
  'lessons.optimizers.adam.random': 'It adds noise to escape',
  'lessons.optimizers.adam.random.why': 'Adam adds no noise here: the same start gives the same race every time.',
  'lessons.optimizers.saddle.heading': 'A saddle',
  'lessons.optimizers.saddle.text':
    'f = x² − y² + y⁴/4 rises along x and falls along y around the origin: a saddle, with minima at y = ±√2. From (1, 0) the gradient has no y part at all, so gradient descent slides straight into the middle.',
  'lessons.optimizers.saddle.task':
    'Choose a faster Speed (60 steps per second), press Run, and read the status when the run stops.',
  'lessons.optimizers.escape.heading': 'Challenge: escape the saddle',
  'lessons.optimizers.escape.text':
    'Momentum and Adam follow the same gradient, so from this start they stop at the saddle too. A stochastic gradient, one with a little noise, does not stay on the line y = 0.',
  'lessons.optimizers.escape.goal': 'From (1, 0), reach a point with y above 1 or below −1 within {budget} steps.',
  'lessons.optimizers.escape.best': 'Best: {score, plural, one {# step} other {# steps}}.',
  'lessons.optimizers.escape.solution':
    'Set Gradient noise to 0.1 (seed 1) and press Run. The noise pushes y off 0; there the slope along y is downhill and growing, so the run rolls off to y ≈ −1.41 and passes y = −1 after 25 steps. Another seed rolls it to a side of its own.',
  'lessons.optimizers.minima.heading': 'Four minima',
  'lessons.optimizers.minima.text':
    'Himmelblau’s f = (x² + y − 11)² + (x + y² − 7)² has four minima. Gradient descent only ever goes downhill, so where it ends depends on where it starts: from (0, 0) it ends at (3, 2).',
  'lessons.optimizers.minima.task':
    'Find a start from which gradient descent reaches the minimum at (−3.78, −3.28): click the map (or type Starting x and y), then Run.',
};
