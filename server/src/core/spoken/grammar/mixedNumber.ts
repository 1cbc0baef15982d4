/**
 * Mixed numbers said with digits: "5 and 3 over 224", "2 and, 1 over 3" is 5 3⁄224, as ClearSpeak
 * says them ("5 and three fourths" is read with the number words, numbers.ts).
 */
import { closing } from '../lexicon';
import type { Parser } from '../parser';
import type { Token } from '../tokens';
import { atom, type Formula } from '../tree';

const over = closing('fraction.plainOver');

function wholeNumber(token: Token | undefined): token is Token {
  return token?.kind === 'number' && /^\d+$/.test(token.text) && token.ordinal !== true;
}

/** Where a fraction's denominator may end: the end, a pause, a stop or an operator. */
function endsHere(parser: Parser, at: number): boolean {
  const token = parser.tokens[at];
  return (
    token === undefined ||
    token.kind === 'pause' ||
    token.kind === 'stop' ||
    parser.grammar.operators.match(parser.tokens, at) !== undefined
  );
}

/**
 * After the whole number just read (`whole`), the rest of a mixed number if one is said here
 * ("and, 3 over 224"), consumed; otherwise undefined and nothing consumed.
 */
export function mixedNumberAfter(parser: Parser, whole: Token): Formula | undefined {
  if (!wholeNumber(whole) || parser.peek()?.text !== 'and') return undefined;
  let at = parser.pos + 1;
  if (parser.tokens[at]?.kind === 'pause') at++;
  const numerator = parser.tokens[at];
  const division = over.match(parser.tokens, at + 1);
  const denominator = division === undefined ? undefined : parser.tokens[at + 1 + division.length];
  if (!wholeNumber(numerator) || !wholeNumber(denominator)) return undefined;
  const end = at + 2 + (division?.length ?? 0);
  if (!endsHere(parser, end)) return undefined;
  parser.pos = end;
  const fraction: Formula = {
    kind: 'frac',
    numerator: atom(numerator.text, 'number'),
    denominator: atom(denominator.text, 'number'),
  };
  return { kind: 'row', items: [atom(whole.text, 'number'), fraction] };
}
