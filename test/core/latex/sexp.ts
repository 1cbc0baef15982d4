import type { MathNode, ParsedMath } from '../../../server/src/core/latex/index';

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
    case 'RelationalNode': {
      const r = node as unknown as { conditionals: string[]; params: MathNode[] };
      return `(${r.params.map((param, i) => (i === 0 ? sexp(param) : `${r.conditionals[i - 1]} ${sexp(param)}`)).join(' ')})`;
    }
    case 'FunctionNode':
      return `(${(n.fn as { name: string }).name} ${n.args!.map(sexp).join(' ')})`;
    default:
      return `<${n.type}>`;
  }
}

/** A parse result as text: relations `a eq b`, lists `{…; …}`, annotations «…», `!reason`. */
export function show(result: ParsedMath): string {
  const note =
    ('annotation' in result && result.annotation ? ` «${result.annotation.text}»` : '') +
    ('lead' in result && result.lead ? ` «lead ${result.lead.text}»` : '');
  switch (result.kind) {
    case 'expression':
      return sexp(result.node) + note;
    case 'relation':
      return (
        result.parts
          .map((part, i) => {
            if (i === 0) return sexp(part);
            const mark = result.marks?.[i - 1];
            return `${result.relations[i - 1]}${mark === undefined ? '' : `[${mark}]`} ${sexp(part)}`;
          })
          .join(' ') +
        (result.modulus === undefined ? '' : ` (mod ${sexp(result.modulus)})`) +
        note
      );
    case 'list':
      return `{${result.items.map(show).join('; ')}}${note}`;
    case 'unsupported':
      return `!${result.reason}`;
  }
}
