/** The loss-surface lab's words in English, the source of their keys (merged into the catalogs by a glob). */
export const messages = {
  'surface.title': 'The loss-surface lab: ravines, saddles and Rosenbrock',
  'surface.choice': 'surface: f(x, y) and the optimizers',
  'surface.setting.surface': 'Surface',
  'surface.fn.bowl': 'Bowl',
  'surface.fn.ravine': 'Ravine',
  'surface.fn.rosenbrock': 'Rosenbrock',
  'surface.fn.himmelblau': 'Himmelblau',
  'surface.fn.saddle': 'Saddle',
  'surface.fn.custom': 'Your own f(x, y)',
  'surface.setting.f': 'f(x, y)',
  'surface.setting.x0': 'Starting x',
  'surface.setting.y0': 'Starting y',
  'surface.setting.optimizer': 'Optimizer',
  'surface.setting.mu': 'Optimizer μ (momentum)',
  'surface.setting.rho': 'Optimizer ρ (decay)',
  'surface.setting.beta1': 'Optimizer β1',
  'surface.setting.beta2': 'Optimizer β2',
  'surface.setting.epsilon': 'Optimizer ε',
  'surface.setting.noise': 'Gradient noise',
  'surface.setting.seed': 'Seed',
  'surface.error.loading': 'The formula reader is still loading; try again in a moment.',
  'surface.error.start': 'f is not finite at the start (x = {x}, y = {y}): move the start or change the formula.',
  'surface.column.newX': 'New x',
  'surface.column.newY': 'New y',
  'surface.lossName': 'f',

  'surface.narrate': 'Step {iteration}: f was {f}; gradient ({gx}, {gy}); x {x}, y {y}.',
  'surface.stop.minimum':
    "the gradient's length fell to {norm}, below 0.0001, at a minimum (the Hessian's eigenvalues {low} and {high} are not negative): f = {f} at ({x}, {y}).",
  'surface.stop.saddle':
    "stopped at a saddle point: the gradient is zero but this is not a minimum (the Hessian's eigenvalues are {low} and {high}: f curves down along one direction). At ({x}, {y}), f = {f}; a little gradient noise would roll off it.",
  'surface.stop.maximum':
    "stopped at a maximum: the gradient is zero but this is not a minimum (the Hessian's eigenvalues {low} and {high} are both negative). At ({x}, {y}), f = {f}.",
  'surface.divergenceCause':
    "f's steepest curvature at the start is λmax ≈ {lambda} (the Hessian's largest eigenvalue), so for gradient descent rates above 2/λmax ≈ {limit} overshoot further each step",
  'surface.bands.basis':
    'curvature of f at the start for gradient descent: the Hessian’s eigenvalues there are {low} and {high} (exact for the bowl and the ravine, a local guide elsewhere)',

  'surface.panel.heading': 'The surface',
  'surface.panel.hint':
    'f in x and y, e.g. x^2 + 3*y^2. Operators + − * / ^ (a number as the power); functions {functions}. Enter applies it.',

  'surface.view.caption': 'Iteration {iteration}: f = {f} at ({x}, {y}), learning rate {rate}, {optimizer}',
  'surface.view.mapTitle': 'Loss surface f(x, y) = {formula}',
  'surface.view.mapDescription':
    'Contours of f with log-spaced levels. {minima} After {count, plural, one {# step} other {# steps}} of {optimizer} the point is at ({x}, {y}), f = {f}.',
  'surface.view.minima': '{count, plural, one {The minimum is at {list}.} other {The # minima are at {list}.}}',
  'surface.view.pick': 'Starting point x = {x}, y = {y}: click the map, or use the arrow keys and Enter',
  'surface.view.xAxis': 'x',
  'surface.view.yAxis': 'y',
  'surface.view.velocity': 'velocity',
  'surface.view.lanes': 'race lanes',
  'surface.view.colour': 'f above its lowest on the map',
  'surface.view.lossTitle': 'f per iteration',
  'surface.view.lossAxis': 'f above its lowest',
  'surface.view.lossDescription':
    'f after each of {count, plural, one {# iteration} other {# iterations}}, now {f}, drawn above the lowest value the run or the map reached.',
  'surface.view.whatIf': 'What-if path: the next {count} steps at learning rate {rate}, to ({x}, {y})',
  'surface.view.whatIfLoss': 'What-if path: f over the next {count} steps at learning rate {rate}, to {f}',

  'surface.state.heading': 'Optimizer state',
  'surface.state.caption': 'What {optimizer} carries, and the step it takes next',
  'surface.state.quantity': 'Quantity',
  'surface.state.gradient': 'Gradient ∇f',
  'surface.state.noisy': 'Gradient with noise (σ = {sigma})',
  'surface.state.velocityIn': 'Velocity carried in, v',
  'surface.state.velocityOut': 'New velocity v ← μv − η∇f',
  'surface.state.lookAhead': 'New velocity v ← μv − η∇f(x + μv) (the look-ahead gradient)',
  'surface.state.square': 'Running average of g², s',
  'surface.state.rate': 'Rate per axis η / (√s + ε)',
  'surface.state.m': 'First moment m (average gradient)',
  'surface.state.v': 'Second moment v (average g²)',
  'surface.state.mHat': 'm̂ = m / (1 − β1ᵗ)',
  'surface.state.vHat': 'v̂ = v / (1 − β2ᵗ)',
  'surface.state.step': 'Step this takes',
  'surface.state.gd':
    'Gradient descent carries nothing: each step is −η∇f, so a steep axis gets a big step and a flat one a small step.',
  'surface.state.momentum':
    'Momentum carries its velocity: steps along the ravine add up while those across it cancel.',
  'surface.state.adaptive':
    'Dividing by the root of the running g² evens the axes out: the step along x is {sx} and along y {sy}, though the gradient is {gx} and {gy}.',
  'surface.state.halted': 'The run has stopped: this step will not be taken.',
} as const;

// Adds these keys to MessageKey without i18n importing the scenarios.
type Words = typeof messages;
declare module '../../../i18n/scenarioMessages' {
  interface ScenarioMessages extends Words {}
}
