/**
 * Repeating decimals: "the repeating decimal 2 point followed by repeating digits 1 3 4" →
 * 2.\bar{134}. Digits are said one by one; "point" is the decimal point.
 */
import { closing, phrases } from '../lexicon';
import type { Parser } from '../parser';
import { atom, type Formula } from '../tree';
import { operand } from './construct';

const point = closing('decimal.point');
const repeats = closing('decimal.repeats');

/** Digits said one by one (and "point"), as written digits. */
function digits(parser: Parser): string {
  let out = '';
  for (;;) {
    const token = parser.peek();
    if (token?.kind === 'number' && /^[\d.]+$/.test(token.text)) out += token.text;
    else if (token !== undefined && point.match(parser.tokens, parser.pos) !== undefined)
      out += '.';
    else return out;
    parser.pos++;
  }
}

const repeating = operand('decimal.repeating', phrases('decimal.repeating'), (parser) => {
  const fixed = digits(parser);
  if (parser.acceptFrom(repeats) === undefined)
    return fixed === '' ? undefined : atom(fixed, 'number');
  const period = digits(parser);
  const bar: Formula = { kind: 'command', name: 'bar', args: [atom(period, 'number')] };
  return fixed === '' ? bar : { kind: 'row', items: [atom(fixed, 'number'), bar] };
});

export const decimalConstructs = [repeating];
