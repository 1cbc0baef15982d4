/** Reading mathjs nodes of calculator trees: operators, names, chains of implicit factors. */
import { operatorNode } from '../../latex/mathjsNodes';
import type { MathNode } from './parse';

interface OperatorLike {
  fn: string;
  args: MathNode[];
  implicit: boolean;
}

export const asOperator = (node: MathNode) => node as unknown as OperatorLike;
export const nameOf = (node: MathNode) => (node as unknown as { name: string }).name;

export function isImplicitProduct(node: MathNode): boolean {
  return (
    node.type === 'OperatorNode' && asOperator(node).fn === 'multiply' && asOperator(node).implicit
  );
}

/** `2 x sin y` → [2, x, sin, y], whatever mathjs's nesting. */
export function factorsOf(node: MathNode): MathNode[] {
  if (!isImplicitProduct(node)) return [node];
  return asOperator(node).args.flatMap(factorsOf);
}

export function product(factors: MathNode[]): MathNode {
  return factors.reduce((left, right) => operatorNode('multiply', [left, right], true));
}
