/**
 * A proof, not a sample: `e ≥ 0` for every real value of its variables when e is a polynomial of
 * degree at most two whose coefficient matrix, homogenised, is positive semidefinite —
 * e(v) = [v; 1]ᵀ M [v; 1] (`x^2 + 1 - 2x`, `a^2 + b^2 - 2ab`); and `e > 0` when M is positive
 * definite. The coefficients are read off e at a few points, rounded to small fractions, and the
 * quadratic they make is confirmed equal to e by the equivalence engine before M is examined.
 */
import type { MathNode } from 'mathjs' with { 'resolution-mode': 'import' };
import { realArith } from './arith';
import { compare } from './compare';
import { compile, type CompileInfo } from './evaluate';
import { mathNumber } from './mathInstance';
import { freeSymbols } from './nodes';

const MAX_VARIABLES = 6;
const MAX_DENOMINATOR = 1000;

/** The fraction with a denominator up to 1000 within 1e-9 of x, or undefined. */
function fraction(x: number): [number, number] | undefined {
  for (let q = 1; q <= MAX_DENOMINATOR; q++) {
    const p = Math.round(x * q);
    if (Math.abs(x - p / q) < 1e-9) return [p, q];
  }
  return undefined;
}

/** Whether the symmetric matrix is positive semidefinite (or definite), by pivoted elimination. */
function definiteness(matrix: number[][]): 'definite' | 'semidefinite' | undefined {
  const a = matrix.map((row) => [...row]);
  const n = a.length;
  let definite = true;
  for (let k = 0; k < n; k++) {
    const pivot = a[k][k];
    if (pivot < -1e-12) return undefined;
    if (pivot <= 1e-12) {
      // A zero pivot needs a zero row, or some 2×2 minor is negative.
      for (let j = k + 1; j < n; j++) if (Math.abs(a[k][j]) > 1e-12) return undefined;
      definite = false;
      continue;
    }
    for (let i = k + 1; i < n; i++) {
      const factor = a[i][k] / pivot;
      for (let j = k; j < n; j++) a[i][j] -= factor * a[k][j];
    }
  }
  return definite ? 'definite' : 'semidefinite';
}

export function quadraticSign(
  tree: MathNode,
  timeBudgetMs = 50,
): 'positive' | 'nonnegative' | undefined {
  try {
    const variables = [...freeSymbols(tree)].sort();
    if (variables.length > MAX_VARIABLES) return undefined;
    const info: CompileInfo = { approximate: false };
    const f = compile(tree, realArith, info);
    const at = (point: number[]) => {
      const scope: Record<string, number> = {};
      variables.forEach((name, k) => (scope[name] = point[k]));
      return f(scope, { mag: 0 });
    };
    const n = variables.length;
    const unit = (...indexes: number[]) =>
      variables.map((_, k) => indexes.filter((i) => i === k).length);
    const c = at(unit());
    const plus = variables.map((_, i) => at(unit(i)));
    const minus = variables.map((_, i) => at(unit(i).map((x) => -x)));
    const m = Array.from({ length: n + 1 }, () => new Array<number>(n + 1).fill(0));
    for (let i = 0; i < n; i++) {
      m[i][i] = (plus[i] + minus[i] - 2 * c) / 2;
      m[i][n] = m[n][i] = (plus[i] - minus[i]) / 4;
      for (let j = i + 1; j < n; j++) {
        m[i][j] = m[j][i] = (at(unit(i, j)) - plus[i] - plus[j] + c) / 2;
      }
    }
    m[n][n] = c;
    const exact = m.map((row) => row.map(fraction));
    if (exact.some((row) => row.some((entry) => entry === undefined))) return undefined;
    // The quadratic the coefficients make must be the expression itself.
    const M = mathNumber();
    const number = ([p, q]: [number, number]) =>
      new M.OperatorNode('/', 'divide', [new M.ConstantNode(p), new M.ConstantNode(q)]);
    const terms: MathNode[] = [number(exact[n][n]!)];
    const symbol = (k: number) => new M.SymbolNode(variables[k]);
    for (let i = 0; i < n; i++) {
      terms.push(
        new M.OperatorNode('*', 'multiply', [
          number(exact[i][n]!),
          new M.ConstantNode(2),
          symbol(i),
        ]),
      );
      for (let j = i; j < n; j++) {
        const weight = i === j ? 1 : 2;
        terms.push(
          new M.OperatorNode('*', 'multiply', [
            number(exact[i][j]!),
            new M.ConstantNode(weight),
            symbol(i),
            symbol(j),
          ]),
        );
      }
    }
    const quadratic = terms.reduce((sum, term) => new M.OperatorNode('+', 'add', [sum, term]));
    if (compare(tree, quadratic, { timeBudgetMs, imaginaryUnit: false }).verdict !== 'equal') {
      return undefined;
    }
    const kind = definiteness(exact.map((row) => row.map((entry) => entry![0] / entry![1])));
    return kind === 'definite' ? 'positive' : kind === 'semidefinite' ? 'nonnegative' : undefined;
  } catch {
    return undefined;
  }
}
