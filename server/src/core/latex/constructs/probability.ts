/**
 * Probabilities: `\Pr(A)`, `P(X = k)`, `\mathbb{P}(A \mid B)`, `P \left(X \le 1 | Y = 0\right)`
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

/** At tokens[i], `(…)` or `\left(…\right)` holding a comparison or a bar outside inner brackets. */
function eventArgumentAt(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i]?.kind === 'command' && tokens[i].value === 'left' ? i + 1 : i;
  if (tokens[first]?.kind !== 'punct' || tokens[first].value !== '(') return false;
  let level = 0;
  for (let k = first; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'open' || (t.kind === 'punct' && (t.value === '(' || t.value === '['))) level++;
    else if (t.kind === 'close' || (t.kind === 'punct' && (t.value === ')' || t.value === ']'))) {
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

/** After a name: whether it is a probability applied to an event. */
export function probabilityAhead(p: Parser, name: string): boolean {
  return PROBABILITY_NAMES.has(name) && p.context.probability === true && p.parenAhead();
}

/** The parenthesised event (and condition) at the parser's position → Probability. */
export function parseProbability(p: Parser, start: number): MathNode {
  const left = p.isCommand('left');
  if (left) p.next();
  p.expect('punct', '(');
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
  p.expect('punct', ')');
  return p.apply('Probability', args, start, p.lastEnd());
}

export const probabilityConstruct: Construct = {
  commands: ['Pr'],
  isFunction: true,
  parse(p: Parser, token: Token): MathNode {
    p.next();
    if (!p.parenAhead()) p.fail('\\Pr without parentheses', token.start, p.peek().end);
    return parseProbability(p, token.start);
  },
};
