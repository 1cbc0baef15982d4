/**
 * `\frac{a}{b}`, `\dfrac`, `\tfrac`, `\cfrac`, digit arguments `\tfrac12` → a / b. A fraction
 * whose numerator is a differential operator is a derivative: `\frac{d}{dx} f`,
 * `\frac{dy}{dx}`, `\frac{d^{2}y}{dx^{2}}`, `\frac{\partial^{2}}{\partial x \partial y} f`. The
 * operand of an operator `\frac{d}{dx}` is the whole implicit product after it, functions
 * included (`\frac{d}{d x} x^{2} \sin{\left(x \right)}`, as SymPy prints it), up to `+`, `-` or
 * a relation; parentheses right after the operator delimit it; an explicit space (`\,`) or an
 * explicit product after a bare operand leaves its extent open: unsupported (see parseOperand).
 * A differential may also end a numerator inside an integral (`\int \frac{dx}{x}`, calculus.ts).
 */
import type { Construct, Parser } from '../parser';
import { GREEK_SET } from '../names';
import { numberNode, operatorNode, symbolNode, type MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';

interface DifferentialStep {
  variable: string;
  order: number;
}

/** Length of a `d`, `\mathrm{d}`, `\operatorname{d}` or `\partial` at i, 0 if none. */
function operatorLength(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t === undefined) return 0;
  if (t.kind === 'letter' && t.value === 'd') return 1;
  if (t.kind === 'command' && t.value === 'partial') return 1;
  if (t.kind === 'command' && (t.value === 'mathrm' || t.value === 'operatorname')) {
    const [open, d, close] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if (open?.kind === 'open' && d?.kind === 'letter' && d.value === 'd' && close?.kind === 'close')
      return 4;
  }
  return 0;
}

/** An order `^2` or `^{2}` at i: [order, length]. */
function readOrder(tokens: readonly Token[], i: number): [number, number] {
  if (tokens[i]?.kind !== 'sup') return [1, 0];
  const a = tokens[i + 1];
  if (a?.kind === 'number' && /^\d$/.test(a.value)) return [Number(a.value), 2];
  const b = tokens[i + 2];
  if (
    a?.kind === 'open' &&
    b?.kind === 'number' &&
    /^\d+$/.test(b.value) &&
    tokens[i + 3]?.kind === 'close'
  )
    return [Number(b.value), 4];
  return [0, 0];
}

/**
 * The differentials `dx`, `dx^2`, `\partial x_1 \partial y` from token i on, as far as they go:
 * the steps and the index after them.
 */
function readDifferentials(
  tokens: readonly Token[],
  from: number,
): { steps: DifferentialStep[]; end: number } {
  const steps: DifferentialStep[] = [];
  let i = from;
  for (;;) {
    const length = operatorLength(tokens, i);
    if (length === 0) break;
    const v = tokens[i + length];
    let variable: string;
    if (v?.kind === 'letter') variable = v.value;
    else if (v?.kind === 'command' && GREEK_SET.has(v.value)) variable = v.value;
    else break;
    let at = i + length + 1;
    if (
      tokens[at]?.kind === 'sub' &&
      (tokens[at + 1]?.kind === 'letter' || tokens[at + 1]?.kind === 'number')
    ) {
      variable += `_${tokens[at + 1].value}`;
      at += 2;
    } else if (
      tokens[at]?.kind === 'sub' &&
      tokens[at + 1]?.kind === 'open' &&
      /^(letter|number)$/.test(tokens[at + 2]?.kind ?? '') &&
      tokens[at + 3]?.kind === 'close'
    ) {
      variable += `_${tokens[at + 2].value}`;
      at += 4;
    }
    const [order, orderLength] = readOrder(tokens, at);
    if (order === 0) break;
    i = at + orderLength;
    steps.push({ variable, order });
  }
  return { steps, end: i };
}

/** A denominator made of differentials only (`{dx}`, `{\partial x \partial y}`), read. */
function readDenominator(tokens: readonly Token[]): DifferentialStep[] | undefined {
  const { steps, end } = readDifferentials(tokens, 0);
  return steps.length > 0 && end === tokens.length ? steps : undefined;
}

