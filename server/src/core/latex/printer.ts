/**
 * Trees → clean LaTeX that parseLatexMath reads back to the same tree: minimal parentheses
 * (as \left( … \right)), \frac for division, \cdot only before a number, `\sin x` for an atomic
 * argument at the end of a product and `\sin\left(x + 1\right)` otherwise, SymPy's
 * `f{\left(x \right)}` for user functions so that application survives the round trip.
 */
import type { MathNode } from './mathjsNodes';
import { FUNCTION_LATEX, GREEK_SET } from './names';
import type { Relation } from './constructs/relations';
import type { ParsedMath } from './index';

interface OperatorLike {
  fn: string;
  args: MathNode[];
}
interface FunctionLike {
  fn: { name: string };
  args: MathNode[];
}

const ATOM = 9;
/** The big operator of each XOver / XWhere name (bigOperators.ts). */
const OVER_COMMANDS: Readonly<Record<string, string>> = {
  SumOver: '\\sum',
  ProductOver: '\\prod',
  UnionOver: '\\bigcup',
  IntersectOver: '\\bigcap',
  SupOver: '\\sup',
  InfOver: '\\inf',
  MinOver: '\\min',
  MaxOver: '\\max',
  DirectSumOver: '\\bigoplus',
  TensorOver: '\\bigotimes',
  ArgMinOver: '\\arg\\min',
  ArgMaxOver: '\\arg\\max',
};
/** Levels below the sum: set operations, then logic connectives (see Parser.parseExpression). */
const SET_LEVEL = 0.6;
const LOGIC_LEVEL = 0.3;
const SET_OPERATIONS: Readonly<Record<string, string>> = {
  Union: '\\cup',
  Intersect: '\\cap',
  SetMinus: '\\setminus',
  DisjointUnion: '\\sqcup',
};
const CONNECTIVES: Readonly<Record<string, string>> = { And: '\\land', Or: '\\lor' };
const MULTIPLE_INTEGRAL_COMMANDS: Readonly<Record<string, string>> = { 2: '\\iint', 3: '\\iiint' };
const GEOMETRY_COMMANDS: Readonly<Record<string, string>> = {
  Angle: '\\angle',
  AngleMeasure: '\\measuredangle',
  Triangle: '\\triangle',
};
const LIMIT_COMMANDS: Readonly<Record<string, string>> = {
  Limit: '\\lim',
  LimitSuperior: '\\limsup',
  LimitInferior: '\\liminf',
};
const CIRCLED_SIGNS: Readonly<Record<string, string>> = {
  CircledDot: '\\odot',
  Tensor: '\\otimes',
  DirectSum: '\\oplus',
};
const BIG_OPERATORS = new Set([
  'IntegralOver',
  'Sum',
  'Product',
  ...Object.keys(LIMIT_COMMANDS),
  'Integral',
  'MultipleIntegral',
  'MultipleIntegralOver',
  'Derivative',
  ...Object.keys(OVER_COMMANDS),
  'SumWhere',
  'ProductWhere',
  'UnionWhere',
  'IntersectWhere',
  'SupWhere',
  'InfWhere',
  'MinWhere',
  'MaxWhere',
]);

function operator(node: MathNode): OperatorLike {
  return node as unknown as OperatorLike;
}
function func(node: MathNode): FunctionLike {
  return node as unknown as FunctionLike;
}

/** Binding strength of a node as printed (higher binds tighter). */
function precedence(node: MathNode): number {
  if (node.type === 'OperatorNode') {
    switch (operator(node).fn) {
      case 'add':
      case 'subtract':
        return 1;
      case 'unaryMinus':
        return 2;
      case 'multiply':
        return 3;
      case 'pow':
        return 5;
      case 'factorial':
        return 6;
      default:
        return ATOM; // divide prints as \frac
    }
  }
  if (node.type === 'ConstantNode') {
    const value = (node as unknown as { value: unknown }).value;
    return typeof value === 'number' && value < 0 ? 2 : ATOM;
  }
  if (node.type === 'FunctionNode') {
    const { fn, args } = func(node);
    if (fn.name === 'PlusMinus' || fn.name === 'MinusPlus') return args.length === 2 ? 1 : 2;
    if (BIG_OPERATORS.has(fn.name)) return 4;
    if (SET_OPERATIONS[fn.name] !== undefined && args.length === 2) return SET_LEVEL;
    if (CONNECTIVES[fn.name] !== undefined && args.length === 2) return LOGIC_LEVEL;
    if (fn.name === 'Not' && args.length === 1) return 2;
    if ((fn.name === 'Compose' || Object.hasOwn(CIRCLED_SIGNS, fn.name)) && args.length === 2)
      return 3;
  }
  if (node.type === 'ParenthesisNode')
    return precedence((node as unknown as { content: MathNode }).content);
  return ATOM;
}

