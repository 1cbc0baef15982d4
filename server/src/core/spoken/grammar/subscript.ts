/**
 * Subscripts: "x sub i", "a sub n plus 1" (one operand: a_n + 1), "x subscript i end subscript",
 * MathSpeak's "x Subscript i Baseline" (which runs to "Baseline" or "Superscript").
 */
import { closing, phrases } from '../lexicon';
import { Power } from '../parser';
import { attachScript } from '../tree';
import { operator } from './construct';

const endSubscript = closing('subscript.end', 'subscript.superscript');
const closeSubscript = closing('subscript.end');

const sub = operator(
  'subscript.sub',
  phrases('subscript.sub'),
  Power.postfix,
  (parser, left, trigger) => {
    const script =
      trigger === 'subscript'
        ? parser.scope({ until: endSubscript, closedByPause: true })
        : parser.expression(Power.prefix);
    if (script.kind === 'empty') return undefined;
    if (trigger === 'subscript') parser.acceptClosing(closeSubscript);
    return attachScript(left, 'sub', script);
  },
);

export const subscriptConstructs = [sub];
