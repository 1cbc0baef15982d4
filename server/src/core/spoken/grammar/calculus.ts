/**
 * Calculus: "the derivative of f with respect to x", Leibniz's "d y by d x" and "d by d x of f",
 * "partial f partial x", "the integral from a to b of f of x d x", "the sum from i equals 1 to n of
 * a sub i" (also product and union), "the limit as x approaches 0 of f of x".
 */
import { closing, lexicon, phraseMap, phrases } from '../lexicon';
import { Power, type Parser } from '../parser';
import { PhraseTable } from '../phraseTable';
import { atom, juxtapose, attachScript, type Formula } from '../tree';
import { operand } from './construct';
import { impliedVariable } from './impliedVariable';
import { withOneMoreTerm } from './oneMoreTerm';

const respect = closing('calculus.respect');
const { capitalWords } = lexicon;
const byWords = closing('calculus.by');
const from = closing('calculus.from');
const to = closing('calculus.to');
const ofBody = closing('calculus.ofBody');
const over = closing('calculus.over');
const approaches = closing('calculus.approaches');
const d = closing('calculus.d');
const noOpeners = new PhraseTable<true>();
const sides = phraseMap('calculus.sides');
const sideTable = new PhraseTable(sides);
/** MathSpeak gives a big operator's limits as scripts: "integral Subscript 0 Superscript 1 Baseline". */
const scriptWords = closing('script.words');
const subscriptWords = closing('subscript.sub');

function frac(numerator: Formula, denominator: Formula): Formula {
  return { kind: 'frac', numerator, denominator };
}

/** A single letter (or Greek letter) as the variable of "d x", "with respect to t". */
export function variable(parser: Parser): Formula {
  const symbol = parser.expression(Power.postfix);
  // "with respect to x sub i": a subscript is the variable's, and so is what binds tighter after it.
  if (subscriptWords.match(parser.tokens, parser.pos) === undefined) return symbol;
  return parser.extend(symbol, Power.postfix - 1);
}

/** "d x", "d squared y", "d x squared": a differential, or undefined. */
function differential(parser: Parser, symbol: string): Formula | undefined {
  const save = parser.pos;
  let order: Formula | undefined;
  if (parser.accept('squared')) order = atom('2', 'number');
  else if (parser.accept('cubed')) order = atom('3', 'number');
  const token = parser.peek();
  if (token === undefined || parser.startsOperator() || token.kind === 'pause') {
    parser.pos = save;
    return undefined;
  }
  let target = variable(parser);
  // "d x squared": the square is on the variable of the differential.
  if (parser.accept('squared')) target = attachScript(target, 'sup', atom('2', 'number'));
  else if (parser.accept('cubed')) target = attachScript(target, 'sup', atom('3', 'number'));
  const head = order === undefined ? atom(symbol) : attachScript(atom(symbol), 'sup', order);
  return juxtapose(head, target);
}

/** A letter, or a letter with a subscript: what is written in a derivative's numerator (dy/dx). */
function isSymbol(formula: Formula): boolean {
  if (formula.kind === 'script')
    return formula.sup === undefined && formula.pre === undefined && isSymbol(formula.base);
  return formula.kind === 'atom' && formula.role === 'letter';
}

const { functionLetters } = lexicon;
const atWords = closing('calculus.atPoint');

/**
 * "the derivative of f at a", "the second derivative of g at 0": a function's derivative at a
 * point is written with primes, f′(a), f″(0); a higher order in parentheses, f⁽ⁿ⁾(a).
 */
function derivativeAtPoint(parser: Parser, order?: Formula): Formula | undefined {
  const name = parser.peek();
  if (name?.kind !== 'word' || !functionLetters.has(name.raw)) return undefined;
  if (atWords.match(parser.tokens, parser.pos + 1)?.length !== 1) return undefined;
  return parser.attempt(() => {
    parser.pos += 2;
    const point = parser.expression(Power.implicit);
    if (point.kind === 'empty') return undefined;
    const count = order === undefined ? 1 : order.kind === 'atom' ? Number(order.tex) : NaN;
    const mark: Formula =
      count >= 1 && count <= 3
        ? atom("'".repeat(count))
        : { kind: 'fence', open: '(', close: ')', body: order ?? atom('1', 'number') };
    const applied: Formula = { kind: 'fence', open: '(', close: ')', body: point };
    return juxtapose(attachScript(atom(name.raw, 'letter'), 'sup', mark), applied);
  });
}