const CONDITIONAL_LATEX: Readonly<Record<string, string>> = {
  equal: '=',
  unequal: '\\neq',
  smaller: '<',
  smallerEq: '\\le',
  larger: '>',
  largerEq: '\\ge',
};

const paren = (latex: string) => `\\left(${latex}\\right)`;

/** A decorated name (`x^*`, `C^{1,\\alpha}'`) as [undecorated name, decoration, primes]. */
function splitDecoration(name: string): [string, string, string] | undefined {
  const primes = /'*$/.exec(name)?.[0] ?? '';
  const body = name.slice(0, name.length - primes.length);
  const single = /^(.+)\^([*+-])$/su.exec(body);
  if (single !== null) return [single[1], single[2], primes];
  if (!body.endsWith('}')) return undefined;
  let level = 0;
  for (let i = body.length - 1; i > 0; i--) {
    if (body[i] === '}' && body[i - 1] !== '\\') level++;
    else if (body[i] === '{' && body[i - 1] !== '\\' && --level === 0)
      return body[i - 1] === '^' && i > 1
        ? [body.slice(0, i - 1), body.slice(i + 1, -1), primes]
        : undefined;
  }
  return undefined;
}

/** LaTeX for an identifier name (see names.ts). */
export function nameToLatex(name: string): string {
  if (name === 'pi') return '\\pi';
  if (name === 'Infinity') return '\\infty';
  if (name === 'Ellipsis') return '\\ldots';
  if (name === 'Placeholder') return '\\cdot';
  if (name === 'Omitted') return '';
  const decorated = splitDecoration(name);
  if (decorated !== undefined) {
    const [rest, mark, primes] = decorated;
    return `${nameToLatex(rest)}^{${mark}}${primes}`;
  }
  const match =
    /^(\\[A-Za-z]+\{(?:[^{}]|\{[^{}]*\})*\}|[A-Za-z]+|.)(?:_(\{.*\}|[^']+))?('*)$/su.exec(name);
  if (match === null) return name;
  const [, base, sub, primes] = match;
  let latex: string;
  if (GREEK_SET.has(base)) latex = `\\${base}`;
  else if (base.length === 1 || base.startsWith('\\')) latex = base;
  else latex = `\\mathrm{${base}}`;
  if (sub !== undefined) latex += sub.startsWith('{') ? `_${sub}` : `_{${sub}}`;
  return latex + primes;
}

function isPlainName(base: string): boolean {
  return /^[A-Za-z]{2,}$/.test(base) && !GREEK_SET.has(base);
}

function userFunctionLatex(name: string, args: MathNode[]): string {
  const match = /^([A-Za-z]+)(?:_(\{.*\}|[^']+))?$/.exec(name);
  const list = args.map((arg) => print(arg, true)).join(', ');
  if (match !== null && isPlainName(match[1])) {
    const sub =
      match[2] === undefined ? '' : match[2].startsWith('{') ? `_${match[2]}` : `_{${match[2]}}`;
    return `\\operatorname{${match[1]}${sub}}{\\left(${list} \\right)}`;
  }
  return `${nameToLatex(name)}{\\left(${list} \\right)}`;
}

function isAtomicArgument(node: MathNode): boolean {
  if (node.type === 'SymbolNode') return true;
  if (node.type === 'ConstantNode') return precedence(node) === ATOM;
  return false;
}

function knownFunctionLatex(
  command: string,
  args: MathNode[],
  last: boolean,
  power?: string,
): string {
  const head = power === undefined ? command : `${command}^{${power}}`;
  if (args.length === 1 && isAtomicArgument(args[0]) && last && power === undefined)
    return `${head} ${print(args[0], true)}`;
  return `${head}${paren(args.map((arg) => print(arg, true)).join(', '))}`;
}

function wrapIf(condition: boolean, latex: string): string {
  return condition ? paren(latex) : latex;
}

function printFunction(node: MathNode, last: boolean): string {
  const { fn, args } = func(node);
  const name = fn.name;
  const all = (separator = ', ') => args.map((arg) => print(arg, true)).join(separator);
  switch (name) {
    case 'sqrt':
      if (args.length === 1) return `\\sqrt{${print(args[0], true)}}`;
      break;
    case 'nthRoot':
      if (args.length === 2) return `\\sqrt[${print(args[1], true)}]{${print(args[0], true)}}`;
      break;
    case 'abs':
      if (args.length === 1) return `\\left|${print(args[0], true)}\\right|`;
      break;
    case 'floor':
      if (args.length === 1) return `\\left\\lfloor ${print(args[0], true)}\\right\\rfloor`;
      break;
    case 'ceil':
      if (args.length === 1) return `\\left\\lceil ${print(args[0], true)}\\right\\rceil`;
      break;
    case 'norm':
      if (args.length === 1) return `\\left\\|${print(args[0], true)}\\right\\|`;
      break;
    case 'Set':
      return args.length === 0 ? '\\emptyset' : `\\left\\{${all()}\\right\\}`;
    case 'Tuple':
      if (args.length >= 2) return `\\left(${all()}\\right)`;
      break;
    case 'Brackets':
      if (args.length >= 2) return `\\left[${all()}\\right]`;
      break;
    case 'Interval': {
      // (a, b) and [a, b] read back as intervals only after \in; half-open ones anywhere.
      const [a, b, left, right] = args;
      if (args.length === 4 && left.type === 'ConstantNode' && right.type === 'ConstantNode') {
        const closed = (n: MathNode) => (n as unknown as { value: unknown }).value === true;
        const open = closed(left) ? '[' : '(';
        const close = closed(right) ? ']' : ')';
        return `\\left${open}${print(a, true)}, ${print(b, true)}\\right${close}`;
      }
      break;
    }
    case 'Subscript':
      if (args.length === 2)
        return `\\left(${print(args[0], true)}\\right)_{${print(args[1], true)}}`;
      break;
    case 'AngleBrackets':
      if (args.length === 1) return `\\langle ${all()}\\rangle`;
      break;
    case 'Ket':
      if (args.length === 1) return `\\ket{${all()}}`;
      break;
    case 'Accent': {
      const [body, accent] = args;
      if (args.length !== 2 || accent.type !== 'SymbolNode') break;
      return `${(accent as unknown as { name: string }).name}{${print(body, true)}}`;
    }
    case 'Inner':
      if (args.length === 2) return `\\langle ${all()}\\rangle`;
      break;
    case 'Degrees':
      if (args.length === 1)
        return `${wrapIf(!isAtomicBase(args[0]), print(args[0], true))}^{\\circ}`;
      break;
    case 'Arcminutes':
    case 'Arcseconds':
      if (args.length === 1 && isNumberConstant(args[0]))
        return `${print(args[0], true)}^{${name === 'Arcminutes' ? "'" : "''"}}`;
      break;
    case 'Cases': {
      if (args.length < 2 || args.length % 2 !== 0) break;
      const rows: string[] = [];
      for (let i = 0; i < args.length; i += 2) {
        const condition = args[i + 1];
        const isTrue =
          condition.type === 'ConstantNode' &&
          (condition as unknown as { value: unknown }).value === true;
        rows.push(
          `${print(args[i], true)} & ${isTrue ? '\\text{otherwise}' : print(condition, true)}`,
        );
      }
      return `\\begin{cases} ${rows.join(' \\\\ ')} \\end{cases}`;
    }
    case 'Compose':
      if (args.length === 2)
        return `${wrapIf(precedence(args[0]) < 3, print(args[0], false))} \\circ ${wrapIf(precedence(args[1]) < 5, print(args[1], last))}`;
      break;
    case 'CircledDot':
    case 'Tensor':
    case 'DirectSum':
      if (args.length === 2)
        return `${wrapIf(precedence(args[0]) < 3, print(args[0], false))} ${CIRCLED_SIGNS[fn.name]} ${wrapIf(precedence(args[1]) < 5, print(args[1], last))}`;
      break;
    case 'Not':
      if (args.length === 1)
        return `\\neg ${wrapIf(precedence(args[0]) <= 2, print(args[0], last))}`;
      break;
    case 'Union':
    case 'Intersect':
    case 'SetMinus':
    case 'DisjointUnion':
    case 'And':
    case 'Or': {
      if (args.length !== 2) break;
      const level = precedence(node);
      const symbol = SET_OPERATIONS[name] ?? CONNECTIVES[name];
      // Left-associative, one kind per level: a different operation of the same level is grouped.
      const sameKind = (n: MathNode) => n.type === 'FunctionNode' && func(n).fn.name === name;
      const leftGrouped =
        precedence(args[0]) < level ||
        (precedence(args[0]) === level && (!sameKind(args[0]) || name === 'SetMinus'));
      return `${wrapIf(leftGrouped, print(args[0], true))} ${symbol} ${wrapIf(precedence(args[1]) <= level, print(args[1], true))}`;
    }
    case 'Prescript': {
      const [base, ...labels] = args;
      if (args.length < 2 || args.length > 3 || !labels.every((l) => l.type === 'SymbolNode'))
        break;
      const [lower, upper] = labels.map((l) => (l as unknown as { name: string }).name);
      const scripts = upper === undefined ? `_{${lower}}` : `_{${lower}}^{${upper}}`;
      return `{}${scripts}${wrapIf(!isAtomicBase(base), print(base, true))}`;
    }
    case 'Probability':
      // \Pr always reads back as a probability (a bare P only next to an event).
      if (args.length === 1 || args.length === 2)
        return `\\Pr\\left(${args.map((arg) => print(arg, true)).join(' \\mid ')}\\right)`;
      break;
    case 'Expectation':
      if (args.length === 1 || args.length === 2)
        return `\\mathbb{E}\\left[${args.map((arg) => print(arg, true)).join(' \\mid ')}\\right]`;
      break;
    case 'Family':
      if (args.length === 4 && args[1].type === 'SymbolNode')
        return `\\left\\{${print(args[0], true)}\\right\\}_{${print(args[1], true)}=${print(args[2], true)}}^{${print(args[3], true)}}`;
      break;
    case 'FamilyOver':
      if (args.length === 3 && args[1].type === 'SymbolNode')
        return `\\left\\{${print(args[0], true)}\\right\\}_{${print(args[1], true)} \\in ${print(args[2], true)}}`;
      break;
    case 'FamilyWhere':
      if (args.length === 3 && args[2].type === 'RelationalNode')
        return `\\left\\{${print(args[0], true)}\\right\\}_{${print(args[2], true)}}`;
      break;
    case 'Given':
      // Only ever an application's argument: p(x \mid z).
      if (args.length >= 2)
        return `${print(args[0], true)} \\mid ${args
          .slice(1)
          .map((arg) => print(arg, true))
          .join(', ')}`;
      break;
    case 'Percent':
      if (args.length === 1) return `${wrapIf(precedence(args[0]) < 5, print(args[0], true))} \\%`;
      break;
    case 'Boundary':
      if (args.length === 1 && args[0].type === 'SymbolNode')
        return `\\partial ${print(args[0], last)}`;
      break;
    case 'Restrict':
      if (args.length === 2 && args[0].type === 'SymbolNode')
        return `${print(args[0], true)}|_{${print(args[1], true)}}`;
      break;
    case 'Permutations':
      if (args.length === 2) return `{}_{${print(args[0], true)}}P_{${print(args[1], true)}}`;
      break;
    case 'Evaluate': {
      const [body] = args;
      const bounds = args.slice(1).map((arg) => print(arg, true));
      if (args.length === 3)
        return `\\left. ${print(body, true)} \\right|_{${bounds[0]}}^{${bounds[1]}}`;
      if (args.length === 4 && args[1].type === 'SymbolNode')
        return `\\left. ${print(body, true)} \\right|_{${bounds[0]}=${bounds[1]}}^{${bounds[2]}}`;
      break;
    }
    case 'Substitute':
      if (args.length === 3 && args[1].type === 'SymbolNode')
        return `\\left. ${print(args[0], true)} \\right|_{${print(args[1], true)}=${print(args[2], true)}}`;
      break;
    case 'Binomial':
      if (args.length === 2) return `\\binom{${print(args[0], true)}}{${print(args[1], true)}}`;
      break;
    case 'PlusMinus':
    case 'MinusPlus': {
      const sign = name === 'PlusMinus' ? '\\pm' : '\\mp';
      if (args.length === 1)
        return `${sign} ${wrapIf(precedence(args[0]) <= 2, print(args[0], last))}`;
      if (args.length === 2)
        return `${wrapIf(precedence(args[0]) < 1, print(args[0], true))} ${sign} ${wrapIf(precedence(args[1]) <= 2, print(args[1], true))}`;
      break;
    }
    case 'log':
      if (args.length === 2) {
        const head = `\\log_{${print(args[1], true)}}`;
        return knownFunctionLatex(head, [args[0]], last);
      }
      break;
    case 'det':
      if (args.length === 1 && args[0].type === 'ArrayNode') return printMatrix(args[0], 'vmatrix');
      break;
    case 'Derivative': {
      const [body, variable, order] = args;
      if (variable?.type === 'SymbolNode' && order?.type === 'ConstantNode') {
        const n = Number((order as unknown as { value: unknown }).value);
        const v = print(variable, true);
        const fraction = n === 1 ? `\\frac{d}{d ${v}}` : `\\frac{d^{${n}}}{d ${v}^{${n}}}`;
        return `${fraction} ${wrapIf(precedence(body) < 5, print(body, true))}`;
      }
      break;
    }
    case 'IntegralOver': {
      const [body, variable, domain] = args;
      if (args.length !== 3 || variable.type !== 'SymbolNode') break;
      return `\\int_{${print(domain, true)}} ${print(body, true)}\\, d${print(variable, true)}`;
    }
    case 'Integral': {
      const [body, variable, lower, upper] = args;
      if (variable?.type === 'SymbolNode' && (args.length === 2 || args.length === 4)) {
        const bounds = args.length === 4 ? `_{${print(lower, true)}}^{${print(upper, true)}}` : '';
        return `\\int${bounds} ${print(body, true)}\\, d${print(variable, true)}`;
      }
      break;
    }
    case 'MultipleIntegral':
    case 'MultipleIntegralOver': {
      const over = name === 'MultipleIntegralOver';
      const [body, count, ...rest] = args;
      const domain = over ? rest[0] : undefined;
      const variables = over ? rest.slice(1) : rest;
      const command =
        MULTIPLE_INTEGRAL_COMMANDS[String((count as unknown as { value: unknown }).value)];
      if (command === undefined || variables.length === 0) break;
      const bound = domain === undefined ? '' : `_{${print(domain, true)}}`;
      const differentials = variables.map((variable) => `\\, d${print(variable, true)}`).join('');
      return `${command}${bound} ${print(body, true)}${differentials}`;
    }
    case 'SumOver':
    case 'ProductOver':
    case 'UnionOver':
    case 'IntersectOver':
    case 'SupOver':
    case 'InfOver':
    case 'MinOver':
    case 'MaxOver':
    case 'ArgMinOver':
    case 'ArgMaxOver':
    case 'DirectSumOver':
    case 'TensorOver':
    case 'SumWhere':
    case 'ProductWhere':
    case 'UnionWhere':
    case 'IntersectWhere':
    case 'SupWhere':
    case 'InfWhere':
    case 'MinWhere':
    case 'MaxWhere':
    case 'ArgMinWhere':
    case 'ArgMaxWhere':
    case 'DirectSumWhere':
    case 'TensorWhere': {
      const [body, index, ...range] = args;
      const command = OVER_COMMANDS[name.replace(/Where$/, 'Over')];
      let scripts = '';
      if (name.endsWith('Where') && args.length === 3) scripts = `_{${print(range[0], true)}}`;
      else if (args.length === 2) scripts = `_{${print(index, true)}}`;
      else if (args.length === 3) scripts = `_{${print(index, true)} ${membership(range[0])}}`;
      else if (args.length === 4)
        scripts = `_{${print(index, true)}=${print(range[0], true)}}^{${print(range[1], true)}}`;
      // `\min body` without a subscript would read back as the function min.
      else if (args.length !== 1 || /^(?:Arg)?M(?:in|ax)Over$/.test(name)) break;
      return `${command}${scripts} ${wrapIf(precedence(body) < 3, print(body, true))}`;
    }
    case 'SetBuilder': {
      if (args.length !== 2 && args.length !== 3) break;
      const head =
        args.length === 3 ? `${print(args[0], true)} ${membership(args[1])}` : print(args[0], true);
      return `\\left\\{${head} \\mid ${print(args[args.length - 1], true)}\\right\\}`;
    }
    case 'Angle':
    case 'AngleMeasure':
    case 'Triangle':
      if (args.length === 0) break;
      // Braced: a capital letter after it would read as one more vertex.
      return `{${GEOMETRY_COMMANDS[name]} ${all(' ')}}`;
    case 'Overset':
    case 'Underset': {
      const [base, mark] = args;
      if (args.length !== 2 || mark.type !== 'SymbolNode') break;
      const markLatex = (mark as unknown as { name: string }).name;
      return `\\${name.toLowerCase()}{${markLatex}}{${print(base, true)}}`;
    }
    case 'Uncertainty': {
      const signed = (n: MathNode) => {
        const latex = print(n, true);
        return latex.startsWith('-') ? latex : `+${latex}`;
      };
      if (args.length === 2) return `${print(args[0], true)}_{\\pm ${print(args[1], true)}}`;
      if (args.length === 3)
        return `${print(args[0], true)}_{${signed(args[1])}}^{${signed(args[2])}}`;
      break;
    }
    case 'Sum':
    case 'Product': {
      const [body, variable, from, to] = args;
      if (variable?.type === 'SymbolNode' && args.length === 4) {
        const command = name === 'Sum' ? '\\sum' : '\\prod';
        return `${command}_{${print(variable, true)}=${print(from, true)}}^{${print(to, true)}} ${wrapIf(precedence(body) < 3, print(body, true))}`;
      }
      break;
    }
    case 'Limit':
    case 'LimitSuperior':
    case 'LimitInferior': {
      const [body, variable, to, side] = args;
      if (variable?.type === 'SymbolNode' && (args.length === 3 || args.length === 4)) {
        const sign =
          side === undefined ? '' : `^{${String((side as unknown as { value: unknown }).value)}}`;
        const target = wrapIf(sign !== '' && !isAtomicBase(to), print(to, true));
        return `${LIMIT_COMMANDS[name]}_{${print(variable, true)} \\to ${target}${sign}} ${wrapIf(precedence(body) < 3, print(body, true))}`;
      }
      break;
    }
    default: {
      const command = FUNCTION_LATEX[name];
      if (command !== undefined) return knownFunctionLatex(command, args, last);
    }
  }
  return userFunctionLatex(name, args);
}

/** `\\in S`, or `\\notin S` for the domain Complement(S) of an index or a set-builder. */
function membership(domain: MathNode): string {
  const complement =
    domain.type === 'FunctionNode' &&
    func(domain).fn.name === 'Complement' &&
    func(domain).args.length === 1;
  return complement
    ? `\\notin ${print(func(domain).args[0], true)}`
    : `\\in ${print(domain, true)}`;
}

function printMatrix(node: MathNode, environment = 'pmatrix'): string {
  const rows = (node as unknown as { items: MathNode[] }).items;
  const body = rows
    .map((row) =>
      (row.type === 'ArrayNode' ? (row as unknown as { items: MathNode[] }).items : [row])
        .map((cell) => print(cell, true))
        .join(' & '),
    )
    .join(' \\\\ ');
  return `\\begin{${environment}} ${body} \\end{${environment}}`;
}

/** A pow whose base is a known one-argument function with a positive integer exponent: `\sin^{2}`. */
function functionPower(base: MathNode, exponent: MathNode): string | undefined {
  if (base.type !== 'FunctionNode' || exponent.type !== 'ConstantNode') return undefined;
  const value = (exponent as unknown as { value: unknown }).value;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) return undefined;
  const { fn, args } = func(base);
  const command = FUNCTION_LATEX[fn.name];
  if (command === undefined || args.length !== 1) return undefined;
  return knownFunctionLatex(command, args, false, String(value));
}

function print(node: MathNode, last: boolean): string {
  switch (node.type) {
    case 'ConstantNode': {
      const value = (node as unknown as { value: unknown }).value;
      if (typeof value === 'number') return value < 0 ? `-${String(-value)}` : String(value);
      return String(value);
    }
    case 'SymbolNode':
      return nameToLatex((node as unknown as { name: string }).name);
    case 'ParenthesisNode':
      return print((node as unknown as { content: MathNode }).content, last);
    case 'ArrayNode':
      return printMatrix(node);
    case 'RelationalNode': {
      const { conditionals, params } = node as unknown as {
        conditionals: string[];
        params: MathNode[];
      };
      return params
        .map((param, i) =>
          i === 0
            ? print(param, true)
            : ` ${CONDITIONAL_LATEX[conditionals[i - 1]]} ${print(param, true)}`,
        )
        .join('');
    }
    case 'FunctionNode':
      return wrapIf(
        !last &&
          (precedence(node) === 4 ||
            (isOpenFunction(node) &&
              FUNCTION_LATEX[func(node).fn.name] === undefined &&
              func(node).fn.name !== 'log')),
        printFunction(node, last),
      );
    case 'OperatorNode': {
      const { fn, args } = operator(node);
      switch (fn) {
        case 'add':
        case 'subtract': {
          const sign = fn === 'add' ? '+' : '-';
          return `${wrapIf(precedence(args[0]) < 1, print(args[0], true))} ${sign} ${wrapIf(precedence(args[1]) <= 2, print(args[1], true))}`;
        }
        case 'unaryMinus':
          return `-${wrapIf(precedence(args[0]) <= 2, print(args[0], last))}`;
        case 'multiply': {
          const left = wrapIf(precedence(args[0]) < 3, print(args[0], false));
          const right = wrapIf(precedence(args[1]) <= 3, print(args[1], last));
          // A name before parentheses may read back as an application (`f(x)`, `x(a, b)`, `x'(t)`).
          const explicit =
            /^[0-9.]/.test(right) ||
            (rightmostFactor(args[0]).type === 'SymbolNode' && right.startsWith('\\left('));
          return explicit ? `${left} \\cdot ${right}` : `${left} ${right}`;
        }
        case 'divide':
          return `\\frac{${print(args[0], true)}}{${print(args[1], true)}}`;
        case 'pow': {
          const special = functionPower(args[0], args[1]);
          if (special !== undefined) return special;
          const base = args[0];
          return `${wrapIf(!isAtomicBase(base), print(base, true))}^{${print(args[1], true)}}`;
        }
        case 'factorial': {
          const operand = args[0];
          const atomic =
            operand.type === 'SymbolNode' ||
            (operand.type === 'ConstantNode' && precedence(operand) === ATOM);
          return `${wrapIf(!atomic, print(operand, true))}!`;
        }
      }
    }
  }
  return `\\text{${node.type}}`;
}

/** The factor printed last in a product or composition (`f` in `a b f`, `g` in `f \\circ g`). */
function rightmostFactor(node: MathNode): MathNode {
  if (node.type === 'OperatorNode' && operator(node).fn === 'multiply')
    return rightmostFactor(operator(node).args[1]);
  if (
    node.type === 'FunctionNode' &&
    func(node).fn.name === 'Compose' &&
    func(node).args.length === 2
  )
    return rightmostFactor(func(node).args[1]);
  return node;
}

function isNumberConstant(node: MathNode): boolean {
  return node.type === 'ConstantNode' && precedence(node) === ATOM;
}

/** A base that takes a superscript without parentheses. */
function isAtomicBase(base: MathNode): boolean {
  return (
    base.type === 'SymbolNode' ||
    (base.type === 'ConstantNode' && precedence(base) === ATOM) ||
    (base.type === 'FunctionNode' &&
      precedence(base) === ATOM &&
      !isOpenFunction(base) &&
      !['Subscript', 'Degrees', 'Uncertainty', 'Overset', 'Underset'].includes(
        func(base).fn.name,
      )) ||
    (base.type === 'OperatorNode' && operator(base).fn === 'factorial')
  );
}

/** A function printed with an unparenthesised argument (`\sin x`, `\frac{d}{dx} f`) when last. */
function isOpenFunction(node: MathNode): boolean {
  if (node.type !== 'FunctionNode') return false;
  const { fn, args } = func(node);
  if (fn.name === 'PlusMinus' || fn.name === 'MinusPlus') return args.length === 1;
  return FUNCTION_LATEX[fn.name] !== undefined || (fn.name === 'log' && args.length === 2);
}

export function printLatex(node: MathNode): string {
  return print(node, true);
}

const RELATION_LATEX: Readonly<Record<Relation, string>> = {
  eq: '=',
  neq: '\\neq',
  lt: '<',
  le: '\\le',
  gt: '>',
  ge: '\\ge',
  approx: '\\approx',
  equiv: '\\equiv',
  implies: '\\implies',
  impliedby: '\\impliedby',
  iff: '\\iff',
  in: '\\in',
  notin: '\\notin',
  subset: '\\subset',
  subseteq: '\\subseteq',
  sim: '\\sim',
  simeq: '\\simeq',
  cong: '\\cong',
  propto: '\\propto',
  to: '\\to',
  mapsto: '\\mapsto',
  define: '\\coloneqq',
  ll: '\\ll',
  gg: '\\gg',
  lesssim: '\\lesssim',
  gtrsim: '\\gtrsim',
  divides: '\\mid',
  ndivides: '\\nmid',
  supset: '\\supset',
  supseteq: '\\supseteq',
  ni: '\\ni',
  perp: '\\perp',
  parallel: '\\parallel',
  colon: '\\colon',
  asymp: '\\asymp',
  compactsubset: '\\Subset',
  normalsubgroup: '\\lhd',
  congruent: '\\equiv',
  actson: '\\curvearrowright',
  actedonby: '\\curvearrowleft',
  leftrightarrow: '\\leftrightarrow',
  gets: '\\gets',
};

export function printRelation(
  parts: readonly MathNode[],
  relations: readonly Relation[],
  marks: readonly (string | undefined)[] = [],
): string {
  return parts
    .map((part, i) => {
      if (i === 0) return printLatex(part);
      const mark = marks[i - 1];
      const symbol = RELATION_LATEX[relations[i - 1]];
      const stacked = mark === undefined ? symbol : `\\stackrel{${mark}}{${symbol}}`;
      return ` ${stacked} ${printLatex(part)}`;
    })
    .join('');
}

/** A whole parse result back to LaTeX: lists joined by commas, annotations after `\\quad`. */
export function printParsed(parsed: ParsedMath): string {
  let latex: string;
  switch (parsed.kind) {
    case 'expression':
      latex = printLatex(parsed.node);
      break;
    case 'relation':
      latex = printRelation(parsed.parts, parsed.relations, parsed.marks);
      if (parsed.modulus !== undefined) latex += ` \\pmod{${printLatex(parsed.modulus)}}`;
      break;
    case 'list':
      // Annotated items (rows with `\\text{if …}`) cannot be joined by commas: print rows.
      latex = parsed.items.some((item) => item.annotation !== undefined)
        ? `\\begin{aligned} ${parsed.items.map(printParsed).join(' \\\\ ')} \\end{aligned}`
        : parsed.items.map(printParsed).join(', ');
      break;
    case 'unsupported':
      return '';
  }
  if (parsed.lead !== undefined) latex = `${parsed.lead.text} ${latex}`;
  if (parsed.annotation === undefined) return latex;
  // A row label (`\\text{Equation 1}:`) goes before its row; other annotations after the math.
  const text = parsed.annotation.text;
  return text.endsWith(':') ? `${text} ${latex}` : `${latex} \\quad ${text}`;
}
