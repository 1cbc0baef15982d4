/**
 * Fractions: "a over b", "a divided by b", "a plus b all over c", ClearSpeak's "the fraction with
 * numerator … and denominator …" and MathSpeak's "StartFraction … Over … EndFraction".
 */
import { closing, lexicon, phrases } from '../lexicon';
import { Power, type Parser } from '../parser';
import { PhraseTable } from '../phraseTable';
import { onLastFactor, type Formula } from '../tree';
import { operand, operator } from './construct';
import { inMathSpeak } from './dialect';

const spokenDenominator = closing('fraction.spokenDenominator');
const endFraction = closing('fraction.end');
const mathspeakOver = closing('fraction.mathspeakOver');
const mathspeakEnd = closing('fraction.mathspeakEnd');

function frac(numerator: Formula, denominator: Formula): Formula {
  return { kind: 'frac', numerator, denominator };
}

/**
 * "a over b", "a divided by b": in a sentence written as prose, with its full stop, the division
 * is written on the line as in a paper's text (b/a, x_1/x_2, 1.51π/(2Ω)); dictated formulas
 * without one are displayed fractions.
 */
function inlineFraction(
  parser: Parser,
  numerator: Formula,
  onTheLine = parser.inProse(),
): Formula | undefined {
  // "over 2", "x slash": a side not said is no fraction; the word is read on its own.
  if (numerator.kind === 'empty') return undefined;
  const [denominator, ...after] = beforeBigOperator(overOperand(parser, numerator));
  if (denominator.kind === 'empty') return undefined;
  const fraction: Formula = { kind: 'frac', numerator, denominator, inline: true };
  const written = onTheLine ? { ...fraction, slash: true } : fraction;
  return after.length === 0 ? written : { kind: 'row', items: [written, ...after] };
}

/** "1/2 x", "x/2 plus 1": a written slash between one operand on each side, on the line. */
function typedFraction(parser: Parser, left: Formula): Formula | undefined {
  if (left.kind === 'empty') return undefined;
  const denominator = parser.expression(Power.implicit);
  if (denominator.kind === 'empty') return undefined;
  return onLastFactor(left, (numerator) => ({
    kind: 'frac',
    numerator,
    denominator,
    inline: true,
    slash: true,
  }));
}

/**
 * "one over n sum of x sub i", "1 over 2 pi i times the integral of": a big operator said after a
 * denominator's factors multiplies the fraction, (1/n) Σ xᵢ; nobody puts a sum in a denominator
 * that way.
 */
function beforeBigOperator(denominator: Formula): Formula[] {
  if (denominator.kind !== 'row') return [denominator];
  const at = denominator.items.findIndex((item) => item.kind === 'bigop');
  if (at <= 0) return [denominator];
  const factors = denominator.items.slice(0, at);
  return [
    factors.length === 1 ? factors[0] : { kind: 'row', items: factors },
    ...denominator.items.slice(at),
  ];
}

/**
 * "over" takes single factors ("a over b c" is a/b · c) unless the reading lets it take products or
 * sums. A denominator of 1 with a sum said after it is never meant: "one over one plus e to the
 * minus x" is 1/(1 + e⁻ˣ).
 */
function overOperand(parser: Parser, numerator?: Formula): Formula {
  parser.skipPauses();
  if (parser.reading.overTakesSumAfter === true) return parser.expression(Power.additive - 1);
  const dotted =
    numerator?.kind === 'infix' && numerator.op === '\\cdot' ? dotProduct(parser) : undefined;
  if (dotted !== undefined) return dotted;
  const start = parser.pos;
  const denominator = parser.expression(
    parser.reading.overTakesProducts ? Power.multiplicative : Power.implicit,
  );
  const one = denominator.kind === 'atom' && denominator.tex === '1';
  if (!one || lexicon.additiveWords.match(parser.tokens, parser.pos) === undefined)
    return denominator;
  parser.pos = start;
  return parser.expression(Power.additive - 1);
}

const dotWords = new PhraseTable([...lexicon.multiplicative].filter(([, tex]) => tex === '\\cdot'));

/**
 * "v dot u over u dot u": a dot product divided by a dot product said the same way, as a
 * projection's coefficient is written (v·u)/(u·u).
 */
function dotProduct(parser: Parser): Formula | undefined {
  return parser.attempt(() => {
    const left = parser.expression(Power.implicit);
    const dot = dotWords.match(parser.tokens, parser.pos);
    if (left.kind === 'empty' || dot === undefined) return undefined;
    parser.pos += dot.length;
    const right = parser.expression(Power.implicit);
    return right.kind === 'empty' ? undefined : { kind: 'infix', op: '\\cdot', left, right };
  });
}

const openers = closing('fraction.openers');

/**
 * "end fraction" is coming and belongs to this "over", not to an enclosing fraction: not when an
 * enclosing numerator's "and denominator" comes first ("the fraction with numerator 1 plus, 4 over
 * x, and denominator 2, end fraction").
 */
function closesHere(parser: Parser): boolean {
  return (
    !parser.awaits(endFraction) &&
    parser.closesLater(openers, endFraction, { barrier: spokenDenominator })
  );
}

/**
 * ClearSpeak's "x plus y over x minus y, end fraction": with "end fraction" coming, "over" takes
 * everything said before it in its scope and up to "end fraction" after it.
 */
const over = operator(
  'fraction.over',
  phrases('fraction.over'),
  Power.multiplicative,
  (parser, left, trigger) => {
    if (closesHere(parser)) return undefined;
    // "/" and "slash" say the character, which divides the operands written next to it: "1/2 x
    // plus 4" is ½x + 4.
    if (trigger === '/' || trigger === 'slash') return typedFraction(parser, left);
    return inlineFraction(parser, left);
  },
);

