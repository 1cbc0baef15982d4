/**
 * compare(a, b): a sound "are these two expressions equal?" for mathjs trees.
 *
 * SEMANTICS (what `equal` and `different` mean)
 * - Variables are real. An expression is *defined* at a point when its value there is a finite
 *   real number (finite complex when the expression mentions the imaginary unit `i`): poles,
 *   overflow and non-real results (`ln` of a negative, `sqrt` of a negative, `(-8)^(1/3)` — the
 *   principal power is not real, while `nthRoot(-8, 3) = -2`) are "undefined here".
 * - Default, `domain: 'generic'`: the sides are `equal` when they agree at every sampled point
 *   where BOTH are defined (and there are enough such points: an open set). Points where either
 *   side is undefined are skipped. So removable singularities are equal ((x²−1)/(x−1) = x+1,
 *   x/x = 1, |x|/x = sgn x), and so are identities that hold wherever both sides are real
 *   (ln(xy) = ln x + ln y, √x√y = √(xy), e^{ln x} = x, x^{1/3} = ∛x, x^x = e^{x ln x}); the reason
 *   then says "equal where both sides are defined" and notes that the domains differ.
 *   Identities that fail where both sides ARE defined are `different`: √(x²) ≠ x (x < 0),
 *   asin(sin x) ≠ x (|x| > π/2), (x²)^{1/2} ≠ x.
 * - `domain: 'strict'`: additionally `different` when a sampled point (re-checked in BigNumber,
 *   so overflow does not count) has one side defined and the other not; the point is reported
 *   with NaN for the undefined side. Removable singularities stay equal: a single point is never
 *   sampled (sampled points are random reals, never integers).
 * - `different` always comes with a point and both values; for real expressions the difference
 *   has been confirmed in 64-digit BigNumber arithmetic (float round-off never refutes).
 *   Comparisons involving numeric quadrature cannot be re-checked that way: they are `equal`
 *   only within 1e-9 relative, `different` beyond 1e-6, `unknown` in between.
 * - Indefinite integrals: `∫f dx` vs G is decided by comparing derivatives in x: `equal` means
 *   equal up to an additive constant (and new constants such as C may appear).
 * - Uninterpreted functions (applied names that are neither known nor in context.functions) are
 *   replaced by random smooth functions, the same on both sides, over several draws.
 * - `equal` is never based on a simplifier alone; `method: 'symbolic'` means the trees are
 *   identical or (opt-in `symbolic: true`) that mathjs `simplify(a − b)` also reached 0.
 * - A symbol differentiated on its own (`\frac{dy}{dx}`) is a function of that variable, and
 *   `y'` its derivative (./dependent.ts); `f'` of a defined or stand-in f is f's derivative.
 * - With `constraints` (a derivation's premises), points are sampled on the premises' solution
 *   set (./constraints.ts) and compared with the tolerances of approximate values.
 * - `unknown`: unsupported constructs (limits, relations, sets…), too few points where both sides
 *   are defined, unsettled near-misses, time budget (default 50 ms) or cancellation.
 */
import type { MathNode } from 'mathjs' with { 'resolution-mode': 'import' };
import { bigArith, complexArith, realArith, type Arith } from './arith';
import {
  projectKeepingPositive,
  projectOnto,
  satisfies,
  type CompiledCondition,
  type Constraint,
} from './constraints';
import { addPrimedDerivatives, bindDependentSymbols } from './dependent';
import { compile, type CompileInfo, type Compiled, type EvalStats, type Scope } from './evaluate';
import { mathNumber } from './mathInstance';
import { freeSymbols, rebuild, size } from './nodes';
import {
  differentiateLinear,
  expandCalculus,
  indefiniteVariables,
  integerSymbols,
  randomSmooth,
  substituteFunctions,
  uninterpretedFunctions,
} from './prepare';
import { mulberry32, sample } from './random';
import {
  Unsupported,
  type CompareContext,
  type CompareResult,
  type FunctionDefinition,
  type PointValue,
} from './types';

