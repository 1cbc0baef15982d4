/**
 * Marks said after a symbol that are written as its superscript: "A star" is A^*, "U dagger" is
 * U^\dagger, "M transpose" is M^T; or before it with "of": "the transpose of A", "the inverse of
 * A" (A^{-1}). Said where an operand is expected ("r sub star"), the words stay symbols (atoms.ts).
 */
import { phraseMap } from '../lexicon';
import { Power } from '../parser';
import { atom, attachScript, juxtapose, type Formula } from '../tree';
import { operand, operator } from './construct';

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

const prefixMarks = phraseMap('mark.prefixOf');

/** A superscript written on what follows: "the inverse of A B" is (A B)^{-1}. */
const markOf = operand('mark.prefixOf', [...prefixMarks.keys()], (parser, trigger) => {
  const tex = prefixMarks.get(trigger);
  if (tex === undefined) return undefined;
  // One factor, as a function's argument: "the inverse of A times b" is A^{-1} b; a complement is
  // of the set said up to a relation, "the complement of A intersect B" (A ∩ B)^c.
  const power = tex === 'c' ? Power.relation : Power.multiplicative;
  const target = parser.scope({ closedByPause: true, power });
  if (target.kind === 'empty') return undefined;
  const base: Formula =
    target.kind === 'atom' || target.kind === 'script' || target.kind === 'fence'
      ? target
      : { kind: 'fence', open: '(', close: ')', body: target };
  const sup: Formula = tex.startsWith('-')
    ? { kind: 'prefix', op: '-', operand: atom(tex.slice(1), 'number') }
    : atom(tex, 'symbol');
  return attachScript(base, 'sup', sup);
});

export const postfixMarkConstructs = [mark, markOf];
