/**
 * checkInequality(a, b, relation): does `a < b` (≤, >, ≥) hold? A sampled check can refute an
 * inequality but not prove one: the verdict is `fails` with a point where it is false (confirmed
 * in 64-digit arithmetic, or by a clear margin where the premises made the point approximate),
 * `holds` only for closed expressions (no variables) evaluated exactly, and `unknown` otherwise.
 * Claims about functions that are not defined cannot be refuted by random stand-ins: `unknown`.
 */
import type { MathNode } from 'mathjs' with { 'resolution-mode': 'import' };
import { bigArith, realArith, type Arith } from './arith';
import { IOTA, renameI, usesImaginary } from './compare';
import {
  projectKeepingPositive,
  projectOnto,
  satisfies,
  type CompiledCondition,
  type Constraint,
} from './constraints';
import { bindDependentSymbols } from './dependent';
import { compile, type CompileInfo, type Compiled, type EvalStats, type Scope } from './evaluate';
import { freeSymbols, rebuild } from './nodes';
import {
  expandCalculus,
  integerSymbols,
  substituteFunctions,
  uninterpretedFunctions,
} from './prepare';
import { mathNumber } from './mathInstance';
import { structuralSign, type Sign } from './nonnegative';
import { quadraticSign } from './quadratic';
import { mulberry32, sample } from './random';
import {
  Unsupported,
  type CompareContext,
  type Condition,
  type FunctionDefinition,
  type PointValue,
} from './types';

export type InequalityRelation = 'lt' | 'le' | 'gt' | 'ge';

export type InequalityResult =
  | { verdict: 'holds'; reason: string }
  | {
      verdict: 'fails';
      point: Record<string, number>;
      left: PointValue;
      right: PointValue;
      reason: string;
    }
  | { verdict: 'unknown'; reason: string };

const TRIES = 48;
const BIG_MARGIN = 1e-40;
const APPROXIMATE_MARGIN = 1e-6;
const SYMBOL: Record<InequalityRelation, string> = { lt: '<', le: '≤', gt: '>', ge: '≥' };

/** How far `l relation r` is from holding: positive when it fails (`a ≤ b` with a > b). */
function excess(relation: InequalityRelation, l: number, r: number): number {
  return relation === 'lt' || relation === 'le' ? l - r : r - l;
}

/** Whether the claim fails by more than `margin` (≥ 0: a tie refutes only a strict claim). */
function violated(relation: InequalityRelation, l: number, r: number, margin: number): boolean {
  const over = excess(relation, l, r);
  return margin === 0 && (relation === 'lt' || relation === 'gt') ? over >= 0 : over > margin;
}

interface Prepared {
  left: MathNode;
  right: MathNode;
  constraints: Constraint[];
  conditions: CompiledCondition[];
  /** The assumptions as trees, for proofs. */
  facts: Condition[];
  variables: string[];
  /** The variables of the two sides (not only of the premises). */
  stepVariables: Set<string>;
  integers: Set<string>;
}

function prepare(a: MathNode, b: MathNode, context: CompareContext): Prepared | string {
  const conditionKinds = (context.conditions ?? []).map((c) => c.kind);
  let trees = bindDependentSymbols(
    [a, b, ...(context.constraints ?? []), ...(context.conditions ?? []).map((c) => c.tree)].map(
      rebuild,
    ),
  );
  if (trees.some(usesImaginary) && context.imaginaryUnit !== false) return 'complex values';
  if (context.imaginaryUnit === false) trees = trees.map(renameI);
  const defined = context.functions ?? new Map<string, FunctionDefinition>();
  const unknown = uninterpretedFunctions(trees, defined);
  if (unknown.size > 0) {
    return `it is about ${[...unknown.keys()].join(', ')}, which ${unknown.size > 1 ? 'are' : 'is'} not defined here`;
  }
  const [left, right, ...rest] = trees.map((tree) =>
    expandCalculus(substituteFunctions(tree, defined)),
  );
  const premises = rest.slice(0, rest.length - conditionKinds.length);
  const info: CompileInfo = { approximate: false };
  const constraints = premises.map((p) => compile(p, realArith, info));
  const facts = rest.slice(premises.length).map((tree, k) => ({ tree, kind: conditionKinds[k] }));
  const conditions = facts.map(({ tree, kind }) => ({
    kind,
    value: compile(tree, realArith, info),
  }));
  const all = premises.reduce(
    (into, p) => freeSymbols(p, into),
    freeSymbols(right, freeSymbols(left)),
  );
  return {
    left,
    right,
    constraints,
    conditions,
    facts,
    variables: [...all].sort(),
    stepVariables: freeSymbols(right, freeSymbols(left)),
    integers: integerSymbols(right, integerSymbols(left)),
  };
}

function value<V>(f: Compiled<V>, arith: Arith<V>, point: Record<string, number>) {
  const scope: Scope<V> = {};
  for (const [name, x] of Object.entries(point)) scope[name] = arith.num(x);
  const stats: EvalStats = { mag: 0 };
  try {
    const v = f(scope, stats);
    // A periodic function's value is known only to its argument's size times the precision.
    const mag = Math.max(stats.mag, stats.periodic ?? 0);
    return arith.defined(v) ? { v: arith.real(v), mag } : undefined;
  } catch (error) {
    if (error instanceof Unsupported) throw error;
    return undefined;
  }
}

