/** Read-only views of the mathjs node shapes the engine understands, and small tree helpers. */
import type { MathNode } from 'mathjs' with { 'resolution-mode': 'import' };
import { mathNumber } from './mathInstance';
import { Unsupported } from './types';
import { RESERVED_FUNCTIONS } from '../latex/names';

export interface ConstantView {
  type: 'ConstantNode';
  value: unknown;
}
export interface SymbolView {
  type: 'SymbolNode';
  name: string;
}
export interface OperatorView {
  type: 'OperatorNode';
  fn: string;
  op: string;
  args: MathNode[];
}
export interface FunctionView {
  type: 'FunctionNode';
  fn: MathNode;
  args: MathNode[];
}
export interface ParenthesisView {
  type: 'ParenthesisNode';
  content: MathNode;
}
export type NodeView = ConstantView | SymbolView | OperatorView | FunctionView | ParenthesisView;

const VIEWED = new Set([
  'ConstantNode',
  'SymbolNode',
  'OperatorNode',
  'FunctionNode',
  'ParenthesisNode',
]);

export function view(node: MathNode): NodeView {
  if (!VIEWED.has(node.type)) throw new Unsupported(`${node.type} is not an expression`);
  return node as unknown as NodeView;
}

/** Name of a FunctionNode's function, or throws for `f.g(x)`-like callees. */
export function functionName(node: FunctionView): string {
  const fn = node.fn as unknown as { type: string; name?: string };
  if (fn.type !== 'SymbolNode' || typeof fn.name !== 'string') {
    throw new Unsupported('call of something other than a named function');
  }
  return ALIASES[fn.name] ?? fn.name;
}

/** Capitalised reserved names of the LaTeX parser (core/latex/names.ts) → our names. */
const ALIASES: Record<string, string> = {
  Derivative: 'derivative',
  Integral: 'integral',
  Sum: 'sum',
  Product: 'product',
  Limit: 'limit',
  Binomial: 'binomial',
  /** `\operatorname{sgn}` (parsed as an unknown operator name) is the sign function. */
  sgn: 'sign',
};

/**
 * Structural constructs that are not functions of their arguments' values (±, sets) or that work
 * on other kinds of objects: never replaced by random functions; comparing them is `unknown`.
 */
export const UNSUPPORTED_FUNCTIONS = new Set([
  'PlusMinus',
  'MinusPlus',
  'Set',
  'det',
  'norm',
  'gcd',
  'lcm',
  'matrix',
  // The parser's other reserved names (Degrees, Evaluate, Inner, Tuple…; core/latex/names.ts):
  // a random function of their arguments would refute true steps (`\sin 30^\circ = 1/2`).
  ...Object.keys(RESERVED_FUNCTIONS).filter((name) => !Object.hasOwn(ALIASES, name)),
]);

/** Symbols with a fixed value: never sampled. */
export const CONSTANT_SYMBOLS = new Set(['pi', 'e', 'i', 'Infinity']);

/** Calculus constructs produced by the LaTeX parser (reserved function names). */
export const CALCULUS = new Set(['derivative', 'integral', 'sum', 'product', 'limit']);

/** Number of nodes (stops counting at `limit`). */
export function size(node: MathNode, limit = Infinity): number {
  let count = 0;
  node.traverse(() => {
    count++;
  });
  return Math.min(count, limit);
}

/** Whether `name` occurs free as a symbol in `node` (bound variables of calculus nodes excluded). */
export function freeSymbols(node: MathNode, into = new Set<string>()): Set<string> {
  const v = view(node);
  switch (v.type) {
    case 'ConstantNode':
      break;
    case 'SymbolNode':
      if (!CONSTANT_SYMBOLS.has(v.name)) into.add(v.name);
      break;
    case 'ParenthesisNode':
      freeSymbols(v.content, into);
      break;
    case 'OperatorNode':
      for (const arg of v.args) freeSymbols(arg, into);
      break;
    case 'FunctionNode': {
      const name = functionName(v);
      if (CALCULUS.has(name) && (name !== 'derivative' || v.args.length >= 2)) {
        const bound = boundVariable(v);
        const inner = freeSymbols(v.args[0]);
        inner.delete(bound);
        // derivative(expr, x): x stays free (the result is a function of x).
        if (name === 'derivative' || (name === 'integral' && v.args.length === 2)) inner.add(bound);
        for (const s of inner) into.add(s);
        for (const arg of v.args.slice(2)) freeSymbols(arg, into);
      } else if (name === 'Evaluate' && (v.args.length === 3 || v.args.length === 4)) {
        // `\left. F \right|_a^b` binds F's variable: named, or F's only one.
        const inner = freeSymbols(v.args[0]);
        if (v.args.length === 4) inner.delete(boundVariable(v));
        else if (inner.size === 1) inner.clear();
        for (const s of inner) into.add(s);
        for (const arg of v.args.slice(v.args.length - 2)) freeSymbols(arg, into);
      } else {
        for (const arg of v.args) freeSymbols(arg, into);
      }
      break;
    }
  }
  return into;
}

/** The bound variable (second argument) of a calculus node. */
export function boundVariable(node: FunctionView): string {
  const arg = node.args[1];
  if (arg === undefined) throw new Unsupported(`${functionName(node)} without a variable`);
  const v = view(arg);
  if (v.type !== 'SymbolNode')
    throw new Unsupported('variable of a calculus construct is not a name');
  return v.name;
}

/**
 * Copies a tree into the restricted instance's node classes (mathjs `simplify` only recognises
 * its own instance's nodes), rejecting every node type that is not a plain expression.
 */
export function rebuild(node: MathNode): MathNode {
  const M = mathNumber();
  const v = view(node);
  switch (v.type) {
    case 'ConstantNode':
      return new M.ConstantNode(v.value as number);
    case 'SymbolNode':
      return new M.SymbolNode(v.name);
    case 'ParenthesisNode':
      return new M.ParenthesisNode(rebuild(v.content));
    case 'OperatorNode': {
      const implicit = (node as unknown as { implicit?: boolean }).implicit === true;
      return new M.OperatorNode(v.op as never, v.fn as never, v.args.map(rebuild), implicit);
    }
    case 'FunctionNode':
      return new M.FunctionNode(new M.SymbolNode(functionName(v)), v.args.map(rebuild));
  }
}
