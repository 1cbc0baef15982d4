/**
 * Marks that leave the value alone: `\cancel{y}` (struck out to show a cancellation: the formula
 * still holds with y there), `\boxed{x}` (a highlighted result). The tree is the argument's.
 */
import type { Construct, Parser } from '../parser';
import type { MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';

export const markConstruct: Construct = {
  commands: ['cancel', 'bcancel', 'xcancel', 'boxed'],
  parse(p: Parser, token: Token): MathNode {
    p.next();
    if (!p.is('open')) p.fail(`\\${token.value} without a braced argument`, token.start, token.end);
    return p.parseBraceGroup();
  },
};
