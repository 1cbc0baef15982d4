/** Set-builder notation: "the set of all x such that x > 0", "StartSet 1 comma 2 EndSet". */
import { closing, phrases } from '../lexicon';
import type { Formula } from '../tree';
import { operand } from './construct';

const suchThat = closing('sets.suchThat');
const mathspeakEnd = closing('sets.mathspeakEnd');

function braces(body: Formula): Formula {
  return { kind: 'fence', open: '\\{', close: '\\}', body };
}

/** "the set of integers" is ℤ; "the set of positive natural numbers" is ℕ⁺. */
function namedSet(members: Formula): Formula | undefined {
  if (members.kind === 'atom' && members.tex.startsWith('\\mathbb')) return members;
  if (members.kind === 'prefix' && (members.op === '+' || members.op === '-')) {
    const set = namedSet(members.operand);
    return set && { kind: 'script', base: set, sup: { kind: 'atom', tex: members.op } };
  }
  return undefined;
}

const setOf = operand('sets.setOf', phrases('sets.setOf'), (parser) => {
  const members = parser.scope({ until: suchThat });
  if (!parser.acceptClosing(suchThat)) return namedSet(members) ?? braces(members);
  parser.skipPauses();
  const condition = parser.scope({});
  return braces({ kind: 'infix', op: ':', left: members, right: condition });
});

const mathspeak = operand('sets.mathspeak', phrases('sets.mathspeak'), (parser) => {
  const body = parser.scope({ until: mathspeakEnd });
  parser.acceptFrom(mathspeakEnd);
  return braces(body);
});

export const setConstructs = [setOf, mathspeak];