export type { CompareContext, CompareResult, FunctionDefinition, PointValue } from './types';

const DEFAULT_BUDGET_MS = 50;
const DEFAULT_SEED = 0x5eed1e55;
/** Float disagreement (relative to the largest term) that triggers a BigNumber re-check. */
const FLOAT_TOLERANCE = 1e-14;
/** BigNumber disagreement (relative to the largest term) accepted as round-off. */
const BIG_TOLERANCE = 1e-40;
/** Round-off bound (relative to the values) past which a BigNumber point decides nothing. */
const UNINFORMATIVE = 1e-12;
const APPROX_EQUAL = 1e-9;
const APPROX_DIFFERENT = 1e-6;
const AGREE_TARGET = 12;
const MIN_AGREE = 6;
const MAX_TRIES_PER_DRAW = 48;
const SYMBOLIC_MAX_NODES = 30;

interface Side<V> {
  float: Compiled<V>;
  big?: Compiled<unknown>;
}

interface Tally {
  agree: number;
  oneSided: number;
  uncertain: number;
  points: number;
}

type Outcome = { done: CompareResult } | { done?: undefined };

function refuted(
  point: Record<string, number>,
  left: PointValue,
  right: PointValue,
  reason: string,
): Outcome {
  return { done: { verdict: 'different', point, left, right, reason } };
}

function unknown(reason: string): CompareResult {
  return { verdict: 'unknown', reason };
}

/** Stand-in name for a variable `i` when `i` is not the imaginary unit. */
export const IOTA = '\u03b9';

/** `i` renamed to a stand-in variable (for trees where `i` is not the imaginary unit). */
export function renameI(node: MathNode): MathNode {
  return node.transform((child) =>
    child.type === 'SymbolNode' && (child as unknown as { name: string }).name === 'i'
      ? (new (mathNumber().SymbolNode)(IOTA) as MathNode)
      : child,
  );
}

export function usesImaginary(node: MathNode): boolean {
  let found = false;
  node.traverse((child) => {
    if (child.type === 'SymbolNode' && (child as unknown as { name: string }).name === 'i') {
      found = true;
    }
  });
  return found;
}

function evaluate<V>(f: Compiled<V>, scope: Scope<V>, stats: EvalStats): V | undefined {
  try {
    return f(scope, stats);
  } catch (error) {
    if (error instanceof Unsupported) throw error;
    return undefined;
  }
}

export function compare(a: MathNode, b: MathNode, context: CompareContext = {}): CompareResult {
  // Instances are created once, outside the time budget of the first call.
  bigArith();
  complexArith();
  const now = context.now ?? (() => performance.now());
  const start = now();
  const budget = context.timeBudgetMs ?? DEFAULT_BUDGET_MS;
  try {
    const premiseCount = context.constraints?.length ?? 0;
    const conditionTrees = (context.conditions ?? []).map((c) => c.tree);
    const rebuilt = [a, b, ...(context.constraints ?? []), ...conditionTrees].map(rebuild);
    if (rebuilt[0].equals(rebuilt[1])) {
      return { verdict: 'equal', method: 'symbolic', reason: 'identical expressions' };
    }
    const bound = bindDependentSymbols(rebuilt);
    [a, b] = bound;
    const boundConditions = (context.conditions ?? []).map((c, k) => ({
      ...c,
      tree: bound[2 + premiseCount + k],
    }));
    context = {
      ...context,
      constraints: bound.slice(2, 2 + premiseCount),
      conditions: boundConditions,
    };
    if (context.imaginaryUnit === false) {
      const result = run(
        renameI(a),
        renameI(b),
        {
          ...context,
          constraints: bound.slice(2, 2 + premiseCount).map(renameI),
          conditions: boundConditions.map((c) => ({ ...c, tree: renameI(c.tree) })),
        },
        () => now() - start > budget,
      );
      if (result.verdict !== 'different' || !(IOTA in result.point)) return result;
      const { [IOTA]: value, ...rest } = result.point;
      return { ...result, point: { ...rest, i: value } };
    }
    return run(a, b, context, () => now() - start > budget);
  } catch (error) {
    if (error instanceof Unsupported) return unknown(`unsupported: ${error.message}`);
    return unknown(`internal error: ${(error as Error).message}`);
  }
}

