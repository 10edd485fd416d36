/**
 * The bias scenario's words in English, the source of their keys: the catalogs merge every
 * scenario's messages/<language>.ts by a glob, so a scenario's words need no line outside its folder.
 */
export const messages = {
  'bias.setting.b3': 'Starting b3',

  'bias.title': 'Final bias b3 of a tiny neural network',
  'bias.choice': 'bias: train b3 of the StatQuest network',
  'bias.column.gradient': 'Gradient',
  'bias.column.stepSize': 'Step size',
  'bias.column.newB3': 'New b3',
  'bias.narrate':
    'Step {iteration}: gradient {gradient}, b3 moved {move}, SSR {direction, select, fell {fell} other {rose}} to {ssr}.',
  'bias.stop.converged':
    'b3 = {b3} is within {tolerance} of the minimum b3* = {best} (the step size fell below {minStep}).',
  'bias.stop.settled':
    'the step size fell below {minStep} while b3 is still {distance} from the minimum {best}; a larger learning rate gets there.',
  'bias.guessChart': 'SSR chart',
  'bias.divergenceCause':
    'SSR is a parabola in b3 with curvature 2n = {curvature}, so any learning rate above 1/n = {limit} overshoots further each step',
  'bias.bands.basis': 'SSR curvature 2n = {curvature}',

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
} as const;

// Adds these keys to MessageKey, so a t() call naming one compiles (and a misspelt one does not)
// without i18n importing the scenarios.
type Words = typeof messages;
declare module '../../../i18n/scenarioMessages' {
  interface ScenarioMessages extends Words {}
}
