/**
 * Grouping: "open paren … close paren", brackets, braces, angle brackets, "the quantity … end
 * quantity", absolute values ("the absolute value of x", "StartAbsoluteValue … EndAbsoluteValue")
 * and norms. A group left open is closed at the end of the sentence and reported.
 */
import { closing, lexicon, namesSymbol, phraseMap, phrases } from '../lexicon';
import type { PhraseTable } from '../phraseTable';
import { Power, type Parser } from '../parser';
import { atom, isPrimeMark, onLastFactor, type Formula } from '../tree';
import { operand, type OperandConstruct } from './construct';
import { variable } from './calculus';
import { letterApplied } from './functions';

type PhraseKey = Parameters<typeof closing>[0];

interface GroupOptions {
  name: string;
  opener: PhraseKey;
  closer: PhraseKey;
  open: string;
  close: string;
  /** The words only group ("the quantity"): no brackets are written where a bar or root groups. */
  grouping?: boolean;
  /** Without its closing words the group ends at a pause ("the absolute value of x, plus 1"). */
  closedByPause: boolean;
  /** The closing words are required: a missing one is reported. */
  mustClose: boolean;
  /**
   * Said without its closing words, a power on the last factor is the group's: "the norm of A
   * squared" is ‖A‖², "the absolute value of S to the power of one half" |S|^{1/2}, as written.
   */
  powerOutside?: boolean;
  /**
   * Said without its closing words, the group is the operand of an operation said right after a
   * sum in it: "the quantity a minus b divided by 2" is (a − b)/2, "the quantity eta over L raised
   * to the power of D" (η/L)^D. That is what "the quantity" is said for.
   */
  takesOperation?: boolean;
  /**
   * Said without its closing words, a division of one symbol is outside: "the absolute value of x
   * divided by x" is |x|/x. A compound side is said with "end absolute value" or "the quantity".
   */
  divisionOutside?: boolean;
}

/** A symbol, scripted or accented: x, G_a, \vec{j}. */
function isSymbol(formula: Formula): boolean {
  if (formula.kind === 'atom') return formula.role !== undefined && formula.role !== 'function';
  if (formula.kind === 'script') return isSymbol(formula.base);
  return formula.kind === 'command' && formula.args.length === 1 && isSymbol(formula.args[0]);
}

/** Whether two symbols are one (x and x, x_i and x_i): compared as printed. */
function sameSymbol(a: Formula, b: Formula): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function fenced(open: string, close: string, body: Formula): Formula {
  return { kind: 'fence', open, close, body };
}

/** Groups closed by a pause when said without their closing words. */
const openGroups = closing('absolute.of', 'norm.of', 'group.floor', 'group.ceiling');

/**
 * An operator word followed by this group's opening words, or another group's said the same way,
 * comes next: "the floor of x plus the ceiling of y" is ⌊x⌋ + ⌈y⌉.
 */
function opensAgain(parser: Parser, openers: PhraseTable<true>): boolean {
  const operator = lexicon.arithmeticWords.match(parser.tokens, parser.pos);
  return (
    operator !== undefined &&
    [openers, openGroups].some(
      (table) => table.match(parser.tokens, parser.pos + operator.length) !== undefined,
    )
  );
}

/** Splits the power off the last factor of `body` ("a minus b squared" → a − b and 2). */
function trailingPower(body: Formula): { body: Formula; power: Formula } | undefined {
  if (body.kind === 'infix' && body.op !== ',') {
    const right = trailingPower(body.right);
    return right && { body: { ...body, right: right.body }, power: right.power };
  }
  if (body.kind === 'row') {
    const last = trailingPower(body.items[body.items.length - 1]);
    return last && { body: onLastFactor(body, () => last.body), power: last.power };
  }
  if (body.kind !== 'script' || body.sup === undefined || isPrimeMark(body.sup)) return undefined;
  const { sup, ...base } = body;
  // (f^*)² was fenced only to take the power.
  if (base.sub === undefined && base.pre === undefined) {
    const inner = base.base;
    const raised = inner.kind === 'fence' && inner.open === '(' && inner.body.kind === 'script';
    return { body: raised ? inner.body : inner, power: sup };
  }
  return { body: base, power: sup };
}

/**
 * A product with a named function ends the group: "the norm of v times cosine theta" is ‖v‖ cos θ,
 * as a magnitude times a trigonometric factor is said (F d cos θ, |a||b| sin θ).
 */
function timesFunction(parser: Parser): boolean {
  const times = lexicon.productWords.match(parser.tokens, parser.pos);
  return (
    times !== undefined &&
    lexicon.functionTable.match(parser.tokens, parser.pos + times.length) !== undefined
  );
}

