/**
 * What a derivation's rows have established, as the judge reads it: definitions, premises as
 * zero sets, assumptions; and which of them bear on a step (those sharing a name with it).
 */
import type { FunctionDefinition } from '../equivalence';
import type { Condition } from '../equivalence/types';
import type { MathNode } from '../latex';
import type { Span } from './types';

export interface Premise {
  /** left − right: zero where the premise holds. */
  tree: MathNode;
  row: Span;
}

export interface Assumption extends Condition {
  row: Span;
}

export interface Knowledge {
  symbols: Map<string, { value: MathNode; row: Span }>;
  functions: Map<string, FunctionDefinition>;
  functionRows: Map<string, Span>;
  premises: Premise[];
  conditions: Assumption[];
  /** Letters the formula uses on their own somewhere: `m (v - v_0)` multiplies by m. */
  numbers: Set<string>;
}

export function symbolsOf(node: MathNode): Set<string> {
  const names = new Set<string>();
  node.traverse((child, path) => {
    if (child.type === 'SymbolNode' && path !== 'fn')
      names.add((child as unknown as { name: string }).name);
  });
  return names;
}

/** Symbols, and the functions applied (`f(0) = 1` is about f), by base name. */
function namesAndCallees(node: MathNode): Set<string> {
  const names = symbolsOf(node);
  node.traverse((child) => {
    const callee = (child as unknown as { fn?: { name?: string } }).fn?.name;
    if (child.type === 'FunctionNode' && callee !== undefined) names.add(callee.replace(/'+$/, ''));
  });
  return names;
}

/** Premises that share a symbol with the step, or with a premise that does (transitively). */

export function relevantPremises(
  nodes: readonly MathNode[],
  premises: readonly Premise[],
): Premise[] {
  const names = new Set<string>();
  for (const node of nodes) for (const name of namesAndCallees(node)) names.add(name);
  const chosen = new Set<Premise>();
  for (let grew = true; grew;) {
    grew = false;
    for (const premise of premises) {
      if (chosen.has(premise)) continue;
      const own = namesAndCallees(premise.tree);
      if ([...own].some((name) => names.has(name))) {
        chosen.add(premise);
        for (const name of own) names.add(name);
        grew = true;
      }
    }
  }
  return premises.filter((premise) => chosen.has(premise));
}

/** Assumptions whose variables all occur in the step or its premises (others cannot be tested). */
export function relevantAssumptions(
  nodes: readonly MathNode[],
  knowledge: Knowledge,
): Assumption[] {
  const names = new Set<string>();
  for (const node of nodes) for (const name of symbolsOf(node)) names.add(name);
  return knowledge.conditions.filter((condition) =>
    [...symbolsOf(condition.tree)].every((name) => names.has(name)),
  );
}
