/**
 * Our LaTeX printer for mathjs trees of calculator notation (not mathjs's toTex, which writes
 * `\cdot` everywhere and drops or adds parentheses): products are implicit where that reads
 * naturally (`3x`, `2(x+1)`, `\sin x \cos x`) and explicit between numbers (`2 \cdot 3`); `/` is
 * `\frac` except for short quotients in scripts (`e^{x/2}`); parentheses come only from binding
 * levels (printed.ts), never from the user's redundant ones.
 */
import type { MathNode } from './parse';
import { LEVEL, TOP, atLeast, parenthesise, type Context, type Printed } from './printed';
import { FUNCTIONS, applyFunction, applyOperator, operatorCommand } from './functions';
import { symbolLatex } from './symbols';

/** A construct calculator notation has but LaTeX output should not guess at (`a ? b : c`). */
export class Unsupported extends Error {}

interface OperatorLike {
  fn: string;
  op: string;
  args: MathNode[];
}

const COMPARISONS: Readonly<Record<string, string>> = {
  equal: '=',
  unequal: '\\neq',
  smaller: '<',
  larger: '>',
  smallerEq: '\\le',
  largerEq: '\\ge',
};

const CONNECTIVES: Readonly<Record<string, { tex: string; level: number }>> = {
  or: { tex: '\\lor', level: LEVEL.or },
  xor: { tex: '\\oplus', level: LEVEL.xor },
  and: { tex: '\\land', level: LEVEL.and },
};

/** Functions printed as `\sin^{2} x` when raised to a positive whole power. */
const POWER_BEFORE_ARGUMENT = /^\\(?:sin|cos|tan|cot|sec|csc|sinh|cosh|tanh|coth|ln|log)$/;

const SHORT_QUOTIENT = 12;

const NON_FINITE: Readonly<Record<string, Printed>> = {
  Infinity: { tex: '\\infty', level: LEVEL.atom, starts: 'other' },
  '-Infinity': { tex: '-\\infty', level: LEVEL.unary, starts: 'minus' },
  NaN: { tex: '\\mathrm{NaN}', level: LEVEL.atom, starts: 'other' },
};