/**
 * "… equals the natural log of the absolute value of x plus C": a capital C added last is the
 * constant of integration, after the group.
 */
function integrationConstantAt(parser: Parser): boolean {
  const sign = lexicon.additiveWords.match(parser.tokens, parser.pos);
  const constant = sign === undefined ? undefined : parser.tokens[parser.pos + sign.length];
  const after = parser.tokens[parser.pos + (sign?.length ?? 0) + 1];
  return constant?.raw === 'C' && (after === undefined || after.kind === 'stop');
}

const quotients = closing('fraction.plainOver');
const powers = closing('power.squared', 'power.cubed', 'power.toThe');
const fixedPowers = closing('power.squared', 'power.cubed');

/**
 * A product or quotient after a sum, or a power after a sum or quotient, ends the group: "the
 * quantity x sub 0 squared plus 1" keeps its square inside.
 */
function operationOnGroup(parser: Parser, start: number): boolean {
  const { tokens, pos } = parser;
  // Said after the group's first word, which may be a sign ("the quantity minus x times y").
  const sum = () => lexicon.additiveWords.occursIn(tokens, start + 1, pos);
  if (powers.match(tokens, pos) !== undefined) {
    // "the quantity two x cubed squared": a second power said at once is the group's, (2x³)².
    if (fixedPowers.match(tokens, pos - 1)?.length === 1) return true;
    // "the quantity a squared plus a b plus b squared": where a term has a power of its own, a
    // power said after a letter is the last term's.
    const polynomial = powers.occursIn(tokens, start + 1, pos) && namesSymbol(tokens[pos - 1].text);
    return (sum() || quotients.occursIn(tokens, start + 1, pos)) && !polynomial;
  }
  // "the quantity x minus a plus f double prime of a over 2": a term that is an application is
  // the next term of the outer sum; "the quantity" groups symbols.
  const sign = lexicon.additiveWords.match(tokens, pos);
  if (sign !== undefined && letterApplied(tokens, pos + sign.length)) return true;
  // "the quantity one plus one over n": a sum of numbers is no group to divide by a symbol,
  // 1 + 1/n ("the quantity 1 plus 2 divided by 3" is (1 + 2)/3).
  const quotient = quotients.match(tokens, pos);
  const bySymbol = namesSymbol(tokens[pos + (quotient?.length ?? 0)]?.text ?? '');
  if (quotient !== undefined && bySymbol && !symbolSaid(tokens, start + 1, pos)) return false;
  const operation = lexicon.productWords.match(tokens, pos) ?? quotient;
  return operation !== undefined && sum();
}

/** Whether a symbol is said among the tokens from `from` up to `to`. */
function symbolSaid(tokens: Parser['tokens'], from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (namesSymbol(tokens[at].text)) return true;
  return false;
}

/** Whether a pause comes before the next relation or the sentence's end. */
function pauseClosesLater(parser: Parser): boolean {
  const { tokens } = parser;
  for (let at = parser.pos; at < tokens.length && tokens[at].kind !== 'stop'; at++) {
    if (tokens[at].kind === 'pause') return true;
    if (lexicon.relationWords.match(tokens, at) !== undefined) return false;
  }
  return false;
}

const subscriptWords = closing('subscript.sub');

function saidAsSubscript(parser: Parser, at: number): boolean {
  return at > 0 && subscriptWords.match(parser.tokens, at - 1)?.length === 1;
}