/**
 * "the derivative of f with respect to x", "the second derivative of y with respect to t": the
 * derivative of a symbol is written dy/dx, d²y/dx², of anything else as the operator d/dx applied.
 */
function derivativeOf(parser: Parser, order?: Formula, symbol = 'd'): Formula {
  const atPoint = symbol === 'd' ? derivativeAtPoint(parser, order) : undefined;
  if (atPoint !== undefined) return atPoint;
  const body = parser.scope({ until: respect });
  const wrt = parser.acceptClosing(respect) ? variable(parser) : impliedVariable(body);
  const d = order === undefined ? atom(symbol) : attachScript(atom(symbol), 'sup', order);
  const denominator = juxtapose(
    atom(symbol),
    order === undefined ? wrt : attachScript(wrt, 'sup', order),
  );
  if (isSymbol(body)) return frac(juxtapose(d, body), denominator);
  return juxtapose(frac(d, denominator), body);
}

const derivative = operand('calculus.derivative', phrases('calculus.derivative'), (parser) =>
  derivativeOf(parser),
);

/** Orders said before "derivative of": ordinals, "second" or "n-th", which numbers.ts has marked. */
const derivativeOrders = ['<number>', 'n', 'k', 'm'];

/** "the second derivative of y with respect to x": d²y/dx²; "the second partial derivative of f …". */
const orderedDerivative = operand(
  'calculus.orderedDerivative',
  derivativeOrders.flatMap((order) =>
    phrases('calculus.orderedDerivative').flatMap((words) => [
      `the ${order} ${words}`,
      `${order} ${words}`,
    ]),
  ),
  (parser, trigger) => {
    const at = parser.pos - trigger.split(' ').length;
    const token = parser.tokens[trigger.startsWith('the ') ? at + 1 : at];
    // "2 derivative of", said as a number, is no order.
    if (token?.ordinal !== true) return undefined;
    const order = atom(token.text, token.kind === 'number' ? 'number' : 'letter');
    return derivativeOf(parser, order, trigger.includes('partial') ? '\\partial' : 'd');
  },
);

const poweredPartials = phraseMap('calculus.poweredPartial');

/** "the partial squared of u with respect to x": the order said as a power, ∂²u/∂x². */
const poweredPartial = operand(
  'calculus.poweredPartial',
  [...poweredPartials.keys()],
  (parser, trigger) =>
    derivativeOf(parser, atom(poweredPartials.get(trigger) ?? '2', 'number'), '\\partial'),
);

const derivativeFirst = phraseMap('calculus.derivativeFirst');
const of = closing('function.of');

/** "the derivative with respect to x of f", "partial derivative with respect to mu of ln R": d/dx f. */
const derivativeWithRespect = operand(
  'calculus.derivativeFirst',
  [...derivativeFirst.keys()],
  (parser, trigger) => {
    const symbol = atom(derivativeFirst.get(trigger) ?? 'd');
    const wrt = variable(parser);
    if (wrt.kind === 'empty') return undefined;
    parser.acceptClosing(of);
    const body = parser.scope({ closedByPause: true });
    return juxtapose(frac(symbol, juxtapose(symbol, wrt)), body);
  },
);

const divisions = lexicon.divisionWords;
const integralWords = closing('calculus.integral');
const fixedPowers = closing('power.squared', 'power.cubed');

/** "d y by d x", "d by d x of f", "d squared y by d x squared". */
const quotientVariables = new Set(['x', 't', 's']);

/**
 * Whether `at` starts the sentence, follows a relation word and a sign ("equals minus d y d x") or
 * divides a derivative ("d y d t divided by d x d t").
 */
function startsSide(parser: Parser, at: number): boolean {
  const { tokens } = parser;
  const signed = lexicon.additiveWords.match(tokens, at - 1)?.length === 1 ? 1 : 0;
  const side = at - signed;
  if (side === 0 || lexicon.relationWords.match(tokens, side - 1)?.length === 1) return true;
  // The derivative divided is the four words "d y d t" before the division's one or two.
  return [1, 2].some(
    (length) =>
      divisions.match(tokens, at - length)?.length === length &&
      tokens[at - length - 4]?.text === 'd',
  );
}

/**
 * "d y d x equals 2 x": a derivative said without "by", where a side of a relation starts and ends
 * with it; elsewhere "d y d x" are differentials (an integral's "d x d y").
 */
