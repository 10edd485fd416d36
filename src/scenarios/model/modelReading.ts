import type { Parsed } from '../../format/parseNumber';
import { parseExpression, type ExpressionOptions } from '../expression';
import { expressionErrorMsg, type ExpressionError } from '../expressionError';
import { MODEL_FUNCTIONS, nonFinitePoint, RESERVED_NAMES, type ModelSettings } from './model';
import { readyModelOf, type ModelFormula } from './readyModels';

/** Reading a typed formula: loaded with the parser (modelParser.ts), never in the first load. */
const OPTIONS: ExpressionOptions = { variables: ['x'], parameters: true, reserved: RESERVED_NAMES };

/**
 * A typed formula read against the settings: a new model with its parameters' starting values, or
 * what is wrong with it. A parameter it shares with the current model keeps its start; a ready-made
 * model brings its own; any other starts at 0, or at 1 where 0 makes ŷ not finite on the data.
 */
export function readModel(settings: ModelSettings, text: string): Parsed<ModelSettings> {
  const refuse = (error: ExpressionError): Parsed<ModelSettings> => ({
    ok: false,
    error: expressionErrorMsg(error, MODEL_FUNCTIONS, (i) => settings.data[i]?.x ?? NaN),
  });
  const parsed = parseExpression(text, OPTIONS);
  if (!parsed.ok) return refuse(parsed.error);
  const model: ModelFormula = { text, expression: parsed.expression, parameters: parsed.parameters };
  const ready = readyModelOf(text);
  const startWith = (fresh: number) =>
    Object.fromEntries(
      model.parameters.map((name) => [name, ready?.start[name] ?? settings.start[name] ?? fresh] as const),
    );
  let start = startWith(0);
  if (nonFinitePoint(model, start, settings.data) !== null) start = startWith(1);
  const bad = nonFinitePoint(model, start, settings.data);
  if (bad !== null) return refuse({ kind: 'notFinite', point: bad });
  return { ok: true, value: { ...settings, model, start } };
}
