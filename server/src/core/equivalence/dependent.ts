/**
 * Which symbols stand for functions. In `\frac{dy}{dx}` the symbol y depends on x — read as a
 * constant, dy/dx would be 0 and `\frac{dy}{dx} = 0` an identity. A symbol differentiated on its
 * own (`\frac{dy}{dx}`, `\frac{\partial u}{\partial t}`) becomes an applied function of the
 * variables it is differentiated in, everywhere in the trees compared together; a primed symbol
 * `y'` is then its derivative when y depends on exactly one variable. A symbol that is only
 * ever part of a differentiated expression (`\frac{d}{dx}(a x^2)`) stays a constant, as a reader
 * takes it.
 */
import type { MathNode } from 'mathjs' with { 'resolution-mode': 'import' };
import { mathNumber } from './mathInstance';
import { CONSTANT_SYMBOLS, boundVariable, functionName, view } from './nodes';
import { substituteFunctions } from './prepare';
import { Unsupported, type FunctionDefinition } from './types';

const PRIMED = /^(.+?)('+)$/;

/**
 * Symbols differentiated on their own, with their variables; and, when the trees differentiate in
 * exactly one variable x, the bases of primed symbols (`\frac{d}{dx} y^2 = 2 y y'`: y is y(x)).
 */
function differentiatedSymbols(nodes: readonly MathNode[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const allVariables = new Set<string>();
  const primedBases = new Set<string>();
  for (const node of nodes) {
    node.traverse((child, path) => {
      // The callee of `f'(x)` names a function, not a symbol.
      if (child.type === 'SymbolNode' && path !== 'fn') {
        const primed = PRIMED.exec((child as unknown as { name: string }).name);
        if (primed !== null) primedBases.add(primed[1]);
        return;
      }
      if (child.type !== 'FunctionNode') return;
      const v = view(child);
      if (v.type !== 'FunctionNode' || functionName(v) !== 'derivative') return;
      const variable = boundVariable(v);
      allVariables.add(variable);
      const body = view(v.args[0]);
      if (body.type !== 'SymbolNode' || CONSTANT_SYMBOLS.has(body.name)) return;
      if (variable === body.name) return;
      const variables = found.get(body.name) ?? [];
      if (!variables.includes(variable)) variables.push(variable);
      found.set(body.name, variables);
    });
  }
  if (allVariables.size === 1) {
    const [variable] = allVariables;
    for (const base of primedBases)
      if (base !== variable && !found.has(base)) found.set(base, [variable]);
  }
  return found;
}

/** The trees with dependent symbols applied to their variables (`y` → `y(x)`, `y'` → dy/dx). */
export function bindDependentSymbols(nodes: readonly MathNode[]): MathNode[] {
  const dependent = differentiatedSymbols(nodes);
  if (dependent.size === 0) return [...nodes];
  const M = mathNumber();
  const bind = (node: MathNode): MathNode =>
    node.transform((child, path) => {
      if (child.type !== 'SymbolNode' || path === 'fn') return child;
      const name = (child as unknown as { name: string }).name;
      const variables = dependent.get(name);
      if (variables !== undefined) {
        return new M.FunctionNode(
          new M.SymbolNode(name),
          variables.map((x) => new M.SymbolNode(x)),
        );
      }
      const primed = PRIMED.exec(name);
      const base = primed === null ? undefined : dependent.get(primed[1]);
      if (primed === null || base === undefined) return child;
      if (base.length !== 1)
        throw new Unsupported(`${name}: ${primed[1]} depends on several variables`);
      const x = new M.SymbolNode(base[0]);
      const applied = new M.FunctionNode(new M.SymbolNode(primed[1]), [x]);
      return new M.FunctionNode(new M.SymbolNode('derivative'), [
        applied,
        x,
        new M.ConstantNode(primed[2].length),
      ]);
    });
  return nodes.map(bind);
}

/**
 * `f'`, `f''` applied where f has a one-argument definition (given, or a random stand-in):
 * their definitions are f's derivatives, so `\frac{d}{dx} f(x) = f'(x)` holds for every f.
 * Explicit definitions of a primed name are kept.
 */
export function addPrimedDerivatives(
  definitions: Map<string, FunctionDefinition>,
  explicit: ReadonlyMap<string, FunctionDefinition>,
): void {
  const M = mathNumber();
  for (const name of [...definitions.keys()]) {
    const primed = PRIMED.exec(name);
    if (primed === null || explicit.has(name)) continue;
    const base = definitions.get(primed[1]);
    if (base === undefined || base.params.length !== 1) continue;
    let body = substituteFunctions(base.body, definitions);
    try {
      for (let k = 0; k < primed[2].length; k++) {
        body = M.derivative(body, new M.SymbolNode(base.params[0]), { simplify: false });
      }
    } catch (error) {
      throw new Unsupported(`cannot differentiate ${primed[1]}: ${(error as Error).message}`);
    }
    definitions.set(name, { params: base.params, body });
  }
}