function bareQuotient(parser: Parser, saidAt: number): boolean {
  const { tokens, pos } = parser;
  if (tokens[pos]?.text !== 'd' || !differentialAt(tokens, pos)) return false;
  // "d x d y equals r d r d theta" is an area element: only the usual variables are divided by.
  if (!quotientVariables.has(tokens[pos + 1]?.text ?? '')) return false;
  // "d squared x d t squared": the order is said again on the variable.
  const order = tokens[saidAt + 1]?.text;
  const raised = (order === 'squared' || order === 'cubed') && tokens[pos + 2]?.text === order;
  // Said twice, the order marks a derivative wherever it is ("d squared y d x squared plus y");
  // so does a power on the whole ("the square root of d x d t squared plus d y d t squared"):
  // a product of differentials is never squared.
  if (raised || (order !== 'squared' && poweredQuotientAt(tokens, pos - 2))) return true;
  // "partial z partial x times d x d t plus …": a factor of the chain rule, where no integral is
  // said whose differentials "times d x d y" would be; it ends where a term does.
  const factor = chainFactor(tokens, saidAt);
  if (!factor && !startsSide(parser, saidAt)) return false;
  const after = tokens[pos + 2];
  return (
    after === undefined ||
    after.kind === 'stop' ||
    after.kind === 'pause' ||
    lexicon.relationWords.match(tokens, pos + 2) !== undefined ||
    (factor && lexicon.additiveWords.match(tokens, pos + 2) !== undefined) ||
    // "d y d t divided by d x d t": a quotient of two derivatives.
    divisionOfDerivatives(tokens, pos + 2)
  );
}

function chainFactor(tokens: Parser['tokens'], saidAt: number): boolean {
  const product = lexicon.productWords.match(tokens, saidAt - 1)?.length === 1;
  return product && !integralWords.occursIn(tokens, 0, saidAt);
}

/** "d capital phi sub B d t": a one-word subscript said before the denominator's "d". */
function quotientVariable(parser: Parser): Formula {
  const { tokens } = parser;
  const at = parser.pos;
  const letter = parser.expression(Power.postfix);
  const sub = subscriptWords.match(tokens, parser.pos);
  if (sub?.length !== 1 || !differentialAt(tokens, parser.pos + 2)) {
    parser.pos = at;
    return variable(parser);
  }
  parser.pos++;
  return attachScript(letter, 'sub', parser.operand());
}

/** "d x d t squared" at `at`: a derivative said without "by" and raised as a whole. */
function poweredQuotientAt(tokens: Parser['tokens'], at: number): boolean {
  return (
    tokens[at]?.text === 'd' &&
    tokens[at + 2]?.text === 'd' &&
    quotientVariables.has(tokens[at + 3]?.text ?? '') &&
    fixedPowers.match(tokens, at + 4) !== undefined
  );
}

/** "… divided by d x d t": a division by a derivative said the same way at `at`. */
function divisionOfDerivatives(tokens: Parser['tokens'], at: number): boolean {
  const division = divisions.match(tokens, at);
  if (division === undefined) return false;
  const next = at + division.length;
  return tokens[next]?.text === 'd' && tokens[next + 2]?.text === 'd';
}

const leibniz = operand('calculus.leibniz', phrases('calculus.d'), (parser) => {
  const save = parser.pos;
  let order: Formula | undefined;
  if (parser.accept('squared')) order = atom('2', 'number');
  let numerator: Formula = order === undefined ? atom('d') : attachScript(atom('d'), 'sup', order);
  // Inside "StartFraction d Over d x EndFraction" the "Over" belongs to the fraction.
  const by = () => (parser.atTerminator() ? undefined : parser.acceptFrom(byWords));
  if (by() === undefined) {
    if (parser.peek()?.kind !== 'word' && parser.peek()?.kind !== 'number') return undefined;
    numerator = juxtapose(numerator, quotientVariable(parser));
    if (by() === undefined && !bareQuotient(parser, save - 1)) {
      parser.pos = save;
      return undefined;
    }
  }
  if (parser.acceptFrom(d) === undefined) return undefined;
  // "d x d t squared", said without "by" and with no order on top: the power is the derivative's.
  const squaredWhole = order === undefined && poweredQuotientAt(parser.tokens, parser.pos - 3);
  const denominator = squaredWhole
    ? juxtapose(atom('d'), variable(parser))
    : differential(parser, 'd');
  if (denominator === undefined) return undefined;
  const fraction = frac(numerator, denominator);
  if (parser.acceptFrom(ofBody) !== undefined) {
    return juxtapose(fraction, parser.scope({ closedByPause: true, power: Power.additive }));
  }
  return fraction;
});

