/**
 * Left scripts on an empty group: `{}_{n}C_{r}` → Binomial(n, r), `{}_{n}P_{r}` →
 * Permutations(n, r); on anything else they are index labels kept as written (tensor indices,
 * nuclides): `{}_{a}^{b}x_{c}` → Prescript(x_c, a, b), `{}_{a}x` → Prescript(x, a), the labels
 * SymbolNodes named by their LaTeX (like an identifier's subscript). The scripts after the base
 * are the base's own.
 */
import type { Construct, Parser } from '../parser';
import { symbolNode, type MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';
import { canonicalText } from './scripts';

const COUNTING: Readonly<Record<string, string>> = { C: 'Binomial', P: 'Permutations' };

function label(p: Parser): MathNode {
  const argument = p.takeArgumentTokens();
  if (argument.tokens.length === 0) p.fail('empty prescript', argument.start, argument.end);
  return p.mark(symbolNode(canonicalText(argument.tokens)), argument.start, argument.end);
}

export const prescriptConstruct: Construct = {
  commands: ['#{}'],
  parse(p: Parser, token: Token): MathNode {
    p.next();
    p.next();
    p.next(); // _
    const letter = p.peek(p.argumentLength(0));
    const counting = letter.kind === 'letter' ? COUNTING[letter.value] : undefined;
    if (counting !== undefined && p.is('sub', undefined, p.argumentLength(0) + 1)) {
      const n = p.parseScriptArgument();
      p.next();
      p.next();
      const k = p.parseScriptArgument();
      return p.apply(counting, [n, k], token.start, p.lastEnd());
    }
    const lower = label(p);
    let upper: MathNode | undefined;
    if (p.is('sup')) {
      p.next();
      upper = label(p);
    }
    if (!p.startsOperand(p.peek())) p.fail('prescript without a base', token.start, p.peek().end);
    const base = p.parsePrimary();
    const args = upper === undefined ? [base, lower] : [base, lower, upper];
    return p.apply('Prescript', args, token.start, p.lastEnd());
  },
};
