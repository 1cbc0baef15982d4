/**
 * Infix operators from the lexicon: relations, connectives, + and −, products, set operators;
 * and the prefix signs ("negative x", "plus or minus b"). The right operand is read at the
 * operator's own binding power, so operators of one level are left-associative.
 */
import { closing, lexicon, namesSymbol, phraseMap, phrases, relationAt } from '../lexicon';
import fillerWords from '../lexicon/en/fillers.json';
import { Power, type Parser } from '../parser';
import {
  additiveSigns,
  atom,
  empty,
  isLetter,
  isApplication,
  isNumberAtom,
  isPrimeMark,
  juxtapose,
  onlyWords,
  someAtom,
  type Formula,
} from '../tree';
import { operand, operator, type OperatorConstruct } from './construct';
import { inMathSpeak } from './dialect';
import { sameLetterSum, sameLetterSumAhead, sumFromOne, sumFromOneAhead } from './sumFromOne';
import type { Token } from '../tokens';

const { functionLetters } = lexicon;
const signs = additiveSigns;

function lastFactor(formula: Formula): Formula {
  if (formula.kind === 'prefix') return lastFactor(formula.operand);
  return formula.kind === 'row' ? lastFactor(formula.items[formula.items.length - 1]) : formula;
}

function firstFactor(formula: Formula): Formula {
  return formula.kind === 'row' ? firstFactor(formula.items[0]) : formula;
}

/** "(−5)": a parenthesised negative number, written with × in products. */
function isNegativeGroup(formula: Formula): boolean {
  return formula.kind === 'fence' && formula.body.kind === 'prefix' && formula.body.op === '-';
}

/** The letter f, g or h, possibly with scripts: "f times x" is how ClearSpeak says f(x). */
function isFunctionLetter(formula: Formula): boolean {
  if (formula.kind === 'script') return isFunctionLetter(formula.base);
  if (formula.kind === 'fence') return combinesFunctions(formula.body);
  return formula.kind === 'atom' && functionLetters.has(formula.tex);
}

/** "(f plus g)", "(f over g)": functions combined, itself a function. */
function combinesFunctions(formula: Formula): boolean {
  if (formula.kind === 'infix')
    return combinesFunctions(formula.left) && combinesFunctions(formula.right);
  if (formula.kind === 'frac')
    return combinesFunctions(formula.numerator) && combinesFunctions(formula.denominator);
  return isFunctionLetter(formula);
}

/** "2.5 times 10 to the 6": a power of a number is a number. */
function isNumberPower(formula: Formula): boolean {
  return formula.kind === 'script' && isNumberAtom(formula.base);
}

/** "three fifths times one eighth": a fraction of numbers. */
function isNumberFraction(formula: Formula): boolean {
  return (
    formula.kind === 'frac' && isNumberAtom(formula.numerator) && isNumberAtom(formula.denominator)
  );
}

/**
 * "times" is written × between numbers ("6 times 5", "2.5 times 10 to the 6") and between
 * fractions of numbers, and implied elsewhere ("2 times x", "3 times one half" is 3·½ written 3 ½).
 */
function product(left: Formula, right: Formula): Formula {
  if (isFunctionLetter(left) && right.kind !== 'empty' && !isFunctionLetter(right)) {
    const argument: Formula =
      right.kind === 'fence' && right.open === '('
        ? right
        : { kind: 'fence', open: '(', close: ')', body: right };
    return { kind: 'row', items: [left, argument] };
  }
  const after = firstFactor(right);
  const before = lastFactor(left);
  const numeric = (formula: Formula) =>
    isNumberAtom(formula) || isNegativeGroup(formula) || isNumberPower(formula);
  // A number before a fraction of numbers would read as a mixed number (2 ½).
  const fractions = isNumberFraction(after) && (isNumberFraction(before) || numeric(before));
  // One chain of products keeps its sign: ½ × ½ × π × 2, not ½ × ½π × 2.
  const chain = left.kind === 'infix' && left.op === '\\times';
  if ((numeric(before) && (numeric(after) || after.kind === 'prefix')) || fractions || chain) {
    return { kind: 'infix', op: '\\times', left, right };
  }
  // Juxtaposed, a number would merge with what precedes it (a 4 reads a₄ or a4, x² 3 as x²3) and a
  // sign would turn the product into a difference (a − 1).
  if (left.kind !== 'empty' && (isNumberAtom(after) || isNumberPower(after)))
    return { kind: 'infix', op: '\\times', left, right };
  if (left.kind !== 'empty' && after.kind === 'prefix' && signs.has(after.op))
    return { kind: 'infix', op: '', left, right: fence(right) };
  if (isFunctionLetter(left) && isFunctionLetter(right))
    return { kind: 'infix', op: '\\cdot', left, right };
  // An explicit product stays one node, so a pause after it ("…, times, p sub 2, raised to the …") reaches its last factor.
  return left.kind === 'empty' ? right : { kind: 'infix', op: '', left, right };
}

