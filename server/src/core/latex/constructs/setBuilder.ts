/**
 * Set-builder notation inside set braces: `\{x \mid x > 0\}` → SetBuilder(x, x > 0) and
 * `\{x \in \mathbb{Z} : 2 < x < 7\}` → SetBuilder(x, \mathbb{Z}, 2 < x < 7) (`A \ni x` is x ∈ A;
 * `x \notin A` ranges over Complement(A); `\{t \mid t \in E, t \le K\}` is `\{t \in E \mid t \le K\}`).
 * The separator is `:`, `\mid`, `|`, `\vert` or `\colon`. The condition is a chain of comparisons
 * (a mathjs RelationalNode, as in Cases) or, after a domain, a bare expression as written
 * (`\{z \in A : z\}`); a condition that is prose, a list or another kind of relation is
 * unsupported, and so is `\{A \mid B\}` (more often P{A | B}, a conditional probability).
 */
import type { Parser } from '../parser';
import { relationalNode, type MathNode } from '../mathjsNodes';
import { relationAt, type Relation } from './relations';
import { complementOf } from './bigOperators';

const CONDITIONALS: Partial<Record<Relation, string>> = {
  eq: 'equal',
  neq: 'unequal',
  lt: 'smaller',
  le: 'smallerEq',
  gt: 'larger',
  ge: 'largerEq',
};

function atSeparator(p: Parser, k = 0): boolean {
  return (
    p.is('punct', ':', k) ||
    p.is('punct', '|', k) ||
    p.isCommand('mid', k) ||
    p.isCommand('vert', k) ||
    p.isCommand('colon', k)
  );
}

/** After the first item of a set: whether a set-builder form continues here. */
export function setBuilderAhead(p: Parser): boolean {
  if (atSeparator(p) && !p.is('punct', '=', 1)) return true;
  return p.isCommand('in') || p.isCommand('ni') || p.isCommand('notin');
}

/**
 * A chain of comparisons (a RelationalNode) or, with no relation, the expression itself: a
 * set-builder's condition, a probability's event. `what` names it in the reason for another
 * relation; it ends where `until` holds (a probability's conditioning `\mid` is no relation).
 */
export function parseComparisonOrExpression(
  p: Parser,
  what: string,
  until: (p: Parser) => boolean = () => false,
  first: MathNode = p.parseExpression(),
): MathNode {
  const start = p.spanOf(first).start;
  const params = [first];
  const conditionals: string[] = [];
  for (;;) {
    const relation = until(p) ? undefined : relationAt(p);
    if (relation === undefined) break;
    const conditional = CONDITIONALS[relation.relation];
    if (conditional === undefined || relation.note !== undefined)
      p.fail(`${what} with ${relation.relation}`);
    for (let i = 0; i < relation.length; i++) p.next();
    conditionals.push(conditional);
    params.push(p.parseExpression());
  }
  if (conditionals.length === 0) return params[0];
  return p.mark(relationalNode(conditionals, params), start, p.lastEnd());
}

function sameName(a: MathNode, b: MathNode): boolean {
  const name = (node: MathNode) => (node as unknown as { name: string }).name;
  return a.type === 'SymbolNode' && b.type === 'SymbolNode' && name(a) === name(b);
}

/** The arguments of SetBuilder after its first item `head` (the caller closes the braces). */
export function parseSetBuilder(p: Parser, head: MathNode): MathNode[] {
  let element = head;
  let domain: MathNode | undefined;
  if (p.isCommand('in')) {
    p.next();
    domain = p.parseExpression();
  } else if (p.isCommand('notin')) {
    p.next();
    domain = complementOf(p, p.parseExpression());
  } else if (p.isCommand('ni')) {
    p.next();
    domain = head;
    element = p.parseExpression();
  }
  if (!atSeparator(p)) p.fail('set-builder without a condition');
  if (element.type !== 'SymbolNode' && domain !== undefined)
    p.fail('set-builder over an expression', p.spanOf(element).start, p.spanOf(element).end);
  p.next();
  let first = p.parseExpression();
  // `\{t \mid t \in E, t \le K\}` is `\{t \in E \mid t \le K\}`: the first condition gives the domain.
  if (domain === undefined && p.isCommand('in') && sameName(first, element)) {
    p.next();
    domain = p.parseExpression();
    if (!p.is('punct', ',')) p.fail('set-builder condition with in');
    p.next();
    first = p.parseExpression();
  }
  const condition = parseComparisonOrExpression(p, 'set-builder condition', undefined, first);
  if (domain !== undefined) return [element, domain, condition];
  // `P\{A \mid B\}` is a conditional probability: without a domain the condition must compare.
  if (condition.type !== 'RelationalNode')
    p.fail('set-builder condition without a relation', p.spanOf(condition).start, p.lastEnd());
  return [element, condition];
}
