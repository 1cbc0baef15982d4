/**
 * evaluateAt(tree, point): the value of an expression at a point, through the same restricted
 * compiler as compare() (whitelisted functions only; never mathjs `evaluate`). Derivatives are
 * taken symbolically first; definite integrals use numeric quadrature. Real arithmetic first; a
 * result that is not real (√−1, ln(−2)) is then given as its principal complex value.
 */
import type { MathNode } from 'mathjs' with { 'resolution-mode': 'import' };
import { complexArith, realArith, type Arith } from './arith';
import { IOTA, renameI, usesImaginary } from './compare';
import { compile, type CompileInfo, type Scope } from './evaluate';
import { freeSymbols, rebuild } from './nodes';
import {
  expandCalculus,
  indefiniteVariables,
  substituteFunctions,
  uninterpretedFunctions,
} from './prepare';
import { Unsupported, type FunctionDefinition, type PointValue } from './types';

export interface EvaluateOptions {
  /** Whether `i` is the imaginary unit (default true, as in compare). */
  imaginaryUnit?: boolean;
  /** Definitions substituted before evaluating. */
  functions?: ReadonlyMap<string, FunctionDefinition>;
}

export type EvaluateResult =
  { ok: true; value: PointValue; approximate: boolean } | { ok: false; reason: string };

function run(
  compiled: (scope: Scope<unknown>) => unknown,
  arith: Arith<unknown>,
  point: Readonly<Record<string, number>>,
): PointValue | undefined {
  const scope: Scope<unknown> = {};
  for (const [name, value] of Object.entries(point)) {
    scope[name === 'i' ? IOTA : name] = arith.num(value);
  }
  try {
    const value = compiled(scope);
    return arith.defined(value) ? arith.out(value) : undefined;
  } catch (error) {
    if (error instanceof Unsupported) throw error;
    return undefined;
  }
}

export function evaluateAt(
  node: MathNode,
  point: Readonly<Record<string, number>>,
  options: EvaluateOptions = {},
): EvaluateResult {
  try {
    let tree = rebuild(node);
    if (options.imaginaryUnit === false) tree = renameI(tree);
    const definitions = new Map(options.functions ?? []);
    const unknown = uninterpretedFunctions([tree], definitions);
    if (unknown.size > 0) {
      return { ok: false, reason: `unknown function ${[...unknown.keys()].join(', ')}` };
    }
    tree = expandCalculus(substituteFunctions(tree, definitions));
    if (indefiniteVariables(tree).size > 0) {
      return { ok: false, reason: 'an indefinite integral has no value (only up to a constant)' };
    }
    const missing = [...freeSymbols(tree)]
      .filter((name) => !(name in point) && !(name === IOTA && 'i' in point))
      .map((name) => (name === IOTA ? 'i' : name));
    if (missing.length > 0) return { ok: false, reason: `no value for ${missing.join(', ')}` };
    const info: CompileInfo = { approximate: false };
    const arithmetics: Arith<unknown>[] = usesImaginary(tree)
      ? [complexArith()]
      : [realArith, complexArith()];
    for (const arith of arithmetics) {
      const compiled = compile(tree, arith, info);
      const value = run((scope) => compiled(scope, { mag: 0 }), arith, point);
      if (value !== undefined) return { ok: true, value, approximate: info.approximate };
    }
    return { ok: false, reason: 'undefined at this point' };
  } catch (error) {
    if (error instanceof Unsupported) return { ok: false, reason: `unsupported: ${error.message}` };
    return { ok: false, reason: `internal error: ${(error as Error).message}` };
  }
}
