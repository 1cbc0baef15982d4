/**
 * A command that neither KaTeX nor the document defines, used without arguments (`\cI`, `\eps`,
 * `\bsig_i`): a paper's own macro, whose meaning is unknown. It is read as an opaque name — all
 * that can be said of it — so `H \in \cI(X)` parses and `\eps` can be compared with itself.
 * One followed by `{` or `[` takes arguments no one knows the use of: it stays unsupported.
 */
import katexCommands from '../../data/katex-commands.json';
import type { Parser } from '../parser';
import type { MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';
import { parseIdentifierTail } from './scripts';

const KATEX_NAMES = new Set(katexCommands.math.map((name) => name.slice(1)));

export function isUndefinedMacro(
  p: Parser,
  token: Token,
  known: (name: string) => boolean,
): boolean {
  if (token.kind !== 'command' || !/^[A-Za-z]+$/.test(token.value)) return false;
  if (KATEX_NAMES.has(token.value) || known(token.value)) return false;
  const next = p.peek(1);
  return !(next.kind === 'open' || (next.kind === 'punct' && next.value === '['));
}

export function parseUndefinedMacro(p: Parser, token: Token): MathNode {
  p.next();
  return parseIdentifierTail(p, `\\${token.value}`, token.start, token.end);
}
