/**
 * Judges one relation `left R right` under what the rows above established: definitions are
 * substituted, other equations constrain the points sampled. Soundness first (DESIGN §4):
 * - `verified` only from the equivalence engine's `equal` (an identity, or equality wherever the
 *   premises hold);
 * - `refuted` only with a counterexample that survives a second look at positive values: a step
 *   that holds whenever its variables are positive probably relies on a sign the text assumes,
 *   so it is `unknown` with that reason, never a false alarm;
 * - claims about functions that are not defined here, and inequalities without a counterexample,
 *   are `unknown`.
 */
import { compare, evaluateAt, type CompareResult, type PointValue } from '../equivalence';
import { checkInequality, type InequalityRelation } from '../equivalence/inequality';
import { usesImaginaryUnit, type MathNode, type Relation } from '../latex';
import { formatNumber, formatPair } from '../semantics/format';
import { foreignNotation, isAtom } from './numeric';
import {
  actsAsNumber,
  derivativesByPrimes,
  mentionedAbove,
  undefinedFunctions,
  usesFunction,
} from './functions';
import { rewriteImplicitDerivatives } from './implicit';
import {
  relevantAssumptions,
  relevantPremises,
  symbolsOf,
  type Knowledge,
  type Premise,
} from './knowledge';
import { boundVariables, changeOfVariable, substitute } from './substitution';
import { possibleApplications } from './statements';
import { stepDifference } from './difference';
import type { Span, StepResult } from './types';

export interface JudgeOptions {
  timeBudgetMs: number;
  /**
   * Whether equations above may be used (a new equation must follow from them); a continued row
   * `&= c` rewrites and must be an identity, under the definitions and assumptions only.
   */
  usePremises?: boolean;
  /** Inline math sits in prose that states its context: its inequalities are claims, not steps. */
  inline?: boolean;
  signal?: { aborted: boolean };
}

export type Verdict = Omit<StepResult, 'start' | 'end' | 'relation'>;

const INEQUALITIES: ReadonlySet<Relation> = new Set(['lt', 'le', 'gt', 'ge']);
const EQUATIONS_CHECKED: ReadonlySet<Relation> = new Set(['eq', 'equiv', 'define']);

/**
 * `\lim_{x \to a} f = \lim_{x \to a} g`: the two bodies, when both sides are limits in the same
 * variable at the same point (equal bodies away from a have equal limits; different ones may too).
 */
function sameLimits(left: MathNode, right: MathNode): [MathNode, MathNode] | undefined {
  const parts = (node: MathNode) => {
    const call = node as unknown as { fn?: { name?: string }; args?: MathNode[] };
    return node.type === 'FunctionNode' && call.fn?.name === 'Limit' ? call.args : undefined;
  };
  const [a, b] = [parts(left), parts(right)];
  if (a === undefined || b === undefined || a.length !== b.length) return undefined;
  const same = a.slice(1).every((arg, k) => arg.toString() === b[k + 1].toString());
  return same ? [a[0], b[0]] : undefined;
}

/** Points found numerically on a premise set carry round-off: 6e-20 is shown as the 0 it is. */
function tidy(value: PointValue): PointValue {
  return typeof value === 'number' && Math.abs(value) < 1e-12 ? 0 : value;
}

function describePoint(point: Record<string, PointValue>): string {
  const entries = Object.entries(point);
  if (entries.length === 0) return '';
  const shown = entries.map(([name, x]) => {
    const value = tidy(x);
    return `${name} = ${typeof value === 'number' ? formatNumber(value) : formatPair(value, value)[0]}`;
  });
  return `at ${shown.join(', ')}: `;
}

function refutation(
  result: Extract<CompareResult, { verdict: 'different' }>,
  premises: Span[],
  what: string,
): Verdict {
  const [left, right] = formatPair(tidy(result.left), tidy(result.right));
  return {
    status: 'refuted',
    reason: `${describePoint(result.point)}left ${left}, right ${right}${what}`,
    counterexample: { point: result.point, left: result.left, right: result.right },
    premises,
    computation: true,
  };
}

function unknown(reason: string, computation: boolean, premises: Span[] = []): Verdict {
  return { status: 'unknown', reason, premises, computation };
}

/** Why the step (as written, and with the definitions substituted) is no computation, if it is not. */
function notAComputation(
  written: readonly [MathNode, MathNode],
  [left, right]: readonly MathNode[],
  premises: readonly Premise[],
): string | undefined {
  const name = foreignNotation(written[0]) ?? foreignNotation(written[1]);
  if (name !== undefined) return `${name} is not arithmetic`;
  const isName = (node: MathNode) =>
    node.type === 'SymbolNode' &&
    !['pi', 'e', 'Infinity'].includes((node as unknown as { name: string }).name);
  const named = isName(left) || isName(right);
  if (named && isAtom(left) && isAtom(right) && premises.length === 0 && !left.equals(right)) {
    return 'a statement about names, not a computation';
  }
  return undefined;
}

