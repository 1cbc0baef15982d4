/**
 * More arguments after "of": "d of hat t, hat x sub 1, hat x sub 2 greater than 0" is
 * d(t̂, x̂₁, x̂₂) > 0. Dictation lists the arguments with pauses; an item joins the list when it is
 * a short run of symbols and what follows it ends the list too (a pause, a relation, the end of
 * the sentence or of the enclosing group). Anything longer after a pause ("f of x, plus 1") is
 * the rest of the formula.
 */
import { Power, type Parser } from '../parser';
import type { Formula } from '../tree';

const maxSymbols = 3;

function symbolCount(formula: Formula): number {
  switch (formula.kind) {
    case 'atom':
      return formula.role === 'function' ? Infinity : 1;
    case 'script':
      return symbolCount(formula.base);
    case 'command':
      return formula.args.length === 1 ? symbolCount(formula.args[0]) : Infinity;
    case 'row':
      return formula.items.reduce((sum, item) => sum + symbolCount(item), 0);
    case 'prefix':
      return formula.op === '-' ? symbolCount(formula.operand) : Infinity;
    default:
      return Infinity;
  }
}

/** After an item: the list may go on or end here. */
function endsItem(parser: Parser): boolean {
  const next = parser.peek();
  if (next === undefined || next.kind === 'pause' || next.kind === 'stop') return true;
  if (parser.atTerminator()) return true;
  const match = parser.grammar.operators.match(parser.tokens, parser.pos);
  return match?.value.some((construct) => construct.power <= Power.relation) === true;
}

/** The first argument and the items that follow it, as one comma list. */
export function withMoreArguments(parser: Parser, first: Formula): Formula {
  let list = first;
  for (;;) {
    if (parser.peek()?.text !== ',' || !endsItem(parser)) return list;
    const save = parser.pos;
    const reported = parser.findings.length;
    parser.pos++;
    parser.skipPauses();
    const item = parser.atEnd() || parser.startsOperator() ? undefined : readItem(parser);
    if (item === undefined) {
      parser.pos = save;
      parser.findings.length = reported;
      return list;
    }
    list = { kind: 'infix', op: ',', left: list, right: item };
  }
}

function readItem(parser: Parser): Formula | undefined {
  const item = parser.scope({ closedByPause: true, power: Power.additive });
  if (item.kind === 'empty' || symbolCount(item) > maxSymbols || !endsItem(parser))
    return undefined;
  return item;
}
