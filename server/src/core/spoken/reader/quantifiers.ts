/**
 * Quantified statements, which the math parser leaves alone: `\forall \epsilon > 0 \exists
 * \delta > 0 : |x| < \delta` is read piece by piece, "for all epsilon greater than 0 there exists
 * delta greater than 0 such that …", each piece of math by the reader itself.
 */
import lexicon from '../lexicon/en/reading.json';
import { splitAtTopLevel } from './topLevel';

const QUANTIFIERS = lexicon.quantifiers as Record<string, string>;
/** A bound's relation as said after "for all": "for all epsilon greater than 0", "for all x in A". */
const BOUND_RELATIONS = Object.entries(lexicon.boundRelations);

function asBound(said: string): string {
  for (const [full, bound] of BOUND_RELATIONS) {
    const at = said.indexOf(` ${full} `);
    if (at >= 0) return `${said.slice(0, at)} ${bound} ${said.slice(at + full.length + 2)}`;
  }
  return said;
}
const quantifier = /\\(forall|exists|nexists)(?![a-zA-Z])(!?)/g;

/** The top-level `:` and `,` of a piece: where "such that" and "comma" are said. */
function separated(piece: string): { math: string; after?: string }[] {
  return splitAtTopLevel(piece, ':,').map(({ text, separator }) => ({
    math: text,
    after: separator === undefined ? undefined : separator === ':' ? 'suchThat' : 'comma',
  }));
}

/** The words of a statement with quantifiers, undefined without one or when a piece is unspeakable. */
export function readQuantified(
  latex: string,
  read: (math: string) => string | undefined,
): string | undefined {
  const matches = [...latex.matchAll(quantifier)];
  if (matches.length === 0) return undefined;
  const words: string[] = [];
  const readPiece = (piece: string, bound = false): boolean => {
    for (const [i, { math, after }] of separated(piece).entries()) {
      if (math.trim() !== '') {
        const said = read(math);
        if (said === undefined) return false;
        // The part right after a quantifier is its bound variable, said as a bound.
        words.push(bound && i === 0 ? asBound(said) : said);
      }
      if (after !== undefined) words.push(QUANTIFIERS[after]);
    }
    return true;
  };
  if (!readPiece(latex.slice(0, matches[0].index))) return undefined;
  for (const [i, match] of matches.entries()) {
    // \exists!: "there exists a unique"; no other quantifier takes the mark.
    const said = QUANTIFIERS[match[2] === '!' ? `${match[1]}Unique` : match[1]];
    if (said === undefined) return undefined;
    words.push(said);
    const end = matches[i + 1]?.index ?? latex.length;
    if (!readPiece(latex.slice(match.index + match[0].length, end), true)) return undefined;
  }
  return words.join(' ');
}