export function judge(
  relation: Relation,
  leftIn: MathNode,
  rightIn: MathNode,
  knowledge: Knowledge,
  options: JudgeOptions,
): Verdict {
  const defined = withDefinitions(leftIn, rightIn, knowledge);
  const verdict = judgeOnce(relation, [leftIn, rightIn], defined, knowledge, options);
  if (verdict.status !== 'refuted') return verdict;
  const applied = [leftIn, rightIn]
    .map((side) => possibleApplications.get(side))
    .find((name) => name !== undefined && !knowledge.numbers.has(name));
  if (applied !== undefined) {
    // MathLens may be misreading the notation: no hint for that.
    return unknown(`${applied}(…) may apply a function ${applied}, not multiply by it`, false);
  }
  if (relation !== 'eq' || verdict.counterexample === undefined) return verdict;
  const [left, right] = defined.sides;
  const difference = stepDifference(left, right, verdict.counterexample.point, knowledge.functions);
  return difference === undefined ? verdict : { ...verdict, difference };
}

/** Both sides with the definitions known substituted, and the names that were. */
function withDefinitions(
  leftIn: MathNode,
  rightIn: MathNode,
  knowledge: Knowledge,
): { sides: MathNode[]; used: Set<string> } {
  const used = new Set<string>();
  // `\int \cos u \,du = \sin u + C` after `u = x^2`: the step is about u, the integral's own
  // variable, on both sides.
  const written = [leftIn, rightIn].map((side) => changeOfVariable(side, knowledge, used));
  const bound = new Set(written.flatMap((side) => [...boundVariables(side)]));
  return { sides: written.map((side) => substitute(side, knowledge, used, bound)), used };
}

function judgeOnce(
  relation: Relation,
  [leftIn, rightIn]: readonly [MathNode, MathNode],
  { sides: substituted, used }: ReturnType<typeof withDefinitions>,
  knowledge: Knowledge,
  options: JudgeOptions,
): Verdict {
  const premises =
    options.usePremises === false ? [] : relevantPremises(substituted, knowledge.premises);
  const statement = notAComputation([leftIn, rightIn], substituted, premises);
  if (statement !== undefined) return unknown(statement, false);
  const implicit = rewriteImplicitDerivatives(substituted, premises);
  if ('unsupported' in implicit) return unknown(`not checked: ${implicit.unsupported}`, true);
  const [left, right] = implicit.nodes.map((side) => derivativesByPrimes(side, knowledge));
  const definitionRows = [...used].map((name) => knowledge.symbols.get(name)!.row);
  for (const [name, row] of knowledge.functionRows) {
    if ([left, right].some((node) => usesFunction(node, name))) definitionRows.push(row);
  }
  const assumptions = relevantAssumptions([left, right, ...premises.map((p) => p.tree)], knowledge);
  const context = {
    functions: knowledge.functions,
    imaginaryUnit: usesImaginaryUnit({
      kind: 'list',
      items: [
        { kind: 'expression', node: left },
        { kind: 'expression', node: right },
      ],
    }),
    timeBudgetMs: options.timeBudgetMs,
    conditions: assumptions,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  };
  const assumptionRows = assumptions.map((assumption) => assumption.row);
  const opaque = undefinedFunctions([left, right], knowledge).filter(
    (name) => !actsAsNumber(name, [left, right]) || mentionedAbove(name, knowledge),
  );
  if (INEQUALITIES.has(relation)) {
    return judgeInequality(
      relation as InequalityRelation,
      left,
      right,
      premises,
      [...definitionRows, ...assumptionRows],
      opaque,
      { ...context, inline: options.inline === true },
    );
  }
  if (relation === 'approx') return judgeApproximation(left, right, rightIn);
  const limits = sameLimits(left, right);
  if (limits !== undefined && EQUATIONS_CHECKED.has(relation)) {
    const bodies = compare(limits[0], limits[1], context);
    if (bodies.verdict === 'equal') {
      return {
        status: 'verified',
        reason: 'the limits are of expressions equal near the point',
        premises: definitionRows,
        computation: true,
      };
    }
  }
  if (relation !== 'eq' && relation !== 'equiv' && relation !== 'define') {
    return unknown(`the relation ${relation} is not checked`, false);
  }
  const identity = compare(left, right, context);
  if (identity.verdict === 'equal') {
    const differentiated = implicit.used.map((premise) => premise.row);
    const reason =
      differentiated.length > 0
        ? 'follows by differentiating the premise above'
        : assumptions.length > 0
          ? 'holds under the assumptions above'
          : definitionRows.length > 0
            ? 'holds by the definitions above'
            : 'identity';
    return {
      status: 'verified',
      reason,
      premises: [...definitionRows, ...assumptionRows, ...differentiated],
      computation: true,
    };
  }
  let verdict: CompareResult = identity;
  const usedRows = [
    ...definitionRows,
    ...assumptionRows,
    ...premises.map((premise) => premise.row),
  ];
  const constraints = premises.map((premise) => premise.tree);
  if (premises.length > 0) {
    verdict = compare(left, right, { ...context, constraints });
    if (verdict.verdict === 'equal') {
      return {
        status: 'verified',
        reason: 'follows from the equations above',
        premises: usedRows,
        computation: true,
      };
    }
  }
  if (verdict.verdict !== 'different') return unknown(verdict.reason, true);
  const constrainedFunctions = undefinedFunctions(constraints, knowledge);
  if (constrainedFunctions.length > 0) {
    return unknown(
      `the premises say something about ${constrainedFunctions.join(', ')}, which a random stand-in cannot honour`,
      true,
    );
  }
  if (opaque.length > 0) {
    return unknown(
      `not an identity for every ${opaque.join(', ')}; ${opaque.length > 1 ? 'they are' : 'it is'} not defined here`,
      true,
    );
  }
  const positive = compare(left, right, { ...context, constraints, positive: true });
  if (positive.verdict === 'equal') {
    return unknown('holds for positive values only: is a sign assumed?', true);
  }
  // No positive point at all (`x^2 + 6x + 5 = 0` has only negative roots): no sign assumption
  // could save the step, and the first counterexample stands.
  const found =
    positive.verdict === 'different'
      ? positive
      : /too few points/.test(positive.reason)
        ? verdict
        : undefined;
  if (found === undefined) return unknown(positive.reason, true);
  if (premises.length > 0 && Math.max(magnitude(found.left), magnitude(found.right)) < 1e-6) {
    return unknown('the premises only hold where both sides are nearly 0', true);
  }
  return refutation(found, usedRows, premises.length > 0 ? ' (where the premises hold)' : '');
}

