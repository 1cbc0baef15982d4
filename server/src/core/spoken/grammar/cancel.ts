/**
 * Cancellation marks: MathSpeak's "CrossOut y EndCrossOut", ClearSpeak's "crossed out 12 end
 * crossout" and "12 crossed out". A replacement said after "with" is written above the cancelled
 * part, as on a worked fraction: "CrossOut 12 With 2 EndCrossOut" is 12 struck out under a 2.
 */
import { closing, phrases } from '../lexicon';
import { Power, type Parser } from '../parser';
import { onLastFactor, type Formula } from '../tree';
import { operand, operator } from './construct';

const ends = closing('cancel.end', 'cancel.with');
const end = closing('cancel.end');
const withWord = closing('cancel.with');

function cancelled(body: Formula, parser: Parser): Formula {
  const mark: Formula = { kind: 'command', name: 'cancel', args: [body] };
  const replacement =
    parser.acceptFrom(withWord) !== undefined ? parser.scope({ until: end }) : undefined;
  parser.acceptClosing(end);
  if (replacement === undefined || replacement.kind === 'empty') return mark;
  return { kind: 'command', name: 'overset', args: [replacement, mark] };
}

const crossOut = operand('cancel.crossOut', phrases('cancel.start'), (parser) => {
  const body = parser.scope({ until: ends });
  return body.kind === 'empty' ? undefined : cancelled(body, parser);
});

/** "12 crossed out with 2": the mark said after what it strikes out takes the last factor. */
const crossedOut = operator(
  'cancel.crossedOut',
  phrases('cancel.after'),
  Power.postfix,
  (parser, left) =>
    left.kind === 'empty' ? undefined : onLastFactor(left, (factor) => cancelled(factor, parser)),
);

export const cancelConstructs = [crossOut, crossedOut];