function fence(body: Formula): Formula {
  return { kind: 'fence', open: '(', close: ')', body };
}

const copulas = new Set(['is', 'which is', 'is not', 'which is not']);

/** A negative operand of + or − is parenthesised: 2 + (−2). */
function signed(op: string, right: Formula): Formula {
  if (
    signs.has(op) &&
    right.kind === 'prefix' &&
    right.op === '-' &&
    right.operand.kind === 'atom'
  ) {
    return { kind: 'fence', open: '(', close: ')', body: right };
  }
  return right;
}

function lastTerm(formula: Formula): Formula {
  return formula.kind === 'infix' && signs.has(formula.op) ? lastTerm(formula.right) : formula;
}

function isRaised(formula: Formula): boolean {
  if (formula.kind === 'row') return formula.items.some(isRaised);
  return formula.kind === 'script' && formula.sup !== undefined;
}

/**
 * "x minus 2 cubed", "4 n minus 7 squared plus 144": a power said right after a number that
 * offsets a letter raises the offset sum, (x − 2)³, as nobody says "2 cubed" for 8 there.
 */
function raisedOffset(infix: Formula & { kind: 'infix' }): Formula {
  const { right } = infix;
  if (right.kind !== 'script' || right.sub !== undefined || right.sup === undefined) return infix;
  if (right.base.kind !== 'atom' || right.base.role !== 'number' || !someAtom(infix.left, isLetter))
    return infix;
  // "a squared plus 3 squared" adds two squares.
  if (isRaised(lastTerm(infix.left))) return infix;
  const sum: Formula = { ...infix, right: right.base };
  return {
    kind: 'script',
    base: { kind: 'fence', open: '(', close: ')', body: sum },
    sup: right.sup,
  };
}

const scriptWords = closing('script.under', 'script.over');

const ifWords = new Set(phrases('logic.ifThen'));

function saidAfterIf(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(0, at).some((token) => ifWords.has(token.text));
}

/** Words of prose after which a statement is over: "x is positive and …", "… if …". */
const statementEnds = new Set([...fillerWords.joins, ...fillerWords.connectives]);

function comparisonEnds(parser: Parser): boolean {
  const next = parser.peek();
  if (next === undefined || next.kind === 'pause' || next.kind === 'stop') return true;
  return parser.atTerminator() || parser.startsOperator() || statementEnds.has(next.text);
}

function rightSide(parser: Parser, paused: boolean, power: number): Formula {
  parser.skipPauses();
  return parser.expression(paused ? power - 1 : power);
}

const capitalWords = new Set(phrases('letters.capitalNotOperator'));
const figures = new Set(phrases('letters.figures'));

/** Words after which an operand starts: "open paren cap A", "the probability of cap A". */
const operandOpeners = new Set(phrases('letters.operandOpeners'));

/**
 * "a, cap A", "angle cap A": after a pause or a figure's name, "cap" before a letter names the
 * capital (as ClearSpeak says it) rather than intersecting.
 */
function namesCapital(parser: Parser, trigger: string): boolean {
  return capitalWords.has(trigger) && capitalNamedAt(parser.tokens, parser.pos - 1);
}

