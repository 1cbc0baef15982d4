/** Binomial coefficients: "n choose k", MathSpeak's "StartBinomialOrMatrix n Choose k EndBinomialOrMatrix". */
import { closing, lexicon, phrases } from '../lexicon';
import { Power, type Parser } from '../parser';
import { additiveSigns, atom, type Formula } from '../tree';
import { operand, operator } from './construct';

const choose = closing('binomial.choose');
const mathspeakEnd = closing('binomial.mathspeakEnd');

/**
 * What is chosen: one factor ("n choose k p to the k" is C(n,k)·pᵏ), or a number's multiple of a
 * letter ("2 n choose 2 k").
 */
function chosen(parser: Parser): Formula {
  const start = parser.pos;
  const factor = parser.expression(Power.implicit);
  const next = parser.peek();
  const multiple =
    factor.kind === 'atom' &&
    factor.role === 'number' &&
    next?.kind === 'word' &&
    /^[a-z]$/.test(next.raw);
  if (!multiple) return factor;
  parser.pos = start;
  return parser.expression(Power.multiplicative);
}

/** "n minus 1": a letter and a number added to it, a count said with its offset. */
function isOffsetCount(formula: Formula): boolean {
  return (
    formula.kind === 'infix' &&
    additiveSigns.has(formula.op) &&
    formula.left.kind === 'atom' &&
    formula.left.role === 'letter' &&
    formula.right.kind === 'atom' &&
    formula.right.role === 'number'
  );
}

/** "k minus 1" after "n minus 1 choose": the chosen count's offset, said as the top's was. */
function withOffset(parser: Parser, from: Formula): Formula {
  const sign = lexicon.additive.get(parser.peek()?.text ?? '');
  const number = parser.peek(1);
  if (from.kind !== 'atom' || from.role !== 'letter' || sign === undefined) return from;
  if (number?.kind !== 'number' || number.denominator !== undefined) return from;
  parser.pos += 2;
  return { kind: 'infix', op: sign, left: from, right: atom(number.text, 'number') };
}

/**
 * "the binomial coefficient n choose 2": words said before the count name it and stay before the
 * coefficient; only the symbols after them are chosen from.
 */
function binomialOf(parser: Parser, left: Formula): Formula | undefined {
  const items = left.kind === 'row' ? left.items : [left];
  const named = items.findLastIndex((item) => item.kind === 'text') + 1;
  const words = named < items.length ? items.slice(0, named) : [];
  const counted = items.slice(words.length);
  const count: Formula = counted.length === 1 ? counted[0] : { kind: 'row', items: counted };
  const chosenSaid = chosen(parser);
  if (chosenSaid.kind === 'empty') return undefined;
  // "n minus 1 choose k minus 1": Pascal's rule says both counts with their offsets.
  const from = isOffsetCount(count) ? withOffset(parser, chosenSaid) : chosenSaid;
  const binomial: Formula = { kind: 'command', name: 'binom', args: [count, from] };
  return words.length === 0 ? binomial : { kind: 'row', items: [...words, binomial] };
}

/**
 * "n choose k": binds looser than a sum so that a count said with its offset is counted whole
 * ("n minus 1 choose k" is C(n−1, k)); any other sum before it keeps its terms, x + C(n, k).
 */
const infix = operator(
  'binomial.choose',
  phrases('binomial.choose'),
  Power.additive - 1,
  (parser, left) => {
    // "choose" said without both sides is the word.
    if (left.kind === 'empty') return undefined;
    // "the sum from k equals 0 to n of n choose k": the count is the big operator's body's.
    if (left.kind === 'bigop' && left.body !== undefined) {
      const body = binomialOf(parser, left.body);
      return body === undefined ? undefined : { ...left, body };
    }
    if (left.kind !== 'infix' || !additiveSigns.has(left.op) || isOffsetCount(left))
      return binomialOf(parser, left);
    // "… plus n minus 1 choose k": the sum is ((… + n) − 1); its last two terms are the count.
    const before = left.left;
    if (before.kind === 'infix' && additiveSigns.has(before.op)) {
      const count: Formula = { ...left, left: before.right };
      if (isOffsetCount(count)) {
        const last = binomialOf(parser, count);
        return last === undefined ? undefined : { ...before, right: last };
      }
    }
    const last = binomialOf(parser, left.right);
    return last === undefined ? undefined : { ...left, right: last };
  },
);

const mathspeak = operand('binomial.mathspeak', phrases('binomial.mathspeak'), (parser) => {
  if (!parser.saidLater(choose)) return undefined;
  const top = parser.scope({ until: choose });
  if (parser.acceptFrom(choose) === undefined) return undefined;
  const bottom = parser.scope({ until: mathspeakEnd });
  parser.acceptFrom(mathspeakEnd);
  return { kind: 'command', name: 'binom', args: [top, bottom] };
});

/** "n permute r": the number of permutations, written ₙPᵣ. */
const permute = operator(
  'binomial.permute',
  phrases('binomial.permute'),
  Power.multiplicative,
  (parser, left) => ({
    kind: 'row',
    items: [
      { kind: 'script', base: { kind: 'empty' }, sub: left },
      { kind: 'script', base: atom('P', 'letter'), sub: parser.expression(Power.multiplicative) },
    ],
  }),
);

/** A number or a small letter: what "n C r" counts from and chooses ("A C R" is an initialism). */
function isCount(formula: Formula): boolean {
  if (formula.kind !== 'atom') return false;
  return formula.role === 'number' || (formula.role === 'letter' && /^[a-z]$/.test(formula.tex));
}

/**
 * "n C r", "10 P 3": combinations and permutations said by their capital letter between two
 * counts, and nothing else after them, are written ₙCᵣ and ₙPᵣ.
 */
const lettered = operator(
  'binomial.lettered',
  phrases('binomial.lettered'),
  Power.multiplicative,
  (parser, left) => {
    const letter = parser.tokens[parser.pos - 1];
    const count = parser.peek();
    const single = count?.kind === 'number' || /^[a-z]$/.test(count?.raw ?? '');
    if (!/^[CP]$/.test(letter.raw) || !isCount(left) || !single) return undefined;
    const after = parser.peek(1);
    const ends =
      after === undefined ||
      after.kind === 'pause' ||
      after.kind === 'stop' ||
      parser.startsOperatorAt(parser.pos + 1);
    if (!ends) return undefined;
    const chosen = parser.expression(Power.postfix);
    return {
      kind: 'row',
      items: [
        { kind: 'script', base: { kind: 'empty' }, sub: left },
        { kind: 'script', base: atom(letter.raw, 'letter'), sub: chosen },
      ],
    };
  },
);

// Its words are letters: they end no operand.
lettered.implied = true;

export const binomialConstructs = [infix, mathspeak, permute, lettered];
