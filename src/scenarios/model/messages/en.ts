/**
 * The model scenario's words in English, the source of their keys (merged into the catalogs by a
 * glob, as every scenario's are).
 */
export const messages = {
  'model.title': 'Your own model ŷ = f(x), trained by backpropagation',
  'model.choice': 'model: type ŷ yourself',
  'model.setting.model': 'Model',
  'model.setting.start': 'Starting {name}',
  'model.setting.loss': 'Loss',
  'model.loss.ssr': 'SSR (sum of squared residuals)',
  'model.loss.mse': 'MSE (mean of squared residuals)',
  'model.setting.ready': 'Ready-made model',
  'model.ready.line': 'Line: w*x + b',
  'model.ready.parabola': 'Parabola: a*x^2 + b*x + c',
  'model.ready.statquest': 'StatQuest’s network (two softplus nodes)',
  'model.ready.sigmoid': 'One sigmoid neuron: sigmoid(w*x + b)',
  'model.ready.own': 'Your own formula',
  'model.error.loading': 'The formula reader is still loading; try again in a moment.',
  'model.column.new': 'New {name}',

  'model.narrate': 'Step {iteration}: {loss} was {value}; the largest move was {name}, {move} (gradient {gradient}).',
  'model.stop.converged':
    "the gradient's length fell to {norm}, below {tolerance}: a minimum of the {loss} (maybe a local one), at {loss} {value}.",
  'model.divergenceCause':
    "the {loss}'s steepest curvature at the start is λmax ≈ {lambda} (from a finite-difference Hessian), so rates above 2/λmax ≈ {limit} overshoot further each step",
  'model.bands.basis':
    '{loss} curvature at the start, λmax ≈ {lambda}, from a finite-difference Hessian (local: exact for a model linear in its parameters, a guide otherwise)',

  'model.panel.heading': 'The model',
  'model.panel.hint':
    'ŷ in x and parameters, e.g. a*x^2 + b*x + c. Operators + − * / ^ (a number as the power); functions {functions}. Every other name is a parameter with its own starting value. Enter applies it.',
  'model.panel.parameters': 'Parameters: {names}',
  'model.panel.loading': 'Loading the formula reader…',
  'model.panel.startProblem': '{error} Steps cannot start there: change a starting value, the model or the data.',

  'model.view.caption': 'Iteration {iteration}: {loss} = {value}, learning rate {rate}',
  'model.view.fitTitle': "Data and the model's fit",
  'model.view.fitDescription':
    '{count} data points and the curve ŷ = {model} at the current parameters, {loss} = {value}.',
  'model.view.curve': 'ŷ, {loss} = {value}',
  'model.view.lossTitle': '{loss} per iteration',
  'model.view.lossDescription': 'The {loss} after each of {count} iterations, now {value}.',
  'model.view.whatIfFit': 'What-if path: the fit after the next step at learning rate {rate}',
  'model.view.whatIfLoss': 'What-if path: the {loss} over the next {count} steps at learning rate {rate}, to {value}',

  'model.check.hint':
    'The graph’s backpropagated gradient against ({loss}(p + h) − {loss}(p − h)) / 2h with h = 10⁻⁶·max(1, |p|): agreement below {tolerance} means backpropagation is right. Both at the current parameters, where the next step starts.',
  'model.check.caption': 'Backpropagated and finite-difference gradients',
} as const;

// Adds these keys to MessageKey without i18n importing the scenarios.
type Words = typeof messages;
declare module '../../../i18n/scenarioMessages' {
  interface ScenarioMessages extends Words {}
}
