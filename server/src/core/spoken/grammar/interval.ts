/**
 * Intervals and points: ClearSpeak's "the interval from a to b, not including a, but including b"
 * → (a, b], and "the point with coordinates 1 comma 2" → (1, 2). Infinite ends are open.
 */
import { closing, phrases, relationAt } from '../lexicon';
import { Power, type Parser } from '../parser';
import { print } from '../print';
import type { Formula } from '../tree';
import { operand } from './construct';

const to = closing('calculus.to');
const including = closing('interval.including');
const excluding = closing('interval.excluding');
const joiners = closing('interval.joiners');
const ends = closing('interval.including', 'interval.excluding');

function isInfinite(formula: Formula): boolean {
  return print(formula).includes('\\infty');
}

/** ", including 0 and 1", ", not including a, but including b": which ends are closed. */
function inclusions(parser: Parser, ends: readonly string[]): boolean[] {
  const closed = [false, false];
  let said = false;
  for (;;) {
    const save = parser.pos;
    parser.skipPauses();
    parser.acceptFrom(joiners);
    let included: boolean;
    if (parser.acceptFrom(excluding) !== undefined) included = false;
    else if (parser.acceptFrom(including) !== undefined) included = true;
    else {
      parser.pos = save;
      // Without "including …" the interval is taken as closed (infinite ends stay open).
      return said ? closed : [true, true];
    }
    said = true;
    do {
      const end = print(parser.expression(Power.implicit));
      const index = ends.indexOf(end);
      if (index >= 0) closed[index] = included;
    } while (parser.accept('and') || parser.accept('or'));
  }
}

const interval = operand('interval.fromTo', phrases('interval.fromTo'), (parser) => {
  if (!parser.saidLater(to)) return undefined;
  const lower = parser.scope({ until: to });
  if (parser.acceptFrom(to) === undefined) return undefined;
  const upper = parser.scope({ closedByPause: true, until: ends });
  const [lowerClosed, upperClosed] = inclusions(parser, [print(lower), print(upper)]);
  const open = lowerClosed && !isInfinite(lower) ? '[' : '(';
  const close = upperClosed && !isInfinite(upper) ? ']' : ')';
  return {
    kind: 'fence',
    open,
    close,
    body: { kind: 'infix', op: ',', left: lower, right: upper },
  };
});

/** "3 comma 4" of a point or a vector: the coordinates, in parentheses, end at a relation. */
export function coordinates(parser: Parser): Formula {
  const body = parser.scope({ stop: (at) => relationAt(at.tokens, at.pos) });
  return { kind: 'fence', open: '(', close: ')', body };
}

/** A point's name: a symbol, scripted or accented (P, x₀, \bar{x}). */
function namesPoint(body: Formula): boolean {
  if (body.kind === 'script') return namesPoint(body.base);
  if (body.kind === 'command') return body.args.length === 1 && namesPoint(body.args[0]);
  return body.kind === 'atom' && (body.role === 'letter' || body.tex.startsWith('\\'));
}

/**
 * "the point with coordinates 3 comma 4 equals u"; "the point x naught" only names the point, x₀.
 */
const point = operand('interval.point', phrases('interval.point'), (parser, trigger) => {
  const said = coordinates(parser);
  const named = trigger === 'the point' && said.kind === 'fence' && namesPoint(said.body);
  return named && said.kind === 'fence' ? said.body : said;
});

/** "the open interval a b": two ends said with no comma between them are still two ends. */
function endsSaidTogether(body: Formula): Formula {
  if (body.kind !== 'row' || body.items.length !== 2) return body;
  const [left, right] = body.items;
  return { kind: 'infix', op: ',', left, right };
}

const suchThat = closing('sets.suchThat');

/** Whether "to" or a comma separates an interval's ends before a relation or "such that". */
function endSeparatorAhead(parser: Parser): boolean {
  const { tokens } = parser;
  for (let at = parser.pos; at < tokens.length && tokens[at].kind !== 'stop'; at++) {
    const said = tokens[at].text;
    if (said === ',' || said === 'comma' || to.match(tokens, at) !== undefined) return true;
    if (relationAt(tokens, at) || suchThat.match(tokens, at) !== undefined) return false;
  }
  return false;
}

/** "the open interval 0, 1", "the closed interval from a to b". */
function namedInterval(
  name: string,
  key: 'interval.open' | 'interval.closed',
  open: string,
  close: string,
) {
  return operand(name, phrases(key), (parser): Formula => {
    // "the open interval a b such that …": two ends said together, each one operand.
    if (!endSeparatorAhead(parser)) {
      const first = parser.expression(Power.implicit);
      const second = parser.expression(Power.implicit);
      const ends: Formula =
        second.kind === 'empty' ? first : { kind: 'infix', op: ',', left: first, right: second };
      return { kind: 'fence', open, close, body: ends };
    }
    const lower = parser.scope({
      until: to,
      stop: (p) => p.peek()?.text === ',' || p.peek()?.text === 'comma',
    });
    if (parser.acceptFrom(to) === undefined && !parser.accept(',') && !parser.accept('comma'))
      return { kind: 'fence', open, close, body: endsSaidTogether(lower) };
    parser.skipPauses();
    const upper = parser.scope({ closedByPause: true });
    return {
      kind: 'fence',
      open,
      close,
      body: { kind: 'infix', op: ',', left: lower, right: upper },
    };
  });
}

export const intervalConstructs = [
  interval,
  point,
  namedInterval('interval.open', 'interval.open', '(', ')'),
  namedInterval('interval.closed', 'interval.closed', '[', ']'),
];
