/**
 * Leibniz's notation typed on a calculator: `dy/dx`, `d/dx sin(x)`, `d^2y/dx^2`. mathjs reads the
 * differentials as names (`dy`) and lets the implicit product after `dx` into the denominator
 * (`d/(dx·sin x)`); here the quotient of differentials is the derivative, applied to what follows
 * it: d/dx · sin x.
 */
import { operatorNode, symbolNode } from '../../latex/mathjsNodes';
import { asOperator, factorsOf, nameOf, product } from './nodes';
import type { MathNode } from './parse';

const isSymbol = (node: MathNode | undefined, name: RegExp) =>
  node?.type === 'SymbolNode' && name.test(nameOf(node));

/** `dx` → d·x, `dx^2` → d·x^2: the name mathjs made, as the product it is written as. */
function spelled(node: MathNode): MathNode[] | undefined {
  if (isSymbol(node, /^d[A-Za-z]$/)) return [symbolNode('d'), symbolNode(nameOf(node).slice(1))];
  const { fn, args } = asOperator(node);
  if (node.type === 'OperatorNode' && fn === 'pow' && isSymbol(args[0], /^d[A-Za-z]$/))
    return [symbolNode('d'), operatorNode('pow', [symbolNode(nameOf(args[0]).slice(1)), args[1]])];
  return undefined;
}

/** The differential that opens a denominator (`dx`, `d x`, `dx^2`) and the factors after it. */
function differential(factors: MathNode[]): { dx: MathNode[]; rest: MathNode[] } | undefined {
  const [first, second] = factors;
  const named = spelled(first);
  if (named !== undefined) return { dx: named, rest: factors.slice(1) };
  // `d/dx (x^2 + 1)`: mathjs calls `dx` with the parenthesis.
  const call = first as unknown as { fn?: MathNode; args?: MathNode[] };
  if (first.type === 'FunctionNode' && call.fn !== undefined && call.args?.length === 1) {
    const name = spelled(call.fn);
    if (name !== undefined) return { dx: name, rest: [call.args[0], ...factors.slice(1)] };
  }
  const letter = (node: MathNode | undefined) =>
    isSymbol(node, /^[A-Za-z]$/) ||
    (node?.type === 'OperatorNode' &&
      asOperator(node).fn === 'pow' &&
      isSymbol(asOperator(node).args[0], /^[A-Za-z]$/));
  if (isSymbol(first, /^d$/) && letter(second))
    return { dx: [first, second], rest: factors.slice(2) };
  return undefined;
}

/** `d`, `d^2`, `dy`, `d y`, `d^2 y`: what a derivative's numerator may be. */
function isDifferentialNumerator(node: MathNode): boolean {
  const [first] = factorsOf(node);
  const operator = asOperator(first);
  return (
    isSymbol(first, /^d[A-Za-z]?$/) ||
    (first.type === 'OperatorNode' && operator.fn === 'pow' && isSymbol(operator.args[0], /^d$/))
  );
}

export function leibniz(node: MathNode): MathNode {
  return node.transform((child) => {
    const { fn, args } = asOperator(child);
    if (child.type !== 'OperatorNode' || fn !== 'divide' || !isDifferentialNumerator(args[0]))
      return child;
    const found = differential(factorsOf(args[1]));
    if (found === undefined) return child;
    const numerator = product(factorsOf(args[0]).flatMap((factor) => spelled(factor) ?? [factor]));
    const derivative = operatorNode('divide', [leibniz(numerator), product(found.dx)]);
    return found.rest.length === 0
      ? derivative
      : operatorNode('multiply', [derivative, leibniz(product(found.rest))], true);
  });
}
