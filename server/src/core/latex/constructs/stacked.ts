/**
 * `\overset{m}{b}` and `\underset{m}{b}`. Over a relation the mark is a note on the relation
 * (relations.ts); over a big operator it is the operator's script (`\underset{i \in S}{\sum}` is
 * `\sum_{i \in S}`, rewritten on tokens by stackOperators); over anything else the tree keeps the
 * mark without guessing its meaning: Overset(b, m) / Underset(b, m), with m a symbol named by the
 * mark's LaTeX (`\overset{\sim}{x}` → Overset(x, \sim)).
 */
import type { Construct, Parser } from '../parser';
import { symbolNode, type MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';
import { relationAt } from './relations';
import { canonicalText } from './scripts';

/** Commands whose limits may be written with \underset/\overset. */
const OPERATORS = new Set(['sum', 'prod', 'lim', 'bigcup', 'bigcap', 'cup', 'cap', 'int']);

/** The index just past the braced group that opens at i (i itself when no group opens there). */
function groupEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.kind !== 'open') return i;
  let level = 0;
  for (let k = i; k < tokens.length; k++) {
    if (tokens[k].kind === 'open') level++;
    if (tokens[k].kind === 'close' && --level === 0) return k + 1;
  }
  return i;
}

/** `\underset{A}{\sum}` → `\sum_{A}`, `\overset{B}{\sum}` → `\sum^{B}`, in place. */
export function stackOperators(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const command = tokens[i];
    if (command.kind !== 'command' || (command.value !== 'underset' && command.value !== 'overset'))
      continue;
    const markEnd = groupEnd(tokens, i + 1);
    if (markEnd === i + 1) continue;
    const [open, base, close] = tokens.slice(markEnd, markEnd + 3);
    if (
      open?.kind !== 'open' ||
      close?.kind !== 'close' ||
      base.kind !== 'command' ||
      !OPERATORS.has(base.value)
    )
      continue;
    const script: Token = {
      kind: command.value === 'underset' ? 'sub' : 'sup',
      value: command.value === 'underset' ? '_' : '^',
      start: command.start,
      end: command.end,
    };
    tokens.splice(i, markEnd + 3 - i, base, script, ...tokens.slice(i + 1, markEnd));
  }
}

export const stackedConstruct: Construct = {
  commands: ['overset', 'underset'],
  // A mark over a relation is read by the statement, never as a factor.
  startsOperand: (p: Parser) => relationAt(p) === undefined,
  parse(p: Parser, token: Token): MathNode {
    if (relationAt(p) !== undefined) p.failAt(token, 'relation without a left side');
    const before = p.previous();
    p.next();
    const mark = p.takeArgumentTokens();
    if (mark.tokens.length === 0) p.fail('empty mark', token.start, mark.end);
    const baseArgument = p.takeArgumentTokens();
    const base = p.subParser(baseArgument.tokens, baseArgument.end).parseWhole();
    // `.58\overset{\cdot}{3}`: a dot over a digit after digits marks a repeating decimal.
    if (base.type === 'ConstantNode' && (before?.kind === 'number' || before?.kind === 'close'))
      p.fail('repeating decimal', token.start, baseArgument.end);
    const name = token.value === 'overset' ? 'Overset' : 'Underset';
    const markNode = p.mark(symbolNode(canonicalText(mark.tokens)), mark.start, mark.end);
    return p.apply(name, [base, markNode], token.start, baseArgument.end);
  },
};