function group(options: GroupOptions): OperandConstruct {
  const until = closing(options.closer);
  const openers = closing(options.opener);
  return operand(options.name, phrases(options.opener), (parser: Parser, trigger: string) => {
    const triggerAt = parser.pos - trigger.split(' ').length;
    // "L sub abs open paren T close paren": a one-word opener said as a subscript names it, L_abs(T).
    if (options.closedByPause && triggerAt === parser.pos - 1 && saidAsSubscript(parser, triggerAt))
      return undefined;
    // The finding covers the whole opener ("open paren"), from its first word.
    const start = parser.tokens[triggerAt].start;
    // Said without its closing words, the group ends at a relation: "the absolute value of x is 1".
    const open = options.closedByPause && !parser.closesLater(openers, until);
    const power = open ? Power.relation : 0;
    // …and before an operation on another such group: "absolute value of V plus absolute value of E".
    const bodyStart = parser.pos;
    const depth = parser.scopeDepth + 1;
    // "the quantity … u dot grad u, equals …": a pause said before the relation closes the group,
    // so an operation inside it is the group's.
    const operation = options.takesOperation === true && !pauseClosesLater(parser);
    const stop = open
      ? (at: Parser) =>
          opensAgain(at, openers) ||
          (at.scopeDepth === depth && integrationConstantAt(at)) ||
          (at.scopeDepth === depth && timesFunction(at)) ||
          (operation && at.scopeDepth === depth && operationOnGroup(at, bodyStart))
      : undefined;
    const body = parser.scope({ until, stop, closedByPause: options.closedByPause, power });
    const closed = options.closedByPause
      ? parser.acceptClosing(until)
      : parser.acceptFrom(until) !== undefined;
    // "L sub abs", "E sub abs equals 1": an open group's words with nothing after them (or only an
    // operator) are a word, not empty bars.
    const nothing =
      body.kind === 'empty' ||
      (body.kind === 'infix' && body.left.kind === 'empty' && body.right.kind !== 'empty');
    if (nothing && !closed && options.closedByPause) return undefined;
    if (!closed && options.mustClose) {
      parser.report(
        'spoken.unclosed-group',
        start,
        parser.tokens[parser.pos - 1]?.end ?? start,
        `"${options.open}" is never closed; closed at the end`,
      );
    }
    // |x|/x: a symbol divided by itself; "the absolute value of a sub n plus 1 over a sub n" is
    // the ratio's, |a_{n+1}/a_n|.
    const divided =
      body.kind === 'frac' &&
      body.inline === true &&
      isSymbol(body.numerator) &&
      sameSymbol(body.numerator, body.denominator);
    if (options.divisionOutside === true && !closed && divided)
      return { ...body, numerator: fenced(options.open, options.close, body.numerator) };
    const lifted = options.powerOutside === true && !closed ? trailingPower(body) : undefined;
    if (lifted !== undefined)
      return {
        kind: 'script',
        base: fenced(options.open, options.close, lifted.body),
        sup: lifted.power,
      };
    const group = fenced(options.open, options.close, body);
    return options.grouping === true ? { ...group, grouping: true } : group;
  });
}

const pairKinds = phraseMap('group.pairOf');
const pairAnd = closing('group.pairAnd');
const pairFences: Record<string, [string, string]> = {
  inner: ['\\langle', '\\rangle'],
  commutator: ['[', ']'],
};
const pairOperators: Record<string, string> = { dot: '\\cdot', cross: '\\times' };

/**
 * "the inner product of u and v" → ⟨u, v⟩, "the commutator of A and B" → [A, B], "the dot
 * (cross) product of u and v" → u · v (u × v).
 */
const pairOf = operand('group.pairOf', [...pairKinds.keys()], (parser: Parser, trigger: string) => {
  const kind = pairKinds.get(trigger) ?? '';
  const fences = pairFences[kind];
  const operator = pairOperators[kind];
  if (fences === undefined && operator === undefined) return undefined;
  // A product needs its "and"; a bracket is closed without one.
  if (fences === undefined && !parser.saidLater(pairAnd)) return undefined;
  const first = parser.scope({ until: pairAnd, closedByPause: true });
  if (parser.acceptFrom(pairAnd) === undefined)
    return fences === undefined ? undefined : fenced(fences[0], fences[1], first);
  const second = parser.scope({ closedByPause: true });
  if (fences === undefined) return { kind: 'infix', op: operator, left: first, right: second };
  return fenced(fences[0], fences[1], { kind: 'infix', op: ',', left: first, right: second });
});

/**
 * A closing word with nothing open ("x close paren"): kept as the bracket, and reported. Words
 * that both open and close ("curly brace … curly brace") open where nothing is open.
 */
function strayCloser(
  name: string,
  opener: PhraseKey,
  closer: PhraseKey,
  close: string,
): OperandConstruct {
  const opens = new Set(phrases(opener));
  return operand(name, phrases(closer), (parser: Parser, trigger) => {
    if (opens.has(trigger)) return undefined;
    const token = parser.tokens[parser.pos - 1];
    parser.report('spoken.unopened-group', token.start, token.end, `"${close}" closes nothing`);
    return atom(close, 'symbol');
  });
}

/**
 * "curly braces i, ellipsis, j, subset, …": the plural names both braces, around what follows up
 * to a relation.
 */
const bothBraces = operand('group.braces', phrases('group.braces'), (parser: Parser) =>
  fenced('\\{', '\\}', parser.scope({ power: Power.relation })),
);

const normOf = closing('norm.of');

/** The index of "the two norm", "the L infinity norm", "the p norm" at token `at`, and its length. */
function normIndexAt(parser: Parser, at: number): { index: Formula; length: number } | undefined {
  const lebesgue = parser.tokens[at]?.raw === 'L' ? 1 : 0;
  const token = parser.tokens[at + lebesgue];
  if (token === undefined || parser.tokens[at + lebesgue + 1]?.text !== 'norm') return undefined;
  if (token.kind === 'number' && token.denominator === undefined && token.ordinal !== true)
    return { index: atom(token.text, 'number'), length: lebesgue + 1 };
  if (token.text === 'infinity') return { index: atom('\\infty', 'symbol'), length: lebesgue + 1 };
  if (token.kind === 'word' && /^[a-z]$/.test(token.raw))
    return { index: atom(token.raw, 'letter'), length: lebesgue + 1 };
  return undefined;
}

