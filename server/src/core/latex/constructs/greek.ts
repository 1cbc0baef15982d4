/** Greek letters (a data table in names.ts) as identifiers, and `\infty`. */
import type { Construct, Parser } from '../parser';
import { GREEK } from '../names';
import { symbolNode, type MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';
import { parseIdentifierTail } from './scripts';

export const greekConstruct: Construct = {
  commands: GREEK,
  parse(p: Parser, token: Token): MathNode {
    p.next();
    return parseIdentifierTail(p, token.value, token.start, token.end);
  },
};

export const infinityConstruct: Construct = {
  commands: ['infty'],
  parse(p: Parser, token: Token): MathNode {
    p.next();
    return p.mark(symbolNode('Infinity'), token.start, token.end);
  },
};
