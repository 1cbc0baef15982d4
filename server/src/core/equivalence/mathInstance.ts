/**
 * The one place where the equivalence engine creates mathjs instances. They are built from a
 * selected list of factories (arithmetic, elementary functions, `simplify`, `derivative` and the
 * node classes); `evaluate` is not among them. Nothing here ever evaluates a string: trees are
 * walked by our own compiler (./evaluate.ts) which only calls functions from a whitelist, and
 * `parse` is used only on strings that this module family generated itself (random smooth
 * functions built from numbers).
 */
// mathjs's typings are ESM-only while the package also ships a CommonJS build, which is what
// this (CommonJS) module loads at run time; the types are the same for both builds.
// @ts-expect-error TS1479: value import of an ESM-typed package from CommonJS
import * as mathjs from 'mathjs';
import { KNOWN_FUNCTIONS } from './functions';
import type { FactoryFunctionMap, MathJsInstance } from 'mathjs' with {
  'resolution-mode': 'import',
};

/** Our function names that are not mathjs names. */
const ALIASES = new Set(['ln', 'binomial']);

const FACTORY_NAMES = [
  ...[...KNOWN_FUNCTIONS.keys()].filter((name) => !ALIASES.has(name)),
  'add',
  'subtract',
  'multiply',
  'divide',
  'unaryMinus',
  'unaryPlus',
  'complex',
  'bignumber',
  'isBigNumber',
  'pi',
  'e',
  'i',
  'simplify',
  'derivative',
  'SymbolNode',
  'ConstantNode',
  'OperatorNode',
  'FunctionNode',
  'ParenthesisNode',
];

function factories(): Record<string, unknown> {
  const all = mathjs as unknown as Record<string, unknown>;
  const selected: Record<string, unknown> = {};
  for (const name of FACTORY_NAMES) {
    const key = `${name}Dependencies`;
    if (all[key] !== undefined) selected[key] = all[key];
  }
  return selected;
}

let numberInstance: MathJsInstance | undefined;
let bigInstance: MathJsInstance | undefined;

/** Restricted instance working in IEEE doubles (and complex numbers where needed). */
export function mathNumber(): MathJsInstance {
  numberInstance ??= mathjs.create(factories() as FactoryFunctionMap, {});
  return numberInstance;
}

/** Digits used to re-check candidate counterexamples. */
export const BIG_PRECISION = 64;

/** Restricted instance working in 64-digit BigNumbers (for re-checks). */
export function mathBig(): MathJsInstance {
  bigInstance ??= mathjs.create(factories() as FactoryFunctionMap, {
    number: 'BigNumber',
    precision: BIG_PRECISION,
  });
  return bigInstance;
}