/**
 * Whether the capital word at `at` names the letter after it: after a pause or a figure's name
 * ("a, cap A", "angle cap A"), or after a capital said the same way ("cap A cap B" is AB; the
 * intersection of capitals is said "cap A intersect cap B").
 */
function capitalNamedAt(tokens: Parser['tokens'], at: number): boolean {
  const letter = tokens[at + 1];
  if (letter?.kind !== 'word' || !namesSymbol(letter.text)) return false;
  const before = tokens[at - 1];
  if (before === undefined) return false;
  if (before.kind === 'pause' || figures.has(before.text)) return true;
  return saysCapitalsWithWords(tokens, at);
}

/** How far back a capital said as an operand is looked for. */
const capitalReach = 32;

/**
 * Whether the sentence has said a capital with its word where an operand starts ("open paren cap
 * A …", "equals cap B …"): then the speaker names capitals so, and says an intersection with
 * "intersect" ("A cap B cap C", with bare capitals, intersects).
 */
function saysCapitalsWithWords(tokens: Parser['tokens'], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - capitalReach); i--) {
    if (tokens[i].kind === 'stop') return false;
    if (!capitalWords.has(tokens[i].text) || !namesSymbol(tokens[i + 1]?.text ?? '')) continue;
    const before = tokens[i - 1];
    const startsOperand =
      before === undefined ||
      before.kind === 'pause' ||
      lexicon.relationWords.match(tokens, i - 1) !== undefined ||
      operandOpeners.has(before.text);
    if (startsOperand) return true;
  }
  return false;
}

/** The words a row starts with ("continuous at" of "continuous at 0", "a number"), and the rest. */
function leadingWords(formula: Formula): { words: string; rest: Formula[] } | undefined {
  if (formula.kind !== 'row') return undefined;
  const [first, second, ...others] = formula.items;
  if (first.kind === 'text') return { words: first.text, rest: formula.items.slice(1) };
  const article = first.kind === 'atom' && first.tex === 'a' && second?.kind === 'text';
  return article ? { words: `a ${second.text}`, rest: others } : undefined;
}

const comparisons = new Set(['=', '<', '>', '\\leq', '\\geq', '\\le', '\\ge', '\\neq']);

/**
 * "0 is less than t and t is less than or equal to T": two relations sharing the term said
 * around "and" are one chain, 0 < t ≤ T.
 */
function chained(left: Formula, op: string): Formula {
  if (left.kind !== 'infix' || left.power !== Power.relation || left.right.kind !== 'row')
    return left;
  // Comparisons chain; arrows and other relations joined by "and" stay two statements.
  if (!comparisons.has(left.op) || !comparisons.has(op)) return left;
  const items = left.right.items;
  const [shared, and, again] = items.slice(-3);
  if (items.length < 3 || and.kind !== 'text' || and.text !== 'and') return left;
  if (JSON.stringify(shared) !== JSON.stringify(again)) return left;
  const kept = items.slice(0, -2);
  return { ...left, right: kept.length === 1 ? kept[0] : { kind: 'row', items: kept } };
}

const figureSymbols = new Set(['\\triangle', '\\angle', '\\measuredangle']);
const segmentAccents = new Set(['bar', 'overline']);

/** A figure: \triangle ABC, \angle A, a segment \overline{AB}. */
function isFigure(formula: Formula): boolean {
  if (formula.kind === 'row') return isFigure(formula.items[0]);
  if (formula.kind === 'atom') return figureSymbols.has(formula.tex);
  if (formula.kind !== 'command' || !segmentAccents.has(formula.name)) return false;
  const [segment] = formula.args;
  return segment.kind === 'row' && segment.items.length === 2;
}

/** "triangle A B C is congruent to triangle D E F": figures are congruent as ≅, numbers as ≡. */
function congruence(op: string, trigger: string, left: Formula): string {
  return op === '\\equiv' && trigger.includes('congruent') && isFigure(left) ? '\\cong' : op;
}

