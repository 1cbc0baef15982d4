/**
 * Calculus written as computer algebra systems write it, which people paste from SymPy, Maxima and
 * mathjs: `Integral(x**2, (x, 0, 1))`, `integrate(f, x, a, b)`, `diff(f, x, 2)`,
 * `derivative(x^2, x)`, `Sum(1/k**2, (k, 1, oo))`, `sum(f, k, 1, n)`, `Limit(sin(x)/x, x, 0)`.
 * The bounds come as further arguments or as one tuple `(x, a, b)` (rewrite.ts's Tuple). Any other
 * shape is left to the plain application (`sum(1, 2, 3)` is mathjs's sum of numbers).
 */
import type { FunctionPrinter, Print } from './functions';
import type { MathNode } from './parse';
import { nameOf } from './nodes';
import { LEVEL, TOP, atLeast, type Printed } from './printed';

/** What is summed, integrated or differentiated, its variable, and the bounds after it. */
interface Bounds {
  body: MathNode;
  variable: string;
  rest: MathNode[];
}

/** The body, then the variable and its bounds: `f, x, a, b` or `f, (x, a, b)`. */
function boundsOf(args: MathNode[], print: Print): Bounds | undefined {
  const [body, first, ...others] = args;
  if (body === undefined) return undefined;
  const tuple = first?.type === 'FunctionNode' && nameOf(asFunction(first).fn) === 'Tuple';
  const [variable, ...rest] = tuple && others.length === 0 ? asFunction(first).args : args.slice(1);
  if (variable?.type !== 'SymbolNode') return undefined;
  return { body, variable: print(variable, TOP).tex, rest };
}

function asFunction(node: MathNode): { fn: MathNode; args: MathNode[] } {
  return node as unknown as { fn: MathNode; args: MathNode[] };
}

const inner = (node: MathNode, print: Print) => print(node, { trailing: true, script: true }).tex;

/** `\sum_{k=1}^{n}` and the like, before a body that a sum in it would leave open. */
function operatorOn(head: string, body: MathNode, print: Print, tail = ''): Printed {
  const printed = atLeast(print(body, { trailing: tail === '', script: false }), LEVEL.multiply);
  return { tex: `${head} ${printed.tex}${tail}`, level: LEVEL.add, starts: 'other' };
}

function bigOperator(command: string): FunctionPrinter {
  return (args, print) => {
    const bounds = boundsOf(args, print);
    if (bounds === undefined || bounds.rest.length !== 2) return undefined;
    const [from, to] = bounds.rest.map((node) => inner(node, print));
    return operatorOn(`${command}_{${bounds.variable}=${from}}^{${to}}`, bounds.body, print);
  };
}

const integral: FunctionPrinter = (args, print) => {
  const bounds = boundsOf(args, print);
  if (bounds === undefined || (bounds.rest.length !== 0 && bounds.rest.length !== 2))
    return undefined;
  const limits = bounds.rest.map((node) => inner(node, print));
  const head = limits.length === 2 ? `\\int_{${limits[0]}}^{${limits[1]}}` : '\\int';
  return operatorOn(head, bounds.body, print, ` \\, d${bounds.variable}`);
};

/** A derivative's order: none, a whole number, or SymPy's `(x, 2)`. */
function orderOf(rest: MathNode[]): string | undefined {
  if (rest.length === 0) return '';
  const [order] = rest;
  if (rest.length !== 1 || order.type !== 'ConstantNode') return undefined;
  const value = String((order as unknown as { value: unknown }).value);
  return /^[1-9]\d*$/.test(value) ? (value === '1' ? '' : value) : undefined;
}

const derivative: FunctionPrinter = (args, print) => {
  const bounds = boundsOf(args, print);
  const order = bounds && orderOf(bounds.rest);
  if (bounds === undefined || order === undefined) return undefined;
  const power = order === '' ? '' : `^{${order}}`;
  const head = `\\frac{d${power}}{d${bounds.variable}${power}}`;
  const printed = atLeast(print(bounds.body, TOP), LEVEL.power);
  return { tex: `${head} ${printed.tex}`, level: LEVEL.add, starts: 'other' };
};

const limit: FunctionPrinter = (args, print) => {
  const bounds = boundsOf(args, print);
  if (bounds === undefined || bounds.rest.length !== 1) return undefined;
  const to = inner(bounds.rest[0], print);
  return operatorOn(`\\lim_{${bounds.variable} \\to ${to}}`, bounds.body, print);
};

/** Every spelling of the systems above. */
export const CALCULUS_FUNCTIONS: Readonly<Record<string, FunctionPrinter>> = {
  Sum: bigOperator('\\sum'),
  sum: bigOperator('\\sum'),
  Product: bigOperator('\\prod'),
  product: bigOperator('\\prod'),
  prod: bigOperator('\\prod'),
  Integral: integral,
  integrate: integral,
  int: integral,
  Derivative: derivative,
  derivative,
  diff: derivative,
  Limit: limit,
  limit,
  lim: limit,
};
