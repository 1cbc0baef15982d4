import type { MathNode } from 'mathjs' with { 'resolution-mode': 'import' };

export type ComplexValue = { re: number; im: number };
export type PointValue = number | ComplexValue;

export type CompareResult =
  | { verdict: 'equal'; method: 'symbolic' | 'numeric'; reason: string }
  | {
      verdict: 'different';
      point: Record<string, PointValue>;
      left: PointValue;
      right: PointValue;
      reason: string;
    }
  | { verdict: 'unknown'; reason: string };

export interface FunctionDefinition {
  params: string[];
  body: MathNode;
}

/** An assumption on the variables: `tree` is positive, non-negative or non-zero. */
export interface Condition {
  tree: MathNode;
  kind: 'positive' | 'nonnegative' | 'nonzero';
}

export interface CompareContext {
  /** Definitions substituted before comparing (e.g. `f(x) = x^2` among a derivation's premises). */
  functions?: Map<string, FunctionDefinition>;
  /** Wall-clock budget for one call (default 50 ms); past it the verdict is `unknown`. */
  timeBudgetMs?: number;
  /** Cancellation: checked between sample points. */
  signal?: { aborted: boolean };
  /** Seed of the sampler (default fixed, so verdicts are reproducible). */
  seed?: number;
  /**
   * `generic` (default): equal when the two sides agree wherever both are defined (on an open
   * set). `strict`: also `different` when a sampled point has one side defined and the other not.
   */
  domain?: 'generic' | 'strict';
  /** Try mathjs `simplify(a - b)` to confirm a numeric `equal` (small trees only; slow). */
  symbolic?: boolean;
  /**
   * Whether the symbol `i` is the imaginary unit (default true, as in mathjs syntax). Trees from
   * the LaTeX parser use `i` as an ordinary variable: pass false for them.
   */
  imaginaryUnit?: boolean;
  /**
   * Premises as trees whose zero sets they are (`x^2 + y^2 - 1` for x² + y² = 1): points are
   * sampled on the set where all of them hold, so `equal` means "equal wherever the premises
   * hold" and a counterexample satisfies them. Values there are approximate (the point is found
   * numerically): `equal` within 1e-9 relative, `different` beyond 1e-6, `unknown` in between.
   */
  constraints?: readonly MathNode[];
  /**
   * Assumptions (`x > 0`, `a \neq 0`) as trees and what they require of them: sampled points
   * that break one are skipped, so a counterexample always satisfies them.
   */
  conditions?: readonly Condition[];
  /** Sample only positive values (to tell a step that needs an unstated sign assumption). */
  positive?: boolean;
  /** Clock in milliseconds (default `performance.now`). */
  now?: () => number;
}

/** Thrown inside the engine for constructs it cannot handle; becomes an `unknown` verdict. */
export class Unsupported extends Error {}