/** "… with respect to x and y": the second variable, when one symbol is said after "and". */
function mixedVariable(parser: Parser): Formula | undefined {
  const symbol = parser.peek(1);
  const after = parser.peek(2);
  const ends =
    after === undefined ||
    after.kind === 'pause' ||
    after.kind === 'stop' ||
    parser.startsOperatorAt(parser.pos + 2);
  if (parser.peek()?.text !== 'and' || symbol?.kind !== 'word' || !ends) return undefined;
  return parser.attempt(() => {
    parser.pos++;
    const second = variable(parser);
    return second.kind === 'atom' && second.role === 'letter' ? second : undefined;
  });
}

/** "partial f partial x", "partial f by partial x", "the partial derivative of f with respect to x". */
const partial = operand('calculus.partial', phrases('calculus.partial'), (parser, trigger) => {
  if (trigger.includes('derivative') || trigger.endsWith('of')) {
    const body = parser.scope({ until: respect });
    if (!parser.acceptClosing(respect)) return juxtapose(atom('\\partial'), body);
    const wrt = variable(parser);
    // "with respect to x and y": the mixed derivative ∂²f/∂x∂y.
    const second = mixedVariable(parser);
    if (second !== undefined) {
      const top = juxtapose(attachScript(atom('\\partial'), 'sup', atom('2', 'number')), body);
      const bottom = juxtapose(
        juxtapose(atom('\\partial'), wrt),
        juxtapose(atom('\\partial'), second),
      );
      return frac(top, bottom);
    }
    return frac(juxtapose(atom('\\partial'), body), juxtapose(atom('\\partial'), wrt));
  }
  const top =
    parser.acceptFrom(byWords) === undefined
      ? differential(parser, '\\partial')
      : atom('\\partial');
  if (top === undefined) return atom('\\partial');
  parser.acceptFrom(byWords);
  if (!parser.accept('partial')) return top;
  const bottom = differential(parser, '\\partial');
  if (bottom === undefined) return top;
  // "partial squared f partial x partial y": a second order said on top takes two variables.
  const raised = top.kind === 'row' && top.items[0].kind === 'script';
  const more =
    raised && parser.peek()?.text === 'partial'
      ? parser.attempt(() => {
          parser.pos++;
          return differential(parser, '\\partial');
        })
      : undefined;
  return frac(top, more === undefined ? bottom : juxtapose(bottom, more));
});

const trailingLookahead = 16;

/**
 * "the integral of x squared from 0 to 1", "the sum of a sub n from n equals 1 to infinity": limits
 * said after the body start at a "from" with its "to" coming before a stop.
 */
function trailingFromAt(parser: Parser): boolean {
  if (from.match(parser.tokens, parser.pos) === undefined) return false;
  const end = Math.min(parser.tokens.length, parser.pos + trailingLookahead);
  for (let i = parser.pos + 2; i < end; i++) {
    if (parser.tokens[i].kind === 'stop') return false;
    if (to.match(parser.tokens, i) !== undefined) return true;
  }
  return false;
}

/** A big operator's upper limit, after its "to". */
function upperLimit(parser: Parser, until: PhraseTable<true>): Formula {
  // "to n of …" says where the upper limit ends; without "of" it is one operand ("to infinity").
  if (!parser.closesLater(noOpeners, until, { limit: 12 }))
    return parser.expression(Power.implicit);
  return parser.scope({ until, closedByPause: true });
}

/** The limits said after a big operator's body, when none came before it. */
function trailingLimits(parser: Parser): { lower?: Formula; upper?: Formula } {
  return trailingFromAt(parser) ? limits(parser, noOpeners) : {};
}

/** "for i from 1 to n", "for i equals 1 to n", "for i in S": an index's range after a sum's body. */
function indexRangeAt(parser: Parser): boolean {
  const { tokens, pos } = parser;
  const index = tokens[pos + 1];
  if (tokens[pos]?.text !== 'for' || index?.kind !== 'word' || !/^[a-z]$/.test(index.raw))
    return false;
  const relation = relations.match(tokens, pos + 2)?.value;
  if (relation === '\\in') return true;
  const fromAt = from.match(tokens, pos + 2) !== undefined;
  const end = Math.min(parser.sentenceEnd(), pos + trailingLookahead);
  return (fromAt || relation === '=') && to.occursIn(tokens, pos + 3, end);
}

