/**
 * Sums said as one factor though no bracket is said, because the other reading would say nothing:
 * - "V naught times one minus e to the minus t over R C", "L to the one minus alpha": multiplying
 *   by 1 or raising to the power 1, so a sum said from 1 after "times" or a bare "to the" is the
 *   factor or the exponent whole, V₀(1 − e^{−t/RC}), L^{1−α}, up to a relation or a pause;
 * - "n times n plus 1": n·n would be said "n squared", so the letter's own sum is the factor,
 *   n(n + 1).
 */
import { lexicon } from '../lexicon';
import { Power, type Parser } from '../parser';
import { lastFactor, type Formula } from '../tree';

/**
 * Whether "1 plus …" or "1 minus …" is said at the parser's position, with a symbol after the sign
 * ("3 times 1 plus 2" is arithmetic, 3 × 1 + 2).
 */
export function sumFromOneAhead(parser: Parser): boolean {
  const one = parser.peek();
  const sign = lexicon.additiveWords.match(parser.tokens, parser.pos + 1);
  return (
    one?.kind === 'number' &&
    one.text === '1' &&
    one.denominator === undefined &&
    one.ordinal !== true &&
    sign !== undefined &&
    parser.peek(1 + sign.length)?.kind === 'word'
  );
}

/** The sum said from 1, read to a relation or a pause. */
export function sumFromOne(parser: Parser): Formula {
  return parser.scope({ closedByPause: true, power: Power.relation });
}

/** "n times n plus 1": after `left`'s letter, the same letter and a sign with a number. */
export function sameLetterSumAhead(parser: Parser, left: Formula): boolean {
  const last = lastFactor(left);
  const letter = parser.peek();
  const sign = lexicon.additiveWords.match(parser.tokens, parser.pos + 1);
  return (
    last.kind === 'atom' &&
    last.role === 'letter' &&
    letter?.raw === last.tex &&
    sign !== undefined &&
    parser.peek(1 + sign.length)?.kind === 'number'
  );
}

/** The letter's sum: the letter, the sign and the number. */
export function sameLetterSum(parser: Parser): Formula {
  return parser.expression(Power.additive - 1);
}
