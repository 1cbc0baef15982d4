/**
 * Marks said after a symbol that are written as its superscript: "A star" is A^*, "U dagger" is
 * U^\dagger, "M transpose" is M^T. Said where an operand is expected ("r sub star"), the words
 * stay symbols (atoms.ts).
 */
import { phraseMap } from '../lexicon';
import { Power } from '../parser';
import { atom, attachScript } from '../tree';
import { operator } from './construct';

const marks = phraseMap('mark.postfix');

const mark = operator(
  'mark.postfix',
  [...marks.keys()],
  Power.postfix,
  (_parser, left, trigger) => {
    const tex = marks.get(trigger);
    if (tex === undefined || left.kind === 'empty') return undefined;
    return attachScript(left, 'sup', atom(tex, 'symbol'));
  },
);

export const postfixMarkConstructs = [mark];
