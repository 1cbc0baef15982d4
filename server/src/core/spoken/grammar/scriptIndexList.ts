/**
 * Index lists in dictated scripts: "sigma sub T, i squared" is σ_{T,i}², "E sub J, alpha beta
 * equals" is E_{J,αβ} =. After the script (compactScript.ts), items said after a pause join it.
 */
import { Power, type Parser } from '../parser';
import type { Formula } from '../tree';
import { compactScript } from './compactScript';
import { listsNumbers } from './pauses';

/**
 * After a script item: the end, a pause or a postfix word ("squared"); a relation only after an
 * item of several symbols ("E sub J, alpha beta equals") or in a list already continued, as "d of
 * b sub 0, y is less than" lists y.
 */
function endsItem(parser: Parser, item: Formula, inList: boolean, continued: boolean): boolean {
  const next = parser.peek();
  const several = item.kind === 'row' || item.kind === 'infix';
  if (next === undefined || next.kind === 'stop') return true;
  // In a list ("x, e sub 2, d, arrow s") a lone symbol between pauses is the list's next item.
  if (next.kind === 'pause') return several || !inList;
  const match = parser.grammar.operators.match(parser.tokens, parser.pos);
  if (match === undefined) return false;
  // "e to the power of 1, e to the power of 2", "U sub p, x sub i": a symbol raised to its own
  // power or with its own subscript is the outer list's next item.
  if (match.value.some((c) => c.name === 'power.toThe' || c.name === 'subscript.sub')) return false;
  // "V sub j, i plus 1 belongs to": an offset item before a relation is the next clause's side;
  // a list already continued ("A sub a, b, c equals 0") holds its last item too.
  const symbols = item.kind === 'row' || continued;
  return match.value.every(
    (c) => c.power >= Power.postfix || (symbols && c.power <= Power.relation),
  );
}

/** An item of letters and numbers (possibly with an offset): no punctuation, marks or scripts. */
function isIndex(formula: Formula): boolean {
  if (formula.kind === 'row') return formula.items.every(isIndex);
  if (formula.kind === 'infix') return isIndex(formula.left) && isIndex(formula.right);
  return formula.kind === 'atom' && (formula.role === 'letter' || formula.role === 'number');
}

/**
 * "sigma sub T, i squared", "E sub J, alpha beta equals": items said after a pause that are
 * symbols again, each ending where the script could end, join the script as a comma list. A
 * symbol with its own script ("x sub 1, x sub 2") is the next item of an outer list instead.
 */
export function withCommaItems(parser: Parser, script: Formula, inList: boolean): Formula {
  let list = script;
  while (parser.peek()?.text === ',' && script.kind !== 'empty') {
    const comma = parser.pos;
    const continued = list.kind === 'infix' && list.op === ',';
    const item = parser.attempt(() => {
      parser.pos++;
      const next = compactScript(parser);
      const typedTight = listsNumbers(parser.tokens, comma);
      const ends = isIndex(next) && (typedTight || endsItem(parser, next, inList, continued));
      return ends ? next : undefined;
    });
    if (item === undefined) return list;
    list = { kind: 'infix', op: ',', left: list, right: item };
  }
  return list;
}
