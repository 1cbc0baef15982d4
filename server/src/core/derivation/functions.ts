/**
 * Functions in a step that the rows do not define: which ones there are, which of them a step
 * can still be wrong about, and `\frac{d}{dx} f(x)` read as f′(x) where f′ is defined.
 */
import { KNOWN_FUNCTIONS } from '../equivalence/functions';
import type { MathNode } from '../latex';
import { functionNode } from '../latex/mathjsNodes';
import type { Knowledge } from './knowledge';

const CALCULUS_NAMES = new Set([
  'Derivative',
  'Integral',
  'Sum',
  'Product',
  'Limit',
  'Binomial',
  'Evaluate',
  'Cases',
  'Degrees',
  'Permutations',
]);

/**
 * An undefined function whose value a step can be wrong about whatever the function is: it is
 * differentiated (calculus rules hold for every function), or always applied to the same
 * arguments (then `\eta(a)` is just a number).
 */
export function actsAsNumber(name: string, nodes: readonly MathNode[]): boolean {
  const applications: string[] = [];
  let differentiated = false;
  for (const node of nodes) {
    node.traverse((child) => {
      const call = child as unknown as { fn?: { name?: string }; args?: MathNode[] };
      if (child.type !== 'FunctionNode') return;
      const callee = call.fn?.name ?? '';
      if (callee === name || callee.replace(/'+$/, '') === name) {
        applications.push((call.args ?? []).map((arg) => arg.toString()).join(','));
        if (callee !== name) differentiated = true;
      }
      if (callee === 'Derivative' && call.args?.[0] !== undefined) {
        call.args[0].traverse((inner) => {
          const innerName = (inner as unknown as { fn?: { name?: string } }).fn?.name;
          if (inner.type === 'FunctionNode' && innerName === name) differentiated = true;
        });
      }
    });
  }
  return differentiated || new Set(applications).size === 1;
}

/** Whether rows above say something about the function (its derivative, a value): then it is not arbitrary. */
export function mentionedAbove(name: string, knowledge: Knowledge): boolean {
  const base = name.replace(/'+$/, '');
  if ([...knowledge.functions.keys()].some((f) => f.replace(/'+$/, '') === base)) return true;
  const trees = [...knowledge.premises, ...knowledge.conditions].map((p) => p.tree);
  return trees.some((tree) => usesFunction(tree, base));
}

/**
 * `\frac{d}{dx} f(x)` where f′ is defined and f is not: f′(x). (The engine would otherwise
 * differentiate a random stand-in for f, unrelated to the f′ the rows define.)
 */
export function derivativesByPrimes(node: MathNode, knowledge: Knowledge): MathNode {
  return node.transform((child) => {
    const call = child as unknown as { fn?: { name?: string }; args?: MathNode[] };
    if (child.type !== 'FunctionNode' || call.fn?.name !== 'Derivative') return child;
    const [body, variable, order] = call.args ?? [];
    const inner = body as unknown as { fn?: { name?: string }; args?: MathNode[] };
    const count = order === undefined ? 1 : Number((order as unknown as { value?: unknown }).value);
    if (body?.type !== 'FunctionNode' || inner.args?.length !== 1 || !Number.isInteger(count))
      return child;
    const name = inner.fn?.name ?? '';
    const primed = name + "'".repeat(count);
    if (knowledge.functions.has(name) || !knowledge.functions.has(primed)) return child;
    if (inner.args[0].toString() !== variable?.toString()) return child;
    return functionNode(primed, inner.args);
  });
}

/** Applied functions that are neither known nor defined here. */
export function undefinedFunctions(nodes: readonly MathNode[], knowledge: Knowledge): string[] {
  const names = new Set<string>();
  for (const node of nodes) {
    node.traverse((child) => {
      if (child.type !== 'FunctionNode') return;
      const fn = (child as unknown as { fn: { name?: string } }).fn;
      const name = fn.name ?? '';
      const base = name.replace(/'+$/, '');
      if (KNOWN_FUNCTIONS.has(name) || CALCULUS_NAMES.has(name)) return;
      if (knowledge.functions.has(name) || knowledge.functions.has(base)) return;
      names.add(name);
    });
  }
  return [...names];
}

export function usesFunction(node: MathNode, name: string): boolean {
  let found = false;
  node.traverse((child) => {
    if (
      child.type === 'FunctionNode' &&
      (child as unknown as { fn: { name?: string } }).fn.name?.replace(/'+$/, '') === name
    )
      found = true;
  });
  return found;
}
