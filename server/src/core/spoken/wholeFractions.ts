/**
 * "x minus 1 over x squared plus x minus 2": when an inline "over" sits between sums — terms on
 * both sides of it — people mean the sums over each other, (x − 1)/(x² + x − 2). A reading
 * (rank.ts) applies this rewrite to the parsed formula; the literal reading stays an alternative.
 */
import type { Formula } from './tree';

const additive = new Set(['+', '-', '\\pm', '\\mp']);

interface Term {
  /** The operator before the term (undefined for the first). */
  op?: string;
  term: Formula;
}

function terms(formula: Formula, out: Term[] = [], op?: string): Term[] {
  if (formula.kind === 'infix' && additive.has(formula.op)) {
    terms(formula.left, out, op);
    terms(formula.right, out, formula.op);
  } else out.push({ op, term: formula });
  return out;
}

function chain(items: readonly Term[]): Formula {
  let out = items[0].term;
  for (const { op, term } of items.slice(1))
    out = { kind: 'infix', op: op ?? '+', left: out, right: term };
  return out;
}

function rewriteChain(formula: Formula): Formula {
  const items = terms(formula).map(({ op, term }) => ({ op, term: wholeFractions(term) }));
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
      if (additive.has(formula.op)) return rewriteChain(formula);
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