function infixTable(
  name: string,
  table: ReadonlyMap<string, string>,
  power: number,
  readRight?: (parser: Parser, left: Formula) => Formula | undefined,
): OperatorConstruct {
  return operator(
    name,
    [...table.keys()],
    power,
    (parser: Parser, left: Formula, trigger: string) => {
      const listed = table.get(trigger);
      if (listed === undefined || namesCapital(parser, trigger)) return undefined;
      const op = congruence(listed, trigger, left);
      // "union Underscript n Endscripts intersection Underscript k": a scripted operator is the big one.
      if (scriptWords.match(parser.tokens, parser.pos) !== undefined) return undefined;
      // A pause after the operator ("f times, g times x") lets its right side run on at its level.
      const paused = parser.peek()?.text === ',';
      // A pause that ends the scope (a cell break: "x plus y, equals, 7") leaves the operator alone.
      const saidFrom = parser.pos - trigger.split(' ').length;
      // "x is positive" says the whole comparison, x > 0, as "n is an integer" says n ∈ ℤ; "x is
      // negative 2" is x = −2.
      if (op.includes(' ')) {
        if (!comparisonEnds(parser)) return undefined;
        return { kind: 'infix', op, left: chained(left, op), right: empty, power };
      }
      const right =
        paused && parser.atTerminator()
          ? empty
          : (readRight?.(parser, left) ?? rightSide(parser, paused, power));
      // "x is an even number", "f is not continuous", "x, which is real": "is" before words only is prose.
      if (copulas.has(trigger) && onlyWords(right)) {
        const stop = right.kind === 'row' ? right.items[right.items.length - 1] : undefined;
        const period = stop?.kind === 'atom' && stop.tex === '.' ? [stop] : [];
        const saidTo = parser.pos - period.length;
        const words = parser.tokens.slice(saidFrom, saidTo).map((token) => token.raw);
        const said: Formula = { kind: 'text', text: words.join(' ') };
        return {
          kind: 'row',
          items: [...(left.kind === 'row' ? left.items : [left]), said, ...period],
        };
      }
      // "f is continuous at 0", "x is a number": "is" before a word of prose is prose up to the math.
      const prose = copulas.has(trigger) ? leadingWords(right) : undefined;
      if (prose !== undefined) {
        const copula = parser.tokens.slice(saidFrom, saidFrom + trigger.split(' ').length);
        const said = [...copula.map((token) => token.raw), prose.words].join(' ');
        return {
          kind: 'row',
          items: [
            ...(left.kind === 'row' ? left.items : [left]),
            { kind: 'text', text: said },
            ...prose.rest,
          ],
        };
      }
      // "If x ∈ ℤ then 2x is even", "then x equals 2": the "then" of an "if" said before it, or
      // with nothing said before it, is a word of the sentence.
      if (trigger === 'then' && (left.kind === 'empty' || saidAfterIf(parser.tokens, saidFrom)))
        return juxtapose(juxtapose(left, { kind: 'text', text: 'then' }), right);
      // MathSpeak leaves an implied product unsaid: its "times" is a written ×.
      if (op === '' && trigger === 'times' && inMathSpeak(parser.tokens))
        return { kind: 'infix', op: '\\times', left, right };
      // "x times, y z": the pause after "times" makes the product that follows one factor; an
      // application is one already ("f of x, times, g of x").
      // "times 3", "x times": a product said without one of its sides is the word.
      if (op === '' && (left.kind === 'empty' || right.kind === 'empty')) return undefined;
      if (op === '')
        return product(
          left,
          paused && right.kind === 'row' && !isApplication(right) ? fence(right) : right,
        );
      const infix: Formula = {
        kind: 'infix',
        op,
        left: power === Power.relation ? chained(left, op) : left,
        right: signed(op, right),
        power,
      };
      if (signs.has(op) && parser.tokens[saidFrom - 1]?.kind === 'pause') infix.apart = true;
      return signs.has(op) && !paused ? raisedOffset(infix) : infix;
    },
  );
}

const toThe = closing('power.toThe');
const quotients = lexicon.divisionWords;
const factorials = closing('factorial');

