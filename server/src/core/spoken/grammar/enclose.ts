/** Enclosures: ClearSpeak's "enclosed with box 12 end enclosed" → \boxed{12}. */
import { closing, phrases } from '../lexicon';
import { operand } from './construct';

const end = closing('enclose.end');

/** Without its closing words the box ends at a pause, like other spoken groups. */
const box = operand('enclose.box', phrases('enclose.box'), (parser) => {
  const body = parser.scope({ until: end, closedByPause: true });
  if (body.kind === 'empty') return undefined;
  parser.acceptClosing(end);
  return { kind: 'command', name: 'boxed', args: [body] };
});

export const encloseConstructs = [box];
