/**
 * What the two sides of a refuted step differ by, for the "show the difference" action: mathjs
 * `simplify(left − right)`, printed as LaTeX. simplify is not always sound (DESIGN §4), so its
 * result is shown only when it has the difference's value at the counterexample; otherwise the
 * difference is shown as written.
 */
import type { MathNode } from '../latex';
import { printLatex } from '../latex/printer';
import { evaluateAt } from '../equivalence';
import { mathNumber } from '../equivalence/mathInstance';
import { rebuild, size } from '../equivalence/nodes';
import { expandCalculus, substituteFunctions } from '../equivalence/prepare';
import type { FunctionDefinition, PointValue } from '../equivalence';

const MAX_NODES = 80;

function valueAt(
  node: MathNode,
  point: Record<string, PointValue>,
  functions: ReadonlyMap<string, FunctionDefinition>,
): number | undefined {
  const real = Object.fromEntries(
    Object.entries(point).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number',
    ),
  );
  const result = evaluateAt(node, real, { imaginaryUnit: false, functions });
  return result.ok && typeof result.value === 'number' ? result.value : undefined;
}

export function stepDifference(
  left: MathNode,
  right: MathNode,
  point: Record<string, PointValue>,
  functions: ReadonlyMap<string, FunctionDefinition>,
): string | undefined {
  try {
    const M = mathNumber();
    const difference = expandCalculus(
      substituteFunctions(
        new M.OperatorNode('-', 'subtract', [rebuild(left), rebuild(right)]),
        functions,
      ),
    );
    if (size(difference, MAX_NODES + 1) > MAX_NODES) return undefined;
    const expected = valueAt(difference, point, functions);
    const simplified = M.simplify(difference);
    const actual = valueAt(simplified, point, functions);
    const faithful =
      expected !== undefined &&
      actual !== undefined &&
      Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected));
    return printLatex(faithful ? simplified : difference);
  } catch {
    return undefined;
  }
}
