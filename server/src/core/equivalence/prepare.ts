/**
 * Turns the two trees into plain expressions the compiler can evaluate: substitutes function
 * definitions and random smooth stand-ins for uninterpreted functions, evaluates `derivative`
 * symbolically (mathjs `derivative`, which needs every function known — hence the stand-ins
 * first), drops trivial limits, and rewrites a comparison involving indefinite integrals into
 * a comparison of derivatives (equal up to an additive constant).
 */
import type { MathNode } from 'mathjs' with { 'resolution-mode': 'import' };
import { mathNumber } from './mathInstance';
import { KNOWN_FUNCTIONS } from './functions';
import {
  CALCULUS,
  UNSUPPORTED_FUNCTIONS,
  boundVariable,
  freeSymbols,
  functionName,
  view,
} from './nodes';
import { RESERVED_FUNCTIONS } from '../latex/names';
import { coefficient, type Rng } from './random';
import { Unsupported, type FunctionDefinition } from './types';

const MAX_DEPTH = 12;

/** Reserved constructs of the LaTeX parser that expandCalculus rewrites into arithmetic. */
const REWRITTEN = new Set(['Degrees', 'Arcminutes', 'Arcseconds', 'Permutations', 'Evaluate']);
/**
 * The parser's other reserved names (tuples, sets, cases, composition, logic…) are not numbers:
 * never random functions (a tuple `(a, b)` is not `(b, a)` for a reason a random function
 * cannot tell), always `unknown` — and so is any reserved name added later until handled here.
 */
const RESERVED: ReadonlySet<string> = new Set(Object.values(RESERVED_FUNCTIONS));

/** Names (with arity) of applied functions that are neither known, calculus, nor defined. */
export function uninterpretedFunctions(
  nodes: MathNode[],
  defined: ReadonlyMap<string, FunctionDefinition> | undefined,
): Map<string, number> {
  const found = new Map<string, number>();
  const visit = (node: MathNode, depth: number): void => {
    if (depth > MAX_DEPTH) throw new Unsupported('function definitions nest too deeply');
    node.traverse((child) => {
      if (child.type !== 'FunctionNode') return;
      const name = functionName(view(child) as never);
      const args = (child as unknown as { args: MathNode[] }).args;
      const definition = defined?.get(name);
      if (definition !== undefined) {
        if (definition.params.length !== args.length) {
          throw new Unsupported(`${name} applied to ${args.length} arguments`);
        }
        visit(definition.body, depth + 1);
        return;
      }
      if (KNOWN_FUNCTIONS.has(name) || CALCULUS.has(name) || REWRITTEN.has(name)) return;
      if (UNSUPPORTED_FUNCTIONS.has(name) || RESERVED.has(name)) throw new Unsupported(name);
      const arity = found.get(name);
      if (arity !== undefined && arity !== args.length) {
        throw new Unsupported(`${name} applied to different numbers of arguments`);
      }
      found.set(name, args.length);
    });
  };
  for (const node of nodes) visit(node, 0);
  return found;
}

/** A random smooth function of `arity` arguments, defined on all of ℝⁿ. */
export function randomSmooth(arity: number, rng: Rng): FunctionDefinition {
  const params = Array.from({ length: arity }, (_, k) => `__u${k}`);
  const c = (): string => `(${coefficient(rng)})`;
  const terms: string[] = [c()];
  for (const p of params) terms.push(`${c()} * ${p}`, `${c()} * ${p}^2 / 4`);
  const phase = params.map((p) => `${c()} * ${p}`).join(' + ') || '0';
  terms.push(`${c()} * sin(${phase} + ${c()})`);
  const growth = params.map((p) => `${c()} * ${p} / 3`).join(' + ') || '0';
  terms.push(`${c()} * exp(${growth}) / 2`);
  // Only our own generated text (numbers and __u names) is parsed here.
  const body = mathNumber().parse(terms.join(' + '));
  return { params, body };
}

function substituteSymbols(node: MathNode, values: Map<string, MathNode>): MathNode {
  const v = view(node);
  if (v.type === 'SymbolNode') return values.get(v.name) ?? node;
  return node.map((child) => substituteSymbols(child, values));
}

/** Replaces every application of a defined function by its body (recursively). */
export function substituteFunctions(
  node: MathNode,
  definitions: ReadonlyMap<string, FunctionDefinition>,
  depth = 0,
): MathNode {
  if (depth > MAX_DEPTH) throw new Unsupported('function definitions nest too deeply');
  const v = view(node);
  if (v.type === 'FunctionNode') {
    const name = functionName(v);
    const definition = definitions.get(name);
    if (definition !== undefined) {
      const args = v.args.map((arg) => substituteFunctions(arg, definitions, depth));
      const values = new Map<string, MathNode>();
      definition.params.forEach((param, k) => values.set(param, args[k]));
      const body = substituteSymbols(definition.body, values);
      return new (mathNumber().ParenthesisNode)(substituteFunctions(body, definitions, depth + 1));
    }
  }
  return node.map((child) => substituteFunctions(child, definitions, depth));
}

