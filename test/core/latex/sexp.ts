import type { MathNode } from '../../../server/src/core/latex/index';

const OPS: Record<string, string> = {
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
  unaryMinus: 'neg',
  pow: '^',
  factorial: '!',
};

/** A canonical s-expression of a tree (spans, implicit flags and parentheses ignored). */
export function sexp(node: MathNode): string {
  const n = node as unknown as {
    type: string;
    value?: unknown;
    name?: string;
    fn?: string | { name: string };
    args?: MathNode[];
    items?: MathNode[];
    content?: MathNode;
  };
  switch (n.type) {
    case 'ConstantNode':
      return String(n.value);
    case 'SymbolNode':
      return n.name ?? '?';
    case 'ParenthesisNode':
      return sexp(n.content!);
    case 'ArrayNode':
      return `[${n.items!.map(sexp).join(' ')}]`;
    case 'OperatorNode':
      return `(${OPS[n.fn as string] ?? (n.fn as string)} ${n.args!.map(sexp).join(' ')})`;
    case 'FunctionNode':
      return `(${(n.fn as { name: string }).name} ${n.args!.map(sexp).join(' ')})`;
    default:
      return `<${n.type}>`;
  }
}
