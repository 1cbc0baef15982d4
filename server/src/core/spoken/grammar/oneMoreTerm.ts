/**
 * An operand whose reach stops at a sign, taking the term after it when the first term cannot be
 * all that was meant: "the log of one plus x" is log(1 + x), nobody says log 1 + x for that; "the
 * product from i equals 1 to n of x plus 1" is ∏(x + 1), as ∏ x does not involve i.
 */
import { lexicon } from '../lexicon';
import type { Parser } from '../parser';
import { someAtom, type Formula } from '../tree';

/**
 * `first` and the one term after the sign at the parser's position, when `first` mentions no atom
 * that `counts` and the term does (or, with `termNeeds` false, whatever the term holds). Only one
 * term is taken ("ln of one plus x squared plus C" is ln(1 + x²) + C), and never an application
 * ("cosine of pi over 3 plus i sine of pi over 3" is cos(π/3) + i sin(π/3)).
 */
export function withOneMoreTerm(
  parser: Parser,
  first: Formula,
  readTerm: () => Formula,
  counts: Parameters<typeof someAtom>[1],
  termNeeds = true,
): Formula {
  const sign = lexicon.additiveTable.match(parser.tokens, parser.pos);
  if (sign === undefined || first.kind === 'empty' || someAtom(first, counts)) return first;
  const added = parser.attempt((): Formula | undefined => {
    parser.pos += sign.length;
    const term = readTerm();
    const operation =
      term.kind === 'bigop' ||
      someAtom(term, (atom) => atom.role === 'function') ||
      // "plus i times the sine of …": a term cut short by a product with an application.
      lexicon.productWords.match(parser.tokens, parser.pos) !== undefined;
    if (term.kind === 'empty' || operation || (termNeeds && !someAtom(term, counts)))
      return undefined;
    return { kind: 'infix', op: sign.value, left: first, right: term };
  });
  return added ?? first;
}
