/** Relations between the parts of a formula: a table of token → relation. */
import type { Parser } from '../parser';
import type { Token } from '../tokenize';

export type Relation =
  | 'eq'
  | 'neq'
  | 'lt'
  | 'le'
  | 'gt'
  | 'ge'
  | 'approx'
  | 'equiv'
  | 'implies'
  | 'impliedby'
  | 'iff'
  | 'in'
  | 'notin'
  | 'subset'
  | 'subseteq'
  | 'sim'
  | 'simeq'
  | 'cong'
  | 'propto'
  | 'to'
  | 'mapsto'
  | 'define'
  | 'll'
  | 'gg'
  | 'lesssim'
  | 'gtrsim'
  | 'divides'
  | 'ndivides'
  | 'supset'
  | 'supseteq'
  | 'ni'
  | 'perp'
  | 'parallel'
  | 'asymp'
  /** `A \\Subset B`: A is compactly contained in B. */
  | 'compactsubset'
  /** `N \\lhd G`: N is a normal subgroup of G. */
  | 'normalsubgroup'
  | 'leftrightarrow'
  /** `x \\gets e`: assignment in pseudocode. */
  | 'gets'
  /** `f : A \\to B`, `a : A` (a map's or a term's type); `:=` is `define`. */
  | 'colon'
  /** `a \\equiv b \\pmod{n}`: congruent modulo the statement's modulus (constructs/modulus.ts). */
  | 'congruent'
  /** `G \curvearrowright X`: G acts on X; `X \curvearrowleft G`: X is acted on by G (from the right). */
  | 'actson'
  | 'actedonby';

const PUNCT_RELATIONS: Readonly<Record<string, Relation>> = {
  '=': 'eq',
  '<': 'lt',
  '>': 'gt',
  '≠': 'neq',
  '≤': 'le',
  '≥': 'ge',
  '≈': 'approx',
};

const COMMAND_RELATIONS: Readonly<Record<string, Relation>> = {
  ne: 'neq',
  neq: 'neq',
  lt: 'lt',
  gt: 'gt',
  le: 'le',
  leq: 'le',
  leqslant: 'le',
  ge: 'ge',
  geq: 'ge',
  geqslant: 'ge',
  approx: 'approx',
  equiv: 'equiv',
  implies: 'implies',
  Rightarrow: 'implies',
  Longrightarrow: 'implies',
  impliedby: 'impliedby',
  Leftarrow: 'impliedby',
  Longleftarrow: 'impliedby',
  iff: 'iff',
  Leftrightarrow: 'iff',
  Longleftrightarrow: 'iff',
  in: 'in',
  notin: 'notin',
  subset: 'subset',
  subseteq: 'subseteq',
  sim: 'sim',
  simeq: 'simeq',
  cong: 'cong',
  propto: 'propto',
  to: 'to',
  rightarrow: 'to',
  longrightarrow: 'to',
  mapsto: 'mapsto',
  coloneqq: 'define',
  triangleq: 'define',
  doteq: 'define',
  coloneq: 'define',
  eqqcolon: 'define',
  ll: 'll',
  gg: 'gg',
  lesssim: 'lesssim',
  gtrsim: 'gtrsim',
  mid: 'divides',
  nmid: 'ndivides',
  supset: 'supset',
  supseteq: 'supseteq',
  ni: 'ni',
  perp: 'perp',
  parallel: 'parallel',
  colon: 'colon',
  asymp: 'asymp',
  Subset: 'compactsubset',
  lhd: 'normalsubgroup',
  trianglelefteq: 'normalsubgroup',
  leftrightarrow: 'leftrightarrow',
  gets: 'gets',
  leftarrow: 'gets',
  curvearrowright: 'actson',
  curvearrowleft: 'actedonby',
};

const DEFINITION_MARKS = new Set(['def', 'triangle', 'Delta', ':', 'defn']);

/**
 * `\overset{def}{=}`, `\stackrel{\triangle}{=}`: a definition; any other mark over a relation
 * (`\stackrel{?}{=}`, `\overset{(1)}{=}`, `\overset{p}{\to}`) is that relation with the mark as
 * a note.
 */