/** The range said by indexRangeAt: i = 1 below and n above, or i ∈ S below. */
function indexRange(parser: Parser): { lower?: Formula; upper?: Formula } {
  parser.pos++;
  const index = atom(parser.tokens[parser.pos].raw, 'letter');
  // "for i in S": the index's set, ∑_{i ∈ S}.
  const membership = relations.match(parser.tokens, parser.pos + 1);
  if (membership?.value === '\\in') {
    parser.pos += 1 + membership.length;
    const set = parser.scope({ closedByPause: true, power: Power.relation });
    return { lower: { kind: 'infix', op: '\\in', left: index, right: set } };
  }
  if (from.match(parser.tokens, parser.pos + 1) === undefined) return limits(parser, noOpeners);
  parser.pos++;
  parser.acceptFrom(from);
  const start = parser.scope({ until: to });
  parser.acceptFrom(to);
  const upper = upperLimit(parser, noOpeners);
  return { lower: { kind: 'infix', op: '=', left: index, right: start }, upper };
}

/** "from a to b", "over A", "Underscript … Overscript … Endscripts": the limits of a big operator. */
function limits(parser: Parser, until: PhraseTable<true>): { lower?: Formula; upper?: Formula } {
  if (parser.acceptFrom(from) !== undefined) {
    const lower = parser.scope({ until: to });
    if (parser.acceptFrom(to) === undefined) return { lower };
    return { lower, upper: upperLimit(parser, until) };
  }
  if (parser.acceptFrom(over) !== undefined) {
    // "the sum over i in S of", "sum over ell greater than or equal to 1, …": relations belong to
    // the limit; with "of" coming, so does a list ("the sum over j, k of"), but not a product's
    // "of" ("sum over i and j, lambda i times f of x" sums a product).
    const listByComma = parser.closesLater(noOpeners, until, {
      limit: 12,
      barrier: lexicon.productWords,
    });
    // "the sum over i equals 1 to d of": an index's range said with "to" after its equality.
    const start = parser.pos;
    const atRangeEnd = (at: Parser) =>
      to.match(at.tokens, at.pos) !== undefined &&
      lexicon.relationWords.occursIn(at.tokens, start, at.pos);
    // "the sum over i times x sub i": "times" joins the index to the body.
    const depth = parser.scopeDepth + 1;
    const atProduct = (at: Parser) =>
      at.scopeDepth === depth && lexicon.productWords.match(at.tokens, at.pos) !== undefined;
    const lower = parser.scope({
      until,
      closedByPause: true,
      listByComma,
      power: Power.logic,
      stop: (at) => atRangeEnd(at) || atProduct(at),
    });
    if (parser.acceptFrom(to) === undefined) return { lower };
    return { lower, upper: upperLimit(parser, until) };
  }
  // "summation i equals 1 to n of i": the range said without "from".
  if (rangeWithoutFrom(parser)) {
    const lower = parser.scope({ until: to });
    parser.acceptFrom(to);
    return { lower, upper: upperLimit(parser, until) };
  }
  return {};
}

const relations = lexicon.relationTable;

/** An index letter, an equality and, later, "to": "i equals 1 to n". */
function rangeWithoutFrom(parser: Parser): boolean {
  const index = parser.peek();
  if (index?.kind !== 'word' || !/^[a-z]$/.test(index.raw)) return false;
  const relation = relations.match(parser.tokens, parser.pos + 1);
  if (relation?.value !== '=') return false;
  const end = Math.min(parser.sentenceEnd(), parser.pos + 12);
  return to.occursIn(parser.tokens, parser.pos + 1 + relation.length, end);
}

const pairAnd = closing('sets.memberAnd');

/** The index a big operator runs over: i in "i equals 1", "i in S". */
function indexOf(lower: Formula | undefined): string | undefined {
  // "i equals 1", "x in S", "p dividing n", "k less than n", or the letter alone ("over x").
  const index = lower?.kind === 'infix' ? lower.left : lower;
  // "over primes p dividing n": the word before the index describes it.
  const letter = index?.kind === 'row' && index.items[0].kind === 'text' ? index.items[1] : index;
  return letter?.kind === 'atom' && letter.role === 'letter' ? letter.tex : undefined;
}

