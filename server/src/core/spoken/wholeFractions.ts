/**
 * "x minus 1 over x squared plus x minus 2": when an inline "over" sits between sums — terms on
 * both sides of it — people mean the sums over each other, (x − 1)/(x² + x − 2). A reading
 * (rank.ts) applies this rewrite to the parsed formula; the literal reading stays an alternative.
 * So does a fraction over a variable with a constant said after it (rationalFunction).
 */
import { additiveSigns, isNumberAtom, type Formula } from './tree';

interface Term {
  /** The operator before the term (undefined for the first). */
  op?: string;
  /** The operator was said after a pause: a new run of terms starts here. */
  apart?: boolean;
  term: Formula;
}

function terms(formula: Formula, out: Term[] = [], op?: string, apart?: boolean): Term[] {
  if (formula.kind === 'infix' && additiveSigns.has(formula.op)) {
    terms(formula.left, out, op, apart);
    terms(formula.right, out, formula.op, formula.apart);
  } else out.push({ op, apart, term: formula });
  return out;
}

function chain(items: readonly Term[]): Formula {
  let out = items[0].term;
  for (const { op, term } of items.slice(1))
    out = { kind: 'infix', op: op ?? '+', left: out, right: term };
  return out;
}

/** "x plus y over x minus y, plus, 2 over 3": each run of terms said without a pause is rewritten alone. */
function rewriteChain(formula: Formula): Formula {
  const runs: Term[][] = [];
  for (const item of terms(formula)) {
    const term = { ...item, term: wholeFractions(item.term) };
    if (runs.length === 0 || item.apart === true) runs.push([term]);
    else runs[runs.length - 1].push(term);
  }
  const rewritten = runs.map((run) => ({ op: run[0].op, term: rewriteRun(run) }));
  return chain(rewritten);
}

/** x, x², 2x, n x³: a term in a variable, what a rational function's denominator starts with. */
function isVariableTerm(formula: Formula): boolean {
  switch (formula.kind) {
    case 'atom':
      return formula.role === 'letter';
    case 'script':
      return formula.sub === undefined && isVariableTerm(formula.base);
    case 'row':
      return (
        formula.items.some(isVariableTerm) &&
        formula.items.every((item) => isVariableTerm(item) || isNumberAtom(item))
      );
    default:
      return false;
  }
}

/**
 * "x over x squared minus 1", "2 over x minus 5": an inline fraction over a term in a variable,
 * with a constant said last, is a rational function, x/(x² − 1); the other reading would be said
 * the other way round ("x over x squared, minus 1", "minus 1 plus x over x squared").
 */
function rationalFunction(items: readonly Term[]): Formula | undefined {
  const [first, last] = items;
  if (items.length !== 2 || first.term.kind !== 'frac' || first.term.inline !== true)
    return undefined;
  if (!isVariableTerm(first.term.denominator) || !isNumberAtom(last.term)) return undefined;
  const denominator = chain([{ term: first.term.denominator }, last]);
  return { ...first.term, denominator };
}

function rewriteRun(items: Term[]): Formula {
  const rational = rationalFunction(items);
  if (rational !== undefined) return rational;
  const inline = items
    .map((item, index) => (item.term.kind === 'frac' && item.term.inline === true ? index : -1))
    .filter((index) => index >= 0);
  if (inline.length !== 1 || inline[0] === 0 || inline[0] === items.length - 1) return chain(items);
  const at = inline[0];
  const fraction = items[at].term;
  if (fraction.kind !== 'frac') return chain(items);
  const numerator = chain([...items.slice(0, at), { op: items[at].op, term: fraction.numerator }]);
  const denominator = chain([{ term: fraction.denominator }, ...items.slice(at + 1)]);
  return { ...fraction, numerator, denominator };
}

export function wholeFractions(formula: Formula): Formula {
  switch (formula.kind) {
    case 'infix':
      if (additiveSigns.has(formula.op)) return rewriteChain(formula);
      return {
        ...formula,
        left: wholeFractions(formula.left),
        right: wholeFractions(formula.right),
      };
    case 'row':
      return { ...formula, items: formula.items.map(wholeFractions) };
    case 'prefix':
      return { ...formula, operand: wholeFractions(formula.operand) };
    case 'fence':
      return { ...formula, body: wholeFractions(formula.body) };
    case 'script':
      return { ...formula, base: wholeFractions(formula.base) };
    case 'bigop':
      return formula.body === undefined
        ? formula
        : { ...formula, body: wholeFractions(formula.body) };
    default:
      return formula;
  }
}