/**
 * At offset k, `\frac{dx}{x^2 - 1}` or `\frac{x\,dx}{x^2 + 1}`: a fraction whose numerator ends
 * with the integrand's differential (and holds no other), and whose denominator is no list of
 * differentials (`\frac{dx}{dt}` is a derivative). Its tokens: the whole fraction, the numerator
 * before the differential, the denominator argument as written, and the variable.
 */
export function differentialFractionAt(
  p: Parser,
  k: number,
): { length: number; numerator: Token[]; denominator: Token[]; variable: Token } | undefined {
  const command = p.peek(k);
  if (command.kind !== 'command' || !['frac', 'dfrac', 'tfrac'].includes(command.value))
    return undefined;
  if (!p.is('open', undefined, k + 1)) return undefined;
  const numerator = p.peekArgumentTokens(k + 1);
  if (numerator === undefined || numerator.length < 2) return undefined;
  const variable = numerator[numerator.length - 1];
  const isVariable =
    variable.kind === 'letter' || (variable.kind === 'command' && GREEK_SET.has(variable.value));
  if (!isVariable) return undefined;
  const rest = numerator.slice(0, -1);
  const dLength = [4, 1].find(
    (n) => n <= rest.length && operatorLength(rest, rest.length - n) === n,
  );
  if (dLength === undefined || (dLength === 1 && rest[rest.length - 1].value !== 'd'))
    return undefined;
  const before = rest.slice(0, rest.length - dLength);
  // `\frac{dx\,dy}{…}`: several differentials are not read.
  if (before.some((t, i) => t.kind === 'letter' && t.value === 'd' && before[i + 1] !== undefined))
    return undefined;
  const denominatorAt = k + 1 + p.argumentLength(k + 1);
  const denominator = p.peekArgumentTokens(denominatorAt);
  if (denominator === undefined || readDenominator(denominator) !== undefined) return undefined;
  const denominatorLength = p.argumentLength(denominatorAt);
  const denominatorTokens: Token[] = [];
  for (let i = 0; i < denominatorLength; i++) denominatorTokens.push(p.peek(denominatorAt + i));
  return {
    length: denominatorAt + denominatorLength - k,
    numerator: before,
    denominator: denominatorTokens,
    variable,
  };
}

function parseDerivative(p: Parser, token: Token): MathNode | undefined {
  const numerator = p.peekArgumentTokens(1);
  if (numerator === undefined) return undefined;
  const opLength = operatorLength(numerator, 0);
  if (opLength === 0) return undefined;
  const [order, orderLength] = readOrder(numerator, opLength);
  if (order === 0) return undefined;
  const rest = numerator.slice(opLength + orderLength);
  const denominatorAt = 1 + p.argumentLength(1);
  const denominator = p.peekArgumentTokens(denominatorAt);
  if (denominator === undefined) return undefined;
  const steps = readDenominator(denominator);
  if (steps === undefined) return undefined;
  // It is a derivative: consume \frac and both arguments.
  p.next();
  const num = p.takeArgumentTokens();
  p.takeArgumentTokens();
  return derivativeOf(p, token, order, steps, rest, num.end);
}

/**
 * `dy/dx`, `d^{2}y/dx^{2}`, `\partial f/\partial x`, `d(x^2)/dx`, `d/dx\,(x^2)` (the parser is at
 * the slash; `termBefore` gives the term before it): a quotient of a differential operator's term
 * by differentials is a derivative, not d·y/(d·x). What comes before the operator multiplies it,
 * as in `m\,dv/dt` and `2x\,dy/dx`.
 */