/**
 * A big operator; `pairOp` is its binary form, for "the union of A and B" (A ∪ B) and "the sum of
 * a and b" (a + b): of two operands named with "and" and no limits.
 */
function bigOperator(
  name: string,
  key: Parameters<typeof phrases>[0],
  op: string,
  pairOp?: string,
) {
  return operand(name, phrases(key), (parser) => {
    if (scriptWords.match(parser.tokens, parser.pos) !== undefined) return atom(op, 'symbol');
    const { lower, upper } = limits(parser, ofBody);
    const saidOf = parser.acceptClosing(ofBody);
    // "the sum from i equals 1 to n times a sub i": "times" joins the limits to the body.
    if (!saidOf && (lower !== undefined || upper !== undefined))
      parser.acceptFrom(lexicon.productWords);
    const pair = pairOp !== undefined && saidOf && lower === undefined && upper === undefined;
    const atAnd = (at: Parser) => pairAnd.match(at.tokens, at.pos) !== undefined;
    const unlimited = lower === undefined && upper === undefined;
    const readBody = () =>
      parser.scope({
        closedByPause: true,
        power: Power.additive,
        stop: (at) =>
          (pair && atAnd(at)) || (unlimited && (trailingFromAt(at) || indexRangeAt(at))),
      });
    const first = readBody();
    // "the product from i equals 1 to n of x plus 1": a body without the index goes on, ∏(x + 1).
    const index = indexOf(lower);
    const body =
      index === undefined
        ? first
        : withOneMoreTerm(parser, first, readBody, (atom) => atom.tex === index, false);
    if (pair && parser.acceptFrom(pairAnd) !== undefined) {
      const second = parser.scope({ closedByPause: true, power: Power.additive });
      return { kind: 'infix', op: pairOp, left: body, right: second };
    }
    const trailing = () => (indexRangeAt(parser) ? indexRange(parser) : trailingLimits(parser));
    const late = unlimited ? trailing() : { lower, upper };
    // "the outer product", "the sum is finite": an operator with nothing to act on is the word.
    if (body.kind === 'empty' && late.lower === undefined && late.upper === undefined)
      return undefined;
    return { kind: 'bigop', op, ...late, body };
  });
}

const extrema = phraseMap('calculus.extremum');

/** "the maximum over i of x sub i", "minimum over k less than b, mu sub k": max/min/sup/inf with a limit below. */
const extremumOver = operand('calculus.extremum', [...extrema.keys()], (parser, trigger) => {
  const op = extrema.get(trigger);
  // Without "over" the word is the function name ("max of x", "the max of a and b").
  if (op === undefined || over.match(parser.tokens, parser.pos) === undefined) return undefined;
  const { lower } = limits(parser, ofBody);
  if (lower === undefined || lower.kind === 'empty') return undefined;
  parser.acceptClosing(ofBody);
  const body = parser.scope({ closedByPause: true, power: Power.additive });
  return { kind: 'bigop', op, lower, body: body.kind === 'empty' ? undefined : body };
});

/** "d x", "dx", "d theta" at token `at`. */
export function differentialAt(tokens: Parser['tokens'], at: number): boolean {
  const token = tokens[at];
  if (token?.kind !== 'word') return false;
  if (/^d[a-z]$/.test(token.text)) return true;
  // "d capital A": the capital's letter is the variable.
  const capital = capitalWords.has(tokens[at + 1]?.text ?? '') ? 1 : 0;
  const next = tokens[at + 1 + capital];
  return (
    token.text === 'd' &&
    next?.kind === 'word' &&
    (next.text.length === 1 || lexicon.greekLower.has(next.text))
  );
}

/** The body of an integral ends before its differential ("d x", "dx"). */
/** "d x", or "with respect to x" said for it ("the integral of v of t with respect to t"). */
function atDifferential(parser: Parser): boolean {
  // "the integral of the square root of d x d t squared plus …": a derivative, not the differential.
  if (poweredQuotientAt(parser.tokens, parser.pos)) return false;
  return (
    differentialAt(parser.tokens, parser.pos) ||
    respect.match(parser.tokens, parser.pos) !== undefined
  );
}

