/**
 * Implicit differentiation: `\frac{dy}{dx}` where a premise F(x, y, …) = 0 ties y to x stands for
 * −F_x / F_y (by the implicit function theorem, wherever F_y ≠ 0). Without this, y would be read
 * as an arbitrary function of x and `2x + 2y \frac{dy}{dx} = 0` after `x^2 + y^2 = 25` would be
 * refuted. Only first derivatives with one premise naming y are rewritten; anything else that
 * differentiates a constrained symbol is reported, so the step stays unknown.
 */
import type { MathNode } from '../latex';
import { mathNumber } from '../equivalence/mathInstance';
import { rebuild } from '../equivalence/nodes';
import type { Premise } from './knowledge';
import { namesIn } from './numeric';

type Rewritten = { nodes: MathNode[]; used: Premise[] } | { unsupported: string };

/**
 * `\frac{dy}{dx}` — or `y'` when the premise tying y names exactly one other variable, the one
 * y is then a function of (`x^2 + y^2 = 1`, then `2x + 2y y' = 0`).
 */
function derivativeOf(
  node: MathNode,
  premises: readonly Premise[],
): { body: string; variable: string; order: number } | undefined {
  if (node.type === 'SymbolNode') {
    const primed = /^(.+?)('+)$/.exec((node as unknown as { name: string }).name);
    if (primed === null) return undefined;
    const tying = premises.filter((p) => namesIn([p.tree]).has(primed[1]));
    const others = [...namesIn(tying.map((p) => p.tree))].filter((n) => n !== primed[1]);
    if (tying.length === 0 || others.length !== 1) return undefined;
    return { body: primed[1], variable: others[0], order: primed[2].length };
  }
  const call = derivativeCall(node);
  if (call?.body.type !== 'SymbolNode') return undefined;
  return { ...call, body: (call.body as unknown as { name: string }).name };
}

/** The parts of a `Derivative(body, variable, order)` call (order 1 when absent). */
function derivativeCall(
  node: MathNode,
): { body: MathNode; variable: string; order: number } | undefined {
  if (node.type !== 'FunctionNode') return undefined;
  const call = node as unknown as { fn: { name?: string }; args: MathNode[] };
  if (call.fn.name !== 'Derivative' && call.fn.name !== 'derivative') return undefined;
  const [body, variable, order] = call.args;
  if (body === undefined || variable?.type !== 'SymbolNode') return undefined;
  return {
    body,
    variable: (variable as unknown as { name: string }).name,
    order: order === undefined ? 1 : Number((order as unknown as { value?: unknown }).value),
  };
}

/**
 * `\frac{d}{dt}(t^2 + t u + u^2)` where a premise ties u to t: the chain rule,
 * ∂E/∂t + ∂E/∂u · du/dt with du/dt = −F_t / F_u. Undefined when the node is no such derivative.
 */
function chainRule(
  node: MathNode,
  premises: readonly Premise[],
): { node: MathNode; premise: Premise } | { unsupported: string } | undefined {
  const call = derivativeCall(node);
  if (call === undefined || call.body.type === 'SymbolNode') return undefined;
  const { body, variable: t, order: value } = call;
  const tied = [...namesIn([body])].filter(
    (name) => name !== t && premises.some((p) => namesIn([p.tree]).has(name)),
  );
  if (tied.length === 0) return undefined;
  const tying = premises.filter((p) => namesIn([p.tree]).has(tied[0]));
  if (value !== 1 || tied.length > 1 || tying.length > 1) {
    return {
      unsupported: `a derivative of an expression in ${tied.join(', ')}, which the premises tie to other variables`,
    };
  }
  try {
    const M = mathNumber();
    const d = (tree: MathNode, name: string) =>
      new M.ParenthesisNode(
        M.derivative(rebuild(tree), new M.SymbolNode(name), { simplify: false }),
      );
    const implicit = new M.OperatorNode('-', 'unaryMinus', [
      new M.OperatorNode('/', 'divide', [d(tying[0].tree, t), d(tying[0].tree, tied[0])]),
    ]);
    const total = new M.OperatorNode('+', 'add', [
      d(body, t),
      new M.OperatorNode('*', 'multiply', [d(body, tied[0]), implicit]),
    ]);
    return { node: total, premise: tying[0] };
  } catch (error) {
    return { unsupported: `cannot differentiate: ${(error as Error).message}` };
  }
}

export function rewriteImplicitDerivatives(
  nodes: readonly MathNode[],
  premises: readonly Premise[],
): Rewritten {
  const M = mathNumber();
  let problem: string | undefined;
  const used = new Set<Premise>();
  const rewrite = (node: MathNode): MathNode =>
    node.transform((child) => {
      if (problem !== undefined) return child;
      const chain = chainRule(child, premises);
      if (chain !== undefined) {
        if ('unsupported' in chain) problem = chain.unsupported;
        else used.add(chain.premise);
        return 'node' in chain ? chain.node : child;
      }
      const derivative = derivativeOf(child, premises);
      if (derivative === undefined) return child;
      const tying = premises.filter((p) => namesIn([p.tree]).has(derivative.body));
      if (tying.length === 0) return child;
      if (derivative.order !== 1) {
        problem = `a higher derivative of ${derivative.body}, which the premises tie to other variables`;
        return child;
      }
      if (tying.length > 1) {
        problem = `the derivative of ${derivative.body}, which several premises tie to other variables`;
        return child;
      }
      try {
        used.add(tying[0]);
        const F = rebuild(tying[0].tree);
        const fx = M.derivative(F, new M.SymbolNode(derivative.variable), { simplify: false });
        const fy = M.derivative(F, new M.SymbolNode(derivative.body), { simplify: false });
        return new M.OperatorNode('-', 'unaryMinus', [
          new M.OperatorNode('/', 'divide', [new M.ParenthesisNode(fx), new M.ParenthesisNode(fy)]),
        ]);
      } catch (error) {
        problem = `cannot differentiate the premise on ${derivative.body}: ${(error as Error).message}`;
        return child;
      }
    });
  const rewritten = nodes.map(rewrite);
  return problem === undefined ? { nodes: rewritten, used: [...used] } : { unsupported: problem };
}
