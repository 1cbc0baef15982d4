/**
 * "V naught times one minus e to the minus t over R C", "L to the one minus alpha": multiplying by
 * 1 or raising to the power 1 would say nothing, so a sum said from 1 after "times" or a bare "to
 * the" is the factor or the exponent whole, V₀(1 − e^{−t/RC}), L^{1−α}, up to a relation or a pause.
 */
import { lexicon } from '../lexicon';
import { Power, type Parser } from '../parser';
import type { Formula } from '../tree';

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
