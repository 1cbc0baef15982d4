/**
 * Readings of mathjs trees that mathjs leaves to the evaluator: a function name written without
 * parentheses is multiplied (`sin x` is sin·x, `2 sin x cos x` a product of five factors, `sin^2(x)`
 * a power of the symbol `sin` times x), and a prime is a transpose (`f'(x)` is f′·x). Here a
 * function name applies to the factors after it up to the next function name (`sin 2x` = sin(2x),
 * `sin x cos x` = sin(x)·cos(x), as in core/latex), and a primed name is a name of its own, applied
 * when parentheses follow; `pow(x, 3)` is a power, and SymPy's names are mathjs's (sympy.ts).
 */
import type { MathNode } from './parse';
import { functionNode, operatorNode, symbolNode } from '../../latex/mathjsNodes';
import { FUNCTIONS, operatorCommand } from './functions';
import { asOperator, factorsOf, isImplicitProduct, nameOf, product } from './nodes';
import { fromSympy } from './sympy';

/** `gamma` stays the Greek letter when written alone; other names of FUNCTIONS apply. */
function isFunctionName(name: string): boolean {
  return (
    operatorCommand(name) !== undefined || (Object.hasOwn(FUNCTIONS, name) && name !== 'gamma')
  );
}

/** `sin` → {name: 'sin'}; `sin^2` → {name: 'sin', power: 2}. */
function functionHead(node: MathNode): { name: string; power?: MathNode } | undefined {
  if (node.type === 'SymbolNode' && isFunctionName(nameOf(node))) return { name: nameOf(node) };
  if (node.type === 'OperatorNode' && asOperator(node).fn === 'pow') {
    const [base, power] = asOperator(node).args;
    if (base.type === 'SymbolNode' && isFunctionName(nameOf(base)))
      return { name: nameOf(base), power };
  }
  return undefined;
}

function isTuple(node: MathNode | undefined): boolean {
  return (
    node?.type === 'FunctionNode' && nameOf((node as unknown as { fn: MathNode }).fn) === 'Tuple'
  );
}

function unwrap(node: MathNode): MathNode {
  return node.type === 'ParenthesisNode'
    ? (node as unknown as { content: MathNode }).content
    : node;
}

function applyFunctionNames(factors: MathNode[]): MathNode[] {
  const out: MathNode[] = [];
  for (let i = 0; i < factors.length; i++) {
    const factor = factors[i];
    const head = functionHead(factor);
    const primed = factor.type === 'SymbolNode' && nameOf(factor).endsWith("'");
    if (primed && factors[i + 1]?.type === 'ParenthesisNode') {
      out.push(functionNode(nameOf(factor), [unwrap(factors[++i])]));
      continue;
    }
    if (primed && isTuple(factors[i + 1])) {
      out.push(
        functionNode(nameOf(factor), (factors[++i] as unknown as { args: MathNode[] }).args),
      );
      continue;
    }
    if (head === undefined || i === factors.length - 1) {
      out.push(factor);
      continue;
    }
    let end = i + 1;
    while (end < factors.length && functionHead(factors[end]) === undefined) end++;
    if (end === i + 1) {
      out.push(factor);
      continue;
    }
    const argument = unwrap(product(factors.slice(i + 1, end)));
    const applied = functionNode(head.name, [argument]);
    out.push(head.power === undefined ? applied : operatorNode('pow', [applied, head.power]));
    i = end - 1;
  }
  return out;
}

export function normalise(node: MathNode): MathNode {
  // A chain of implicit factors is read as a whole (`sin 2x` is one chain, whatever mathjs's
  // nesting), its factors one by one.
  if (isImplicitProduct(node)) {
    const factors = applyFunctionNames(factorsOf(node).map(normalise));
    return factors.length === 1 ? factors[0] : product(factors);
  }
  const mapped = fromSympy(node.map((child) => normalise(child)));
  // pow(x, 3) is x^3.
  if (
    mapped.type === 'FunctionNode' &&
    nameOf((mapped as unknown as { fn: MathNode }).fn) === 'pow'
  ) {
    const args = (mapped as unknown as { args: MathNode[] }).args;
    if (args.length === 2) return operatorNode('pow', args);
  }
  if (mapped.type === 'OperatorNode' && asOperator(mapped).fn === 'ctranspose') {
    const operand = asOperator(mapped).args[0];
    if (operand.type === 'SymbolNode') return symbolNode(`${nameOf(operand)}'`);
  }
  return mapped;
}
