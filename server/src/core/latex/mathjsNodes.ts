/**
 * The one place where core/latex touches mathjs: a restricted instance that holds only the
 * expression-node classes (no `evaluate`, no `parse`, no `import`). Document text is never handed
 * to mathjs as a string; the parser builds trees node by node with the helpers below.
 */
import type { MathNode, OperatorNodeFn } from 'mathjs' with { 'resolution-mode': 'import' };
// @ts-expect-error -- mathjs's typings are ESM-only; at run time require() resolves its CommonJS build.
import * as mathjs from 'mathjs';

const {
  ArrayNodeDependencies,
  ConstantNodeDependencies,
  create,
  FunctionNodeDependencies,
  OperatorNodeDependencies,
  ParenthesisNodeDependencies,
  RelationalNodeDependencies,
  SymbolNodeDependencies,
} = mathjs;

const nodes = create({
  ArrayNodeDependencies,
  ConstantNodeDependencies,
  FunctionNodeDependencies,
  OperatorNodeDependencies,
  ParenthesisNodeDependencies,
  RelationalNodeDependencies,
  SymbolNodeDependencies,
});

export type { MathNode };

export function numberNode(value: number): MathNode {
  return new nodes.ConstantNode(value);
}

export function booleanNode(value: boolean): MathNode {
  return new nodes.ConstantNode(value);
}

/** A string constant: the side of a one-sided limit ('+' or '-'). */
export function stringNode(value: string): MathNode {
  return new nodes.ConstantNode(value);
}

export function symbolNode(name: string): MathNode {
  return new nodes.SymbolNode(name);
}

const operatorSymbols = {
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
  unaryMinus: '-',
  pow: '^',
  factorial: '!',
} as const;

export type Operator = keyof typeof operatorSymbols;

export function operatorNode(fn: Operator, args: MathNode[], implicit = false): MathNode {
  // The mathjs typings tie `op` to `fn` generically; this table keeps the pair consistent.
  const op = operatorSymbols[fn];
  return new nodes.OperatorNode(op as never, fn as OperatorNodeFn as never, args, implicit);
}

export function functionNode(name: string, args: MathNode[]): MathNode {
  return new nodes.FunctionNode(new nodes.SymbolNode(name), args);
}

export function arrayNode(items: MathNode[]): MathNode {
  return new nodes.ArrayNode(items);
}

/** A chain of comparisons (`0 \\le x < 1`): conditionals are mathjs names (smaller, largerEq…). */
export function relationalNode(conditionals: string[], params: MathNode[]): MathNode {
  return new nodes.RelationalNode(conditionals, params);
}
