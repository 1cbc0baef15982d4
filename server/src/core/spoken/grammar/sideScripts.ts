/**
 * ClearSpeak's scripts on either side of a base: "left sub a left super b x right sub c right
 * super d" is {}_a^b x_c^d. Each side script takes one symbol; the right ones attach to the base
 * like any script.
 */
import { phraseMap } from '../lexicon';
import { PhraseTable } from '../phraseTable';
import { Power, type Parser } from '../parser';
import { attachScript, empty, type Formula } from '../tree';
import { operand, operator } from './construct';

const leftScripts = phraseMap('script.left');
const rightScripts = phraseMap('script.right');

function asSlot(value: string | undefined): 'sub' | 'sup' | undefined {
  return value === 'sub' || value === 'sup' ? value : undefined;
}

/** One index symbol (no trailing letters: the base follows it). */
function index(parser: Parser): Formula {
  parser.skipPauses();
  return parser.expression(Power.postfix);
}

const leftTable = new PhraseTable(leftScripts);

const left = operand('script.left', [...leftScripts.keys()], (parser, trigger) => {
  let prescripts: Formula = empty;
  let slot = asSlot(leftScripts.get(trigger));
  while (slot !== undefined) {
    const script = index(parser);
    if (script.kind === 'empty') return undefined;
    prescripts = attachScript(prescripts, slot, script);
    slot = asSlot(parser.acceptFrom(leftTable));
  }
  // "left sub a; x": the pause before the base is part of the symbol.
  while (parser.peek()?.kind === 'pause') parser.pos++;
  const base = parser.expression(Power.postfix - 1);
  if (base.kind === 'empty') return undefined;
  return base.kind === 'script' && base.pre === undefined
    ? { ...base, pre: prescripts }
    : { kind: 'script', base, pre: prescripts };
});

const right = operator(
  'script.right',
  [...rightScripts.keys()],
  Power.postfix,
  (parser, base, trigger) => {
    const slot = asSlot(rightScripts.get(trigger));
    if (slot === undefined || base.kind === 'empty') return undefined;
    const script = index(parser);
    return script.kind === 'empty' ? undefined : attachScript(base, slot, script);
  },
);

export const sideScriptConstructs = [left, right];