function run(
  a: MathNode,
  b: MathNode,
  context: CompareContext,
  overBudget: () => boolean,
): CompareResult {
  const rng = mulberry32(context.seed ?? DEFAULT_SEED);
  const strict = context.domain === 'strict';
  const defined = context.functions ?? new Map<string, FunctionDefinition>();
  const premises = context.constraints ?? [];
  const stand = uninterpretedFunctions([a, b, ...premises], defined);
  const draws = stand.size > 0 ? 3 : 1;
  const complex = usesImaginary(a) || usesImaginary(b);
  if (complex && premises.length > 0) throw new Unsupported('premises with complex values');
  const arith = (complex ? complexArith() : realArith) as Arith<unknown>;
  const tally: Tally = { agree: 0, oneSided: 0, uncertain: 0, points: 0 };
  let upToConstant: string | undefined;
  let approximate = false;
  let prepared: [MathNode, MathNode] | undefined;

  for (let draw = 0; draw < draws; draw++) {
    const definitions = new Map(defined);
    for (const [name, arity] of stand) definitions.set(name, randomSmooth(arity, rng));
    addPrimedDerivatives(definitions, defined);
    let left = expandCalculus(substituteFunctions(a, definitions));
    let right = expandCalculus(substituteFunctions(b, definitions));
    const indefinite = indefiniteVariables(right, indefiniteVariables(left));
    if (indefinite.size > 1) throw new Unsupported('indefinite integrals in several variables');
    if (indefinite.size === 1) {
      upToConstant = [...indefinite][0]!;
      left = differentiateLinear(left, upToConstant);
      right = differentiateLinear(right, upToConstant);
    }
    prepared = [left, right];
    const info: CompileInfo = { approximate: premises.length > 0 };
    const sides: [Side<unknown>, Side<unknown>] = [
      { float: compile(left, arith, info) },
      { float: compile(right, arith, info) },
    ];
    const premiseTrees = premises.map((p) => expandCalculus(substituteFunctions(p, definitions)));
    const constraints = premiseTrees.map((p) => compile(p, realArith, info) as Constraint);
    const conditions: CompiledCondition[] = (context.conditions ?? []).map((c) => ({
      kind: c.kind,
      value: compile(expandCalculus(substituteFunctions(c.tree, definitions)), realArith, info),
    }));
    approximate ||= info.approximate;
    const variables = [
      ...premiseTrees.reduce(
        (into, p) => freeSymbols(p, into),
        freeSymbols(right, freeSymbols(left)),
      ),
    ].sort();
    const integers = integerSymbols(right, integerSymbols(left));
    const stepVariables = freeSymbols(right, freeSymbols(left));
    const forced = new Set<string>();
    const tries = variables.length === 0 ? 1 : MAX_TRIES_PER_DRAW;
    const target = variables.length === 0 ? 1 : AGREE_TARGET;
    let agreeHere = 0;
    for (let k = 0; k < tries && agreeHere < target; k++) {
      if (context.signal?.aborted) return unknown('cancelled');
      if (overBudget()) return unknown('time budget');
      let point: Record<string, number> | undefined = {};
      for (const name of variables) {
        point[name] = sample(rng, k, context.positive === true || k % 2 === 0, integers.has(name));
      }
      if (constraints.length > 0) {
        point =
          context.positive === true
            ? projectKeepingPositive(constraints, point, variables, stepVariables, forced)
            : projectOnto(constraints, point, variables);
        if (point === undefined) continue;
      }
      if (!satisfies(conditions, point)) continue;
      const before = tally.agree;
      const outcome = checkPoint(point, sides, arith, [left, right], tally, {
        strict,
        constrained: constraints.length > 0,
        approximate: info.approximate,
        complex,
        upToConstant,
      });
      if (outcome.done !== undefined) return outcome.done;
      agreeHere += tally.agree - before;
    }
  }

  const needed = (prepared !== undefined && freeCount(prepared) === 0 ? 1 : MIN_AGREE) * draws;
  if (tally.uncertain > 0) {
    return unknown(
      `could not settle ${tally.uncertain} near-miss sample point(s)` +
        (premises.length > 0
          ? ' (values where the premises hold are approximate)'
          : approximate
            ? ' (numeric quadrature)'
            : ''),
    );
  }
  if (tally.agree < needed) {
    return unknown(
      `too few points where both sides are defined (${tally.agree} of ${tally.points} sampled)`,
    );
  }
  let reason = `equal where both sides are defined: they agree at ${tally.agree} sample points`;
  if (premises.length > 0) {
    reason = `equal where the premises hold: the sides agree at ${tally.agree} points satisfying them`;
  }
  if (upToConstant !== undefined) {
    reason = `equal up to an additive constant: the derivatives in ${upToConstant} agree at ${tally.agree} sample points`;
  }
  if (stand.size > 0) {
    reason += ` for ${draws} random smooth choices of ${[...stand.keys()].join(', ')}`;
  }
  if (approximate) {
    reason += ` (${premises.length > 0 ? 'approximate points' : 'numeric quadrature'}, relative tolerance ${APPROX_EQUAL})`;
  }
  if (tally.oneSided > 0) {
    reason += `; the domains differ: only one side is defined at ${tally.oneSided} sampled point(s)`;
  }
  if (context.symbolic === true && prepared !== undefined && upToConstant === undefined) {
    if (symbolicZero(prepared[0], prepared[1], overBudget)) {
      return { verdict: 'equal', method: 'symbolic', reason: `${reason}; simplify(a − b) gives 0` };
    }
  }
  return { verdict: 'equal', method: 'numeric', reason };
}