function numberLatex(text: string): Printed {
  if (Object.hasOwn(NON_FINITE, text)) return NON_FINITE[text];
  const exponent = /^(-?[\d.]+)e([+-]?)(\d+)$/.exec(text);
  const starts = text.startsWith('-') ? 'minus' : 'digit';
  if (exponent === null)
    return { tex: text, level: starts === 'minus' ? LEVEL.unary : LEVEL.atom, starts };
  const power = `10^{${exponent[2] === '-' ? '-' : ''}${exponent[3]}}`;
  if (exponent[1] === '1') return { tex: power, level: LEVEL.power, starts };
  return { tex: `${exponent[1]} \\times ${power}`, level: LEVEL.multiply, starts };
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

function constant(value: unknown): Printed {
  if (typeof value === 'string') {
    const escaped = value.replace(/[\\{}$&#^_%~]/g, (ch) => TEXT_ESCAPES[ch] ?? `\\${ch}`);
    return { tex: `\\text{“${escaped}”}`, level: LEVEL.atom, starts: 'other' };
  }
  if (typeof value === 'boolean')
    return { tex: `\\mathrm{${value}}`, level: LEVEL.atom, starts: 'other' };
  // A number, or a BigNumber (whose toString writes the digits as parsed).
  if (typeof value === 'number') return numberLatex(String(value));
  if (typeof value === 'object' && value !== null) {
    return numberLatex((value as { toString(): string }).toString());
  }
  throw new Unsupported('an empty expression');
}

function isPositiveWhole(node: MathNode): boolean {
  if (node.type !== 'ConstantNode') return false;
  return /^[1-9]\d*$/.test(String((node as unknown as { value: unknown }).value));
}

function isConstant(node: MathNode): boolean {
  const inner =
    node.type === 'ParenthesisNode' ? (node as unknown as { content: MathNode }).content : node;
  return inner.type === 'ConstantNode';
}

export function printNode(node: MathNode, context: Context): Printed {
  switch (node.type) {
    case 'ConstantNode':
      return constant((node as unknown as { value: unknown }).value);
    case 'SymbolNode':
      return {
        tex: symbolLatex((node as unknown as { name: string }).name),
        level: LEVEL.atom,
        starts: 'other',
      };
    case 'ParenthesisNode':
      return printNode((node as unknown as { content: MathNode }).content, context);
    case 'OperatorNode':
      return operator(node as unknown as OperatorLike, context);
    case 'FunctionNode':
      return application(node, context);
    case 'ArrayNode':
      return matrix(node);
    case 'RelationalNode':
      return relationalChain(node, context);
    case 'AccessorNode':
      return indexed(node);
    case 'RangeNode':
      return range(node);
    default:
      throw new Unsupported(`${node.type.replace(/Node$/, '').toLowerCase()} notation`);
  }
}

function operator(node: OperatorLike, context: Context): Printed {
  const { fn, args } = node;
  if (Object.hasOwn(COMPARISONS, fn)) return relation(args, [COMPARISONS[fn]], context);
  if (Object.hasOwn(CONNECTIVES, fn)) return connective(args, CONNECTIVES[fn], context);
  switch (fn) {
    case 'add':
    case 'subtract':
      return sum(args, fn === 'add' ? '+' : '-', context);
    case 'multiply':
      return multiply(args[0], args[1], context);
    case 'divide':
      return divide(args[0], args[1], context);
    case 'unaryMinus':
    case 'unaryPlus':
      return signed(args[0], fn === 'unaryMinus' ? '-' : '+', context);
    case 'pow':
      return power(args[0], args[1], context);
    case 'factorial':
      return FUNCTIONS.factorial(args, printNode, context)!;
    case 'mod':
      return FUNCTIONS.mod(args, printNode, context)!;
    case 'not': {
      const operand = atLeast(printNode(args[0], context), LEVEL.not);
      return { tex: `\\lnot ${operand.tex}`, level: LEVEL.not, starts: 'other' };
    }
    case 'to':
      return relation(args, [node.op === 'in' ? '\\in' : '\\to'], context, LEVEL.conversion);
    case 'bitOr':
      // `P(A|B)`, `a | b`: a bar between two operands is “given” or “divides”, never bitwise.
      return relation(args, ['\\mid'], context);
    case 'ctranspose': {
      const operand = atLeast(printNode(args[0], { ...context, trailing: false }), LEVEL.atom);
      return { tex: `${operand.tex}'`, level: LEVEL.atom, starts: operand.starts };
    }
    default:
      throw new Unsupported(`the operator ${node.op}`);
  }
}

function sum(args: MathNode[], sign: '+' | '-', context: Context): Printed {
  const left = atLeast(printNode(args[0], context), LEVEL.add);
  let right = printNode(args[1], context);
  const wrap =
    right.starts === 'minus' ||
    right.level < LEVEL.add ||
    (sign === '-' && right.level === LEVEL.add && right.bigOperator !== true);
  if (wrap) right = parenthesise(right.tex);
  return { tex: `${left.tex} ${sign} ${right.tex}`, level: LEVEL.add, starts: left.starts };
}

function signed(operand: MathNode, sign: '+' | '-', context: Context): Printed {
  let printed = printNode(operand, context);
  // −ab is −(ab): a product needs no parentheses after a sign, a sum or another sign does (a big
  // operator does not: −∑ x_i).
  const open = printed.bigOperator === true;
  if ((printed.level < LEVEL.multiply && !open) || printed.starts === 'minus')
    printed = parenthesise(printed.tex);
  return {
    tex: `${sign}${printed.tex}`,
    level: Math.min(LEVEL.unary, printed.level),
    starts: 'minus',
  };
}

/** f, g, h before parentheses would read as an application. */
const FUNCTION_LETTERS = new Set(['f', 'g', 'h']);

function multiply(a: MathNode, b: MathNode, context: Context): Printed {
  const left = atLeast(printNode(a, { ...context, trailing: false }), LEVEL.multiply);
  let right = printNode(b, context);
  const negative = right.starts === 'minus';
  const open = right.bigOperator === true && context.trailing;
  if (negative || (right.level < LEVEL.multiply && !open)) right = parenthesise(right.tex);
  const leftName = a.type === 'SymbolNode' ? (a as unknown as { name: string }).name : '';
  const explicit =
    negative ||
    right.starts === 'digit' ||
    /^[\d.]/.test(right.tex) ||
    (right.numericFraction === true && (left.numericFraction === true || /\d$/.test(left.tex))) ||
    (right.starts === 'paren' && (FUNCTION_LETTERS.has(leftName) || leftName.length > 1));
  // A name of several letters after a number or another name reads as a unit: `5\,\mathrm{cm}`.
  const thin = right.tex.startsWith('\\mathrm{') && /[\d}]$/.test(left.tex);
  const space = thin
    ? '\\,'
    : /\\[a-zA-Z]+$/.test(left.tex) && /^[a-zA-Z]/.test(right.tex)
      ? ' '
      : '';
  const tex = explicit ? `${left.tex} \\cdot ${right.tex}` : `${left.tex}${space}${right.tex}`;
  return { tex, level: LEVEL.multiply, starts: left.starts };
}

function divide(a: MathNode, b: MathNode, context: Context): Printed {
  // mathjs reads -a/b as (-a)/b; the sign is written before the fraction.
  if (a.type === 'OperatorNode' && (a as unknown as OperatorLike).fn === 'unaryMinus') {
    const quotient = divide((a as unknown as OperatorLike).args[0], b, context);
    return {
      tex: `-${quotient.tex}`,
      level: Math.min(LEVEL.unary, quotient.level),
      starts: 'minus',
    };
  }
  const inScript = { trailing: false, script: true };
  if (context.script) {
    const top = printNode(a, inScript);
    const bottom = printNode(b, inScript);
    const short =
      top.level >= LEVEL.power &&
      bottom.level >= LEVEL.power &&
      top.starts !== 'minus' &&
      bottom.starts !== 'minus' &&
      top.tex.length + bottom.tex.length <= SHORT_QUOTIENT;
    if (short)
      return { tex: `${top.tex}/${bottom.tex}`, level: LEVEL.multiply, starts: top.starts };
  }
  return {
    tex: `\\frac{${printNode(a, TOP).tex}}{${printNode(b, TOP).tex}}`,
    level: LEVEL.fraction,
    starts: 'other',
    numericFraction: isConstant(a) && isConstant(b),
  };
}

function power(base: MathNode, exponent: MathNode, context: Context): Printed {
  const script = { trailing: true, script: true };
  if (base.type === 'FunctionNode' && isPositiveWhole(exponent)) {
    const { fn, args } = base as unknown as { fn: { name: string }; args: MathNode[] };
    const command = operatorCommand(fn.name);
    if (command !== undefined && POWER_BEFORE_ARGUMENT.test(command) && args.length === 1) {
      const raised = `${command}^{${printNode(exponent, script).tex}}`;
      return applyOperator(raised, args, printNode, context);
    }
  }
  const printedBase = atLeast(
    printNode(base, { trailing: false, script: context.script }),
    LEVEL.atom,
  );
  const tex = `${printedBase.tex}^{${printNode(exponent, script).tex}}`;
  return { tex, level: LEVEL.power, starts: printedBase.starts };
}

function application(node: MathNode, context: Context): Printed {
  const { fn, args } = node as unknown as { fn: MathNode; args: MathNode[] };
  if (fn.type !== 'SymbolNode') throw new Unsupported('an application of an expression');
  const name = (fn as unknown as { name: string }).name;
  const special = Object.hasOwn(FUNCTIONS, name)
    ? FUNCTIONS[name](args, printNode, context)
    : undefined;
  if (special !== undefined) return special;
  const command = operatorCommand(name);
  if (command !== undefined) return applyOperator(command, args, printNode, context);
  return applyFunction(name, args, printNode);
}

function relation(
  args: MathNode[],
  relations: string[],
  context: Context,
  level: number = LEVEL.relation,
): Printed {
  const sides = args.map((arg) => atLeast(printNode(arg, context), level + 0.1).tex);
  const tex = sides.reduce((chain, side, i) => `${chain} ${relations[i - 1]} ${side}`);
  return { tex, level, starts: 'other' };
}

function relationalChain(node: MathNode, context: Context): Printed {
  const { conditionals, params } = node as unknown as {
    conditionals: string[];
    params: MathNode[];
  };
  return relation(
    params,
    conditionals.map((name) => COMPARISONS[name] ?? name),
    context,
  );
}

function connective(
  args: MathNode[],
  { tex, level }: { tex: string; level: number },
  context: Context,
): Printed {
  const left = atLeast(printNode(args[0], context), level);
  const right = atLeast(printNode(args[1], context), level + 0.1);
  return { tex: `${left.tex} ${tex} ${right.tex}`, level, starts: left.starts };
}

function matrix(node: MathNode): Printed {
  const { items } = node as unknown as { items: MathNode[] };
  const isRow = (item: MathNode) => item.type === 'ArrayNode';
  const rows =
    items.length > 0 && items.every(isRow)
      ? items.map((row) => (row as unknown as { items: MathNode[] }).items)
      : [items];
  const body = rows
    .map((row) => row.map((cell) => printNode(cell, TOP).tex).join(' & '))
    .join(' \\\\ ');
  return { tex: `\\begin{bmatrix}${body}\\end{bmatrix}`, level: LEVEL.atom, starts: 'other' };
}

/** `a[1]`, `a[i, j]`: an index is a subscript. */
function indexed(node: MathNode): Printed {
  const { object, index } = node as unknown as {
    object: MathNode;
    index: { dimensions: MathNode[]; dotNotation: boolean };
  };
  if (index.dotNotation) throw new Unsupported('property access (a.b)');
  const base = atLeast(printNode(object, { trailing: false, script: false }), LEVEL.atom);
  // A base with a subscript of its own (`E_P[X]`) keeps its brackets: two subscripts cannot stack.
  if (/_\{/.test(base.tex) || object.type !== 'SymbolNode') {
    const inside = index.dimensions.map((d) => printNode(d, TOP).tex).join(', ');
    return { tex: `${base.tex}[${inside}]`, level: LEVEL.atom, starts: base.starts };
  }
  const subscript = index.dimensions
    .map((d) => printNode(d, { trailing: true, script: true }).tex)
    .join(',');
  // A subscripted name takes a power as x_1 does (`x_(i+1)^2` is x_{i+1}^{2}), unless it is
  // primed: the prime is a superscript already.
  const level = base.tex.endsWith("'") ? LEVEL.power : LEVEL.atom;
  return { tex: `${base.tex}_{${subscript}}`, level, starts: base.starts };
}

function range(node: MathNode): Printed {
  const { start, end, step } = node as unknown as {
    start: MathNode;
    end: MathNode;
    step: MathNode | null;
  };
  const parts = (step === null ? [start, end] : [start, step, end]).map(
    (part) => atLeast(printNode(part, TOP), LEVEL.range + 0.1).tex,
  );
  return { tex: parts.join('{:}'), level: LEVEL.range, starts: 'other' };
}

export function printCalculator(node: MathNode): string {
  return printNode(node, TOP).tex;
}
