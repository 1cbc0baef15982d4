/** Scripts typed as TeX inside spoken text: "a_n z^n", "a_{n+1}". */
import { closing } from '../lexicon';
import type { Parser } from '../parser';
import type { Formula } from '../tree';
import { scriptSymbol, signedSymbol } from './compactScript';

const texGroupEnd = closing('group.texEnd');

/**
 * The script after a typed "_" or "^" ("a_n z^n", "a_{n+1}"): as in TeX, one symbol or a braced
 * group (which is no set), or undefined when neither follows.
 */
export function texScript(parser: Parser): Formula | undefined {
  if (parser.peek()?.text === '{') {
    parser.pos++;
    const body = parser.scope({ until: texGroupEnd });
    parser.acceptFrom(texGroupEnd);
    return body;
  }
  return signedSymbol(parser) ?? scriptSymbol(parser, true);
}
