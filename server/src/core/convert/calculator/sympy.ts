/**
 * SymPy's printed names, as people paste them from its output, in the mathjs spellings the printer
 * knows: `Abs(x)` is abs(x), `Eq(x, 2)` x = 2, `Rational(1, 2)` 1/2, `Matrix([[1, 2], [3, 4]])`
 * the matrix. Its calculus names (`Integral`, `Sum`…) are printed by calculus.ts.
 */
import type { MathNode } from './parse';
import { functionNode, relationalNode, operatorNode } from '../../latex/mathjsNodes';
import { nameOf } from './nodes';

const RENAMED: Readonly<Record<string, string>> = {
  Abs: 'abs',
  conjugate: 'conj',
  Mod: 'mod',
};

/** SymPy's relations, as mathjs names its comparisons. */
const RELATIONS: Readonly<Record<string, string>> = {
  Eq: 'equal',
  Ne: 'unequal',
  Lt: 'smaller',
  Le: 'smallerEq',
  Gt: 'larger',
  Ge: 'largerEq',
};

export const SYMPY_NAMES: readonly string[] = [
  ...Object.keys(RENAMED),
  ...Object.keys(RELATIONS),
  'Rational',
  'Matrix',
];

/** The mathjs node a SymPy application stands for, or the node itself. */
export function fromSympy(node: MathNode): MathNode {
  if (node.type !== 'FunctionNode') return node;
  const { fn, args } = node as unknown as { fn: MathNode; args: MathNode[] };
  const name = nameOf(fn);
  if (Object.hasOwn(RENAMED, name)) return functionNode(RENAMED[name], args);
  if (args.length === 2 && Object.hasOwn(RELATIONS, name))
    return relationalNode([RELATIONS[name]], args);
  if (args.length === 2 && name === 'Rational') return operatorNode('divide', args);
  if (args.length === 1 && name === 'Matrix' && args[0].type === 'ArrayNode') return args[0];
  return node;
}