/**
 * `\pi \approx 3.14159`: two numbers (no variables) agree to the digits written on the right —
 * within half a unit of its last decimal, or 0.5% when it has none. A rougher approximation is
 * left unknown rather than refuted: how rough an author allows is theirs to say.
 */
function judgeApproximation(left: MathNode, right: MathNode, written: MathNode): Verdict {
  const value = (node: MathNode) => {
    const result = evaluateAt(node, {}, { imaginaryUnit: false });
    return result.ok && typeof result.value === 'number' ? result.value : undefined;
  };
  const [l, r] = [value(left), value(right)];
  if (l === undefined || r === undefined)
    return unknown('an approximation with variables is not checked', true);
  const decimals = /\.(\d+)/.exec(written.toString())?.[1]?.length;
  const tolerance = decimals === undefined ? 0.005 * Math.abs(r) : 0.5 * 10 ** -decimals;
  if (Math.abs(l - r) <= tolerance * (1 + 1e-12)) {
    return {
      status: 'verified',
      reason: `${formatNumber(l, 8)} ≈ ${formatNumber(r, 8)}`,
      premises: [],
      computation: true,
    };
  }
  return unknown(
    `${formatNumber(l, 6)} and ${formatNumber(r, 6)} differ by more than the digits written`,
    true,
  );
}

function magnitude(value: PointValue): number {
  return typeof value === 'number' ? Math.abs(value) : Math.hypot(value.re, value.im);
}

function judgeInequality(
  relation: InequalityRelation,
  left: MathNode,
  right: MathNode,
  premises: readonly Premise[],
  definitionRows: Span[],
  opaque: string[],
  context: Parameters<typeof compare>[2] & { inline?: boolean },
): Verdict {
  if (opaque.length > 0) return unknown(`it is about ${opaque.join(', ')}, not defined here`, true);
  // `q - y < r < x`: sides about different quantities state a fact about them, not a step;
  // `x^2 + 1 \ge 2x`, `\frac{1}{x} \le 1` compare one quantity with what it is bounded by.
  const [own, other] = [symbolsOf(left), symbolsOf(right)];
  const within = (a: Set<string>, b: Set<string>) => [...a].every((name) => b.has(name));
  const comparable = within(own, other) || within(other, own);
  if (own.size + other.size > 0 && (context?.inline === true || !comparable)) {
    return unknown('an inequality that states a fact about its quantities', false);
  }
  const constraints = premises.map((premise) => premise.tree);
  const result = checkInequality(left, right, relation, {
    ...context,
    constraints,
    positive: true,
  });
  const used = [...definitionRows, ...premises.map((premise) => premise.row)];
  switch (result.verdict) {
    case 'holds':
      return { status: 'verified', reason: result.reason, premises: used, computation: true };
    case 'unknown':
      return unknown(result.reason, true);
    case 'fails': {
      const [l, r] = formatPair(result.left, result.right);
      return {
        status: 'refuted',
        reason: `${describePoint(result.point)}left ${l}, right ${r}`,
        counterexample: { point: result.point, left: result.left, right: result.right },
        premises: used,
        computation: true,
      };
    }
  }
}
