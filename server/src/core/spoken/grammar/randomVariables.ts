/**
 * An expectation's or a variance's argument is a sum of random variables: "E of X plus Y" is
 * E(X + Y), "var of X plus Y" Var(X + Y), where "f of x plus y" is f(x) + y. A term with no capital
 * (a constant: "E of X plus b") or an application ("E of X plus E of Y") is outside, but for a
 * scaled variable: "E of a X plus b" is E(aX + b), a linear transformation.
 */
import { lexicon } from '../lexicon';
import type { Parser } from '../parser';
import { PhraseTable } from '../phraseTable';
import { someAtom, type Formula } from '../tree';

const signs = new PhraseTable(lexicon.additive);

const isRandomVariable = (symbol: { tex: string; role?: string }) =>
  symbol.role === 'letter' && /^[A-Z]$/.test(symbol.tex);

const isRandomVariableAtom = (formula: Formula) =>
  formula.kind === 'atom' && isRandomVariable(formula);

/** `first` and the terms said after it that hold a random variable. */
export function withRandomTerms(
  parser: Parser,
  first: Formula,
  readTerm: () => Formula,
  startsApplication: (tokens: Parser['tokens'], at: number) => boolean,
): Formula {
  if (!someAtom(first, isRandomVariable)) return first;
  const scaled = first.kind === 'row' && !first.items.every(isRandomVariableAtom);
  let sum = first;
  for (;;) {
    const sign = signs.match(parser.tokens, parser.pos);
    if (sign === undefined || startsApplication(parser.tokens, parser.pos + sign.length))
      return sum;
    const left = sum;
    const added = parser.attempt((): Formula | undefined => {
      parser.pos += sign.length;
      const term = readTerm();
      if (term.kind === 'empty') return undefined;
      if (!someAtom(term, isRandomVariable) && !(scaled && term.kind === 'atom')) return undefined;
      if (someAtom(term, (atom) => atom.role === 'function')) return undefined;
      return { kind: 'infix', op: sign.value, left, right: term };
    });
    if (added === undefined) return sum;
    sum = added;
  }
}
