/** `\sqrt{x}` → sqrt(x); `\sqrt[n]{x}` → nthRoot(x, n). */
import type { Construct, Parser } from '../parser';
import type { MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';

export const sqrtConstruct: Construct = {
  commands: ['sqrt'],
  parse(p: Parser, token: Token): MathNode {
    p.next();
    let index: MathNode | undefined;
    if (p.is('punct', '[')) {
      p.next();
      index = p.parseExpression();
      p.expect('punct', ']');
    }
    const radicand = p.parseScriptArgument();
    if (index === undefined) return p.apply('sqrt', [radicand], token.start, p.lastEnd());
    return p.apply('nthRoot', [radicand, index], token.start, p.lastEnd());
  },
};
