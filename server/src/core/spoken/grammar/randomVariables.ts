/**
 * An expectation's or a variance's argument is a sum of random variables: "E of X plus Y" is
 * E(X + Y), "var of X plus Y" Var(X + Y), where "f of x plus y" is f(x) + y. A term with no capital
 * (a constant: "E of X plus b") or an application ("E of X plus E of Y") is outside, but for a
 * scaled variable: "E of a X plus b" is E(aX + b), a linear transformation.
 */
import { lexicon } from '../lexicon';
import type { Parser } from '../parser';
import { someAtom, type Formula } from '../tree';

/** A random variable: a capital, maybe scripted or accented (X, X_i, X̄). */
export function isRandomVariable(formula: Formula): boolean {
  if (formula.kind === 'atom') return formula.role === 'letter' && /^[A-Z]$/.test(formula.tex);
  if (formula.kind === 'script') return isRandomVariable(formula.base);
  return (
    formula.kind === 'command' && formula.args.length === 1 && isRandomVariable(formula.args[0])
  );
}

/**
 * A term of symbols and numbers (Y, 2Y, X̄, X²): no application, fraction or group, which would
 * say a term of the outer sum ("E of X squared minus the square of E of X").
 */
function isPlainTerm(formula: Formula): boolean {
  switch (formula.kind) {
    case 'atom':
      return formula.role !== 'function';
    case 'script':
      return [formula.base, formula.sub, formula.sup].every(
        (part) => part === undefined || isPlainTerm(part),
      );
    case 'row':
      return formula.items.every(isPlainTerm);
    case 'command':
      return formula.args.every(isPlainTerm);
    default:
      return false;
  }
}

/** `first` and the terms said after it that hold a random variable. */
export function withRandomTerms(
  parser: Parser,
  first: Formula,
  readTerm: () => Formula,
  startsApplication: (tokens: Parser['tokens'], at: number) => boolean,
): Formula {
  if (!someAtom(first, isRandomVariable)) return first;
  const scaled =
    first.kind === 'row' &&
    !first.items.every((item) => item.kind === 'atom' && isRandomVariable(item));
  let sum = first;
  for (;;) {
    const sign = lexicon.additiveTable.match(parser.tokens, parser.pos);
    if (sign === undefined || startsApplication(parser.tokens, parser.pos + sign.length))
      return sum;
    const left = sum;
    const added = parser.attempt((): Formula | undefined => {
      parser.pos += sign.length;
      const term = readTerm();
      if (term.kind === 'empty') return undefined;
      if (!someAtom(term, isRandomVariable) && !(scaled && term.kind === 'atom')) return undefined;
      if (!isPlainTerm(term)) return undefined;
      return { kind: 'infix', op: sign.value, left, right: term };
    });
    if (added === undefined) return sum;
    sum = added;
  }
}
