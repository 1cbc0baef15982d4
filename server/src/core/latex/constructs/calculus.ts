/**
 * Calculus: `\int_a^b f\,dx` → Integral(f, x, a, b), `\int f(x)\,\mathrm{d}x` →
 * Integral(f, x), `\int_D f\,dx` and `\oint_C f\,dz` → IntegralOver(f, x, D); `\lim_{x\to 0} t` → Limit(t, x, 0), `\lim_{x \to 0^+} t` → Limit(t, x, 0, '+'). (Derivatives written as fractions are in
 * fraction.ts, sums and products in bigOperators.ts.) The body of a limit is the product that
 * follows; an integrand runs to its differential, which may end a fraction's numerator
 * (`\int \frac{dx}{x}`).
 */
import type { Construct, Parser } from '../parser';
import { GREEK_SET } from '../names';
import { numberNode, stringNode, symbolNode, type MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';
import { differentialFractionAt } from './fraction';
import { isRelationToken } from './relations';

interface Limits {
  lower?: { tokens: Token[]; start: number; end: number };
  upper?: MathNode;
}

/** `_{{x \\to 0}}`: a doubly braced script is the same as a braced one. */
export function unwrapGroup(argument: { tokens: Token[]; start: number; end: number }): {
  tokens: Token[];
  start: number;
  end: number;
} {
  const { tokens } = argument;
  if (tokens.length < 2 || tokens[0].kind !== 'open' || tokens[tokens.length - 1].kind !== 'close')
    return argument;
  let level = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i].kind === 'open') level++;
    if (tokens[i].kind === 'close') level--;
    if (level === 0) return argument; // `{a}{b}`: two groups
  }
  return { ...argument, tokens: tokens.slice(1, -1) };
}

function readLimits(p: Parser): Limits {
  const limits: Limits = {};
  for (;;) {
    if (p.is('sub') && limits.lower === undefined) {
      p.next();
      limits.lower = unwrapGroup(p.takeArgumentTokens());
    } else if (p.is('sup') && limits.upper === undefined) {
      p.next();
      limits.upper = p.parseScriptArgument();
    } else break;
  }
  return limits;
}

function variableName(token: Token | undefined): string | undefined {
  if (token?.kind === 'letter') return token.value;
  if (token?.kind === 'command' && GREEK_SET.has(token.value)) return token.value;
  return undefined;
}

/**
 * The variable of the differential that ends the integrand ahead (outside any group), if any; the
 * integrand never runs past a relation or an alignment mark (`\int \frac{dx}{x} &= \int … dx`).
 */
function differentialVariableAhead(p: Parser): string | undefined {
  let level = 0;
  for (let k = 0; !p.is('eof', undefined, k); k++) {
    const t = p.peek(k);
    if (level === 0 && (isRelationToken(t) || t.kind === 'amp' || t.kind === 'rowsep'))
      return undefined;
    if (t.kind === 'open' || (t.kind === 'punct' && (t.value === '(' || t.value === '['))) level++;
    else if (t.kind === 'close' || (t.kind === 'punct' && (t.value === ')' || t.value === ']')))
      level--;
    if (level < 0) return undefined;
    const length = level === 0 ? p.differentialLength(k) : 0;
    if (length > 0) return variableName(p.peek(k + length));
  }
  return undefined;
}

/**
 * `\int \frac{dx}{x^2 - 1}`, `\int_1^4 \frac{x\,dx}{\sqrt{x}}`: the differential in the
 * numerator of a fraction that is the whole integrand, ∫ 1/(x² − 1) dx. Something multiplied
 * after the fraction (`\int \frac{dx}{x} y`) could be inside the integral or outside: refused.
 */
function parseFractionIntegrand(
  p: Parser,
  token: Token,
  fraction: NonNullable<ReturnType<typeof differentialFractionAt>>,
  lower: MathNode | undefined,
  limits: Limits,
): MathNode {
  const command = p.peek();
  const open = p.peek(1);
  const d = fraction.numerator.length > 0 ? undefined : p.peek(2);
  // The numerator without its differential; 1 when only the differential was written.
  const one: Token[] =
    d === undefined ? [] : [{ kind: 'number', value: '1', start: d.start, end: d.start }];
  const integrand = [
    command,
    open,
    ...fraction.numerator,
    ...one,
    { kind: 'close', value: '}', start: fraction.variable.end, end: fraction.variable.end },
    ...fraction.denominator,
  ] satisfies Token[];
  for (let i = 0; i < fraction.length; i++) p.next();
  const after = p.peek();
  if (p.startsOperand(after) || p.isMultiplyOperator(after) || p.isDivideOperator(after))
    p.fail('integrand after a differential fraction', token.start, after.end);
  const inner = p.subParser(integrand, p.lastEnd());
  inner.calculusVariables.push(variableName(fraction.variable) ?? '');
  const body = inner.parseWhole();
  const variable = p.mark(
    symbolNode(variableName(fraction.variable) ?? ''),
    fraction.variable.start,
    fraction.variable.end,
  );
  const args = [body, variable];
  if (lower !== undefined && limits.upper === undefined)
    return p.apply('IntegralOver', [...args, lower], token.start, p.lastEnd());
  if (lower !== undefined && limits.upper !== undefined) args.push(lower, limits.upper);
  return p.apply('Integral', args, token.start, p.lastEnd());
}

