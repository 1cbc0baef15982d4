/**
 * Roots: "the square root of x", "the cube root of x", "the n-th root of x", "end root",
 * MathSpeak's "StartRoot x EndRoot" and "RootIndex 3 StartRoot x EndRoot".
 */
import { closing, lexicon, namesSymbol, phrases } from '../lexicon';
import { Power, type Parser } from '../parser';
import { atom, type Formula } from '../tree';
import { operand } from './construct';

const endRoot = closing('root.end');
const mathspeakEnd = closing('root.mathspeakEnd');
const mathspeakStart = closing('root.mathspeak');
const rootOf = closing('root.nth');

const openers = closing('root.openers');
const quantities = closing('group.quantity');

const divisions = lexicon.divisionWords;

function timesAt(parser: Parser): boolean {
  return lexicon.productWords.match(parser.tokens, parser.pos) !== undefined;
}

/** "over 2", "divided by 3": a division by a number at the parser's position. */
function divisionByNumberAt(parser: Parser): boolean {
  const division = divisions.match(parser.tokens, parser.pos);
  return division !== undefined && parser.tokens[parser.pos + division.length]?.kind === 'number';
}

/** The radicand runs to "end root" when one is coming, else to a pause. */
function radicand(parser: Parser): Formula {
  // "the square root of, …": a pause right after "of" says the radicand is long, so later pauses
  // do not end it either.
  const long = parser.peek()?.text === ',';
  const open = parser.awaits(endRoot) || !parser.closesLater(openers, endRoot);
  // "the square root of 3 times s squared": a number's root ends at an explicit product (√3 s²),
  // as "the square root of a times b" does not (√(ab)); "the square root of 2 over 2" is √2/2, the
  // value people say that way, as "the square root of x over 2" is √(x/2).
  const start = parser.pos;
  const number = parser.peek()?.kind === 'number';
  const depth = parser.scopeDepth + 1;
  // "the square root of 2 pi n times the quantity n over e": a quantity multiplied on is the
  // next factor, as "the quantity" is said to set it apart.
  const timesQuantity = (at: Parser) =>
    at.scopeDepth === depth && timesAt(at) && quantities.match(at.tokens, at.pos + 1) !== undefined;
  const stop = open
    ? (at: Parser) =>
        timesQuantity(at) ||
        (number && at.pos === start + 1 && (timesAt(at) || divisionByNumberAt(at)))
    : undefined;
  const body = parser.scope({
    until: endRoot,
    stop,
    closedByPause: !long && open,
    power: open && !long && parser.reading.radicandIsFactor === true ? Power.implicit : undefined,
  });
  parser.acceptClosing(endRoot);
  return body;
}

/** A root of what is said next; none when nothing is ("the square root of" alone). */
function rootOfSaid(parser: Parser, index?: Formula): Formula | undefined {
  const body = radicand(parser);
  if (body.kind === 'empty') return undefined;
  return index === undefined
    ? { kind: 'root', radicand: body }
    : { kind: 'root', radicand: body, index };
}

const square = operand('root.square', phrases('root.square'), (parser) => rootOfSaid(parser));

/**
 * "root 2 over 2", "root x", "root 3 x" (√3 x): a bare "root" is the square root of one factor,
 * never of prose; a number times π or two symbols is one product under it ("root 2 pi", "root 2 g
 * h"), as √(2π) and √(2gh) are said.
 */
const bare = operand('root.bare', phrases('root.bare'), (parser): Formula | undefined => {
  const symbolAt = (ahead: number) => namesSymbol(parser.peek(ahead)?.text ?? '');
  const product =
    parser.peek()?.kind === 'number' &&
    (parser.peek(1)?.text === 'pi' || (symbolAt(1) && symbolAt(2)));
  const body = parser.expression(product ? Power.multiplicative : Power.implicit);
  if (body.kind === 'empty' || body.kind === 'text') return undefined;
  return { kind: 'root', radicand: body };
});

const cube = operand('root.cube', phrases('root.cube'), (parser) =>
  rootOfSaid(parser, atom('3', 'number')),
);

const negative = operand('root.negative', phrases('root.negative'), (parser) => {
  const root = rootOfSaid(parser);
  return root && { kind: 'prefix', op: '-', operand: root };
});

/** "the n-th root of x", "the fifth root of 32". */
const nth = operand('root.nth', ['the'], (parser) => {
  const index = parser.peek();
  if (index?.ordinal !== true) return undefined;
  parser.pos++;
  if (parser.acceptFrom(rootOf) === undefined) return undefined;
  parser.accept('of');
  return rootOfSaid(parser, atom(index.text));
});

/** What an ordinal root's index is said as: a number's ordinal or a letter's ("n-th"). */
const rootIndices = ['<number>', 'n', 'k', 'm', 'p', 'q'];

/**
 * "n-th root of x", "fifth root of 32": an ordinal said right before "root" is its index, with or
 * without "the" (a number, "2 root 3", multiplies). An operand from the ordinal on, so that
 * "root" alone starts no operator: "1 over sigma root 2 pi" keeps its product.
 */
const ordinalIndex = operand(
  'root.ordinalIndex',
  rootIndices.flatMap((index) => phrases('root.nth').map((words) => `${index} ${words}`)),
  (parser, trigger) => {
    const index = parser.tokens[parser.pos - trigger.split(' ').length];
    if (index?.ordinal !== true) return undefined;
    return rootOfSaid(parser, atom(index.text));
  },
);

const mathspeak = operand('root.mathspeak', phrases('root.mathspeak'), (parser) => {
  const body = parser.scope({ until: mathspeakEnd });
  parser.acceptFrom(mathspeakEnd);
  return { kind: 'root', radicand: body };
});

const mathspeakIndex = operand('root.mathspeakIndex', phrases('root.mathspeakIndex'), (parser) => {
  if (!parser.saidLater(mathspeakStart)) return undefined;
  const index = parser.scope({ until: mathspeakStart });
  if (parser.acceptFrom(mathspeakStart) === undefined) return undefined;
  const body = parser.scope({ until: mathspeakEnd });
  parser.acceptFrom(mathspeakEnd);
  return { kind: 'root', radicand: body, index };
});

export const rootConstructs = [
  square,
  bare,
  cube,
  negative,
  nth,
  ordinalIndex,
  mathspeak,
  mathspeakIndex,
];