export function checkInequality(
  a: MathNode,
  b: MathNode,
  relation: InequalityRelation,
  context: CompareContext = {},
): InequalityResult {
  try {
    const prepared = prepare(a, b, context);
    if (typeof prepared === 'string') return { verdict: 'unknown', reason: prepared };
    return run(prepared, relation, context);
  } catch (error) {
    if (error instanceof Unsupported) {
      return { verdict: 'unknown', reason: `unsupported: ${error.message}` };
    }
    return { verdict: 'unknown', reason: `internal error: ${(error as Error).message}` };
  }
}

function run(p: Prepared, relation: InequalityRelation, context: CompareContext): InequalityResult {
  const info: CompileInfo = { approximate: false };
  const float = [compile(p.left, realArith, info), compile(p.right, realArith, info)];
  const big = bigArith() as Arith<unknown>;
  const exact = [compile(p.left, big, info), compile(p.right, big, info)];
  const approximate = info.approximate || p.constraints.length > 0;
  const symbol = SYMBOL[relation];
  if (p.variables.length === 0) {
    const [l, r] = exact.map((f) => value(f, big, {}));
    if (l === undefined || r === undefined)
      return { verdict: 'unknown', reason: 'a side has no real value' };
    if (info.approximate)
      return { verdict: 'unknown', reason: 'numeric quadrature is approximate' };
    return violated(relation, l.v, r.v, 0)
      ? {
          verdict: 'fails',
          point: {},
          left: l.v,
          right: r.v,
          reason: `${l.v} ${symbol} ${r.v} is false`,
        }
      : { verdict: 'holds', reason: `${l.v} ${symbol} ${r.v}` };
  }
  const rng = mulberry32(context.seed ?? 0x1e55);
  const now = context.now ?? (() => performance.now());
  const deadline = now() + (context.timeBudgetMs ?? 50);
  let points = 0;
  const forced = new Set<string>();
  for (let k = 0; k < TRIES; k++) {
    if (context.signal?.aborted) return { verdict: 'unknown', reason: 'cancelled' };
    if (now() > deadline) return { verdict: 'unknown', reason: 'time budget' };
    let point: Record<string, number> | undefined = {};
    for (const name of p.variables) {
      point[name] = sample(rng, k, context.positive === true || k % 2 === 0, p.integers.has(name));
    }
    if (p.constraints.length > 0) {
      point =
        context.positive === true
          ? projectKeepingPositive(p.constraints, point, p.variables, p.stepVariables, forced)
          : projectOnto(p.constraints, point, p.variables);
    }
    if (point === undefined || !satisfies(p.conditions, point)) continue;
    const [l, r] = float.map((f) => value(f, realArith, point));
    if (l === undefined || r === undefined) continue;
    points++;
    // Points on a premise's solution set carry a residual of about 1e-12 of the variables' size.
    const scale = Math.max(Math.abs(l.v), Math.abs(r.v), l.mag, r.mag, approximate ? 1 : 1e-300);
    if (!violated(relation, l.v, r.v, -1e-12 * scale)) continue;
    if (approximate) {
      if (!violated(relation, l.v, r.v, APPROXIMATE_MARGIN * scale)) continue;
      return fails(point, l.v, r.v, symbol, 'at a point where the premises hold');
    }
    const [bl, br] = exact.map((f) => value(f, big, point));
    if (bl === undefined || br === undefined) continue;
    const bigScale = Math.max(Math.abs(bl.v), Math.abs(br.v), bl.mag, br.mag, 1e-300);
    if (violated(relation, bl.v, br.v, BIG_MARGIN * bigScale)) {
      return fails(point, bl.v, br.v, symbol, 'confirmed with 64-digit arithmetic');
    }
  }
  const proof =
    points > 0 && p.constraints.length === 0
      ? quadraticProof(p, relation, context.timeBudgetMs ?? 50)
      : undefined;
  if (proof !== undefined) return { verdict: 'holds', reason: proof };
  return {
    verdict: 'unknown',
    reason:
      points === 0
        ? 'no sample point where both sides are defined'
        : `no counterexample at ${points} sample points (an inequality is refuted, never proved, by sampling)`,
  };
}

/** The inequality proved for every real value, when the gap is a semidefinite quadratic. */
function quadraticProof(
  p: Prepared,
  relation: InequalityRelation,
  timeBudgetMs: number,
): string | undefined {
  const M = mathNumber();
  const [greater, lesser] =
    relation === 'lt' || relation === 'le' ? [p.right, p.left] : [p.left, p.right];
  const gap = new M.OperatorNode('-', 'subtract', [greater, lesser]);
  const strict = relation === 'lt' || relation === 'gt';
  const proves = (sign: Sign | undefined) =>
    sign === 'positive' || (sign === 'nonnegative' && !strict);
  if (proves(quadraticSign(gap, timeBudgetMs))) {
    return 'holds for every value: the difference is a positive semidefinite quadratic (a sum of squares)';
  }
  if (proves(structuralSign(gap, p.facts, timeBudgetMs))) {
    return p.facts.length > 0
      ? 'holds wherever the assumptions hold: the difference is a sum of non-negative terms'
      : 'holds for every value: the difference is a sum of non-negative terms';
  }
  return undefined;
}

function fails(
  point: Record<string, number>,
  left: number,
  right: number,
  symbol: string,
  how: string,
): InequalityResult {
  const shown = Object.fromEntries(
    Object.entries(point).map(([name, x]) => [name === IOTA ? 'i' : name, x]),
  );
  return {
    verdict: 'fails',
    point: shown,
    left,
    right,
    reason: `left ${symbol} right is false here (${how})`,
  };
}