/** "the two norm of x" is ‖x‖₂, "the L infinity norm of f" ‖f‖_∞. */
const indexedNorm = operand('norm.indexed', ['the'], (parser) => {
  const said = normIndexAt(parser, parser.pos);
  if (said === undefined || normOf.match(parser.tokens, parser.pos + said.length) === undefined)
    return undefined;
  parser.pos += said.length;
  const norm = parser.operand();
  if (norm.kind === 'fence') return { kind: 'script', base: norm, sub: said.index };
  if (norm.kind === 'script' && norm.base.kind === 'fence' && norm.sub === undefined)
    return { ...norm, sub: said.index };
  return undefined;
});

/** A group's name: a capital, maybe scripted (G, H, S_n). */
function namesGroup(parser: Parser): boolean {
  return /^[A-Z]$/.test(parser.peek()?.raw ?? '');
}

/** "the order of G divides …": a group's order is written |G|. */
const orderOfGroup = operand('group.order', phrases('group.order'), (parser) => {
  if (!namesGroup(parser)) return undefined;
  return fenced('|', '|', variable(parser));
});

const indexIn = closing('group.indexIn');

/** "the index of H in G": [G : H]. */
const indexOfSubgroup = operand('group.index', phrases('group.index'), (parser) =>
  parser.attempt(() => {
    if (!namesGroup(parser)) return undefined;
    const subgroup = variable(parser);
    if (parser.acceptFrom(indexIn) === undefined || !namesGroup(parser)) return undefined;
    const group = variable(parser);
    const pair: Formula = { kind: 'infix', op: ':', left: group, right: subgroup };
    return fenced('[', ']', pair);
  }),
);

export const groupingConstructs = [
  orderOfGroup,
  indexOfSubgroup,
  indexedNorm,
  bothBraces,
  strayCloser('group.strayParen', 'group.paren', 'group.parenEnd', ')'),
  strayCloser('group.strayBracket', 'group.bracket', 'group.bracketEnd', ']'),
  strayCloser('group.strayBrace', 'group.brace', 'group.braceEnd', '\\}'),
  group({
    name: 'group.paren',
    opener: 'group.paren',
    closer: 'group.parenEnd',
    open: '(',
    close: ')',
    closedByPause: false,
    mustClose: true,
  }),
  group({
    name: 'group.bracket',
    opener: 'group.bracket',
    closer: 'group.bracketEnd',
    open: '[',
    close: ']',
    closedByPause: false,
    mustClose: true,
  }),
  group({
    name: 'group.brace',
    opener: 'group.brace',
    closer: 'group.braceEnd',
    open: '\\{',
    close: '\\}',
    closedByPause: false,
    mustClose: true,
  }),
  group({
    name: 'group.angle',
    opener: 'group.angle',
    closer: 'group.angleEnd',
    open: '\\langle',
    close: '\\rangle',
    closedByPause: false,
    mustClose: true,
  }),
  group({
    name: 'group.quantity',
    opener: 'group.quantity',
    closer: 'group.quantityEnd',
    open: '(',
    close: ')',
    closedByPause: true,
    mustClose: false,
    takesOperation: true,
    grouping: true,
  }),
  group({
    name: 'absolute.of',
    opener: 'absolute.of',
    closer: 'absolute.end',
    open: '|',
    close: '|',
    closedByPause: true,
    mustClose: false,
    powerOutside: true,
    divisionOutside: true,
  }),
  group({
    name: 'absolute.mathspeak',
    opener: 'absolute.mathspeak',
    closer: 'absolute.mathspeakEnd',
    open: '|',
    close: '|',
    closedByPause: false,
    mustClose: true,
  }),
  group({
    name: 'norm.of',
    opener: 'norm.of',
    closer: 'norm.end',
    open: '\\|',
    close: '\\|',
    closedByPause: true,
    mustClose: false,
    powerOutside: true,
  }),
  group({
    name: 'group.floor',
    opener: 'group.floor',
    closer: 'group.floorEnd',
    open: '\\lfloor',
    close: '\\rfloor',
    closedByPause: true,
    mustClose: false,
  }),
  group({
    name: 'group.ceiling',
    opener: 'group.ceiling',
    closer: 'group.ceilingEnd',
    open: '\\lceil',
    close: '\\rceil',
    closedByPause: true,
    mustClose: false,
  }),
  pairOf,
];
