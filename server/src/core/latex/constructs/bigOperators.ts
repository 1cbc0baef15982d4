/**
 * Big operators over an index: `\sum_{i=1}^{n} t` → Sum(t, i, 1, n) and `\prod` → Product; the
 * ranges that have no bounds keep what is written and nothing more (names.ts): `\sum_i t` →
 * SumOver(t, i), `\sum_{i \in S} t` → SumOver(t, i, S), `\sum t` → SumOver(t),
 * `\sum_{i, j} t` → SumOver(SumOver(t, j), i), `\sum_{\ell \ge 1} t` → SumWhere(t, ℓ, ℓ ≥ 1),
 * `\sum_{i \notin S} t` → SumOver(t, i, Complement(S)).
 * `\bigcup`/`\bigcap` (and `\cup`/`\cap` where an operand starts) build UnionOver/IntersectOver
 * the same way, with UnionOver(t, i, a, b) for `_{i=a}^{b}`; so do `\sup`, `\inf` and `\min`, `\max`
 * with a subscript. The body is the product that follows.
 */
import type { Construct, Parser } from '../parser';
import { relationalNode, symbolNode, type MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';
import { unwrapGroup } from './calculus';
import { isRelationToken, relationAt, type Relation } from './relations';

const COMPARISONS: Partial<Record<Relation, string>> = {
  lt: 'smaller',
  le: 'smallerEq',
  gt: 'larger',
  ge: 'largerEq',
  neq: 'unequal',
};

interface Names {
  /** The name for `_{i=a}^{b}`. */
  bounded: string;
  /** The name for an index alone, a domain, or nothing. */
  over: string;
  /** The name for an index with a condition. */
  where: string;
}

function isIndex(node: MathNode): boolean {
  return node.type === 'SymbolNode';
}

type Range =
  | { kind: 'bounded'; index: MathNode; from: MathNode; to: MathNode }
  | { kind: 'none' }
  | { kind: 'indices'; indices: MathNode[] }
  | { kind: 'domain'; index: MathNode; domain: MathNode }
  | { kind: 'where'; index: MathNode; condition: MathNode };

/** The range written in the scripts of a big operator (after the command token). */
function readRange(p: Parser, command: string, start: number): Range {
  let lower: { tokens: Token[]; start: number; end: number } | undefined;
  let upper: MathNode | undefined;
  for (;;) {
    if (p.is('sub') && lower === undefined) {
      p.next();
      lower = unwrapGroup(p.takeArgumentTokens());
    } else if (p.is('sup') && upper === undefined) {
      p.next();
      upper = p.parseScriptArgument();
    } else break;
  }
  if (lower === undefined) {
    if (upper !== undefined) p.fail(`\\${command} with only an upper bound`, start, p.lastEnd());
    return { kind: 'none' };
  }
  const sub = p.subParser(lower.tokens, lower.end);
  const head = sub.parseExpression();
  if (!isIndex(head)) p.fail(`\\${command} over an expression`, lower.start, lower.end);
  if (upper !== undefined) {
    if (!sub.is('punct', '='))
      p.fail(`\\${command} over a set or condition`, lower.start, lower.end);
    sub.next();
    return { kind: 'bounded', index: head, from: sub.parseWhole(), to: upper };
  }
  if (sub.atEnd()) return { kind: 'indices', indices: [head] };
  if (sub.is('punct', ',')) {
    const indices = [head];
    while (sub.is('punct', ',')) {
      sub.next();
      const index = sub.parseExpression();
      if (!isIndex(index)) p.fail(`\\${command} over an expression`, lower.start, lower.end);
      indices.push(index);
    }
    if (!sub.atEnd()) sub.failAt(sub.peek());
    return { kind: 'indices', indices };
  }
  const relation = relationAt(sub) ?? sub.failAt(sub.peek());
  if (relation.note !== undefined) sub.failAt(sub.peek());
  for (let i = 0; i < relation.length; i++) sub.next();
  const right = sub.parseWhole();
  if (relation.relation === 'in') return { kind: 'domain', index: head, domain: right };
  if (relation.relation === 'notin')
    return { kind: 'domain', index: head, domain: complementOf(p, right) };
  // `_{A \ni z}`: z ranges over A.
  if (relation.relation === 'ni' && isIndex(right))
    return { kind: 'domain', index: right, domain: head };
  const conditional = COMPARISONS[relation.relation];
  if (conditional === undefined)
    p.fail(`\\${command} with the condition ${relation.relation}`, lower.start, lower.end);
  const condition = p.mark(relationalNode([conditional], [head, right]), lower.start, lower.end);
  return { kind: 'where', index: head, condition };
}

/** Complement(A): where an index `\\notin A` ranges (in whatever universe the formula has). */
export function complementOf(p: Parser, set: MathNode): MathNode {
  const span = p.spanOf(set);
  return p.apply('Complement', [set], span.start, span.end);
}

/** Parses the range, then the body, into the tree of `names`. */
export function parseBigOperator(p: Parser, token: Token, names: Names): MathNode {
  p.next();
  const range = readRange(p, token.value, token.start);
  // `\underset{z \in A}{\sum}` alone: the operator with its summand unwritten (Omitted).
  const omitted = p.atEnd() && range.kind !== 'none';
  const signed = p.is('punct', '-') || p.isCommand('pm') || p.isCommand('mp');
  if (!omitted && !p.startsOperand(p.peek()) && !signed)
    p.fail(`\\${token.value} without a body`, token.start, p.peek().end);
  const body = omitted
    ? p.mark(symbolNode('Omitted'), p.lastEnd(), p.lastEnd())
    : signed
      ? p.parseSignedTerm()
      : p.parseTerm();
  const end = p.spanOf(body).end;
  const over = (args: MathNode[]) => p.apply(names.over, args, token.start, end);
  switch (range.kind) {
    case 'bounded':
      return p.apply(names.bounded, [body, range.index, range.from, range.to], token.start, end);
    case 'none':
      return over([body]);
    case 'indices':
      return range.indices.reduceRight((inner, index) => over([inner, index]), body);
    case 'domain':
      return over([body, range.index, range.domain]);
    case 'where':
      return p.apply(names.where, [body, range.index, range.condition], token.start, end);
  }
}

/**
 * At `_{…}` after a one-element set or a parenthesised group: an indexed family,
 * `\{x_n\}_{n=1}^{N}` → Family(x_n, n, 1, N), `\{F_j\}_{j \in J}` → FamilyOver(F_j, j, J),
 * `(G_i)_{i \ge 1}` → FamilyWhere(G_i, i, i ≥ 1). A lone index (`(a+b)_n`) stays a Subscript, and
 * `\{a, b\}_{i=1}^{N}` (a family of sets, or of its elements?) is not read.
 */
/** The relations that give a family its range (`=`, a comparison, `\in`): `\to` is no range. */
const FAMILY_RELATIONS = new Set(['=', '<', '>', 'le', 'leq', 'ge', 'geq', 'lt', 'gt', 'in']);

export function familyAhead(p: Parser, node: MathNode): boolean {
  if (!p.is('sub')) return false;
  const isSingleton =
    node.type === 'FunctionNode' &&
    (node as unknown as { fn: { name: string } }).fn.name === 'Set' &&
    (node as unknown as { args: MathNode[] }).args.length === 1;
  const closer = p.previous();
  const parenthesised = closer?.kind === 'punct' && closer.value === ')';
  if (!isSingleton && !parenthesised) return false;
  const lower = unwrapGroup({ tokens: p.peekArgumentTokens(1) ?? [], start: 0, end: 0 }).tokens;
  let level = 0;
  return lower.some((t) => {
    if (t.kind === 'open') level++;
    if (t.kind === 'close') level--;
    const relation = t.kind === 'punct' ? t.value : t.kind === 'command' ? t.value : '';
    return level === 0 && isRelationToken(t) && FAMILY_RELATIONS.has(relation);
  });
}

export function parseFamily(p: Parser, node: MathNode): MathNode {
  const start = p.spanOf(node).start;
  const element =
    node.type === 'FunctionNode' ? (node as unknown as { args: MathNode[] }).args[0] : node;
  const range = readRange(p, 'family', start);
  const end = p.lastEnd();
  switch (range.kind) {
    case 'bounded':
      return p.apply('Family', [element, range.index, range.from, range.to], start, end);
    case 'domain':
      return p.apply('FamilyOver', [element, range.index, range.domain], start, end);
    case 'where':
      return p.apply('FamilyWhere', [element, range.index, range.condition], start, end);
    default:
      return p.fail('family without a range', start, end);
  }
}

/** The names of the operator `prefix`: `${prefix}Over`, `${prefix}Where` (and `bounded` for _{i=a}^{b}). */
function namesOf(prefix: string, bounded = `${prefix}Over`): Names {
  return { bounded, over: `${prefix}Over`, where: `${prefix}Where` };
}

/** `A \cup B`: after an operand, \cup and \cap are the binary operations (Parser.parseSetExpression). */
const BINARY = new Set(['cup', 'cap']);

function bigOperator(commands: string[], names: Names): Construct {
  return {
    commands,
    isFunction: true,
    startsOperand: (_p: Parser, token: Token) => !BINARY.has(token.value),
    parse: (p: Parser, token: Token) => parseBigOperator(p, token, names),
  };
}

export const sumConstruct = bigOperator(['sum'], namesOf('Sum', 'Sum'));
export const productConstruct = bigOperator(['prod'], namesOf('Product', 'Product'));
/** `\cup_{i=1}^{n} S_i` where an operand starts is the big union written small. */
export const bigUnionConstruct = bigOperator(['bigcup', 'cup'], namesOf('Union'));
export const bigIntersectionConstruct = bigOperator(['bigcap', 'cap'], namesOf('Intersect'));
/** `\bigoplus_{i=1}^{n} V_i`, `\bigotimes_i V_i`: direct sums and tensor products of a family. */
export const bigDirectSumConstruct = bigOperator(['bigoplus'], namesOf('DirectSum'));
export const bigTensorConstruct = bigOperator(['bigotimes'], namesOf('Tensor'));
/** `\sup_{x \in S} f`, `\inf_n a_n`, `\sup S`. */
export const supremumConstruct = bigOperator(['sup'], namesOf('Sup'));
export const infimumConstruct = bigOperator(['inf'], namesOf('Inf'));

/** `\min_{k \le a} \mu_k`, `\max_i a_i` (with a subscript; `\max(a, b)` is the function). */
export const MIN_MAX_NAMES: Readonly<Record<string, Names>> = {
  min: namesOf('Min'),
  max: namesOf('Max'),
};

/** `\arg\max_{\theta} f(\theta)`, `\arg\min_x f(x)`: the argument of the extremum. */
export const ARG_EXTREMUM_NAMES: Readonly<Record<string, Names>> = {
  min: namesOf('ArgMin'),
  max: namesOf('ArgMax'),
};