/** "d x", "dA", "with respect to t": one differential after an integral's body, or undefined. */
function integralDifferential(parser: Parser): Formula | undefined {
  const wrt = parser.attempt(() => {
    if (parser.acceptFrom(respect) === undefined) return undefined;
    const said = variable(parser);
    return said.kind === 'empty' ? undefined : said;
  });
  if (wrt !== undefined) return juxtapose(atom('\\,'), juxtapose(atom('d'), wrt));
  const token = parser.peek();
  if (token?.text === 'd' && atDifferential(parser)) {
    parser.pos++;
    return juxtapose(atom('\\,'), juxtapose(atom('d'), variable(parser)));
  }
  if (token !== undefined && /^d[a-z]$/.test(token.text)) {
    parser.pos++;
    return juxtapose(atom('\\,'), atom(`d${token.text[1]}`));
  }
  return undefined;
}

/** "d x over x", "d t over the square root of t": a differential divided, or undefined. */
function differentialQuotient(parser: Parser): Formula | undefined {
  return parser.attempt(() => {
    const dx = integralDifferential(parser);
    const division = parser.acceptFrom(divisions);
    if (dx === undefined || division === undefined) return undefined;
    const denominator = parser.expression(Power.multiplicative);
    if (denominator.kind === 'empty') return undefined;
    const numerator = dx.kind === 'row' && dx.items[0].kind === 'atom' ? dx.items.slice(1) : [dx];
    return frac(
      numerator.length === 1 ? numerator[0] : { kind: 'row', items: numerator },
      denominator,
    );
  });
}

/** The integral's limits, body and differentials ("d x d y" for a double integral). */
function integralOf(parser: Parser, op: string): Formula {
  const said = limits(parser, ofBody);
  const unlimited = said.lower === undefined && said.upper === undefined;
  parser.acceptClosing(ofBody);
  parser.skipPauses();
  const stop = unlimited
    ? (at: Parser) => atDifferential(at) || trailingFromAt(at)
    : atDifferential;
  let body = parser.scope({ stop, power: Power.relation });
  // "the integral of d x over x": the differential said as the numerator, ∫ dx/x.
  if (body.kind === 'empty') {
    const quotient = differentialQuotient(parser);
    if (quotient !== undefined) return { kind: 'bigop', op, ...said, body: quotient };
  }
  // "the integral of x squared from 0 to 1 d x" and "… d x from 0 to 1" both say the limits late.
  let late = unlimited ? trailingLimits(parser) : {};
  for (let dx = integralDifferential(parser); dx !== undefined; dx = integralDifferential(parser))
    body = juxtapose(body, dx);
  if (unlimited && late.lower === undefined) late = trailingLimits(parser);
  return { kind: 'bigop', op, ...(unlimited ? late : said), body };
}

const integral = operand('calculus.integral', phrases('calculus.integral'), (parser) => {
  if (scriptWords.match(parser.tokens, parser.pos) !== undefined) return atom('\\int', 'symbol');
  return integralOf(parser, '\\int');
});

const multipleIntegrals = phraseMap('calculus.multipleIntegral');

/** "the double integral over D of f d A", "the contour integral over C of f of z d z". */
const multipleIntegral = operand(
  'calculus.multipleIntegral',
  [...multipleIntegrals.keys()],
  (parser, trigger) => {
    const op = multipleIntegrals.get(trigger);
    return op === undefined ? undefined : integralOf(parser, op);
  },
);

/** "the limit as x approaches 0 of …", and its inferior and superior limits. */
function limitConstruct(key: Parameters<typeof phrases>[0], op: string) {
  return operand(key, phrases(key), (parser, trigger) =>
    // MathSpeak's "limit Underscript …": the symbol, whose script the scripts construct reads.
    scriptWords.match(parser.tokens, parser.pos) !== undefined
      ? atom(op, 'symbol')
      : limitOf(parser, trigger, op),
  );
}

/** "the limit of f of x as x approaches a": the "as" of a variable said after the body. */
function asApproachesAt(tokens: Parser['tokens'], at: number): boolean {
  return tokens[at]?.text === 'as' && approaches.occursIn(tokens, at + 2, at + 5);
}

function trailingAsAt(parser: Parser): boolean {
  return asApproachesAt(parser.tokens, parser.pos);
}

