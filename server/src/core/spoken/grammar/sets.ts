/** Set-builder notation: "the set of all x such that x > 0", "StartSet 1 comma 2 EndSet". */
import { closing, lexicon, phraseMap, phrases } from '../lexicon';
import { Power, type Parser } from '../parser';
import { PhraseTable } from '../phraseTable';
import { atom, type Formula } from '../tree';
import { operand, operator } from './construct';

const suchThat = closing('sets.suchThat');
const memberAnd = closing('sets.memberAnd');
const memberEnd = closing('sets.suchThat', 'sets.memberAnd');
const mathspeakEnd = closing('sets.mathspeakEnd');

function braces(body: Formula): Formula {
  return { kind: 'fence', open: '\\{', close: '\\}', body };
}

/** "the set of integers" is ℤ; "the set of positive natural numbers" is ℕ⁺. */
function namedSet(members: Formula): Formula | undefined {
  if (members.kind === 'atom' && members.tex.startsWith('\\mathbb')) return members;
  if (members.kind === 'prefix' && (members.op === '+' || members.op === '-')) {
    const set = namedSet(members.operand);
    return set && { kind: 'script', base: set, sup: { kind: 'atom', tex: members.op } };
  }
  return undefined;
}

/** "the set of B to the m, which is a subset of I": a relation said after a pause is about the set. */
function relationAfterPause(parser: Parser): boolean {
  return (
    parser.peek()?.kind === 'pause' &&
    lexicon.relationWords.match(parser.tokens, parser.pos + 1) !== undefined
  );
}

const relations = lexicon.relationTable;
const betweenSets = new Set(['=', '\\neq', '\\subset', '\\subseteq', '\\supset', '\\supseteq']);

/**
 * "the set 1 comma 2 is a subset of B", "… equals B": a relation between sets ends the members,
 * as membership and comparisons do not ("the set of all x in the reals", "the set of x greater
 * than 0").
 */
function relationAfterMembers(parser: Parser): boolean {
  const relation = relations.match(parser.tokens, parser.pos);
  return relation !== undefined && betweenSets.has(relation.value);
}

/** "the set of 0 and 1", "the set containing u, v, and w": "and" before a member lists it. */
function setMembers(parser: Parser): Formula {
  const stop = (at: Parser) => relationAfterPause(at) || relationAfterMembers(at);
  let members = parser.scope({ until: memberEnd, stop });
  for (;;) {
    const beforeAnd = parser.pos;
    if (!parser.acceptClosing(memberAnd)) return members;
    const next = parser.scope({ until: memberEnd, stop });
    if (next.kind === 'empty') {
      // An "and" with no member after it is no list word; it is read on as a word.
      parser.pos = beforeAnd;
      return members;
    }
    members = { kind: 'infix', op: ',', left: members, right: next };
  }
}

/**
 * "x belongs to the set S", "the set A union the set B": "the set" before a capital that ends
 * the operand names that set, as ClearSpeak's "the set 1 comma 2" lists its members. Said alone,
 * "the set B" is ClearSpeak's {B}: nobody dictates a name that way.
 */
function namedByLetter(parser: Parser, trigger: string): Formula | undefined {
  const letter = parser.peek();
  if (letter?.kind !== 'word' || !/^[A-Z]$/.test(letter.raw)) return undefined;
  const after = parser.peek(1);
  const last = after === undefined || after.kind === 'stop';
  const alone = last && parser.pos === trigger.split(' ').length;
  parser.pos++;
  const ends = last || after.kind === 'pause' || parser.startsOperator() || parser.atTerminator();
  if (ends && !alone) return atom(letter.raw, 'letter');
  parser.pos--;
  return undefined;
}

/** A number, letter or subscripted letter: an end of a range of members. */
function isRangeEnd(formula: Formula): boolean {
  if (formula.kind === 'script') return formula.sup === undefined && isRangeEnd(formula.base);
  return formula.kind === 'atom' && (formula.role === 'number' || formula.role === 'letter');
}

/** `formula` without a leading word "from" ("from 1" → 1). */
function withoutFrom(formula: Formula): Formula {
  if (formula.kind !== 'row' || formula.items.length !== 2) return formula;
  const [word, rest] = formula.items;
  return word.kind === 'text' && word.text === 'from' ? rest : formula;
}

function ellipsisBetween(first: Formula, last: Formula): Formula {
  const ellipsis = atom('\\ldots', 'symbol');
  return {
    kind: 'infix',
    op: ',',
    left: { kind: 'infix', op: ',', left: first, right: ellipsis },
    right: last,
  };
}

/** "the set 1 to K", "the set from 1 to n": the members 1, …, K. */
function range(members: Formula): Formula {
  if (members.kind !== 'infix' || members.op !== '\\to') return members;
  const span = { left: withoutFrom(members.left), right: members.right };
  if (!isRangeEnd(span.left) || !isRangeEnd(span.right)) return members;
  return ellipsisBetween(span.left, span.right);
}

const integerSets = new Set(['\\mathbb{Z}', '\\mathbb{N}']);
const upTo = closing('calculus.to');

/** "the integers from 1 to n", "the natural numbers from 0 to k": the set {1, …, n}. */
const integersFrom = operator(
  'sets.integersFrom',
  phrases('calculus.from'),
  Power.allOver,
  (parser, left) => {
    if (left.kind !== 'atom' || !integerSets.has(left.tex) || !parser.saidLater(upTo))
      return undefined;
    const first = parser.scope({ until: upTo });
    if (first.kind === 'empty' || parser.acceptFrom(upTo) === undefined) return undefined;
    const last = parser.scope({ closedByPause: true, power: Power.relation });
    if (last.kind === 'empty') return undefined;
    return braces(ellipsisBetween(first, last));
  },
);