export function parseSlashDerivative(
  p: Parser,
  termBefore: () => readonly Token[],
): MathNode | undefined {
  const ahead: Token[] = [];
  for (let k = 1; k <= MAX_DIFFERENTIAL_TOKENS && p.peek(k).kind !== 'eof'; k++)
    ahead.push(p.peek(k));
  const denominator = readDifferentials(ahead, 0);
  if (denominator.steps.length === 0) return undefined;
  // The term before the slash is copied only once the denominator reads as differentials.
  const numerator = termBefore();
  const at = numerator.findIndex((_, i) => operatorLength(numerator, i) > 0);
  if (at < 0) return undefined;
  const operator = numerator[at];
  const opLength = operatorLength(numerator, at);
  const [order, orderLength] = readOrder(numerator, at + opLength);
  if (order === 0) p.fail('a quotient of differentials that is not a derivative', operator.start);
  p.next();
  for (let i = 0; i < denominator.end; i++) p.next();
  const rest = numerator.slice(at + opLength + orderLength);
  const restEnd = numerator[numerator.length - 1].end;
  const derivative = derivativeOf(p, operator, order, denominator.steps, rest, restEnd);
  if (at === 0) return derivative;
  const coefficient = numerator.slice(0, at);
  const factor = p.subParser(coefficient, coefficient[coefficient.length - 1].end).parseWhole();
  return p.binary('multiply', factor, derivative, true);
}

/** How far a slash derivative's denominator is looked for: `\partial x_{1}^{2}` times a few. */
const MAX_DIFFERENTIAL_TOKENS = 32;

/**
 * The derivative of order `order` by `steps` of the operand `rest` (the numerator after the
 * operator), or of the operand written after the operator when `rest` is empty.
 */
function derivativeOf(
  p: Parser,
  token: Token,
  order: number,
  steps: readonly DifferentialStep[],
  rest: Token[],
  restEnd: number,
): MathNode {
  const total = steps.reduce((sum, step) => sum + step.order, 0);
  if (total !== order) p.fail('derivative orders do not match', token.start, p.lastEnd());
  let body: MathNode;
  const variables = steps.map((step) => step.variable);
  if (rest.length > 0) {
    const numerator = p.subParser(rest, restEnd);
    numerator.calculusVariables.push(...variables);
    body = numerator.parseWhole();
  } else {
    if (!p.startsOperand(p.peek()))
      p.fail('derivative without an operand', token.start, p.peek().end);
    p.calculusVariables.push(...variables);
    body = parseOperand(p, token);
    p.calculusVariables.splice(p.calculusVariables.length - variables.length);
  }
  const end = rest.length > 0 ? p.lastEnd() : p.spanOf(body).end;
  for (let i = steps.length - 1; i >= 0; i--) {
    const { variable, order: n } = steps[i];
    body = p.apply(
      'Derivative',
      [body, symbolNode(variable), numberNode(n)],
      token.start,
      Math.max(end, p.lastEnd()),
    );
  }
  return body;
}

/**
 * The operand of `\frac{d}{dx}` written after it. Parentheses right after the operator delimit
 * it, as people write the product rule (`\frac{d}{dx}\left(e^x\right) \cos x` is (eˣ)′ cos x);
 * otherwise it is the whole implicit product that follows (parser.ts, parseImplicitProduct). An
 * explicit product or quotient after an unparenthesised operand (`\frac{d}{dx} x^2 \cdot y`) may
 * or may not belong to it: refused.
 */
function parseOperand(p: Parser, token: Token): MathNode {
  const parenthesised =
    p.parenAhead() || p.is('punct', '[') || (p.isCommand('left') && p.is('punct', '[', 1));
  const body = parenthesised ? p.parseFactor() : p.parseImplicitProduct('operand');
  const after = p.peek();
  if (!parenthesised && (p.isMultiplyOperator(after) || p.isDivideOperator(after)))
    p.fail(
      'ambiguous extent of a derivative (an explicit product after it)',
      token.start,
      after.end,
    );
  return body;
}

export const fractionConstruct: Construct = {
  commands: ['frac', 'dfrac', 'tfrac', 'cfrac'],
  parse(p: Parser, token: Token): MathNode {
    const derivative = parseDerivative(p, token);
    if (derivative !== undefined) return derivative;
    p.next();
    const numerator = p.parseScriptArgument();
    const denominator = p.parseScriptArgument();
    return p.mark(operatorNode('divide', [numerator, denominator]), token.start, p.lastEnd());
  },
};