/** "x approaches 0 from the right": the limit's variable, target and side; undefined without "approaches". */
function limitCondition(parser: Parser, sideFirst?: string): Formula | undefined {
  // Reading on to an "approaches" that is never said would read the rest twice.
  if (!parser.saidLater(approaches)) return undefined;
  const name = parser.scope({ until: approaches });
  if (parser.acceptFrom(approaches) === undefined) return undefined;
  const targetAt = parser.pos;
  // "lim x to 0 sin x over x", "as x goes to infinity e to the minus x": said without "of", a
  // function's name or an operand after infinity starts the body.
  let target = parser.scope({
    until: ofBody,
    closedByPause: true,
    stop: (p) =>
      sideTable.match(p.tokens, p.pos) !== undefined ||
      (p.pos > targetAt && lexicon.functionTable.match(p.tokens, p.pos) !== undefined) ||
      (p.tokens[p.pos - 1]?.text === 'infinity' &&
        lexicon.arithmeticWords.match(p.tokens, p.pos) === undefined),
  });
  const side = parser.acceptFrom(sideTable) ?? sideFirst;
  if (side !== undefined) target = attachScript(target, 'sup', atom(side));
  return { kind: 'infix', op: '\\to', left: name, right: target };
}

/** "the limit of f of x, as x approaches a": the limit's body said before its variable. */
function limitOfThenAs(parser: Parser, op: string): Formula | undefined {
  const body = parser.scope({ stop: trailingAsAt, closedByPause: true, power: Power.relation });
  parser.skipPauses();
  if (body.kind === 'empty' || !parser.accept('as')) return undefined;
  const lower = limitCondition(parser);
  return lower === undefined ? undefined : { kind: 'bigop', op, lower, body };
}

/** Whether an "as x approaches a" comes later in the sentence: only then is it tried first. */
function trailingAsLater(parser: Parser): boolean {
  const end = parser.sentenceEnd();
  for (let at = parser.pos; at < end; at++) if (asApproachesAt(parser.tokens, at)) return true;
  return false;
}

function limitOf(parser: Parser, trigger: string, op: string): Formula | undefined {
  const start = parser.pos;
  if (trigger.endsWith(' of') && trailingAsLater(parser)) {
    const late = limitOfThenAs(parser, op);
    if (late !== undefined) return late;
    parser.pos = start;
  }
  // "the limit from the left as x approaches c": the side may be said before the variable.
  let sideFirst = parser.acceptFrom(sideTable);
  if (sideFirst !== undefined && !parser.accept('as')) {
    parser.pos = start;
    sideFirst = undefined;
  }
  const lower = limitCondition(parser, sideFirst);
  if (lower === undefined) {
    parser.pos = start;
    // "the limit of a sub n": a limit with no variable said is of what follows, lim aₙ.
    if (trigger.endsWith(' of')) {
      const body = parser.scope({ closedByPause: true, power: Power.relation });
      return body.kind === 'empty' ? undefined : { kind: 'bigop', op, body };
    }
    // A "limit" that approaches nothing is the word ("the limit does not exist").
    return undefined;
  }
  // "the limit as x approaches 4 of x plus 2" is lim (x + 2): what the limit is "of" runs to a
  // relation or a pause, as a limit of the first term alone would be said before the sum.
  const said = parser.acceptClosing(ofBody);
  // "… of f of x plus h minus f of x all over h": the quotient is the limit's, of its variable.
  const body = parser.scope({
    closedByPause: true,
    power: said ? Power.relation : Power.additive,
    holdsAllOver: said,
  });
  return { kind: 'bigop', op, lower, body };
}

export const calculusConstructs = [
  derivativeWithRespect,
  extremumOver,
  derivative,
  orderedDerivative,
  poweredPartial,
  leibniz,
  partial,
  integral,
  multipleIntegral,
  limitConstruct('calculus.limit', '\\lim'),
  limitConstruct('calculus.limitInferior', '\\liminf'),
  limitConstruct('calculus.limitSuperior', '\\limsup'),
  bigOperator('calculus.sum', 'calculus.sum', '\\sum', '+'),
  bigOperator('calculus.product', 'calculus.product', '\\prod', '\\cdot'),
  bigOperator('calculus.union', 'calculus.union', '\\bigcup', '\\cup'),
  bigOperator('calculus.intersection', 'calculus.intersection', '\\bigcap', '\\cap'),
  bigOperator('calculus.directSum', 'calculus.directSum', '\\bigoplus', '\\oplus'),
  bigOperator('calculus.tensorProduct', 'calculus.tensorProduct', '\\bigotimes', '\\otimes'),
];