function freeCount([left, right]: [MathNode, MathNode]): number {
  return freeSymbols(right, freeSymbols(left)).size;
}

function symbolicZero(left: MathNode, right: MathNode, overBudget: () => boolean): boolean {
  if (overBudget() || size(left) + size(right) > SYMBOLIC_MAX_NODES) return false;
  try {
    const M = mathNumber();
    const result = M.simplify(new M.OperatorNode('-', 'subtract', [left, right]));
    return result.type === 'ConstantNode' && (result as unknown as { value: unknown }).value === 0;
  } catch {
    return false;
  }
}

interface PointOptions {
  strict: boolean;
  constrained: boolean;
  approximate: boolean;
  complex: boolean;
  upToConstant: string | undefined;
}

function checkPoint(
  point: Record<string, number>,
  sides: [Side<unknown>, Side<unknown>],
  arith: Arith<unknown>,
  trees: [MathNode, MathNode],
  tally: Tally,
  options: PointOptions,
): Outcome {
  tally.points++;
  const scope: Scope<unknown> = {};
  for (const [name, value] of Object.entries(point)) scope[name] = arith.num(value);
  const statsL: EvalStats = { mag: 0 };
  const statsR: EvalStats = { mag: 0 };
  const l = evaluate(sides[0].float, { ...scope }, statsL);
  const r = evaluate(sides[1].float, { ...scope }, statsR);
  const dl = l !== undefined && arith.defined(l);
  const dr = r !== undefined && arith.defined(r);
  if (!dl && !dr) return {};
  const what =
    options.upToConstant === undefined ? '' : ` (derivatives in ${options.upToConstant})`;
  if (dl !== dr) {
    if (!options.strict) {
      tally.oneSided++;
      return {};
    }
    if (options.complex || options.approximate) {
      tally.uncertain++;
      return {};
    }
    const big = bigValues(point, sides, trees);
    if (big === undefined || big.dl === big.dr) {
      tally.uncertain++;
      return {};
    }
    return refuted(
      point,
      big.dl ? big.left : NaN,
      big.dr ? big.right : NaN,
      `the domains differ${what}: only the ${big.dl ? 'left' : 'right'} side is defined at this point (strict domain semantics)`,
    );
  }
  const diff = arith.mag(arith.binary('subtract', l, r));
  // On a premise's solution set the point is found to a residual of about 1e-12 of the sampled
  // variables' size (0.05–20): there, a side of 1e-14 is 0, not a relative difference of 1.
  const floor = options.constrained ? 1 : 0;
  const scale = Math.max(arith.mag(l), arith.mag(r), statsL.mag, statsR.mag, floor);
  if (options.approximate) {
    if (diff <= APPROX_EQUAL * scale) {
      tally.agree++;
      return {};
    }
    if (diff > APPROX_DIFFERENT * scale) {
      return refuted(
        point,
        arith.out(l),
        arith.out(r),
        `the values differ${what} (${options.constrained ? 'at a point where the premises hold' : 'numeric quadrature'}; relative difference ${(diff / scale).toPrecision(3)})`,
      );
    }
    tally.uncertain++;
    return {};
  }
  if (diff <= FLOAT_TOLERANCE * scale) {
    tally.agree++;
    return {};
  }
  if (options.complex) {
    if (diff > 1e-7 * scale) {
      return refuted(
        point,
        arith.out(l),
        arith.out(r),
        `the values differ${what} (complex arithmetic; relative difference ${(diff / scale).toPrecision(3)})`,
      );
    }
    tally.uncertain++;
    return {};
  }
  const big = bigValues(point, sides, trees);
  if (big === undefined || !big.dl || !big.dr) {
    tally.uncertain++;
    return {};
  }
  if (BIG_TOLERANCE * big.periodic > UNINFORMATIVE * Math.max(big.scale, 1e-300)) {
    // A periodic function of a huge argument: even 64 digits cannot tell its value here.
    tally.uncertain++;
    return {};
  }
  if (big.diff <= BIG_TOLERANCE * Math.max(big.scale, big.periodic)) {
    tally.agree++;
    return {};
  }
  return refuted(
    point,
    big.left,
    big.right,
    `the values differ${what}, confirmed with ${64}-digit arithmetic (relative difference ${(big.diff / Math.max(big.scale, 1e-300)).toPrecision(3)})`,
  );
}

