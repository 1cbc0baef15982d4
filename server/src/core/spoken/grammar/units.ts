/**
 * Units written as marks after a number or letter: "10 feet" → 10′, "1 inch" → 1″, "45 degrees,
 * 10 minutes" → 45°10′. Elsewhere the words stay words.
 */
import { phraseMap } from '../lexicon';
import { Power } from '../parser';
import { atom, attachScript, type Formula } from '../tree';
import { operator } from './construct';

const marks = phraseMap('units.marks');

function lastFactor(formula: Formula): Formula {
  return formula.kind === 'row' ? lastFactor(formula.items[formula.items.length - 1]) : formula;
}

const unitMark = operator(
  'units.mark',
  [...marks.keys()],
  Power.postfix,
  (_parser, left, trigger) => {
    const mark = marks.get(trigger);
    const last = lastFactor(left);
    if (
      mark === undefined ||
      last.kind !== 'atom' ||
      (last.role !== 'number' && last.role !== 'letter')
    )
      return undefined;
    return attachScript(left, 'sup', atom(mark));
  },
);

export const unitConstructs = [unitMark];
