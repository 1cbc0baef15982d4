/**
 * Identifiers and their scripts: `x`, `x_{i}` (one symbol `x_i`), primes `x'`, `f^{\prime}`,
 * and function application decided by context: `f(x)` when `f` is a known function or primed,
 * SymPy's `f{\left(x \right)}` always, `\eta^{2}{\left(a \right)}` as η(a)².
 */
import type { Construct, Parser } from '../parser';
import { operatorNode, symbolNode, type MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';
import { isProse } from './text';
import { GREEK_SET } from '../names';
import { parseProbability, probabilityAhead } from './probability';

/** LaTeX text of tokens, normalised: `i + 1` and `i+1` give `i+1`. */
export function canonicalText(tokens: readonly Token[]): string {
  let text = '';
  let previousWord = false;
  for (const token of tokens) {
    let piece: string;
    switch (token.kind) {
      case 'command':
        piece = `\\${token.value}`;
        break;
      case 'open':
        piece = '{';
        break;
      case 'close':
        piece = '}';
        break;
      case 'text':
        piece = `\\text{${token.value.trim().replace(/\s+/g, ' ')}}`;
        break;
      default:
        piece = token.value;
    }
    if (previousWord && /^[A-Za-z]/.test(piece)) text += ' ';
    text += piece;
    previousWord = token.kind === 'command' && /^[A-Za-z]+$/.test(token.value);
  }
  return text;
}

const simpleSubscript = /^[A-Za-z0-9]+$|^[^\\{}]$/u;

/** Superscript marks that name a new object (adjoint, orthogonal complement, a complex, dual, a direct sum or tensor power). */
const MARK_COMMANDS = new Set([
  'dagger',
  'dag',
  'perp',
  'bullet',
  'star',
  'sharp',
  'flat',
  'vee',
  'oplus',
  'otimes',
  // ν^↑, ν^↓: a rearrangement (increasing, decreasing).
  'uparrow',
  'downarrow',
]);

function isChargeMark(token: Token): boolean {
  return (
    (token.kind === 'punct' && ['+', '-', '*'].includes(token.value)) ||
    (token.kind === 'command' && (token.value === 'pm' || token.value === 'mp'))
  );
}

const OPENERS = new Set(['(', '[', 'langle', '{', 'lbrace']);
const CLOSERS = new Set([')', ']', 'rangle', '}', 'rbrace']);

/** Whether tokens hold a comma outside any brackets (`x^{(a, b]}`, `x^{\\langle a, b\\rangle}`: none). */
function hasTopLevelComma(tokens: readonly Token[]): boolean {
  let level = 0;
  for (const token of tokens) {
    const punct = token.kind === 'punct' || token.kind === 'command' ? token.value : '';
    if (token.kind === 'open' || OPENERS.has(punct)) level++;
    else if (token.kind === 'close' || CLOSERS.has(punct)) level--;
    else if (level === 0 && punct === ',') return true;
  }
  return false;
}

const ARROWS = new Set(['to', 'rightarrow', 'longrightarrow', 'mapsto']);

/**
 * Whether script tokens are a map's label (`\zeta^{B \to A}`, `\|P\|_{L^2 \to L^p}`): an
 * arrow outside brackets, which no exponent or index value holds.
 */
export function isArrowLabel(tokens: readonly Token[]): boolean {
  let level = 0;
  for (const token of tokens) {
    const punct = token.kind === 'punct' || token.kind === 'command' ? token.value : '';
    if (token.kind === 'open' || OPENERS.has(punct)) level++;
    else if (token.kind === 'close' || CLOSERS.has(punct)) level--;
    else if (level === 0 && token.kind === 'command' && ARROWS.has(token.value)) return true;
  }
  return false;
}

/** `h^{2+}`, `C_s^{b*}`: a label of letters and digits, then a charge or a star (no operand follows). */
function isMarkedLabel(tokens: readonly Token[]): boolean {
  if (tokens.length < 2 || !isChargeMark(tokens[tokens.length - 1])) return false;
  return tokens.slice(0, -1).every((t) => t.kind === 'letter' || t.kind === 'number');
}

/**
 * The decoration written as the whole superscript, if any: `*`, `+` or `-` (`x^*`, `A^{+}`), a
 * mark (`U^\dagger`, `V^{\perp}`), a text label (`h^{\text{TT}}`), a charge after a label
 * (`h^{2+}`, `C^{b*}`), a map's label (`\zeta^{B \to A}`), a mark in parentheses (`V^{(*)}`), or a list of labels
 * (`C^{1,\alpha}`, `\Omega^{\mu,\sigma}`: indices, never an exponent).
 */
export function decorationAhead(p: Parser): string | undefined {
  const mark = (k: number) => {
    if (p.isCommand('ast', k)) return '*';
    if (p.isCommand('pm', k) || p.isCommand('mp', k)) return `{\\${p.peek(k).value}}`;
    const t = p.peek(k);
    if (t.kind === 'command' && MARK_COMMANDS.has(t.value)) return `{\\${t.value}}`;
    return t.kind === 'punct' && (t.value === '*' || t.value === '+' || t.value === '-')
      ? t.value
      : undefined;
  };
  if (p.is('open', undefined, 1)) {
    const inner = p.peekArgumentTokens(1) ?? [];
    if (hasTopLevelComma(inner)) return `{${canonicalText(inner)}}`;
    // G^{++}, D_s^{*+}, u^{\pm}: charges and marks, never a power.
    if (inner.length > 1 && inner.every(isChargeMark)) return `{${canonicalText(inner)}}`;
    if (isMarkedLabel(inner) || isArrowLabel(inner)) return `{${canonicalText(inner)}}`;
    // V^{(*)}, r^{(\bullet)}: a mark in parentheses.
    const parenthesised =
      inner.length === 3 && p.is('punct', '(', 2) && p.is('punct', ')', 4) && mark(3) !== undefined;
    if (parenthesised) return `{${canonicalText(inner)}}`;
  }
  if (p.is('open', undefined, 1) && p.is('close', undefined, 3)) {
    // h^{\text{TT}}: a text label in a superscript decorates the name.
    const t = p.peek(2);
    if (t.kind === 'text' && !isProse(t.value)) return `{${canonicalText([t])}}`;
    return mark(2);
  }
  if (p.is('open', undefined, 1)) return undefined;
  // \lambda^\text{W}: an unbraced text label, as braced.
  const label = p.peek(1);
  if (label.kind === 'text' && !isProse(label.value)) return `{${canonicalText([label])}}`;
  return mark(1);
}

/** Letters conventionally naming functions: `f(x)`, `g_n(t)`, `h(\theta)` apply them. */
const FUNCTION_LETTERS = new Set(['f', 'g', 'h']);
/**
 * The letter that names a function whatever its argument: read as a product, `f(0) = 0` and
 * `f(x + 1) = fx + f` were identities. g and h stay products before anything but a variable:
 * physics writes `g(\sin\theta - \mu\cos\theta)` and `h(\nu - \nu_0)` for constants.
 */
const ALWAYS_APPLIED = 'f';

/** The variable in `(x)` or `\left(x\right)` ahead: one letter or Greek name, else undefined. */
function variableArgumentAhead(p: Parser): string | undefined {
  const left = p.isCommand('left') ? 1 : 0;
  if (!p.is('punct', '(', left)) return undefined;
  const t = p.peek(left + 1);
  const name =
    t.kind === 'letter'
      ? t.value
      : t.kind === 'command' && GREEK_SET.has(t.value)
        ? t.value
        : undefined;
  if (left === 1 && !p.isCommand('right', 3)) return undefined;
  return p.is('punct', ')', 2 + 2 * left) ? name : undefined;
}

/**
 * Function application decided from the name and its argument (DESIGN §4): f before any
 * parenthesised argument, g and h before a parenthesised variable, and in an integrand or a
 * derivative's operand any letter before the variable of integration or differentiation
 * (`\int u(t)\,dt`, `\frac{d}{dt} x(t)`). `a(b + c)` and `a(x)` elsewhere stay products.
 */
function appliedAsFunction(p: Parser, base: string): boolean {
  if (base === ALWAYS_APPLIED) return p.parenAhead();
  const variable = variableArgumentAhead(p);
  if (variable === undefined) return false;
  if (FUNCTION_LETTERS.has(base)) return true;
  if (!/^[A-Za-z]$/.test(base) || base === variable || !p.calculusVariables.includes(variable))
    return false;
  p.context.appliedInCalculus?.add(base);
  return true;
}

/** Reads subscripts and primes after a base name and decides between a symbol and an application. */
export function parseIdentifierTail(p: Parser, base: string, start: number, end: number): MathNode {
  let subscript: string | undefined;
  let primes = 0;
  let decoration: string | undefined;
  let last = end;
  for (;;) {
    if (p.is('sub') && subscript === undefined) {
      const subToken = p.next();
      const argument = p.takeArgumentTokens();
      if (argument.tokens.length === 0) p.fail('empty subscript', subToken.start, argument.end);
      subscript = canonicalText(argument.tokens);
      last = argument.end;
    } else if (decoration === undefined && p.is('sup') && decorationAhead(p) !== undefined) {
      // x^*, A^{+}, \mathbb{Z}^-: a decorated name (optimum, conjugate, pseudo-inverse,
      // positive part), a distinct variable — never a power.
      decoration = decorationAhead(p);
      p.next();
      last = p.takeArgumentTokens().end;
    } else if (p.is('prime') || (p.scriptDepth > 0 && p.isCommand('prime'))) {
      // In a script, `\omega\prime` is ω′ set in the script's size.
      primes++;
      last = p.next().end;
    } else if (p.is('sup') && p.isCommand('prime', 1)) {
      p.next();
      last = p.next().end;
      primes++;
    } else if (
      p.is('sup') &&
      p.is('open', undefined, 1) &&
      (p.isCommand('prime', 2) || p.is('prime', undefined, 2))
    ) {
      // f^{\prime\prime}, f^{''}
      const inner = p.peekArgumentTokens(1) ?? [];
      if (!inner.every((t) => t.kind === 'prime' || (t.kind === 'command' && t.value === 'prime')))
        break;
      p.next();
      last = p.takeArgumentTokens().end;
      primes += inner.length;
    } else break;
  }
  // x^{2}_{i}: a superscript written before the subscript still belongs to x_i.
  let exponent: MathNode | undefined;
  if (subscript === undefined && p.is('sup') && p.is('sub', undefined, 1 + p.argumentLength(1))) {
    p.next();
    // Only the superscript's own tokens: `f^\varepsilon_0` is f_0 to the power ε, and the `_0`
    // must not be read as ε's subscript.
    const script = p.takeArgumentTokens();
    exponent = p.subParser(script.tokens, script.end).parseWhole();
    if (!p.is('sub')) p.fail('superscript before a subscript', start, p.peek().end);
    p.next();
    const argument = p.takeArgumentTokens();
    if (argument.tokens.length === 0) p.fail('empty subscript', start, argument.end);
    subscript = canonicalText(argument.tokens);
    last = argument.end;
  }
  let name = base;
  if (subscript !== undefined)
    name += simpleSubscript.test(subscript) ? `_${subscript}` : `_{${subscript}}`;
  if (decoration !== undefined) name += `^${decoration}`;
  name += "'".repeat(primes);
  const symbol = p.mark(symbolNode(name), start, last);
  if (exponent !== undefined) return p.mark(operatorNode('pow', [symbol, exponent]), start, last);

  const measure = probabilityAhead(p, name);
  if (measure !== undefined) return parseProbability(p, start, measure);
  // SymPy: f{\left(x \right)}
  if (p.sympyGroupAhead()) {
    const args = p.parseArguments();
    return p.apply(name, args, start, p.lastEnd());
  }
  // SymPy: \eta^{2}{\left(a \right)} is η(a)²
  if (p.is('sup') && p.sympyGroupAhead(1 + p.argumentLength(1))) {
    p.next();
    const exponent = p.parseScriptArgument();
    const args = p.parseArguments();
    const application = p.apply(name, args, start, p.lastEnd());
    return p.mark(operatorNode('pow', [application, exponent]), start, p.lastEnd());
  }
  const isFunction =
    primes > 0 ||
    p.context.functions.has(name) ||
    p.context.functions.has(base) ||
    // A name before a parenthesised list (`J(X, Y)`, `\mathcal{N}(\mu, \sigma^2)`): an
    // application — a product with a tuple would mean nothing.
    p.parenListAhead() ||
    // …and so is a name before a conditioning bar (`p(x \mid z)`, `f_1(\cdot | s_i)`).
    p.conditionalListAhead() ||
    // A name with a list of labels is a family member (`C^{0,\alpha}(\Omega)`, `W^{1,p}(D)`).
    decoration?.includes(',') === true ||
    appliedAsFunction(p, base);
  if (isFunction && p.parenAhead()) {
    const args = p.parseArguments();
    return p.apply(name, args, start, p.lastEnd());
  }
  return symbol;
}

/** A single letter starts an identifier. */
export const letterConstruct: Construct = {
  commands: ['#letter'],
  parse(p: Parser, token: Token): MathNode {
    p.next();
    return parseIdentifierTail(p, token.value, token.start, token.end);
  },
};
