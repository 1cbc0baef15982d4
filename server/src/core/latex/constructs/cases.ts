/**
 * Piecewise definitions: `\begin{cases} v_1 & c_1 \\ v_2 & c_2 \end{cases}`, and the same rows in
 * a `matrix`/`array` after a lone `\{` or `\left\{ … \right.` → Cases(v_1, c_1, v_2, c_2, …).
 * A condition is a mathjs RelationalNode (`x < 0`, `0 \le x < 1`: =, ≠, <, ≤, >, ≥ only), written
 * after an optional `,` and `\text{if}`; `\text{otherwise}` is the constant `true`. Anything else
 * in a condition (`x \in A`, prose) is unsupported.
 */
import type { Construct, Parser } from '../parser';
import { booleanNode, relationalNode, type MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';
import { relationAt, type Relation } from './relations';
import { canonicalText } from './scripts';

const CONDITIONALS: Partial<Record<Relation, string>> = {
  eq: 'equal',
  neq: 'unequal',
  lt: 'smaller',
  le: 'smallerEq',
  gt: 'larger',
  ge: 'largerEq',
};

const LEAD_WORDS = new Set(['', 'if', 'for', 'when', 'whenever', 'where']);
const OTHERWISE = new Set(['otherwise', 'else', 'elsewhere', 'if otherwise']);

const ROW_ENVIRONMENTS = new Set(['cases', 'dcases', 'matrix', 'array']);

function skipFiller(p: Parser): void {
  for (;;) {
    if (p.is('amp') || p.is('punct', ',')) p.next();
    else if (p.is('text') && LEAD_WORDS.has(p.peek().value.trim().toLowerCase())) p.next();
    else break;
  }
}

function parseCondition(p: Parser): MathNode {
  if (p.is('text') && OTHERWISE.has(p.peek().value.trim().toLowerCase())) {
    const token = p.next();
    return p.mark(booleanNode(true), token.start, token.end);
  }
  const start = p.peek().start;
  const params = [p.parseExpression()];
  const conditionals: string[] = [];
  for (;;) {
    const relation = relationAt(p);
    if (relation === undefined) break;
    const conditional = CONDITIONALS[relation.relation];
    if (conditional === undefined || relation.note !== undefined)
      p.fail(`condition with ${relation.relation}`, p.peek().start, p.peek().end);
    for (let i = 0; i < relation.length; i++) p.next();
    conditionals.push(conditional);
    params.push(p.parseExpression());
  }
  if (conditionals.length === 0) p.fail('condition without a relation', start, p.lastEnd());
  return p.mark(relationalNode(conditionals, params), start, p.lastEnd());
}

/** At `\begin{cases|matrix|array}`: parses the environment into Cases. */
export function parseCasesEnvironment(p: Parser, start: number): MathNode {
  const begin = p.next();
  const nameArgument = p.takeArgumentTokens();
  const name = canonicalText(nameArgument.tokens);
  if (!ROW_ENVIRONMENTS.has(name)) p.fail(`environment ${name}`, begin.start, nameArgument.end);
  if (name === 'array') p.takeArgumentTokens(); // column specification
  const args: MathNode[] = [];
  for (;;) {
    while (p.is('rowsep')) p.next();
    if (p.isCommand('end')) break;
    const value = p.parseExpression();
    skipFiller(p);
    if (p.is('rowsep') || p.isCommand('end'))
      p.fail('case without a condition', p.spanOf(value).start, p.peek().end);
    args.push(value, parseCondition(p));
    while (p.is('punct', ',') || p.is('punct', ';') || p.is('punct', '.')) p.next();
    if (!p.is('rowsep') && !p.isCommand('end')) p.failAt(p.peek());
  }
  p.next();
  const endName = p.takeArgumentTokens();
  if (canonicalText(endName.tokens) !== name)
    p.fail('mismatched \\end', endName.start, endName.end);
  if (args.length === 0) p.fail('empty cases', start, p.lastEnd());
  return p.apply('Cases', args, start, p.lastEnd());
}

/** Whether the tokens at k start `\begin{…}` of an environment that can hold cases. */
export function casesEnvironmentAhead(p: Parser, k: number): boolean {
  if (!p.isCommand('begin', k)) return false;
  const name = canonicalText(p.peekArgumentTokens(k + 1) ?? []);
  return ROW_ENVIRONMENTS.has(name);
}

export const casesConstruct: Construct = {
  commands: ['#cases'],
  parse(p: Parser, token: Token): MathNode {
    return parseCasesEnvironment(p, token.start);
  },
};