/** How far a factorial that divides is looked for after a signed exponent. */
const factorialReach = 8;

/**
 * "lambda to the k e to the minus lambda over k factorial": a division by a factorial after an
 * exponent divides the term, as a series' or a distribution's term is written, λᵏe^{−λ}/k!.
 */
function factorialDivides(parser: Parser, saidAt: number): boolean {
  const { tokens } = parser;
  const end = Math.min(tokens.length, saidAt + factorialReach);
  for (let at = saidAt + 1; at < end; at++) {
    if (tokens[at].kind === 'stop' || relationAt(tokens, at)) return false;
    const division = quotients.match(tokens, at);
    if (division === undefined) continue;
    const after = at + division.length;
    return (
      factorials.match(tokens, after + 1) !== undefined ||
      factorials.match(tokens, after + 2) !== undefined
    );
  }
  return false;
}

/** Whether the sign said at `at` starts an exponent: "to the negative …". */
function exponentStartsAt(parser: Parser, at: number): boolean {
  for (let length = 1; length <= 4; length++)
    if (toThe.match(parser.tokens, at - length)?.length === length) return true;
  return false;
}

const prefixSign = operand(
  'arithmetic.sign',
  [...lexicon.prefixOperators.keys()],
  (parser, trigger) => {
    const op = lexicon.prefixOperators.get(trigger);
    if (op === undefined) return undefined;
    const saidAt = parser.pos - trigger.split(' ').length;
    if (parser.peek()?.text === ',' && parser.atTerminator()) return atom(op, 'symbol');
    // "negative, pi over 8": after a pause the sign takes the whole product or quotient, −(π/8).
    const paused = parser.peek()?.kind === 'pause';
    parser.skipPauses();
    // "minus h bar squared over 2 m" is −ħ²/(2m); "negative x over y" is ClearSpeak's (−x)/y,
    // but a signed exponent holds its quotient: "x to the negative 1 over 2" is x^{−1/2}.
    const exponent = exponentStartsAt(parser, saidAt);
    const factor =
      exponent &&
      (parser.reading.signedExponentIsFactor === true || factorialDivides(parser, saidAt));
    const wide = paused || (trigger === 'minus' && !factor);
    let operand = parser.expression(wide ? Power.additive : Power.prefix);
    if (!wide && !factor && exponent && quotients.match(parser.tokens, parser.pos))
      operand = parser.extend(operand, Power.additive);
    const signed = signedPower(op, operand);
    return paused && signed.kind === 'prefix' ? { ...signed, apart: true } : signed;
  },
);

/**
 * "Negative one to the n" is (−1)ⁿ, as in every alternating series, where −1ⁿ would be the
 * constant −1. Other powers keep the sign outside: "negative ten to the negative two" is −10⁻²
 * (a number's scale), "negative x squared" −x².
 */
function signedPower(op: string, operand: Formula): Formula {
  // "minus one to the k over k": the sign is the numerator's, (−1)ᵏ/k; "negative one to the n x
  // to the 2 n": the first factor's, (−1)ⁿ x²ⁿ.
  if (operand.kind === 'frac' && startsWithPowerOfOne(operand.numerator))
    return { ...operand, numerator: signedPower(op, operand.numerator) };
  if (operand.kind === 'row' && isPowerOfOne(operand.items[0]))
    return { ...operand, items: [signedPower(op, operand.items[0]), ...operand.items.slice(1)] };
  if (operand.kind !== 'script' || !isPowerOfOne(operand)) return { kind: 'prefix', op, operand };
  const signed: Formula = { kind: 'prefix', op, operand: operand.base };
  return { ...operand, base: fence(signed) };
}

function startsWithPowerOfOne(formula: Formula): boolean {
  return isPowerOfOne(formula) || (formula.kind === 'row' && isPowerOfOne(formula.items[0]));
}

