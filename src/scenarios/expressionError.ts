import { plain } from '../format/number';
import { msg, type Msg } from '../i18n/i18n';
/**
 * What is wrong with a typed formula, and where (position counts characters from 1, as mathjs's
 * syntax errors do). Kept as data, apart from the parser, so a view can word it in each language
 * without loading mathjs; expressionErrorText is the English wording.
 */
export type ExpressionError =
  | { readonly kind: 'empty' }
  /** found: the text at the position, or null at the end of the text. */
  | { readonly kind: 'syntax'; readonly position: number; readonly found: string | null }
  | { readonly kind: 'unknownFunction'; readonly name: string; readonly position: number }
  /** `exp*x`: a function's name where a value was expected. */
  | { readonly kind: 'functionAsParameter'; readonly name: string; readonly position: number }
  /** A surface takes x and y only. */
  | { readonly kind: 'unknownVariable'; readonly name: string; readonly position: number }
  /** A name the scenario keeps for itself (the model's data y, a link's fields). */
  | { readonly kind: 'reservedName'; readonly name: string; readonly position: number }
  | {
      readonly kind: 'arity';
      readonly name: string;
      readonly expected: number;
      readonly found: number;
      readonly position: number;
    }
  /** `x^w`: the graph raises to constant powers only. */
  | { readonly kind: 'nonConstantPower'; readonly position: number }
  /** An operator or construct outside the grammar (`x!`, `a = 1`, `[1, 2]`, `x < 1`). */
  | { readonly kind: 'unsupported'; readonly what: string; readonly position: number }
  | { readonly kind: 'noParameter' }
  /** The formula's value is NaN or infinite at a data point (an index into the data). */
  | { readonly kind: 'notFinite'; readonly point: number };

export function expressionErrorText(error: ExpressionError): string {
  switch (error.kind) {
    case 'empty':
      return 'the formula is empty';
    case 'syntax':
      return `position ${error.position}: unexpected ${error.found === null ? 'end of text' : `'${error.found}'`}`;
    case 'unknownFunction':
      return `position ${error.position}: unknown function '${error.name}'`;
    case 'functionAsParameter':
      return `position ${error.position}: '${error.name}' is a function, not a parameter; write ${error.name}(…)`;
    case 'unknownVariable':
      return `position ${error.position}: unknown variable '${error.name}' (only x and y)`;
    case 'reservedName':
      return `position ${error.position}: '${error.name}' cannot name a parameter`;
    case 'arity':
      return `position ${error.position}: ${error.name} takes ${error.expected} argument${error.expected === 1 ? '' : 's'}, not ${error.found}`;
    case 'nonConstantPower':
      return `position ${error.position}: a power must be a number (x^2), not an expression in x or the parameters`;
    case 'unsupported':
      return `position ${error.position}: '${error.what}' is not supported`;
    case 'noParameter':
      return 'the model has no parameter to train';
    case 'notFinite':
      return `the value is not finite at point ${error.point + 1}`;
  }
}

/**
 * The error as a message in the page's language (expressionErrorText is the English wording kept
 * for the parser's own tests); `xAt` gives the data's x at a point, for a value that is not finite.
 */
export function expressionErrorMsg(
  error: ExpressionError,
  functions: readonly string[],
  xAt: (point: number) => number = () => NaN,
): Msg {
  switch (error.kind) {
    case 'empty':
      return msg('expression.empty');
    case 'syntax':
      return error.found === null
        ? msg('expression.syntaxEnd', { position: error.position })
        : msg('expression.syntax', { position: error.position, found: error.found });
    case 'unknownFunction':
      return msg('expression.unknownFunction', {
        position: error.position,
        name: error.name,
        functions: functions.join(', '),
      });
    case 'functionAsParameter':
      return msg('expression.functionAsParameter', { position: error.position, name: error.name });
    case 'unknownVariable':
      return msg('expression.unknownVariable', { position: error.position, name: error.name });
    case 'reservedName':
      return msg('expression.reservedName', { position: error.position, name: error.name });
    case 'arity':
      return msg('expression.arity', {
        position: error.position,
        name: error.name,
        expected: error.expected,
        found: error.found,
      });
    case 'nonConstantPower':
      return msg('expression.nonConstantPower', { position: error.position });
    case 'unsupported':
      return msg('expression.unsupported', { position: error.position, what: error.what });
    case 'noParameter':
      return msg('expression.noParameter');
    case 'notFinite': {
      const x = xAt(error.point);
      return msg('expression.notFinite', { point: error.point + 1, x: Number.isFinite(x) ? plain(x) : '?' });
    }
  }
}