function stackedRelation(
  p: Parser,
): { relation: Relation; length: number; note?: string } | undefined {
  if (!p.isCommand('overset') && !p.isCommand('stackrel')) return undefined;
  const top = p.peekArgumentTokens(1);
  if (top === undefined || top.length === 0) return undefined;
  const topLength = p.argumentLength(1);
  const base = p.peekArgumentTokens(1 + topLength);
  if (base?.length !== 1) return undefined;
  const relation =
    base[0].kind === 'punct'
      ? PUNCT_RELATIONS[base[0].value]
      : base[0].kind === 'command'
        ? COMMAND_RELATIONS[base[0].value]
        : undefined;
  if (relation === undefined) return undefined;
  const length = 1 + topLength + p.argumentLength(1 + topLength);
  const mark = top.map((t) => t.value).join('');
  if (relation === 'eq' && DEFINITION_MARKS.has(mark)) return { relation: 'define', length };
  return { relation, length, note: mark };
}

/** Whether a token is (or starts) a relation: where one side of a formula ends. */
export function isRelationToken(token: Token): boolean {
  if (token.kind === 'punct')
    return token.value === ':' || PUNCT_RELATIONS[token.value] !== undefined;
  return (
    token.kind === 'command' &&
    (token.value === 'not' || Object.hasOwn(COMMAND_RELATIONS, token.value))
  );
}

/** The relation at the parser's position and how many tokens it spans, if any. */
export function relationAt(
  p: Parser,
): { relation: Relation; length: number; note?: string } | undefined {
  const stacked = stackedRelation(p);
  if (stacked !== undefined) return stacked;
  const token = p.peek();
  if (token.kind === 'punct') {
    if (token.value === ':' && p.is('punct', '=', 1)) return { relation: 'define', length: 2 };
    if (token.value === ':') return { relation: 'colon', length: 1 };
    if (token.value === '<' && p.is('punct', '=', 1)) return { relation: 'le', length: 2 };
    if (token.value === '>' && p.is('punct', '=', 1)) return { relation: 'ge', length: 2 };
    const relation = PUNCT_RELATIONS[token.value];
    return relation === undefined ? undefined : { relation, length: 1 };
  }
  if (token.kind === 'command') {
    const relation = COMMAND_RELATIONS[token.value];
    return relation === undefined ? undefined : { relation, length: 1 };
  }
  return undefined;
}

/** What `\not` before a relation spells as one command: `\not=` is `\neq`, `\not\in` is `\notin`. */
const NEGATED: Readonly<Record<string, string>> = { '=': 'neq', in: 'notin' };

/**
 * Merges `\not` and the relation after it into the one command they spell, in place, so every
 * construct that looks for `\notin` (a set-builder's domain, a relation) sees it.
 */
export function mergeNegatedRelations(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [not, relation] = [tokens[i], tokens[i + 1]];
    if (not.kind !== 'command' || not.value !== 'not') continue;
    if (relation.kind !== 'command' && relation.kind !== 'punct') continue;
    const merged = NEGATED[relation.value];
    if (merged === undefined) continue;
    tokens.splice(i, 2, { kind: 'command', value: merged, start: not.start, end: relation.end });
  }
}

/**
 * `N {=} 512`: braces around a relation only change its spacing (TeX makes it an ordinary
 * symbol), so they are dropped, in place. Braces that are an argument — after a script, a
 * command or another group (`\stackrel{?}{=}`) — stay.
 */
export function unbraceRelations(tokens: Token[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const [before, open, relation, close] = tokens.slice(i - 1, i + 3);
    if (open.kind !== 'open' || close.kind !== 'close' || !isRelationToken(relation)) continue;
    if (relation.kind === 'punct' && relation.value === ':') continue;
    if (['sub', 'sup', 'command', 'close'].includes(before.kind)) continue;
    tokens.splice(i, 3, relation);
  }
}