/** "the natural numbers with zero": ℕ₀, as ClearSpeak names it; "with" anything else is prose. */
const withZero = operand(
  'sets.withZero',
  ['the natural numbers with', 'natural numbers with'],
  (parser) => {
    const zero = parser.peek();
    if (zero?.kind !== 'number' || zero.text !== '0') return undefined;
    parser.pos++;
    return { kind: 'script', base: atom('\\mathbb{N}', 'symbol'), sub: atom('0', 'number') };
  },
);

/** "v one through v n": the last symbol takes the index said after it, as the first has one. */
function indexedAsFirst(parser: Parser, first: Formula, last: Formula): Formula {
  const index = parser.peek();
  const sameBase =
    first.kind === 'script' &&
    first.sub !== undefined &&
    JSON.stringify(first.base) === JSON.stringify(last);
  if (!sameBase || index?.kind !== 'word' || !/^[a-z]$/.test(index.raw)) return last;
  parser.pos++;
  return { kind: 'script', base: last, sub: atom(index.raw, 'letter') };
}

/** "x sub 1 through x sub n", "1 through n": the run x₁, …, xₙ; between other words it is prose. */
const through = operator(
  'sets.through',
  phrases('sets.through'),
  Power.additive + 1,
  (parser, left) => {
    if (!isRangeEnd(left)) return undefined;
    const last = parser.expression(Power.implicit);
    if (!isRangeEnd(last)) return undefined;
    return ellipsisBetween(left, indexedAsFirst(parser, left, last));
  },
);

/**
 * "the supremum of the set of x in Q such that x squared is less than 2 is root 2": an equality
 * after the condition's own relation says something of the set.
 */
function copulaAfterCondition(parser: Parser, conditionAt: number): boolean {
  const { tokens, pos } = parser;
  if (relations.match(tokens, pos)?.value !== '=') return false;
  for (let at = conditionAt; at < pos; at++)
    if (relations.match(tokens, at) !== undefined) return true;
  return false;
}

const setOf = operand('sets.setOf', phrases('sets.setOf'), (parser, trigger) => {
  const named = trigger.endsWith('set') ? namedByLetter(parser, trigger) : undefined;
  if (named !== undefined) return named;
  // "set B" names a set; the bare word lists nothing.
  if (trigger === 'set') return undefined;
  const members = range(setMembers(parser));
  if (!parser.acceptClosing(suchThat)) return namedSet(members) ?? braces(members);
  parser.skipPauses();
  const conditionAt = parser.pos;
  const condition = parser.scope({ stop: (at) => copulaAfterCondition(at, conditionAt) });
  return braces({ kind: 'infix', op: ':', left: members, right: condition });
});

const mathspeak = operand('sets.mathspeak', phrases('sets.mathspeak'), (parser) => {
  const body = parser.scope({ until: mathspeakEnd });
  parser.acceptFrom(mathspeakEnd);
  return braces(body);
});

/** ClearSpeak's "r-two" (ℝ²), "c-n" (ℂⁿ), "r-infinity": the hyphen joins a number system to its power. */
const hyphenPower = operand(
  'sets.hyphenPower',
  [...lexicon.setHyphenPowers.keys()],
  (parser, trigger) => {
    const set = lexicon.setHyphenPowers.get(trigger);
    const power = parser.peek();
    if (set === undefined || power?.afterHyphen !== true) return undefined;
    let exponent: Formula;
    if (power.kind === 'number' && power.denominator === undefined)
      exponent = atom(power.text, 'number');
    else if (power.kind === 'word' && /^[a-z]$/.test(power.text))
      exponent = atom(power.text, 'letter');
    else if (power.text === 'infinity') exponent = atom('\\infty', 'symbol');
    else return undefined;
    parser.pos++;
    return { kind: 'script', base: atom(set), sup: exponent };
  },
);

const letterSets = phraseMap('sets.letterReals');
const spaceBefore = new Set(phrases('sets.spaceBefore'));
const membership = new Set(['\\in', '\\notin', '\\subset', '\\subseteq']);
const powers = closing('power.squared', 'power.cubed', 'power.toThe');
const fonts = new PhraseTable([...phraseMap('font.prefix')]);

/** Whether a membership relation ("in", "belongs to", "is a subset of") ends right before `at`. */
function afterMembership(tokens: Parser['tokens'], at: number): boolean {
  for (let length = 1; length <= 4; length++) {
    const said = relations.match(tokens, at - length);
    if (said?.length === length && membership.has(said.value)) return true;
  }
  return false;
}

/**
 * "x in R", "A is in R to the n by n", "a function of R to the power of n": capital R where a
 * number system is meant is ℝ, after a membership or as a space raised to a power. Elsewhere it is
 * a letter ("R squared of x", "R equals 5").
 */
const letterReals = operand('sets.letterReals', [...letterSets.keys()], (parser, trigger) => {
  const at = parser.pos - 1;
  const set = letterSets.get(trigger);
  if (set === undefined || parser.tokens[at].raw !== trigger.toUpperCase()) return undefined;
  // "R double struck" says its font itself.
  if (fonts.match(parser.tokens, parser.pos) !== undefined) return undefined;
  const raised = powers.match(parser.tokens, parser.pos) !== undefined;
  const space = raised && spaceBefore.has(parser.tokens[at - 1]?.text ?? '');
  return afterMembership(parser.tokens, at) || space ? atom(set) : undefined;
});

export const setConstructs = [
  setOf,
  mathspeak,
  hyphenPower,
  through,
  integersFrom,
  withZero,
  letterReals,
];
