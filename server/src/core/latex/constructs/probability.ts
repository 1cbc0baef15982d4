/**
 * Probabilities: `\Pr(A)`, `P(X = k)`, `\mathbb{P}(A \mid B)`, `P \left(X \le 1 | Y = 0\right)`,
 * `P\{A \mid B\}`
 * → Probability(event) or Probability(event, condition). An event or a condition is a chain of
 * comparisons (a RelationalNode, as in Cases) or an expression (an event's name). `\Pr` is always a
 * probability; the names P and \mathbb{P} only in a formula where one of them is applied to an
 * argument holding a comparison or a conditioning bar (alone, `P(A)` could be a product or any
 * function).
 */
import type { Construct, Parser } from '../parser';
import type { MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';
import { parseComparisonOrExpression } from './setBuilder';

/** Identifier names that may name a probability (as parseIdentifierTail spells them). */
const PROBABILITY_NAMES = new Set(['P', '\\mathbb{P}', '\\mathrm{P}']);

const COMPARISONS = new Set(['=', '<', '>', 'le', 'leq', 'ge', 'geq', 'ne', 'neq', 'lt', 'gt']);

function isBar(t: Token | undefined): boolean {
  // `\left|\right.` in screen-reader LaTeX has become `\mid` (index.ts).
  return (
    (t?.kind === 'punct' && t.value === '|') ||
    (t?.kind === 'command' && (t.value === 'mid' || t.value === 'vert'))
  );
}

/** The length of a probability's name at tokens[i] (`P`, `\mathbb{P}`, `\Pr`), 0 if none. */
function nameLength(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t?.kind === 'letter' && t.value === 'P') return 1;
  if (t?.kind === 'command' && t.value === 'Pr') return 1;
  const [open, letter, close] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  const isP = letter?.kind === 'letter' && letter.value === 'P';
  return t?.kind === 'command' &&
    ['mathbb', 'mathrm'].includes(t.value) &&
    open?.kind === 'open' &&
    isP &&
    close?.kind === 'close'
    ? 4
    : 0;
}

/** Set braces around an event, as some textbooks write it: `P\{X > 1\}`. */
const BRACE_OPENERS = new Set(['{', 'lbrace']);
const BRACE_CLOSERS = new Set(['}', 'rbrace']);

function isEventOpener(t: Token | undefined): boolean {
  return (
    (t?.kind === 'punct' && t.value === '(') ||
    (t?.kind === 'command' && BRACE_OPENERS.has(t.value))
  );
}

/** At tokens[i], `(…)`, `\{…\}` or either with `\left…\right`, holding a comparison or a bar outside inner brackets. */
function eventArgumentAt(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i]?.kind === 'command' && tokens[i].value === 'left' ? i + 1 : i;
  if (!isEventOpener(tokens[first])) return false;
  let level = 0;
  for (let k = first; k < tokens.length; k++) {
    const t = tokens[k];
    const command = t.kind === 'command' ? t.value : '';
    if (
      t.kind === 'open' ||
      BRACE_OPENERS.has(command) ||
      (t.kind === 'punct' && (t.value === '(' || t.value === '['))
    )
      level++;
    else if (
      t.kind === 'close' ||
      BRACE_CLOSERS.has(command) ||
      (t.kind === 'punct' && (t.value === ')' || t.value === ']'))
    ) {
      if (--level === 0) return false;
    } else if (level === 1 && ((t.kind !== 'text' && COMPARISONS.has(t.value)) || isBar(t)))
      return true;
  }
  return false;
}

/**
 * Whether the formula applies P (or \mathbb{P}, \Pr) to an event somewhere: then every
 * `P(…)` in it is a probability (`P(A|B) = P(B|A) P(A) / P(B)`), not P times a group.
 */
export function usesProbability(tokens: readonly Token[]): boolean {
  return tokens.some((_, i) => {
    const length = nameLength(tokens, i);
    return length > 0 && eventArgumentAt(tokens, i + length);
  });
}

/** What a bracketed argument after a name makes: P(A), 𝔼[X]. */
type Measure = 'Probability' | 'Expectation';

/** Names of an expectation: the double-struck E is one whatever follows it. */
const EXPECTATION_NAMES = new Set(['\\mathbb{E}']);

/** After a name: whether it is a probability applied to an event, or an expectation to its argument. */
export function probabilityAhead(p: Parser, name: string): Measure | undefined {
  if (EXPECTATION_NAMES.has(name)) return eventAhead(p, true) ? 'Expectation' : undefined;
  return PROBABILITY_NAMES.has(name) && p.context.probability === true && eventAhead(p)
    ? 'Probability'
    : undefined;
}

/** `(` or `\{` (or `[` after an expectation), after `\left` or not. */
function eventAhead(p: Parser, bracketToo = false): boolean {
  const t = p.peek(p.isCommand('left') ? 1 : 0);
  return isEventOpener(t) || (bracketToo && t.kind === 'punct' && t.value === '[');
}

const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', lbrace: 'rbrace' };

/**
 * The bracketed event (and condition) at the parser's position → Probability, or after \mathbb{E}
 * the bracketed random variable (and condition) → Expectation.
 */
export function parseProbability(
  p: Parser,
  start: number,
  name: Measure = 'Probability',
): MathNode {
  const left = p.isCommand('left');
  if (left) p.next();
  const braced = p.peek().kind === 'command';
  const open = p.next();
  const close = CLOSERS[open.value] ?? ')';
  const saved = p.absDepth;
  // A bar in operator position separates the condition; one that starts an operand is |x|.
  p.absDepth = 1;
  const args = [parseComparisonOrExpression(p, 'event', (q) => isBar(q.peek()))];
  if (isBar(p.peek())) {
    p.next();
    args.push(parseComparisonOrExpression(p, 'condition'));
  }
  p.absDepth = saved;
  if (left) p.expect('command', 'right');
  p.expect(braced ? 'command' : 'punct', close);
  return p.apply(name, args, start, p.lastEnd());
}

export const probabilityConstruct: Construct = {
  commands: ['Pr'],
  isFunction: true,
  parse(p: Parser, token: Token): MathNode {
    p.next();
    if (!eventAhead(p)) p.fail('\\Pr without parentheses', token.start, p.peek().end);
    return parseProbability(p, token.start);
  },
};
