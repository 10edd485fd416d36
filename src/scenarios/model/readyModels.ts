import type { GraphExpression } from '../../engine/graphExpression';
import { STATQUEST_PARAMS } from '../../engine/backprop';
import type { MessageKey } from '../../i18n/i18n';

/**
 * A formula as the model scenario keeps it: the text as typed (the field and the link show it)
 * and the tree the parser made of it, with its parameters in order of first appearance.
 */
export interface ModelFormula {
  readonly text: string;
  readonly expression: GraphExpression;
  readonly parameters: readonly string[];
}

/** A ready-made model: its formula (already a tree, so none needs the parser) and where it starts. */
export interface ReadyModel {
  readonly id: string;
  readonly label: MessageKey;
  readonly formula: ModelFormula;
  readonly start: Readonly<Record<string, number>>;
}

const p = (name: string): GraphExpression => ({ op: 'parameter', name });
const x: GraphExpression = { op: 'variable', name: 'x' };
const add = (left: GraphExpression, right: GraphExpression): GraphExpression => ({ op: 'add', left, right });
const mul = (left: GraphExpression, right: GraphExpression): GraphExpression => ({ op: 'mul', left, right });
const softplus = (arg: GraphExpression): GraphExpression => ({ op: 'softplus', arg });

/** Each tree is exactly what the parser makes of its text (a unit test holds them to it). */
export const READY_MODELS: readonly ReadyModel[] = [
  {
    id: 'line',
    label: 'model.ready.line',
    formula: { text: 'w*x + b', expression: add(mul(p('w'), x), p('b')), parameters: ['w', 'b'] },
    start: { w: 0, b: 0 },
  },
  {
    id: 'parabola',
    label: 'model.ready.parabola',
    formula: {
      text: 'a*x^2 + b*x + c',
      expression: add(add(mul(p('a'), { op: 'pow', base: x, exponent: 2 }), mul(p('b'), x)), p('c')),
      parameters: ['a', 'b', 'c'],
    },
    start: { a: 0, b: 0, c: 0 },
  },
  {
    id: 'statquest',
    label: 'model.ready.statquest',
    formula: {
      text: 'w3*softplus(w1*x + b1) + w4*softplus(w2*x + b2) + b3',
      expression: add(
        add(
          mul(p('w3'), softplus(add(mul(p('w1'), x), p('b1')))),
          mul(p('w4'), softplus(add(mul(p('w2'), x), p('b2')))),
        ),
        p('b3'),
      ),
      parameters: ['w3', 'w1', 'b1', 'w4', 'w2', 'b2', 'b3'],
    },
    // StatQuest's values, b3 = 0: the network scenario's start.
    start: { ...STATQUEST_PARAMS },
  },
  {
    id: 'sigmoid',
    label: 'model.ready.sigmoid',
    formula: {
      text: 'sigmoid(w*x + b)',
      expression: { op: 'sigmoid', arg: add(mul(p('w'), x), p('b')) },
      parameters: ['w', 'b'],
    },
    start: { w: 0, b: 0 },
  },
];

/** The model the scenario opens on. */
export const DEFAULT_READY = READY_MODELS[1]!;

/** The ready-made model whose text this is, if any. */
export const readyModelOf = (text: string): ReadyModel | undefined => READY_MODELS.find((m) => m.formula.text === text);