/** How many integrals `\iint` and `\iiint` are. */
const MULTIPLE_INTEGRALS: Readonly<Record<string, number>> = { iint: 2, iiint: 3 };

/**
 * `\iint_D f\,dA`, `\iint f\,dx\,dy`: MultipleIntegralOver(f, 2, D, A), MultipleIntegral(f, 2, x,
 * y). Its differentials are one element (dA, dV) or one per integral; it is never evaluated.
 */
function parseMultipleIntegral(p: Parser, token: Token, order: number): MathNode {
  const limits = readLimits(p);
  if (limits.upper !== undefined) p.fail('multiple integral with bounds', token.start, p.lastEnd());
  const domain =
    limits.lower === undefined
      ? undefined
      : p.subParser(limits.lower.tokens, limits.lower.end).parseWhole();
  p.integralDepth++;
  const body = p.parseExpression();
  p.integralDepth--;
  const variables: MathNode[] = [];
  for (let length = p.differentialLength(0); length > 0; length = p.differentialLength(0)) {
    for (let i = 0; i < length; i++) p.next();
    const name = p.next();
    variables.push(p.mark(symbolNode(variableName(name) ?? ''), name.start, name.end));
  }
  if (variables.length !== 1 && variables.length !== order)
    p.fail('multiple integral without its differentials', token.start, p.lastEnd());
  const count = numberNode(order);
  return domain === undefined
    ? p.apply('MultipleIntegral', [body, count, ...variables], token.start, p.lastEnd())
    : p.apply(
        'MultipleIntegralOver',
        [body, count, domain, ...variables],
        token.start,
        p.lastEnd(),
      );
}

export const integralConstruct: Construct = {
  commands: ['int', 'oint', ...Object.keys(MULTIPLE_INTEGRALS)],
  isFunction: true,
  parse(p: Parser, token: Token): MathNode {
    p.next();
    if (Object.hasOwn(MULTIPLE_INTEGRALS, token.value))
      return parseMultipleIntegral(p, token, MULTIPLE_INTEGRALS[token.value]);
    const limits = readLimits(p);
    // \oint_\gamma f\,dz is the integral over the closed curve γ (the circle only says closed);
    // without its curve it names none.
    if (token.value === 'oint' && (limits.lower === undefined || limits.upper !== undefined))
      p.fail('contour integral', token.start, p.lastEnd());
    let lower: MathNode | undefined;
    if (limits.lower !== undefined) {
      lower = p.subParser(limits.lower.tokens, limits.lower.end).parseWhole();
    }
    if (lower === undefined && limits.upper !== undefined)
      p.fail('integral with only an upper bound', token.start, p.lastEnd());
    // \int_{\mathbb{R}} f(x)\,dx, \int_C …: over a domain, IntegralOver(f, x, D).
    const domain = limits.upper === undefined ? lower : undefined;
    if (p.differentialLength(0) > 0)
      p.fail('differential before the integrand', token.start, p.peek().end);
    const variableAhead = differentialVariableAhead(p);
    const fraction = variableAhead === undefined ? differentialFractionAt(p, 0) : undefined;
    if (fraction !== undefined) return parseFractionIntegrand(p, token, fraction, lower, limits);
    p.integralDepth++;
    if (variableAhead !== undefined) p.calculusVariables.push(variableAhead);
    const body = p.parseExpression();
    if (variableAhead !== undefined) p.calculusVariables.pop();
    p.integralDepth--;
    const length = p.differentialLength(0);
    if (length === 0) p.fail('integral without a differential', token.start, p.peek().end);
    for (let i = 0; i < length; i++) p.next();
    const variable = variableName(p.next()) ?? '';
    const args = [body, symbolNode(variable)];
    if (domain !== undefined)
      return p.apply('IntegralOver', [...args, domain], token.start, p.lastEnd());
    if (lower !== undefined && limits.upper !== undefined) args.push(lower, limits.upper);
    return p.apply('Integral', args, token.start, p.lastEnd());
  },
};

/** Where the `^-` / `^{+}` of a one-sided target starts in its tokens, and its sign. */
function oneSide(to: readonly Token[]): { at: number; sign: '+' | '-' } | undefined {
  const isSign = (t: Token | undefined) =>
    t?.kind === 'punct' && (t.value === '+' || t.value === '-');
  const n = to.length;
  if (n >= 3 && to[n - 2].kind === 'sup' && isSign(to[n - 1]))
    return { at: n - 2, sign: to[n - 1].value as '+' | '-' };
  if (
    n >= 5 &&
    to[n - 4].kind === 'sup' &&
    to[n - 3].kind === 'open' &&
    isSign(to[n - 2]) &&
    to[n - 1].kind === 'close'
  )
    return { at: n - 4, sign: to[n - 2].value as '+' | '-' };
  return undefined;
}

