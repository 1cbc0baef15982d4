/** Cancellation marks: MathSpeak's "CrossOut y EndCrossOut", ClearSpeak's "crossed out 12 end crossout". */
import { closing, phrases } from '../lexicon';
import { operand } from './construct';

const ends = closing('cancel.end', 'cancel.with');
const end = closing('cancel.end');
const withWord = closing('cancel.with');

const crossOut = operand('cancel.crossOut', phrases('cancel.start'), (parser) => {
  const body = parser.scope({ until: ends });
  // "CrossOut 12 With 2": the replacement is said after "With"; it follows the cancelled part.
  const replacement =
    parser.acceptFrom(withWord) !== undefined ? parser.scope({ until: end }) : undefined;
  parser.acceptClosing(end);
  const cancelled = { kind: 'command' as const, name: 'cancel', args: [body] };
  return replacement === undefined ? cancelled : { kind: 'row', items: [cancelled, replacement] };
});

export const cancelConstructs = [crossOut];
