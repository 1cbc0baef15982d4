/**
 * "x one plus x two plus dot dot dot plus x n", "a 1, a 2, dot dot dot, a n": after an ellipsis,
 * a letter said again with a letter after it is the sequence's last term, x_n, not the product
 * x n; the terms before the ellipsis say that the letter carries an index.
 */
import { additiveSigns, mapParts, someAtom, type Formula } from './tree';

const ellipses = new Set(['\\ldots', '\\cdots', '\\dots']);

const isChain = (formula: Formula): formula is Formula & { kind: 'infix' } =>
  formula.kind === 'infix' && (formula.op === ',' || additiveSigns.has(formula.op));
const isComma = (formula: Formula | undefined) => formula?.kind === 'atom' && formula.tex === ',';
const isEllipsis = (formula: Formula) => formula.kind === 'atom' && ellipses.has(formula.tex);
const isSingleLetter = (formula: Formula) =>
  formula.kind === 'atom' && formula.role === 'letter' && /^[a-zA-Z]$/.test(formula.tex);

/** The terms of a sum or a list, left to right; commas said as words leave a list one row. */
function terms(formula: Formula, out: Formula[] = []): Formula[] {
  if (isChain(formula)) {
    terms(formula.left, out);
    terms(formula.right, out);
  } else if (formula.kind === 'row' && formula.items.some(isComma)) out.push(...formula.items);
  else out.push(formula);
  return out;
}

/** The letter of an indexed term x_1, or undefined. */
function indexedLetter(formula: Formula): string | undefined {
  if (formula.kind !== 'script' || formula.sub === undefined || formula.sup !== undefined)
    return undefined;
  return formula.base.kind === 'atom' && formula.base.role === 'letter'
    ? formula.base.tex
    : undefined;
}

interface Walk {
  letters: ReadonlySet<string>;
  /** An ellipsis has been passed, left to right. */
  seen: boolean;
}

/** "x n" after the ellipsis, as a term of its own: x_n. */
function indexedTerm(base: Formula, index: Formula, walk: Walk): Formula | undefined {
  const said =
    walk.seen && base.kind === 'atom' && walk.letters.has(base.tex) && isSingleLetter(index);
  return said ? { kind: 'script', base, sub: index } : undefined;
}

function rewriteTerms(formula: Formula, walk: Walk): Formula {
  if (isChain(formula)) {
    const left = rewriteTerms(formula.left, walk);
    return { ...formula, left, right: rewriteTerms(formula.right, walk) };
  }
  if (formula.kind !== 'row') {
    walk.seen ||= isEllipsis(formula);
    return mapParts(formula, withIndexedEnds);
  }
  if (!formula.items.some(isComma)) {
    const [base, index] = formula.items;
    return (formula.items.length === 2 && indexedTerm(base, index, walk)) || formula;
  }
  const out: Formula[] = [];
  formula.items.forEach((item, i) => {
    const base = out[out.length - 1];
    const alone = isComma(formula.items[i + 1]) || i === formula.items.length - 1;
    const after = out.length === 1 || isComma(out[out.length - 2]);
    const indexed = base !== undefined && alone && after && indexedTerm(base, item, walk);
    if (indexed) out[out.length - 1] = indexed;
    else out.push(item);
    walk.seen ||= isEllipsis(item);
  });
  return { ...formula, items: out };
}

/** Each term of a sum or a list, rewritten by `change`. */
function mapTerms(formula: Formula, change: (term: Formula) => Formula): Formula {
  if (!isChain(formula)) return change(formula);
  return {
    ...formula,
    left: mapTerms(formula.left, change),
    right: mapTerms(formula.right, change),
  };
}

export function indexSequenceEnds(formula: Formula): Formula {
  // Most formulas have no ellipsis: they are left as they are, without copying.
  return someAtom(formula, isEllipsis) ? withIndexedEnds(formula) : formula;
}

function withIndexedEnds(formula: Formula): Formula {
  const said = terms(formula);
  if (said.length === 1) return mapParts(formula, withIndexedEnds);
  const letters = new Set(said.map(indexedLetter).filter((letter) => letter !== undefined));
  if (letters.size > 0 && said.some(isEllipsis))
    return rewriteTerms(formula, { letters, seen: false });
  return mapTerms(formula, (term) => mapParts(term, withIndexedEnds));
}