/** `\lim`, `\limsup`, `\liminf` → the tree's names. */
const LIMITS: Readonly<Record<string, string>> = {
  lim: 'Limit',
  limsup: 'LimitSuperior',
  liminf: 'LimitInferior',
};

export const limitConstruct: Construct = {
  commands: Object.keys(LIMITS),
  isFunction: true,
  parse(p: Parser, token: Token): MathNode {
    p.next();
    if (!p.is('sub')) p.fail(`\\${token.value} without a subscript`, token.start, token.end);
    p.next();
    const lower = unwrapGroup(p.takeArgumentTokens());
    const [v, arrow, ...to] = lower.tokens;
    const variable = variableName(v);
    const isArrow =
      arrow?.kind === 'command' && (arrow.value === 'to' || arrow.value === 'rightarrow');
    if (variable === undefined || !isArrow || to.length === 0)
      p.fail(`\\${token.value} of an unsupported form`, lower.start, lower.end);
    // x \to c^-, x \to 0^{+}: a one-sided limit, its side the fourth argument.
    const side = oneSide(to);
    const target = p
      .subParser(side === undefined ? to : to.slice(0, side.at), lower.end)
      .parseWhole();
    if (!p.startsOperand(p.peek()))
      p.fail(`\\${token.value} without a body`, token.start, p.peek().end);
    const body = p.parseTerm();
    const args = [body, symbolNode(variable), target];
    if (side !== undefined) args.push(p.mark(stringNode(side.sign), lower.start, lower.end));
    return p.apply(LIMITS[token.value], args, token.start, p.spanOf(body).end);
  },
};

/** A name that may be a domain: a capital (`B`, `\Omega_\epsilon`, `\mathcal{M}`), not `u`. */
const DOMAIN_NAME =
  /^([A-Z]|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Upsilon|Phi|Psi|Omega|\\math(cal|bb|scr|frak)\{)/;

/**
 * `\partial \Omega`, `\partial B`: the boundary of a domain, Boundary(Ω). A formula that also
 * divides by a `\partial` (`\partial F / \partial X`) writes a derivative inline: unsupported.
 */
function parseBoundary(p: Parser, token: Token): MathNode {
  const outside = () => p.fail('partial derivative outside a fraction', token.start, token.end);
  const before = p.previousOf(token);
  if (before !== undefined && p.isDivideOperator(before)) outside();
  for (let k = 0; !p.is('eof', undefined, k); k++)
    if (p.isDivideOperator(p.peek(k)) && p.isCommand('partial', k + 1)) outside();
  if (!p.startsOperand(p.peek()) || p.startsFunction(p.peek())) outside();
  const domain = p.parseFactor();
  const name = domain.type === 'SymbolNode' ? (domain as unknown as { name: string }).name : '';
  if (!DOMAIN_NAME.test(name)) outside();
  return p.apply('Boundary', [domain], token.start, p.lastEnd());
}

/**
 * `\partial_x f`, `\partial_{x}^{2} u` → Derivative(f, x, order): the operator applies to the one
 * factor that follows, and only when nothing else follows in the product (`\partial_x u v` could
 * be ∂(uv) or (∂u)v: unsupported).
 */
export const partialConstruct: Construct = {
  commands: ['partial'],
  parse(p: Parser, token: Token): MathNode {
    p.next();
    if (!p.is('sub')) return parseBoundary(p, token);
    p.next();
    const sub = p.takeArgumentTokens();
    const variable = sub.tokens.length === 1 ? variableName(sub.tokens[0]) : undefined;
    if (variable === undefined) p.fail('partial derivative by an index', token.start, sub.end);
    let order = 1;
    if (p.is('sup')) {
      p.next();
      const exponent = p.takeArgumentTokens();
      const digits = exponent.tokens.length === 1 ? exponent.tokens[0].value : '';
      if (!/^[1-9]$/.test(digits))
        p.fail('order of a partial derivative', token.start, exponent.end);
      order = Number(digits);
    }
    if (!p.startsOperand(p.peek()))
      p.fail('partial derivative without a body', token.start, p.peek().end);
    const body = p.parseFactor();
    if (p.startsOperand(p.peek()))
      p.fail('ambiguous extent of a partial derivative', token.start, p.peek().end);
    const orderNode = p.mark(numberNode(order), token.start, token.start);
    const variableNode = p.mark(symbolNode(variable), sub.start, sub.end);
    return p.apply('Derivative', [body, variableNode, orderNode], token.start, p.lastEnd());
  },
};
