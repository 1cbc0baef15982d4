/**
 * The first compare() in a process runs cold: mathjs's derivative and BigNumber code and our
 * compiled closures are not yet optimised, and a 50 ms budget can run out on a pair that takes
 * under a millisecond afterwards. warmUpEquivalence() runs, once per process and outside any
 * caller's budget, a few tiny comparisons that go through every path of the engine (float
 * sampling, a BigNumber re-check of a counterexample, symbolic derivatives, complex arithmetic,
 * a sum, points on a premise's solution set, an inequality). compareLatex and the derivation
 * checker call it lazily before its first comparison; a server may call it at
 * start-up instead.
 */
import { compare } from '../equivalence';
import { checkInequality } from '../equivalence/inequality';
import { parseLatexMath, type MathNode } from '../latex';

const PAIRS: [string, string, boolean][] = [
  ['(x+1)^2', 'x^2+2x+1', false],
  ['(x+y)^2', 'x^2+y^2', false],
  ['\\frac{d}{dx}\\sin x', '\\cos x', false],
  ['\\int x\\,dx', '\\frac{x^2}{2}', false],
  ['\\sum_{k=0}^{n} k', '\\frac{n(n+1)}{2}', false],
  ['e^{i\\pi}', '-1', true],
];

let warm = false;

/** Idempotent; the first call takes some tens of milliseconds. */
export function warmUpEquivalence(): void {
  if (warm) return;
  warm = true;
  for (const [a, b, imaginaryUnit] of PAIRS) {
    const left = parseLatexMath(a);
    const right = parseLatexMath(b);
    if (left.kind !== 'expression' || right.kind !== 'expression') continue;
    compare(left.node, right.node, { imaginaryUnit, timeBudgetMs: 10_000 });
  }
  const tree = (latex: string): MathNode | undefined => {
    const parsed = parseLatexMath(latex);
    return parsed.kind === 'expression' ? parsed.node : undefined;
  };
  const [x, three, premise, square] = ['x', '3', 'x + y - 5', 'x^2'].map(tree);
  if (x && three && premise && square) {
    compare(x, three, { constraints: [premise], timeBudgetMs: 10_000 });
    checkInequality(square, x, 'ge', { timeBudgetMs: 10_000 });
  }
}
