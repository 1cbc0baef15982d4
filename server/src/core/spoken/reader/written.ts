/**
 * What the reader knows of how a formula was written, beyond its tree: the source of a node, the
 * parentheses around it, and the signs between two nodes (a division's `/`, a relation's mark).
 */
import { spanOf, type MathNode } from '../../latex/index';

export interface WrittenForm {
  /** The LaTeX a node was parsed from, when known. */
  sourceOf(node: MathNode): string | undefined;
  /** Whether the node was written in parentheses of its own, `(A)` in `P(A)`. */
  parenthesised(node: MathNode): boolean;
  /** The LaTeX written between two nodes (the sign of a division), when known. */
  between(first: MathNode, second: MathNode): string | undefined;
}

/** A parenthesis as written before and after a node's span: `(`, `\left(`, `\bigl(`. */
const openedBefore = /(?:\\left|\\[bB]igg?l?)?\(\s*$/;
const closedAfter = /^\s*(?:\\right|\\[bB]igg?r?)?\)/;

/** Whether the text from `start` to `end` is written in parentheses of its own: `P(A)`, `x(y z)`. */
function inParentheses(latex: string, start: number, end: number): boolean {
  if (!openedBefore.test(latex.slice(Math.max(0, start - 16), start))) return false;
  // `(a)(b)`: the parentheses around the whole span must be a pair, not the first's and the last's.
  let depth = 0;
  for (const char of latex.slice(start, end)) {
    if (char === '(') depth++;
    else if (char === ')' && --depth < 0) return false;
  }
  // A span ends at its last token, before the parentheses its own last factor closes: `q_L(u`.
  let after = latex.slice(end);
  for (; depth > 0; depth--) {
    const closed = closedAfter.exec(after);
    if (closed === null) return false;
    after = after.slice(closed[0].length);
  }
  return closedAfter.test(after);
}

export function writtenForm(latex: string): WrittenForm {
  return {
    sourceOf(node) {
      const span = spanOf(node);
      return span === undefined ? undefined : latex.slice(span.start, span.end);
    },
    parenthesised(node) {
      const span = spanOf(node);
      return span !== undefined && inParentheses(latex, span.start, span.end);
    },
    between(first, second) {
      const [a, b] = [spanOf(first), spanOf(second)];
      return a === undefined || b === undefined || b.start < a.end
        ? undefined
        : latex.slice(a.end, b.start);
    },
  };
}
