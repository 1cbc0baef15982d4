/**
 * Marks said after a symbol that are written as its superscript: "A star" is A^*, "U dagger" is
 * U^\dagger, "M transpose" is M^T. Said where an operand is expected ("r sub star"), the words
 * stay symbols (atoms.ts).
 */
import { phraseMap } from '../lexicon';
import { Power } from '../parser';
import { atom, attachScript, juxtapose, type Formula } from '../tree';
import { operator } from './construct';

const marks = phraseMap('mark.postfix');

const mark = operator(
  'mark.postfix',
  [...marks.keys()],
  Power.postfix,
  (_parser, left, trigger) => {
    const tex = marks.get(trigger);
    if (tex === undefined || left.kind === 'empty') return undefined;
    return marked(left, atom(tex, 'symbol'));
  },
);

/** A mark joins a superscript already said: "n superscript J star" is n^{J*}. */
function marked(formula: Formula, mark: Formula): Formula {
  if (formula.kind === 'row' && formula.items.length > 0) {
    const items = formula.items.slice();
    items[items.length - 1] = marked(items[items.length - 1], mark);
    return { kind: 'row', items };
  }
  if (formula.kind === 'script' && formula.sup !== undefined)
    return { ...formula, sup: juxtapose(formula.sup, mark) };
  return attachScript(formula, 'sup', mark);
}

export const postfixMarkConstructs = [mark];
