/**
 * What the rows of one derivation have established so far: definitions (substituted into later
 * rows), equations that constrain the points later rows are checked at, and assumptions on the
 * variables (`x > 0`, `a \neq 0`).
 */
import type { MathNode, Relation } from '../latex';
import { KNOWN_FUNCTIONS } from '../equivalence/functions';
import { operatorNode } from '../latex/mathjsNodes';
import { RESERVED_FUNCTIONS } from '../latex/names';
import type { Knowledge } from './knowledge';
import { derivativeName, namesIn } from './numeric';
import { substitute } from './substitution';
import type { Span } from './types';

function symbolName(node: MathNode): string | undefined {
  return node.type === 'SymbolNode' ? (node as unknown as { name: string }).name : undefined;
}

/** `f(x, y)` with distinct variable arguments: the function and its parameters. */
function functionHead(node: MathNode): { name: string; params: string[] } | undefined {
  if (node.type !== 'FunctionNode') return undefined;
  const fn = node as unknown as { fn: { name?: string }; args: MathNode[] };
  const params = fn.args.map(symbolName);
  if (fn.fn.name === undefined || params.some((p) => p === undefined)) return undefined;
  if (new Set(params).size !== params.length) return undefined;
  return { name: fn.fn.name, params: params as string[] };
}

const RESERVED: ReadonlySet<string> = new Set(Object.values(RESERVED_FUNCTIONS));

/** `x > 0` as `x − 0` required positive; `a ≠ b` as `a − b` required non-zero. */
const CONDITION_KIND: Partial<Record<Relation, 'positive' | 'nonnegative' | 'nonzero'>> = {
  gt: 'positive',
  lt: 'positive',
  ge: 'nonnegative',
  le: 'nonnegative',
  neq: 'nonzero',
};

export class Scope {
  readonly knowledge: Knowledge = {
    symbols: new Map(),
    functions: new Map(),
    functionRows: new Map(),
    premises: [],
    conditions: [],
    numbers: new Set(),
  };
  /**
   * Names that rows have said something about (premises, checked steps): a later `x = …` is a
   * claim about x, not its definition. Names used only inside definitions may still be defined
   * (`A = \pi r^2` then `r = 2t`).
   */
  private readonly claimed = new Set<string>();

  /** The name `left = right` defines, when it has the shape of a definition; it is recorded. */
  define(left: MathNode, right: MathNode, row: Span): string | undefined {
    const head = functionHead(left);
    if (head !== undefined) {
      if (KNOWN_FUNCTIONS.has(head.name) || RESERVED.has(head.name)) return undefined;
      if (this.claimed.has(head.name) || this.knowledge.functions.has(head.name)) return undefined;
      // `f'(x) = …` after `f(x) = …` claims f's derivative, and `f(x) = …` after `f'(x) = …` its
      // antiderivative: neither defines anything.
      const base = head.name.replace(/'+$/, '');
      const relatives = [...this.knowledge.functions.keys()].map((f) => f.replace(/'+$/, ''));
      if (relatives.includes(base)) return undefined;
      this.knowledge.functions.set(head.name, { params: head.params, body: right });
      this.knowledge.functionRows.set(head.name, row);
      return head.name;
    }
    const name = symbolName(left);
    if (name === undefined || this.claimed.has(name) || this.knowledge.symbols.has(name)) {
      return undefined;
    }
    // `y' = …` or `\dot{s} = …` after `y = …`, `s = …` claims a derivative.
    const derivative = derivativeName(name);
    if (derivative !== undefined && this.knowledge.symbols.has(derivative.base)) return undefined;
    if (namesIn([right]).has(name)) return undefined;
    this.knowledge.symbols.set(name, { value: right, row });
    return name;
  }

  /** An equation that constrains later rows, in terms of what is not defined. */
  premise(left: MathNode, right: MathNode, row: Span): void {
    const [l, r] = [left, right].map((side) => substitute(side, this.knowledge));
    this.knowledge.premises.push({ tree: operatorNode('subtract', [l, r]), row });
    this.claim([left, right]);
  }

  /** An assumption `left relation right`; false when the relation is not one. */
  assume(left: MathNode, relation: Relation, right: MathNode, row: Span): boolean {
    const kind = CONDITION_KIND[relation];
    if (kind === undefined) return false;
    const [l, r] = [left, right].map((side) => substitute(side, this.knowledge));
    const tree =
      relation === 'lt' || relation === 'le'
        ? operatorNode('subtract', [r, l])
        : operatorNode('subtract', [l, r]);
    this.knowledge.conditions.push({ tree, kind, row });
    this.claim([left, right]);
    return true;
  }

  /** Whether no row so far has used or defined the name (an integration constant is new). */
  isNew(name: string): boolean {
    return (
      !this.claimed.has(name) &&
      !this.knowledge.symbols.has(name) &&
      ![...this.knowledge.symbols.values()].some((d) => namesIn([d.value]).has(name))
    );
  }

  claim(nodes: readonly MathNode[]): void {
    namesIn(nodes, this.claimed);
    for (const node of nodes) {
      node.traverse((child) => {
        const name = (child as unknown as { fn?: { name?: string } }).fn?.name;
        if (child.type === 'FunctionNode' && name !== undefined) this.claimed.add(name);
      });
    }
  }
}
