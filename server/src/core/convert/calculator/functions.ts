/**
 * Functions with a notation of their own, one table entry each: roots, absolute values, logs,
 * exponentials, factorials, binomials. Any other name is applied as an operator (`\sin x`,
 * `\operatorname{foo}(x)`) or as a function (`f(x, y)`) by applyOperator/applyFunction.
 */
import type { MathNode } from './parse';
import { FUNCTION_LATEX } from '../../latex/names';
import { LEVEL, TOP, atLeast, parenthesise, type Context, type Printed } from './printed';
import { symbolLatex } from './symbols';
import { CALCULUS_FUNCTIONS } from './calculus';

export type Print = (node: MathNode, context: Context) => Printed;
/** undefined: the arguments do not fit this notation (print as a plain application instead). */
export type FunctionPrinter = (
  args: MathNode[],
  print: Print,
  context: Context,
) => Printed | undefined;

const atom = (tex: string): Printed => ({ tex, level: LEVEL.atom, starts: 'other' });
const inner = (node: MathNode, print: Print) => print(node, TOP).tex;

/** `\sin x` when the argument is one letter or number and nothing follows; `\sin(x + 1)` else. */
export function applyOperator(
  command: string,
  args: MathNode[],
  print: Print,
  context: Context,
): Printed {
  const printed = args.map((arg) => print(arg, TOP));
  const simple =
    args.length === 1 &&
    (args[0].type === 'SymbolNode' || args[0].type === 'ConstantNode') &&
    printed[0].starts !== 'minus';
  if (simple && context.trailing) {
    const separator = /[a-zA-Z]$/.test(command) ? ' ' : '';
    return {
      tex: `${command}${separator}${printed[0].tex}`,
      level: LEVEL.multiply,
      starts: 'other',
    };
  }
  const list = parenthesise(printed.map((p) => p.tex).join(', '));
  return { tex: `${command}${list.tex}`, level: LEVEL.atom, starts: 'other' };
}

/** `head(a, b)`: an application whose parentheses are always written. */
function applyWithParentheses(head: string, args: MathNode[], print: Print): Printed {
  const list = parenthesise(args.map((arg) => inner(arg, print)).join(', '));
  return { tex: `${head}${list.tex}`, level: LEVEL.atom, starts: 'other' };
}

/** A user's function: `f(x)`, `g'(x, y)`; a name of several letters is an operator name. */
export function applyFunction(name: string, args: MathNode[], print: Print): Printed {
  const unprimed = name.replace(/'+$/, '');
  const word = [...unprimed].length > 1 && !/[_\d]/.test(unprimed);
  const head = word
    ? `\\operatorname{${unprimed}}${name.slice(unprimed.length)}`
    : symbolLatex(name);
  return applyWithParentheses(head, args, print);
}

const root = (index: string | undefined) => (radicand: string) =>
  atom(index === undefined ? `\\sqrt{${radicand}}` : `\\sqrt[${index}]{${radicand}}`);

function logarithm(base: string | undefined): FunctionPrinter {
  return (args, print, context) => {
    if (args.length === 2 && base === undefined) {
      return applyOperator(`\\log_{${inner(args[1], print)}}`, [args[0]], print, context);
    }
    if (args.length !== 1) return undefined;
    return applyOperator(base === undefined ? '\\log' : `\\log_{${base}}`, args, print, context);
  };
}

function delimited(open: string, close: string): FunctionPrinter {
  return (args, print) =>
    args.length === 1 ? atom(`\\left${open} ${inner(args[0], print)} \\right${close}`) : undefined;
}

function unary(make: (argument: string) => Printed): FunctionPrinter {
  return (args, print) => (args.length === 1 ? make(inner(args[0], print)) : undefined);
}

function binomial(args: MathNode[], print: Print): Printed | undefined {
  if (args.length !== 2) return undefined;
  return atom(`\\binom{${inner(args[0], print)}}{${inner(args[1], print)}}`);
}

export const FUNCTIONS: Readonly<Record<string, FunctionPrinter>> = {
  ...CALCULUS_FUNCTIONS,
  sqrt: unary(root(undefined)),
  cbrt: unary(root('3')),
  nthRoot: (args, print) => {
    if (args.length === 1) return root(undefined)(inner(args[0], print));
    if (args.length !== 2) return undefined;
    const index = inner(args[1], print);
    return root(index === '2' ? undefined : index)(inner(args[0], print));
  },
  abs: delimited('|', '|'),
  norm: delimited('\\|', '\\|'),
  floor: delimited('\\lfloor', '\\rfloor'),
  ceil: delimited('\\lceil', '\\rceil'),
  conj: unary((z) => atom(`\\overline{${z}}`)),
  exp: (args, print, context) => {
    if (args.length !== 1) return undefined;
    const exponent = print(args[0], { trailing: true, script: true }).tex;
    // A fraction in an exponent is hard to read: \exp(…) keeps it on the line.
    if (exponent.includes('\\frac')) return applyOperator('\\exp', args, print, context);
    return { tex: `e^{${exponent}}`, level: LEVEL.power, starts: 'other' };
  },
  log: logarithm(undefined),
  ln: (args, print, context) =>
    args.length === 1 ? applyOperator('\\ln', args, print, context) : undefined,
  log10: logarithm('10'),
  log2: logarithm('2'),
  factorial: (args, print) => {
    if (args.length !== 1) return undefined;
    const operand = atLeast(print(args[0], TOP), LEVEL.atom);
    return { tex: `${operand.tex}!`, level: LEVEL.postfix, starts: operand.starts };
  },
  combinations: binomial,
  binomial,
  nCr: binomial,
  gamma: (args, print) => applyWithParentheses('\\Gamma', args, print),
  sign: (args, print, context) => applyOperator('\\operatorname{sgn}', args, print, context),
  re: (args, print, context) => applyOperator('\\operatorname{Re}', args, print, context),
  im: (args, print, context) => applyOperator('\\operatorname{Im}', args, print, context),
  /** `60%` (rewrite.ts; core/latex's name too). */
  Percent: (args, print) =>
    args.length === 1
      ? {
          tex: `${atLeast(print(args[0], TOP), LEVEL.atom).tex}\\%`,
          level: LEVEL.postfix,
          starts: 'digit',
        }
      : undefined,
  /** `(a, b)`: see rewrite.ts. */
  Tuple: (args, print) => applyWithParentheses('', args, print),
  mod: (args, print) => {
    if (args.length !== 2) return undefined;
    const [a, b] = args.map((arg) => atLeast(print(arg, TOP), LEVEL.unary).tex);
    return { tex: `${a} \\bmod ${b}`, level: LEVEL.multiply, starts: 'other' };
  },
};

/** Names printed as operators (`\sin`, `\arcsin`, `\max`), from core/latex's table but `log`. */
export function operatorCommand(name: string): string | undefined {
  if (name === 'log') return '\\log';
  return Object.hasOwn(FUNCTION_LATEX, name) ? FUNCTION_LATEX[name] : undefined;
}
