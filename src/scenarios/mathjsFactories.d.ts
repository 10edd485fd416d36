// mathjs exports a factory per function and node class (its "custom bundling" docs), but its type
// declarations leave them out; these are the ones expression.ts builds its parser from.
import type { FactoryFunction } from 'mathjs';

declare module 'mathjs' {
  export const createTyped: FactoryFunction<unknown>;
  export const createNode: FactoryFunction<unknown>;
  export const createAccessorNode: FactoryFunction<unknown>;
  export const createArrayNode: FactoryFunction<unknown>;
  export const createAssignmentNode: FactoryFunction<unknown>;
  export const createBlockNode: FactoryFunction<unknown>;
  export const createConditionalNode: FactoryFunction<unknown>;
  export const createConstantNode: FactoryFunction<unknown>;
  export const createFunctionAssignmentNode: FactoryFunction<unknown>;
  export const createFunctionNode: FactoryFunction<unknown>;
  export const createIndexNode: FactoryFunction<unknown>;
  export const createObjectNode: FactoryFunction<unknown>;
  export const createOperatorNode: FactoryFunction<unknown>;
  export const createParenthesisNode: FactoryFunction<unknown>;
  export const createRangeNode: FactoryFunction<unknown>;
  export const createRelationalNode: FactoryFunction<unknown>;
  export const createSymbolNode: FactoryFunction<unknown>;
  export const createParse: FactoryFunction<unknown>;
}
