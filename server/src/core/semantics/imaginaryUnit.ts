/**
 * Whether the symbol `i` in trees of parseLatexMath is the imaginary unit. The parser always
 * reads `i` as a variable (core/latex/names.ts); this decides from how it is used, looking at
 * both sides of a comparison together (one meaning per comparison):
 * - an index: bound by a sum or product (`\sum_{i=1}^n`), or in a subscript (`x_i`, `a_{i+1}`)
 *   → a variable, whatever else the formula does;
 * - otherwise, in the exponent of `e` (`e^{i\pi}`, `\exp(i x)`) or raised to a whole power of at
 *   least 2 (`i^2`) → the imaginary unit;
 * - otherwise a variable (the parser's reading).
 */
import type { MathNode } from '../latex';

interface Shape {
  type: string;
  name?: string;
  fn?: { type: string; name?: string } | string;
  args?: MathNode[];
  content?: MathNode;
  value?: unknown;
}

function shape(node: MathNode): Shape {
  return node;
}

function strip(node: MathNode): MathNode {
  let current = node;
  while (shape(current).type === 'ParenthesisNode' && shape(current).content !== undefined) {
    current = shape(current).content!;
  }
  return current;
}

function isSymbol(node: MathNode | undefined, name: string): boolean {
  if (node === undefined) return false;
  const s = shape(strip(node));
  return s.type === 'SymbolNode' && s.name === name;
}

function calleeName(s: Shape): string | undefined {
  return typeof s.fn === 'object' && s.fn.type === 'SymbolNode' ? s.fn.name : undefined;
}

function mentionsI(node: MathNode): boolean {
  let found = false;
  node.traverse((child) => {
    if (isSymbol(child, 'i')) found = true;
  });
  return found;
}

/** `x_i`, `a_{i+1}`, `x_{ij}`: a subscript that mentions the letter i outside a command name. */
function hasISubscript(name: string): boolean {
  const at = name.indexOf('_');
  if (at < 0) return false;
  return /i/.test(name.slice(at + 1).replace(/\\[A-Za-z]+/g, ''));
}

const SERIES = new Set(['Sum', 'Product', 'sum', 'product']);

export function imaginaryUnitIn(nodes: readonly MathNode[]): boolean {
  let index = false;
  let imaginary = false;
  for (const node of nodes) {
    node.traverse((child) => {
      const s = shape(child);
      if (s.type === 'SymbolNode' && s.name !== undefined && hasISubscript(s.name)) index = true;
      if (s.type === 'FunctionNode') {
        const name = calleeName(s);
        if (name !== undefined && SERIES.has(name) && isSymbol(s.args?.[1], 'i')) index = true;
        if (name === 'exp' && s.args?.[0] !== undefined && mentionsI(s.args[0])) imaginary = true;
      }
      if (s.type === 'OperatorNode' && s.fn === 'pow' && s.args?.length === 2) {
        const [base, exponent] = s.args as [MathNode, MathNode];
        if (isSymbol(base, 'e') && mentionsI(exponent)) imaginary = true;
        const power = shape(strip(exponent));
        if (
          isSymbol(base, 'i') &&
          power.type === 'ConstantNode' &&
          Number.isInteger(Number(power.value)) &&
          Number(power.value) >= 2
        ) {
          imaginary = true;
        }
      }
    });
  }
  return imaginary && !index;
}