/** 1ⁿ: a power of the number one, said for (−1)ⁿ after a sign. */
function isPowerOfOne(formula: Formula): boolean {
  return (
    formula.kind === 'script' &&
    formula.sub === undefined &&
    formula.pre === undefined &&
    formula.base.kind === 'atom' &&
    formula.base.role === 'number' &&
    formula.base.tex === '1' &&
    formula.sup !== undefined &&
    !isPrimeMark(formula.sup)
  );
}

const betweenAnd = closing('relation.betweenAnd');

/** "x is between 0 and 1": the chain 0 < x < 1. */
const between = operator(
  'relation.between',
  phrases('relation.between'),
  Power.relation,
  (parser, left) => {
    if (left.kind === 'empty' || !parser.saidLater(betweenAnd)) return undefined;
    const low = parser.scope({ until: betweenAnd, closedByPause: true, power: Power.relation });
    if (low.kind === 'empty' || parser.acceptFrom(betweenAnd) === undefined) return undefined;
    const high = parser.scope({ closedByPause: true, power: Power.relation });
    if (high.kind === 'empty') return undefined;
    const upper: Formula = { kind: 'infix', op: '<', left, right: high, power: Power.relation };
    return { kind: 'infix', op: '<', left: low, right: upper, power: Power.relation };
  },
);

/** The ordering relations that bound a quantity, each with its mirror: x > 0 is 0 < x. */
const mirrored = new Map([
  ['<', '>'],
  ['>', '<'],
  ['\\leq', '\\geq'],
  ['\\geq', '\\leq'],
]);
const lowerBounds = new Set(['>', '\\geq']);

/**
 * "x is at least 2 and at most 5", "x is greater than 0 and less than 1": a second bound said with
 * "and" and no subject bounds the same quantity from the other side, the chain 2 ≤ x ≤ 5.
 */
/** "at most", "less than": the words of a bound, each with its ordering relation. */
const boundWords = new Map(
  [...phraseMap('relation.boundWords'), ...lexicon.relations].filter(([, op]) => mirrored.has(op)),
);

/**
 * "x is at least 2 and at most 5", "x is greater than 0 and less than 1": a second bound said with
 * "and" and no subject bounds the same quantity from the other side, the chain 2 ≤ x ≤ 5.
 */
const secondBound = operator(
  'relation.secondBound',
  phrases('relation.secondBound').flatMap((and) =>
    [...boundWords.keys()].map((bound) => `${and} ${bound}`),
  ),
  Power.logic,
  (parser, left, trigger) => {
    const op = boundWords.get(trigger.slice(trigger.indexOf(' ') + 1));
    if (op === undefined || left.kind !== 'infix' || !mirrored.has(left.op)) return undefined;
    if (left.left.kind === 'infix' || lowerBounds.has(op) === lowerBounds.has(left.op))
      return undefined;
    const bound = parser.expression(Power.relation);
    if (bound.kind === 'empty') return undefined;
    const [low, lowOp, high, highOp] = lowerBounds.has(left.op)
      ? [left.right, mirrored.get(left.op) as string, bound, op]
      : [bound, mirrored.get(op) as string, left.right, left.op];
    const upper: Formula = {
      kind: 'infix',
      op: highOp,
      left: left.left,
      right: high,
      power: Power.relation,
    };
    return { kind: 'infix', op: lowOp, left: low, right: upper, power: Power.relation };
  },
);

export const arithmeticConstructs = [
  between,
  secondBound,
  infixTable('logic.connective', lexicon.logic, Power.logic),
  infixTable('relation', lexicon.relations, Power.relation),
  infixTable('arithmetic.additive', lexicon.additive, Power.additive),
  {
    ...infixTable('sets.operator', lexicon.setOperators, Power.additive),
    operandHere: (parser: Parser) =>
      capitalWords.has(parser.peek()?.text ?? '') && capitalNamedAt(parser.tokens, parser.pos),
  },
  infixTable('arithmetic.product', lexicon.multiplicative, Power.multiplicative, (parser, left) => {
    if (sumFromOneAhead(parser)) return fence(sumFromOne(parser));
    return sameLetterSumAhead(parser, left) ? fence(sameLetterSum(parser)) : undefined;
  }),
  prefixSign,
];