interface BigOutcome {
  dl: boolean;
  dr: boolean;
  left: PointValue;
  right: PointValue;
  diff: number;
  scale: number;
  /** Largest argument of a periodic function met (bounds the round-off of its value). */
  periodic: number;
}

/** Re-evaluates both sides at the point in 64-digit BigNumber arithmetic. */
function bigValues(
  point: Record<string, number>,
  sides: [Side<unknown>, Side<unknown>],
  trees: [MathNode, MathNode],
): BigOutcome | undefined {
  const big = bigArith() as Arith<unknown>;
  const info: CompileInfo = { approximate: false };
  sides[0].big ??= compile(trees[0], big, info);
  sides[1].big ??= compile(trees[1], big, info);
  const scope: Scope<unknown> = {};
  for (const [name, value] of Object.entries(point)) scope[name] = big.num(value);
  const statsL: EvalStats = { mag: 0 };
  const statsR: EvalStats = { mag: 0 };
  const l = evaluate(sides[0].big, { ...scope }, statsL);
  const r = evaluate(sides[1].big, { ...scope }, statsR);
  const dl = l !== undefined && big.defined(l);
  const dr = r !== undefined && big.defined(r);
  if (!dl || !dr) {
    return {
      dl,
      dr,
      left: dl ? big.out(l) : NaN,
      right: dr ? big.out(r) : NaN,
      diff: NaN,
      scale: NaN,
      periodic: NaN,
    };
  }
  return {
    dl,
    dr,
    left: big.out(l),
    right: big.out(r),
    diff: big.mag(big.binary('subtract', l, r)),
    scale: Math.max(big.mag(l), big.mag(r), statsL.mag, statsR.mag),
    periodic: Math.max(statsL.periodic ?? 0, statsR.periodic ?? 0),
  };
}
