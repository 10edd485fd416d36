/**
 * The network scenario's words in English, the source of their keys: the catalogs merge every
 * scenario's messages/<language>.ts by a glob, so a scenario's words need no line outside its folder.
 */
export const messages = {
  'network.setting.seed': 'Random seed',
  'network.setting.train': 'Train',
  'network.train.b3': 'b3 only (the bias scenario)',
  'network.train.w3w4b3': 'w3, w4, b3 (StatQuest’s next step)',
  'network.train.all': 'all 7 parameters',
  'network.setting.init': 'Start from',
  'network.init.statquest': 'StatQuest’s values (b3 = 0)',
  'network.init.random': 'a seeded random start',

  'network.title': 'Backpropagation through all seven parameters',
  'network.choice': 'network: backpropagation, up to all 7 parameters',
  'network.narrate': 'Step {iteration}: SSR was {ssr}; the largest move was {name}, {move} (gradient {gradient}).',
  'network.stop.converged':
    "every step size fell below {minStep} and the gradient's length is {norm}, below {tolerance}: a minimum of the SSR (maybe a local one), at SSR {ssr}.",
  'network.stop.settled':
    "every step size fell below {minStep} while the gradient's length is still {norm} (a minimum needs below {tolerance}): StatQuest's rule stopped it before a minimum.",
  'network.divergenceCause':
    "the SSR's steepest curvature at the start is λmax ≈ {lambda}, so rates above 2/λmax ≈ {limit} overshoot further each step",
  'network.bands.basis':
    'SSR curvature at the start, λmax ≈ {lambda} (the network is not a parabola: a guide, not a law)',

  'network.derivation.heading': 'Next step (iteration {iteration}), from {name} = {value}: backpropagation to {name}',
  'network.derivation.region': 'Forward pass, scrollable sideways',
  'network.derivation.caption':
    "Forward pass at the current parameters (σ is the logistic function, softplus's derivative)",
  'network.derivation.term': 'term for {name}',
  'network.derivation.sum': 'dSSR/d{name} (sum of the terms)',
  'network.derivation.new': 'New {name}',
  'network.derivation.step': 'Step',
  'network.derivation.fixed': '{name} is fixed in this setting: its gradient is shown but not applied.',
  'network.check.hint':
    'Backpropagation against (SSR(p + h) − SSR(p − h)) / 2h with h = 10⁻⁶·max(1, |p|): agreement below {tolerance} means the chain rule above is right. Both are taken at the current parameters, where the next step starts.',
  'network.check.caption': 'Analytic and numeric gradients',
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
  'network.diagram.title': 'Network diagram: choose a weight or bias to see its chain rule',
  'network.diagram.parameter':
    '{name} = {value}, gradient {gradient}{fixed, select, yes {, fixed} other {}}. Show its chain rule.',
} as const;

// Adds these keys to MessageKey, so a t() call naming one compiles (and a misspelt one does not)
// without i18n importing the scenarios.
type Words = typeof messages;
declare module '../../../i18n/scenarioMessages' {
  interface ScenarioMessages extends Words {}
}
