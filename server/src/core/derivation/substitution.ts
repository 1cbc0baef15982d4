/**
 * Definitions into a step: each symbol a row defined (`y = 3x + 2`) is replaced by its value,
 * except where the step binds it (`\int \cos u \,du`: u is the integral's own variable there).
 * An indefinite integral over a defined variable changes variable instead: after `u = x^2`,
 * `\int \cos u \,du` is `\int \cos(x^2) \cdot 2x \,dx`.
 */
import type { MathNode } from '../latex';
import { functionNode, numberNode, operatorNode, symbolNode } from '../latex/mathjsNodes';
import type { Knowledge } from './knowledge';
import { derivativeName, namesIn } from './numeric';

/** The node with the symbol definitions known so far substituted (their names go into `used`). */
export function substitute(
  node: MathNode,
  knowledge: Knowledge,
  used = new Set<string>(),
  bound = boundVariables(node),
): MathNode {
  let current = node;
  // Definitions may use earlier ones: substitute until nothing changes (bounded).
  for (let round = 0; round < 8; round++) {
    let changed = false;
    current = current.transform((child, path) => {
      if (child.type !== 'SymbolNode' || path === 'fn') return child;
      const name = (child as unknown as { name: string }).name;
      const definition = bound.has(name) ? undefined : knowledge.symbols.get(name);
      if (definition !== undefined) {
        changed = true;
        used.add(name);
        return definition.value;
      }
      const derivative = primedDefinition(name, knowledge, bound);
      if (derivative === undefined) return child;
      changed = true;
      used.add(derivativeName(name)?.base ?? name);
      return derivative;
    });
    if (!changed) break;
  }
  return current;
}

const BINDERS = new Set(['Integral', 'Sum', 'Product', 'Limit']);

/** Variables that integrals, sums, products and limits in the node bind. */
/**
 * `y'` after `y = x^2`: the derivative of y's value in its one variable; `\ddot{s}` after
 * `s = A \cos(\omega t)`: the second derivative in time.
 */
function primedDefinition(
  name: string,
  knowledge: Knowledge,
  bound: ReadonlySet<string>,
): MathNode | undefined {
  const derivative = derivativeName(name);
  if (derivative === undefined || bound.has(derivative.base)) return undefined;
  const definition = knowledge.symbols.get(derivative.base);
  if (definition === undefined) return undefined;
  const variables = [...namesIn([definition.value])];
  const variable = derivative.time
    ? variables.includes('t')
      ? 't'
      : undefined
    : variables.length === 1
      ? variables[0]
      : undefined;
  if (variable === undefined) return undefined;
  return functionNode('Derivative', [
    definition.value,
    symbolNode(variable),
    numberNode(derivative.order),
  ]);
}

export function boundVariables(node: MathNode): Set<string> {
  const names = new Set<string>();
  node.traverse((child) => {
    const call = child as unknown as { fn?: { name?: string }; args?: MathNode[] };
    const variable = call.args?.[1];
    if (
      child.type === 'FunctionNode' &&
      BINDERS.has(call.fn?.name ?? '') &&
      variable?.type === 'SymbolNode'
    )
      names.add((variable as unknown as { name: string }).name);
  });
  return names;
}

/** `\int f(u) \,du` with `u = g(x)` defined: `\int f(g(x)) g'(x) \,dx` (for one variable x). */
export function changeOfVariable(
  node: MathNode,
  knowledge: Knowledge,
  used: Set<string>,
): MathNode {
  return node.transform((child) => {
    const call = child as unknown as { fn?: { name?: string }; args?: MathNode[] };
    if (child.type !== 'FunctionNode' || call.fn?.name !== 'Integral' || call.args?.length !== 2)
      return child;
    const [body, variable] = call.args;
    const u = variable.type === 'SymbolNode' ? (variable as unknown as { name: string }).name : '';
    const definition = knowledge.symbols.get(u);
    if (definition === undefined) return child;
    const free = [...namesIn([definition.value])];
    if (free.length !== 1 || free[0] === u) return child;
    used.add(u);
    const x = symbolNode(free[0]);
    const inX = body.transform((inner, path) =>
      inner.type === 'SymbolNode' &&
      path !== 'fn' &&
      (inner as unknown as { name: string }).name === u
        ? definition.value
        : inner,
    );
    const jacobian = functionNode('Derivative', [definition.value, x]);
    return functionNode('Integral', [operatorNode('multiply', [inX, jacobian]), x]);
  });
}