function symbol(name: string): MathNode {
  return new (mathNumber().SymbolNode)(name);
}

function differentiate(node: MathNode, variable: string): MathNode {
  try {
    return mathNumber().derivative(node, symbol(variable), { simplify: false });
  } catch (error) {
    throw new Unsupported(`cannot differentiate: ${(error as Error).message}`);
  }
}

function constantOrder(node: MathNode | undefined): number {
  if (node === undefined) return 1;
  const v = view(node);
  const value = v.type === 'ConstantNode' ? Number(v.value) : NaN;
  if (!Number.isInteger(value) || value < 0 || value > 8) {
    throw new Unsupported('derivative of a non-numeric or large order');
  }
  return value;
}

function scaled(value: MathNode, numerator: MathNode, denominator: number): MathNode {
  const M = mathNumber();
  return new M.OperatorNode('/', 'divide', [
    new M.OperatorNode('*', 'multiply', [value, numerator]),
    new M.ConstantNode(denominator),
  ]);
}

/** `\left. F \right|_a^b` = F(b) − F(a), in F's one free variable unless the bar names it. */
function evaluateBar(args: MathNode[]): MathNode {
  const M = mathNumber();
  const body = args[0];
  let [lower, upper] = args.slice(1);
  let variable: string;
  if (args.length === 4) {
    variable = boundVariable({ type: 'FunctionNode', fn: symbol('Evaluate'), args });
    [lower, upper] = args.slice(2);
  } else {
    const free = [...freeSymbols(body)];
    if (args.length !== 3 || free.length !== 1) {
      throw new Unsupported('an evaluation bar whose variable is not clear');
    }
    variable = free[0];
  }
  const at = (value: MathNode) => substituteSymbols(body, new Map([[variable, value]]));
  return new M.OperatorNode('-', 'subtract', [at(upper), at(lower)]);
}

function factorial(node: MathNode): MathNode {
  return new (mathNumber().FunctionNode)(symbol('factorial'), [node]);
}

/** Degrees, arcminutes, permutations and evaluation bars in plain arithmetic. */
function rewriteReserved(name: string, args: MathNode[]): MathNode {
  const M = mathNumber();
  switch (name) {
    case 'Degrees':
      return scaled(args[0], symbol('pi'), 180);
    case 'Arcminutes':
      return scaled(args[0], symbol('pi'), 180 * 60);
    case 'Arcseconds':
      return scaled(args[0], symbol('pi'), 180 * 3600);
    case 'Permutations':
      return new M.OperatorNode('/', 'divide', [
        factorial(args[0]),
        factorial(new M.OperatorNode('-', 'subtract', [args[0], args[1]])),
      ]);
    default:
      return evaluateBar(args);
  }
}

const CONTINUOUS_FUNCTIONS = new Set(['sin', 'cos', 'exp', 'sinh', 'cosh', 'tanh', 'atan']);
const CONTINUOUS_OPERATORS = new Set([
  'add',
  'subtract',
  'multiply',
  'divide',
  'unaryMinus',
  'unaryPlus',
]);

function isInfinite(node: MathNode): boolean {
  let found = false;
  node.traverse((child) => {
    if (child.type === 'SymbolNode' && (child as unknown as { name: string }).name === 'Infinity')
      found = true;
  });
  return found;
}

/** Built only of operations continuous on their domain (integer powers, no roots or logs). */
function continuous(node: MathNode): boolean {
  const v = view(node);
  switch (v.type) {
    case 'ConstantNode':
    case 'SymbolNode':
      return true;
    case 'ParenthesisNode':
      return continuous(v.content);
    case 'OperatorNode':
      if (v.fn === 'pow') {
        const exponent = view(v.args[1]);
        return (
          exponent.type === 'ConstantNode' &&
          Number.isInteger(Number(exponent.value)) &&
          continuous(v.args[0])
        );
      }
      return CONTINUOUS_OPERATORS.has(v.fn) && v.args.every(continuous);
    case 'FunctionNode':
      return CONTINUOUS_FUNCTIONS.has(functionName(v)) && v.args.every(continuous);
  }
}

