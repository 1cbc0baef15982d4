/**
 * Points on the solution set of a derivation's premises (`x^2 + y^2 = 1`): a sampled point is
 * moved onto the set by Gauss–Newton with minimum-norm steps, so the free directions keep their
 * random values and redundant or dependent premises do no harm. A point that does not converge is
 * dropped; the caller counts how many it got.
 */
import type { Compiled, EvalStats } from './evaluate';
import type { Condition } from './types';

const MAX_ITERATIONS = 40;
/** A premise holds at a point when its residual is this small relative to its largest term. */
export const RESIDUAL_TOLERANCE = 1e-12;

export type Constraint = Compiled<number>;

function residuals(constraints: readonly Constraint[], point: Record<string, number>) {
  const values: number[] = [];
  let worst = 0;
  for (const constraint of constraints) {
    const stats: EvalStats = { mag: 0 };
    let value: number;
    try {
      value = constraint({ ...point }, stats);
    } catch {
      return undefined;
    }
    if (!Number.isFinite(value)) return undefined;
    values.push(value);
    worst = Math.max(worst, Math.abs(value) / Math.max(stats.mag, Math.abs(value), 1e-3));
  }
  return { values, worst };
}

/** Solves the m×m system A y = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] | undefined {
  const m = b.length;
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let row = col + 1; row < m; row++)
      if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
    if (Math.abs(a[pivot][col]) < 1e-300) return undefined;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    [b[col], b[pivot]] = [b[pivot], b[col]];
    for (let row = col + 1; row < m; row++) {
      const factor = a[row][col] / a[col][col];
      for (let k = col; k < m; k++) a[row][k] -= factor * a[col][k];
      b[row] -= factor * b[col];
    }
  }
  const y = new Array<number>(m).fill(0);
  for (let row = m - 1; row >= 0; row--) {
    let sum = b[row];
    for (let k = row + 1; k < m; k++) sum -= a[row][k] * y[k];
    y[row] = sum / a[row][row];
  }
  return y;
}

/** The constraints' Jacobian at the point, by forward differences (undefined off the domain). */
function jacobianAt(
  constraints: readonly Constraint[],
  point: Record<string, number>,
  variables: readonly string[],
  r: readonly number[],
): number[][] | undefined {
  const jacobian: number[][] = r.map(() => []);
  for (const name of variables) {
    const x = point[name];
    const h = 1e-7 * Math.max(1, Math.abs(x));
    const moved = residuals(constraints, { ...point, [name]: x + h });
    if (moved === undefined) return undefined;
    moved.values.forEach((value, k) => jacobian[k].push((value - r[k]) / h));
  }
  return jacobian;
}

/**
 * Whether the point is near a true zero of each constraint: the Newton distance |r| / |∇r| is
 * tiny. Where a constraint only decays towards 0 (`t^2 (3 - t) e^{-t}` at t = 194) its value is
 * tiny but the distance is not: that is no point of the solution set.
 */
function nearZero(
  constraints: readonly Constraint[],
  point: Record<string, number>,
  variables: readonly string[],
  r: readonly number[],
): boolean {
  const jacobian = jacobianAt(constraints, point, variables, r);
  if (jacobian === undefined) return false;
  const size = Math.max(1, ...variables.map((name) => Math.abs(point[name])));
  return r.every((value, k) => {
    if (value === 0) return true;
    const gradient = Math.sqrt(dot(jacobian[k], jacobian[k]));
    return gradient > 0 && Math.abs(value) / gradient <= 1e-6 * size;
  });
}

/** One minimum-norm Gauss–Newton step δ = −Jᵀ(JJᵀ + λI)⁻¹ r, or undefined when J is unusable. */
function step(
  constraints: readonly Constraint[],
  point: Record<string, number>,
  variables: readonly string[],
  r: readonly number[],
): Record<string, number> | undefined {
  const jacobian = jacobianAt(constraints, point, variables, r);
  if (jacobian === undefined) return undefined;
  const m = r.length;
  const gram = jacobian.map((row) => jacobian.map((other) => dot(row, other)));
  const trace = gram.reduce((sum, row, k) => sum + row[k], 0);
  if (!(trace > 0)) return undefined;
  for (let k = 0; k < m; k++) gram[k][k] += 1e-14 * trace;
  const y = solve(gram, [...r]);
  if (y === undefined) return undefined;
  const next = { ...point };
  variables.forEach((name, j) => {
    let delta = 0;
    for (let k = 0; k < m; k++) delta += jacobian[k][j] * y[k];
    next[name] = point[name] - delta;
  });
  return next;
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let k = 0; k < a.length; k++) sum += a[k] * b[k];
  return sum;
}

