/**
 * Pauses that do not end what is being said, which only the words after them show: ClearSpeak's
 * "g sub 1, of x" pauses inside a name's application, and its "2 x, plus 5" inside a sum.
 */
import { closing, lexicon, phraseMap } from '../lexicon';
import { PhraseTable } from '../phraseTable';
import type { PauseRules } from '../parser';
import type { Token } from '../tokens';
import { additiveSigns, type Formula } from '../tree';
import { namedApplicationAt } from './functions';

const application = closing('pause.application');

/** "g sub 1, of x", "g sub 1, inverse of, g sub 2": "of" applies to the name said before the pause. */
function withinApplication(tokens: readonly Token[], at: number): boolean {
  return application.match(tokens, at) !== undefined;
}

/**
 * "denominator 2 x, plus 5", "open paren, 2 x, plus 1": a pause after a coefficient's product,
 * before a sign, continues the sum rather than closing the scope; so does one between two
 * applications of named functions.
 */
function keepsScope(left: Formula, tokens: readonly Token[], at: number): boolean {
  let last = left;
  while (last.kind === 'infix' && additiveSigns.has(last.op)) last = last.right;
  const head = last.kind === 'row' && last.items.length >= 2 ? last.items[0] : undefined;
  if (head?.kind !== 'atom') return false;
  if (head.role === 'number') return lexicon.additiveWords.match(tokens, at) !== undefined;
  // "1 minus, the tangent of, pi over 6, the tangent of, 2 pi over 3": a pause between two
  // applications of named functions is inside their product.
  return head.role === 'function' && namedApplicationAt(tokens, at);
}

/**
 * "m sub 1,1, m sub 1,2": a comma typed between numbers with no space around it lists inside the
 * script, m₁,₁; one said or spaced ("m sub 1, 2") is the outer list's.
 */
export function listsNumbers(tokens: readonly Token[], at: number): boolean {
  const [before, comma, after] = [tokens[at - 1], tokens[at], tokens[at + 1]];
  return (
    comma?.text === ',' &&
    before?.kind === 'number' &&
    after?.kind === 'number' &&
    before.end === comma.start &&
    comma.end === after.start
  );
}

const wholeWords = closing('fraction.allOver', 'power.allToThe');
const wholePowers = new PhraseTable([...phraseMap('power.all')]);

function takesWhole(tokens: readonly Token[], at: number): boolean {
  return wholeWords.match(tokens, at) !== undefined || wholePowers.match(tokens, at) !== undefined;
}

export const pauseRules: PauseRules = { withinApplication, keepsScope, takesWhole };