/** Evaluates `derivative(…)` and `limit(…)` nodes where they have a value, innermost first. */
export function expandCalculus(node: MathNode): MathNode {
  const mapped = node.map((child) => expandCalculus(child));
  const v = view(mapped);
  if (v.type !== 'FunctionNode') return mapped;
  const name = functionName(v);
  if (REWRITTEN.has(name)) {
    if (name !== 'Evaluate' && v.args.length !== (name === 'Permutations' ? 2 : 1)) {
      throw new Unsupported(`${name} with ${v.args.length} arguments`);
    }
    return rewriteReserved(name, v.args);
  }
  if (name === 'derivative') {
    const variable = boundVariable(v);
    let result = v.args[0];
    const order = constantOrder(v.args[2]);
    for (let k = 0; k < order; k++) result = differentiate(result, variable);
    return result;
  }
  if (name === 'limit') {
    const variable = boundVariable(v);
    if (!freeSymbols(v.args[0]).has(variable)) return v.args[0];
    const point = v.args[2];
    // A two-sided limit of an expression continuous everywhere it is defined, at a point where it
    // is defined, is its value there (where it is not, the value is undefined and nothing follows).
    if (
      v.args.length === 3 &&
      freeSymbols(point).size === 0 &&
      !isInfinite(point) &&
      continuous(v.args[0])
    )
      return substituteSymbols(v.args[0], new Map([[variable, point]]));
    throw new Unsupported('limit');
  }
  if (name === 'integral' && v.args.length !== 2 && v.args.length !== 4) {
    throw new Unsupported('integral with one bound');
  }
  if ((name === 'sum' || name === 'product') && v.args.length !== 4) {
    throw new Unsupported(`${name} without bounds`);
  }
  return mapped;
}

/** Variables of the indefinite integrals in a tree. */
export function indefiniteVariables(node: MathNode, into = new Set<string>()): Set<string> {
  node.traverse((child) => {
    if (child.type !== 'FunctionNode') return;
    const v = view(child) as never;
    if (
      functionName(v) === 'integral' &&
      (child as unknown as { args: MathNode[] }).args.length === 2
    ) {
      into.add(boundVariable(v));
    }
  });
  return into;
}

/** d/dx of a tree in which indefinite integrals occur only linearly. */
export function differentiateLinear(node: MathNode, variable: string): MathNode {
  if (indefiniteVariables(node).size === 0) return differentiate(node, variable);
  const M = mathNumber();
  const v = view(node);
  if (v.type === 'ParenthesisNode') return differentiateLinear(v.content, variable);
  if (v.type === 'FunctionNode' && functionName(v) === 'integral' && v.args.length === 2) {
    if (indefiniteVariables(v.args[0]).size > 0)
      throw new Unsupported('nested indefinite integrals');
    return v.args[0];
  }
  if (v.type === 'OperatorNode') {
    if (v.fn === 'add' || v.fn === 'subtract' || v.fn === 'unaryMinus' || v.fn === 'unaryPlus') {
      return new M.OperatorNode(
        v.op as never,
        v.fn as never,
        v.args.map((arg) => differentiateLinear(arg, variable)),
      );
    }
    const isConstant = (arg: MathNode): boolean =>
      indefiniteVariables(arg).size === 0 && !freeSymbols(arg).has(variable);
    if (v.fn === 'multiply' && v.args.length === 2) {
      const [p, q] = v.args as [MathNode, MathNode];
      if (isConstant(p)) {
        return new M.OperatorNode('*', 'multiply', [p, differentiateLinear(q, variable)]);
      }
      if (isConstant(q)) {
        return new M.OperatorNode('*', 'multiply', [differentiateLinear(p, variable), q]);
      }
    }
    if (v.fn === 'divide' && v.args.length === 2 && isConstant(v.args[1])) {
      return new M.OperatorNode('/', 'divide', [
        differentiateLinear(v.args[0], variable),
        v.args[1],
      ]);
    }
  }
  throw new Unsupported('indefinite integral in a non-linear position');
}

/**
 * Free symbols sampled as integers: the bounds of sums and products, and what factorials and
 * binomials are taken of (`n!`, `\binom{n}{k}` count things: n is a whole number).
 */
export function integerSymbols(node: MathNode, into = new Set<string>()): Set<string> {
  node.traverse((child) => {
    const args = (child as unknown as { args?: MathNode[] }).args ?? [];
    if (child.type === 'OperatorNode' && (child as unknown as { fn: string }).fn === 'factorial') {
      freeSymbols(args[0], into);
      return;
    }
    if (child.type !== 'FunctionNode') return;
    const name = functionName(view(child) as never);
    if ((name === 'sum' || name === 'product') && args.length === 4) {
      freeSymbols(args[2], into);
      freeSymbols(args[3], into);
    }
    if (name === 'binomial' || name === 'factorial') for (const arg of args) freeSymbols(arg, into);
  });
  return into;
}