const overToEnd = operator(
  'fraction.overToEnd',
  phrases('fraction.over'),
  Power.allOver,
  (parser, left) => {
    if (!closesHere(parser)) return undefined;
    const denominator = parser.scope({ until: endFraction });
    parser.acceptClosing(endFraction);
    // "…, end fraction, plus, 2 over 3, end fraction": a sign said after a pause starts anew.
    return afterLastSign(left, (numerator) => frac(numerator, denominator));
  },
);

/** A number as said: 7, 0.1, negative 12, "(negative 4)". */
function isNumber(formula: Formula, whole = false): boolean {
  if (formula.kind === 'prefix' && formula.op === '-') return isNumber(formula.operand, whole);
  if (formula.kind === 'fence' && formula.open === '(') return isNumber(formula.body, whole);
  return (
    formula.kind === 'atom' && formula.role === 'number' && (!whole || /^\d+$/.test(formula.tex))
  );
}

/**
 * "seven divided by zero point one", "negative 12 divided by 3": a whole number divided by a
 * number is arithmetic, written 7 ÷ 0.1; other divisions are fractions.
 */
const dividedBy = operator(
  'fraction.dividedBy',
  phrases('fraction.dividedBy'),
  Power.multiplicative,
  (parser, left) => {
    const fraction = inlineFraction(parser, left, parser.inProse() || inMathSpeak(parser.tokens));
    if (fraction?.kind !== 'frac' || !isNumber(left, true) || !isNumber(fraction.denominator))
      return fraction;
    return { kind: 'infix', op: '\\div', left, right: fraction.denominator };
  },
);

const relations = new Set(lexicon.relations.values());

/**
 * `formula` with `change` applied to what follows its last relation (all of it if none), or its
 * last sign said after a pause ("x plus y per x minus y, plus, 2 per 3").
 */
export function afterLastRelation(formula: Formula, change: (side: Formula) => Formula): Formula {
  return onRightOf(formula, (infix) => relations.has(infix.op) || infix.apart === true, change);
}

/** `formula` with `change` applied to what follows its last sign said after a pause. */
function afterLastSign(formula: Formula, change: (side: Formula) => Formula): Formula {
  return onRightOf(formula, (infix) => infix.apart === true, change);
}

/** `change` applied to what follows the last of the infix operators that `splits` picks out. */
function onRightOf(
  formula: Formula,
  splits: (infix: Formula & { kind: 'infix' }) => boolean,
  change: (side: Formula) => Formula,
): Formula {
  return formula.kind === 'infix' && splits(formula)
    ? { ...formula, right: onRightOf(formula.right, splits, change) }
    : change(formula);
}

/** "all over" takes everything after the last relation: "y equals a plus b, all over c" is y = (a+b)/c. */
const allOver = operator(
  'fraction.allOver',
  phrases('fraction.allOver'),
  Power.allOver,
  (parser, left) => {
    parser.skipPauses();
    const denominator = parser.expression(Power.allOver);
    return afterLastRelation(left, (numerator) => frac(numerator, denominator));
  },
);

const spoken = operand('fraction.spoken', phrases('fraction.spoken'), (parser) => {
  const numerator = parser.scope({ until: spokenDenominator });
  parser.skipPauses();
  parser.acceptFrom(spokenDenominator);
  const denominator = parser.scope({ until: endFraction, closedByPause: true });
  parser.acceptClosing(endFraction);
  return frac(numerator, denominator);
});
allOver.closesScopes = true;

const plainOver = closing('fraction.plainOver');

/** "the fraction 2 plus 3 over 13", "fraction f sub n minus 1 divided by h squared". */
const plain = operand('fraction.plain', phrases('fraction.plain'), (parser) => {
  if (!parser.saidLater(plainOver)) return undefined;
  const numerator = parser.scope({ until: plainOver });
  // "fraction partial epsilon over partial T (is at least 0)": the fraction announced was read
  // whole inside, maybe as a relation's left side.
  if (parser.acceptFrom(plainOver) === undefined) {
    const read = numerator.kind === 'infix' ? numerator.left : numerator;
    return read.kind === 'frac' ? numerator : undefined;
  }
  const denominator = parser.scope({ until: endFraction, closedByPause: true });
  parser.acceptClosing(endFraction);
  return frac(numerator, denominator);
});

const mathspeak = operand('fraction.mathspeak', phrases('fraction.mathspeak'), (parser) => {
  const numerator = parser.scope({ until: mathspeakOver });
  parser.acceptFrom(mathspeakOver);
  const denominator = parser.scope({ until: mathspeakEnd });
  parser.acceptFrom(mathspeakEnd);
  return frac(numerator, denominator);
});

/** Two letters or two numbers: the sides of a size said with "by" ("m by n", "2 by 3"). */
function isSize(left: Formula, right: Formula): boolean {
  const letter = (formula: Formula) => formula.kind === 'atom' && formula.role === 'letter';
  return (letter(left) && letter(right)) || (isNumber(left) && isNumber(right));
}

/**
 * "1 by x", "pi by 2 minus x", "the absolute value of x by x": "by" divides, as in "divide by";
 * between two letters or two numbers it names a size, m × n.
 */
const by = operator('fraction.by', phrases('fraction.by'), Power.multiplicative, (parser, left) => {
  const fraction = inlineFraction(parser, left);
  if (fraction?.kind !== 'frac' || !isSize(left, fraction.denominator)) return fraction;
  return { kind: 'infix', op: '\\times', left, right: fraction.denominator };
});

export const fractionConstructs = [
  over,
  overToEnd,
  dividedBy,
  by,
  allOver,
  spoken,
  plain,
  mathspeak,
];
