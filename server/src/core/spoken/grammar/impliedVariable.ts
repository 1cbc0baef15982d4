/**
 * The variable of "the derivative of …" said without "with respect to": the letter the expression
 * is in (t for "the derivative of t squared", z for "the derivative of the log of z"), x where
 * that is unclear. A bare letter ("the derivative of y") is a function of the usual x, a bare Greek
 * letter ("the derivative of theta") of time.
 */
import { lexicon } from '../lexicon';
import { atom, type Formula } from '../tree';

const greekLetters = new Set(lexicon.greekLower.values());

function parts(formula: Formula): Formula[] {
  switch (formula.kind) {
    case 'row':
      return formula.items;
    case 'infix':
      return [formula.left, formula.right];
    case 'prefix':
      return [formula.operand];
    case 'frac':
      return [formula.numerator, formula.denominator];
    case 'script':
      return [formula.base, formula.sub, formula.sup].filter((part) => part !== undefined);
    case 'root':
      return [formula.radicand];
    case 'fence':
      return [formula.body];
    case 'command':
      return formula.args;
    case 'bigop':
      return [formula.lower, formula.upper, formula.body].filter((part) => part !== undefined);
    case 'grid':
      return formula.rows.flat();
    default:
      return [];
  }
}

function isLetter(formula: Formula): formula is Formula & { kind: 'atom' } {
  return formula.kind === 'atom' && formula.role === 'letter';
}

/** Letters that are constants as soon as another letter is around: e^z is in z. */
const constants = ['e', 'i', '\\pi'];

/** The letters of a formula, leaving out letters applied to an argument (the f of f(t)). */
function lettersOf(formula: Formula, into: Set<string>): Set<string> {
  const items = parts(formula);
  items.forEach((item, i) => {
    const next = items[i + 1];
    const applied = formula.kind === 'row' && next?.kind === 'fence' && next.open === '(';
    if (isLetter(item)) {
      if (!applied) into.add(item.tex);
    } else lettersOf(item, into);
  });
  if (isLetter(formula)) into.add(formula.tex);
  return into;
}

export function impliedVariable(body: Formula): Formula {
  // A Greek quantity (θ, ω, κ) changes with time; a Latin letter is a function of x.
  if (isLetter(body)) return atom(greekLetters.has(body.tex) ? 't' : 'x');
  const letters = lettersOf(body, new Set());
  for (const constant of constants) if (letters.size > 1) letters.delete(constant);
  const [only] = letters;
  return atom(letters.size === 1 && !letters.has('x') ? only : 'x');
}
