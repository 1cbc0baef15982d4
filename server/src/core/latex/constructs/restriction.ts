/**
 * Restrictions: `f|_A`, `\mu_\kappa|_{(0,1]}` → Restrict(f, A), a function or measure restricted
 * to a set. Only on a name, with a lone lower script that names no variable: `F|_{x=a}` and
 * `F|_a^b` are evaluations (delimiters.ts), and inside `|…|` a bar closes.
 */
import type { Parser } from '../parser';
import type { MathNode } from '../mathjsNodes';

function isBar(p: Parser): boolean {
  return p.is('punct', '|') || p.isCommand('vert');
}

/** After `node`: at `|_{A}` restricting it. */
export function restrictionAhead(p: Parser, node: MathNode): boolean {
  if (node.type !== 'SymbolNode' || p.absDepth > 0 || !isBar(p) || !p.is('sub', undefined, 1))
    return false;
  const lower = p.peekArgumentTokens(2);
  if (lower === undefined || lower.length === 0) return false;
  if (lower.some((t) => t.kind === 'punct' && t.value === '=')) return false;
  return !p.is('sup', undefined, 2 + p.argumentLength(2));
}

export function parseRestriction(p: Parser, node: MathNode): MathNode {
  p.next();
  p.next();
  p.scriptDepth++;
  const domain = p.parseScriptArgument();
  p.scriptDepth--;
  return p.apply('Restrict', [node, domain], p.spanOf(node).start, p.lastEnd());
}
