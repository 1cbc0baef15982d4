/**
 * Left scripts on an empty group: `{}_{n}C_{r}` → Binomial(n, r), `{}_{n}P_{r}` →
 * Permutations(n, r). Other prescripts (`{}_2F_1`, tensor indices `{}_{c}^{a}x`) are unsupported.
 */
import type { Construct, Parser } from '../parser';
import type { MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';

const COUNTING: Readonly<Record<string, string>> = { C: 'Binomial', P: 'Permutations' };

export const prescriptConstruct: Construct = {
  commands: ['#{}'],
  parse(p: Parser, token: Token): MathNode {
    p.next();
    p.next();
    if (!p.is('sub')) p.fail('empty group', token.start, p.lastEnd());
    p.next();
    const n = p.parseScriptArgument();
    const letter = p.peek();
    const name = letter.kind === 'letter' ? COUNTING[letter.value] : undefined;
    if (name === undefined || !p.is('sub', undefined, 1))
      p.fail('prescript', token.start, letter.end);
    p.next();
    p.next();
    const k = p.parseScriptArgument();
    return p.apply(name, [n, k], token.start, p.lastEnd());
  },
};
