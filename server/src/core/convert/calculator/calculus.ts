/**
 * Calculus written as computer algebra systems write it, which people paste from SymPy, Maxima and
 * mathjs: `Integral(x**2, (x, 0, 1))`, `integrate(f, x, a, b)`, `diff(f, x, 2)`,
 * `derivative(x^2, x)`, `Sum(1/k**2, (k, 1, oo))`, `sum(f, k, 1, n)`, `Limit(sin(x)/x, x, 0)`.
 * The bounds come as further arguments or as one tuple `(x, a, b)` (rewrite.ts's Tuple). Any other
 * shape is left to the plain application (`sum(1, 2, 3)` is mathjs's sum of numbers). AsciiMath's
 * spelling, `int_0^1 x^2 dx`, `sum_(i=1)^n i`, `lim_(x->0) f(x)`, reaches the printer as
 * `BigOperator(int[0]^1, x^2, x)` (scripts.ts) and is printed with the same pieces.
 */
import type { FunctionPrinter, Print } from './functions';
import type { MathNode } from './parse';
import { asOperator, nameOf } from './nodes';
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

/**
 * `\sum_{k=1}^{n}` and the like, before a body that a sum in it would leave open (another big
 * operator is no sum: `\sum_{i} \sum_{j} a_{ij}`, `\int \int f \, dx \, dy`).
 */
function operatorOn(head: string, body: MathNode, print: Print, tail = ''): Printed {
  const printed = print(body, { trailing: tail === '', script: false });
  const operand = printed.bigOperator === true ? printed : atLeast(printed, LEVEL.multiply);
  return {
    tex: `${head} ${operand.tex}${tail}`,
    level: LEVEL.add,
    starts: 'other',
    bigOperator: true,
  };
}

function bigOperator(command: string): FunctionPrinter {
  return (args, print) => {
    const bounds = boundsOf(args, print);
    if (bounds === undefined || bounds.rest.length !== 2) return undefined;
    const [from, to] = bounds.rest.map((node) => inner(node, print));
    return operatorOn(`${command}_{${bounds.variable}=${from}}^{${to}}`, bounds.body, print);
  };
}

/** An integral's `dx`, after a thin space. */
const differential = (variable: string) => ` \\, d${variable}`;

const integral: FunctionPrinter = (args, print) => {
  const bounds = boundsOf(args, print);
  if (bounds === undefined || (bounds.rest.length !== 0 && bounds.rest.length !== 2))
    return undefined;
  const limits = bounds.rest.map((node) => inner(node, print));
  const head = limits.length === 2 ? `\\int_{${limits[0]}}^{${limits[1]}}` : '\\int';
  return operatorOn(head, bounds.body, print, differential(bounds.variable));
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

/**
 * AsciiMath's big operators, written without a backslash and with their scripts after the name.
 * `differential`: the body runs to a `dx`, `dt`, `d theta` (`int_0^1 x^2 dx`), and without scripts
 * the differential alone marks the operator (`int x^2 dx`). `arrow`: `->` in the subscript is \to.
 */
export const WRITTEN_OPERATORS: Readonly<
  Record<string, { command: string; differential?: true; arrow?: true }>
> = {
  int: { command: '\\int', differential: true },
  oint: { command: '\\oint', differential: true },
  sum: { command: '\\sum' },
  prod: { command: '\\prod' },
  lim: { command: '\\lim', arrow: true },
};

/** `sum[i == 1]^n` (scripts.ts's spelling of `sum_(i=1)^n`): the operator's name and its scripts. */
function scriptsOf(head: MathNode): { name?: string; lower?: MathNode[]; upper?: MathNode } {
  const raised = head.type === 'OperatorNode' && asOperator(head).fn === 'pow';
  const [base, upper] = raised ? asOperator(head).args : [head, undefined];
  const { object, index } = base as unknown as {
    object: MathNode;
    index: { dimensions: MathNode[] };
  };
  const [operator, lower] =
    base.type === 'AccessorNode' ? [object, index.dimensions] : [base, undefined];
  return { name: operator.type === 'SymbolNode' ? nameOf(operator) : undefined, lower, upper };
}

/**
 * A one-sided limit's side: scripts.ts writes `lim_(x->0^+)` as `lim[x to 0, "+"]` (core/latex's
 * Limit has its side as the string '+' or '-' too).
 */
function sideOf(node: MathNode): string | undefined {
  const value = node.type === 'ConstantNode' ? (node as unknown as { value: unknown }).value : '';
  return value === '+' || value === '-' ? value : undefined;
}

/** `_{i = 1}`, `_{x \to 0}`, and a one-sided limit's `_{x \to 0^{+}}`. */
function subscriptOf(lower: MathNode[], print: Print): string {
  const side = sideOf(lower[lower.length - 1]);
  const parts = (side === undefined ? lower : lower.slice(0, -1)).map((node) => inner(node, print));
  return `_{${parts.join(',')}${side === undefined ? '' : `^{${side}}`}}`;
}

/** BigOperator(head, body[, variable]): `\sum_{i=1}^{n} body`, `\int_{0}^{1} body \, dx`. */
const written: FunctionPrinter = (args, print) => {
  const [head, body, variable, ...others] = args;
  if (body === undefined || others.length > 0) return undefined;
  const { name, lower, upper } = scriptsOf(head);
  if (name === undefined || !Object.hasOwn(WRITTEN_OPERATORS, name)) return undefined;
  const below = lower === undefined ? '' : subscriptOf(lower, print);
  const above = upper === undefined ? '' : `^{${inner(upper, print)}}`;
  const tail = variable === undefined ? '' : differential(print(variable, TOP).tex);
  const command = WRITTEN_OPERATORS[name].command;
  return operatorOn(`${command}${below}${above}`, body, print, tail);
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
  BigOperator: written,
};
