/** `\binom{n}{k}` (and `\dbinom`, `\tbinom`) → Binomial(n, k). */
import type { Construct, Parser } from '../parser';
import type { MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';

export const binomialConstruct: Construct = {
  commands: ['binom', 'dbinom', 'tbinom'],
  parse(p: Parser, token: Token): MathNode {
    p.next();
    const n = p.parseScriptArgument();
    const k = p.parseScriptArgument();
    return p.apply('Binomial', [n, k], token.start, p.lastEnd());
  },
};