/** The point moved onto the set where every constraint is 0, or undefined if it does not converge. */
export function projectOnto(
  constraints: readonly Constraint[],
  start: Record<string, number>,
  variables: readonly string[],
): Record<string, number> | undefined {
  let point = start;
  let current = residuals(constraints, point);
  const settled = (at: Record<string, number>, values: readonly number[]) =>
    nearZero(constraints, at, variables, values) ? at : undefined;
  for (let iteration = 0; current !== undefined && iteration < MAX_ITERATIONS; iteration++) {
    if (current.worst <= RESIDUAL_TOLERANCE) return settled(point, current.values);
    const next = step(constraints, point, variables, current.values);
    if (next === undefined) return undefined;
    const after = residuals(constraints, next);
    // Halve a step that overshoots (far from the set the linearisation is poor).
    if (after === undefined || after.worst > current.worst) {
      const half: Record<string, number> = {};
      for (const name of variables) half[name] = (point[name] + next[name]) / 2;
      point = { ...point, ...half };
      current = residuals(constraints, point);
      continue;
    }
    point = next;
    current = after;
  }
  return current !== undefined && current.worst <= RESIDUAL_TOLERANCE
    ? settled(point, current.values)
    : undefined;
}

/**
 * projectOnto for positive values: the step's own variables must stay non-negative (x = 0 still
 * refutes `x = 1` from `x^2 = x`), the others — cancelled on the way, m in `GMm/r^2 = mv^2/r`
 * then `v^2 = GM/r` — positive, so a mass of 0 does not refute a physicist's cancellation. A
 * variable that vanishes is held at its sampled value and the point projected again; one that
 * every solution sets to 0 (`v_2 = 0`) leaves no such point (and the caller keeps the
 * counterexample it found without positive values).
 */
export function projectKeepingPositive(
  constraints: readonly Constraint[],
  start: Record<string, number>,
  variables: readonly string[],
  stepVariables: ReadonlySet<string>,
  /** Variables found forced to 0 at earlier points (not held again: that costs a projection). */
  forced: Set<string>,
): Record<string, number> | undefined {
  const point = projectOnto(constraints, start, variables);
  if (point === undefined) return undefined;
  const vanished = variables.filter((name) => !stepVariables.has(name) && point[name] <= 1e-9);
  if (vanished.every((name) => forced.has(name))) return point;
  const held = projectOnto(
    constraints,
    start,
    variables.filter((name) => !vanished.includes(name)),
  );
  if (held === undefined) for (const name of vanished) forced.add(name);
  const found = held ?? point;
  const signsKept = variables.every((name) =>
    stepVariables.has(name) ? found[name] >= -1e-9 : found[name] > 1e-9,
  );
  return signsKept ? found : undefined;
}

export interface CompiledCondition {
  value: Constraint;
  kind: Condition['kind'];
}

/**
 * A point is far enough inside an assumption when its value clears this: points found on a
 * premise's solution set often sit on a degenerate branch (c = 7e-12 where c > 0 is assumed).
 */
const CONDITION_MARGIN = 1e-9;

/** Whether the point satisfies every assumption (one it cannot evaluate counts as broken). */
export function satisfies(
  conditions: readonly CompiledCondition[],
  point: Record<string, number>,
): boolean {
  for (const condition of conditions) {
    let value: number;
    try {
      value = condition.value({ ...point }, { mag: 0 });
    } catch {
      return false;
    }
    if (!Number.isFinite(value)) return false;
    if (condition.kind === 'positive' && !(value > CONDITION_MARGIN)) return false;
    if (condition.kind === 'nonnegative' && !(value >= -CONDITION_MARGIN)) return false;
    if (condition.kind === 'nonzero' && !(Math.abs(value) > CONDITION_MARGIN)) return false;
  }
  return true;
}
