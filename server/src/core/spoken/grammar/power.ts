/**
 * Powers: "x squared", "x cubed", "x to the n", "x to the fifth power", "x to the power of n plus
 * 1", ClearSpeak's "raised to the exponent … end exponent", MathSpeak's "Superscript … Baseline",
 * and the prefix "the fifth power of x".
 */
import { closing, lexicon, namesSymbol, phraseMap, phrases } from '../lexicon';
import { Power, type Parser } from '../parser';
import { PhraseTable } from '../phraseTable';
import type { Token } from '../tokens';
import { atom, attachScript, empty, lastFactor, type Formula } from '../tree';
import { compactScript, isMathSpeakWord } from './compactScript';
import { operand, operator } from './construct';
import { dictatedExponent } from './dictatedExponent';
import { afterLastRelation } from './fraction';
import { exponentBeforeOf, letterApplied, raiseFunction } from './functions';
import { withCommaItems } from './scriptIndexList';
import { subscriptOperand } from './subscript';
import { sumFromOne, sumFromOneAhead } from './sumFromOne';
import { texScript } from './texScript';

const endExponent = closing('power.end');
const ownPowers = closing('power.squared', 'power.cubed', 'power.toThe');
const subscriptWords = closing('subscript.sub');
const { functionLetters } = lexicon;
const noOpeners = closing();
const afterOrdinal = closing('power.word');

/** "to the fifth (power)", "to the n-th": an ordinal exponent, or undefined. */
function ordinalExponent(parser: Parser): Formula | undefined {
  const token = parser.peek();
  if (token?.ordinal !== true) return undefined;
  parser.pos++;
  parser.acceptFrom(afterOrdinal);
  if (token.kind === 'number') return atom(token.text, 'number');
  // "to the L-th power" keeps the capital it was said with.
  const capital = /^[A-Z]/.test(token.raw) && !token.sentenceStart;
  return atom(capital ? token.raw[0] : token.text, 'letter');
}

/** "squared", "cubed": a power of what was said before, and the word itself after nothing. */
function fixedPower(name: 'power.squared' | 'power.cubed', exponent: string) {
  return operator(name, phrases(name), Power.postfix, (_parser, left) =>
    left.kind === 'empty' ? undefined : attachScript(left, 'sup', atom(exponent, 'number')),
  );
}

const squared = fixedPower('power.squared', '2');
const cubed = fixedPower('power.cubed', '3');

const powerWord = closing('power.word');
const setNames = new PhraseTable(lexicon.setNames);

/** "f maps the reals to the reals": a bare "to" before a named set is the arrow, not a power. */
function namesSetAfterTo(parser: Parser, trigger: string): boolean {
  return trigger === 'to the' && setNames.match(parser.tokens, parser.pos - 1) !== undefined;
}
const lookahead = 16;

const numberSystems = new Set(lexicon.setNames.values());

/** "R to the n by n": a number system's power said with "by" is a matrix shape, ℝ^{n×n}. */
function matrixShape(parser: Parser, base: Formula, exponent: Formula): Formula {
  const system = base.kind === 'atom' && numberSystems.has(base.tex);
  if (!system || parser.peek()?.text !== 'by' || exponent.kind === 'empty') return exponent;
  const columns = parser.attempt(() => {
    parser.pos++;
    const said = parser.expression(Power.prefix);
    return said.kind === 'empty' ? undefined : said;
  });
  return columns === undefined
    ? exponent
    : { kind: 'infix', op: '\\times', left: exponent, right: columns };
}

/** "to the y plus 2 power": the word "power" comes within a few words, before any pause. */
function powerFollows(parser: Parser): boolean {
  for (let i = parser.pos; i < Math.min(parser.tokens.length, parser.pos + lookahead); i++) {
    if (powerWord.match(parser.tokens, i) !== undefined) return true;
    if (parser.tokens[i].kind === 'stop') return false;
  }
  return false;
}

const { indexLetters } = lexicon;

/** A letter that "of" applies to ("f to the n of a"): the last factor, a letter said as such. */
function appliesAfter(base: Formula): boolean {
  const last = lastFactor(base);
  // A function's letter: "e to the g of x" is e^{g(x)}, "a to the phi of n" a^{φ(n)}.
  return last.kind === 'atom' && last.role === 'letter' && functionLetters.has(last.tex);
}
const offsets: Record<string, string> = { plus: '+', minus: '-' };

/**
 * "n x to the n minus one", "2 to the k plus 1": an index letter and a number added to it, said
 * next, are the exponent, x^{n-1}, as in every power rule and series; "e to the x plus 1" stays
 * e^x + 1.
 */
function indexOffsetAhead(parser: Parser): Formula | undefined {
  const [letter, sign, offset] = [parser.peek(), parser.peek(1), parser.peek(2)];
  const op = offsets[sign?.text ?? ''];
  if (letter === undefined || op === undefined) return undefined;
  if (!indexLetters.has(letter.raw) && !isModulus(parser, letter.raw)) return undefined;
  const right = offset === undefined ? undefined : offsetOperand(parser, offset, letter.raw);
  return right && { kind: 'infix', op, left: atom(letter.raw, 'letter'), right };
}

/**
 * "a to the p minus 1 is congruent to 1 mod p": the modulus of a congruence said in the sentence
 * is an exponent's index too, as in Fermat's and Euler's theorems.
 */
function isModulus(parser: Parser, letter: string): boolean {
  const end = parser.sentenceEnd();
  for (let at = parser.pos; at < end - 1; at++) {
    const modulus = lexicon.functions.get(parser.tokens[at].text) === '\\bmod';
    if (modulus && parser.tokens[at + 1].raw === letter) return true;
  }
  return false;
}

/**
 * A number, or another index letter said last ("x to the n minus k y to the k" is x^{n−k} yᵏ): what
 * is added to an exponent's index letter.
 */
function offsetOperand(parser: Parser, offset: Token, letter: string): Formula | undefined {
  if (offset.kind === 'number')
    return offset.denominator === undefined ? atom(offset.text, 'number') : undefined;
  if (!indexLetters.has(offset.raw) || offset.raw === letter) return undefined;
  // "n minus k squared", "n minus k sub 1": the letter is an operand of its own.
  const at = parser.pos + 3;
  const binds = ownPowers.match(parser.tokens, at) ?? subscriptWords.match(parser.tokens, at);
  return binds === undefined ? atom(offset.raw, 'letter') : undefined;
}

/**
 * "to the …": the exponent of "raised to the exponent …" and "Superscript …" runs to "end
 * exponent"/"Baseline"; of "to the … power" to the word "power"; of "to the power of …" to a pause;
 * after a bare "to the" it is one operand ("e to the x plus 1" is e^x + 1).
 */
const toThe = operator(
  'power.toThe',
  phrases('power.toThe'),
  Power.postfix,
  (parser, left, trigger) => {
    if (namesSetAfterTo(parser, trigger)) return undefined;
    const ordinal = ordinalExponent(parser);
    if (ordinal !== undefined) return attachScript(left, 'sup', ordinal);
    let exponent: Formula;
    // Dictation's "W sub R superscript R" says no end: the superscript is a few symbols.
    const closed = parser.closesLater(noOpeners, endExponent);
    const mathspeak = isMathSpeakWord(parser.tokens[parser.pos - 1]);
    const dictated =
      /^super/.test(trigger) && !closed && !mathspeak
        ? withCommaItems(
            parser,
            compactScript(parser),
            parser.tokens[parser.pos - 3]?.kind === 'pause',
          )
        : empty;
    const typed = trigger === '^' ? texScript(parser) : undefined;
    if (typed !== undefined) {
      exponent = typed;
    } else if (dictated.kind !== 'empty') {
      exponent = dictated;
    } else if (trigger === 'superscript' && !mathspeak && !closed) {
      // Dictated "superscript" (lower case) takes one index, like "sub": "K sub j superscript i".
      exponent = subscriptOperand(parser);
    } else if (/exponent|super/.test(trigger) || trigger === '^') {
      exponent = parser.scope({ until: endExponent });
      parser.acceptClosing(endExponent);
    } else if (!trigger.includes('power') && powerFollows(parser)) {
      exponent = parser.scope({ until: powerWord, pausesJoin: true });
      parser.acceptClosing(powerWord);
    } else if (trigger.includes('power') && !closed) {
      exponent = withCommaItems(parser, dictatedExponent(parser, left), false);
    } else if (trigger.includes('power')) {
      // An "end exponent" that an enclosing "raised to the exponent" waits for is the outer one's.
      const outerEnd = parser.awaits(endExponent);
      exponent = parser.scope({ until: endExponent, closedByPause: true, power: Power.relation });
      if (!outerEnd) parser.acceptClosing(endExponent);
    } else if (trigger.startsWith('raised') && closed && !parser.awaits(endExponent)) {
      // "x raised to the n plus 1 end exponent": the end said closes the exponent.
      exponent = parser.scope({ until: endExponent, closedByPause: true, power: Power.relation });
      parser.acceptClosing(endExponent);
    } else {
      // A bare "to the" says no end: one operand first, the sum after it as a runner-up.
      // After an index letter the readings swap: x^{n-1} first, xⁿ − 1 as the runner-up.
      const takesSum = parser.reading.exponentTakesSum === true;
      const offset = indexOffsetAhead(parser);
      const applied = appliesAfter(left) ? exponentBeforeOf(parser, trigger) : undefined;
      if (applied !== undefined) {
        exponent = applied;
      } else if (sumFromOneAhead(parser)) {
        exponent = sumFromOne(parser);
      } else if (offset !== undefined && !takesSum) {
        parser.pos += 3;
        exponent = offset;
      } else if (takesSum && !offset) {
        exponent = parser.expression(Power.relation);
      } else {
        // "lambda to the k e to the negative lambda": a symbol with a power of its own is the
        // next factor, λᵏ e^{−λ}; "e to the i pi" keeps its product.
        const start = parser.pos;
        const ownPower = (at: Parser) => {
          const before = at.tokens[at.pos - 1];
          const afterOperand = before.kind === 'number' || namesSymbol(before.text);
          return (
            at.pos > start &&
            afterOperand &&
            namesSymbol(at.peek()?.text ?? '') &&
            ownPowers.match(at.tokens, at.pos + 1) !== undefined
          );
        };
        // "e to the negative s t f of t d t": an application after the exponent is the next factor.
        const depth = parser.scopeDepth + 1;
        const applied = (at: Parser) =>
          at.scopeDepth === depth && at.pos > start && letterApplied(at.tokens, at.pos);
        exponent = parser.scope({
          closedByPause: true,
          power: Power.prefix,
          stop: (at) => ownPower(at) || applied(at),
        });
        exponent = matrixShape(parser, left, exponent);
      }
    }
    if (exponent.kind === 'empty') return undefined;
    return attachScript(left, 'sup', exponent);
  },
);

/** "the fifth power of x", "the n-th power of, h of x". */
const powerOf = operand('power.ordinalOf', ['the'], (parser) => {
  const ordinal = parser.peek();
  if (
    ordinal?.ordinal !== true ||
    parser.peek(1)?.text !== 'power' ||
    parser.peek(2)?.text !== 'of'
  )
    return undefined;
  parser.pos += 3;
  const exponent = atom(ordinal.text);
  return raiseFunction(parser.scope({ closedByPause: true, power: Power.additive }), exponent);
});

const allPowers = phraseMap('power.all');

/** "a plus b, all squared" raises everything after the last relation: (a + b)². */
const allPower = operator(
  'power.all',
  [...allPowers.keys()],
  Power.allOver,
  (_parser, left, trigger) => {
    const exponent = allPowers.get(trigger);
    if (exponent === undefined || left.kind === 'empty') return undefined;
    return afterLastRelation(left, (base) => raisedWhole(base, atom(exponent, 'number')));
  },
);

function raisedWhole(base: Formula, exponent: Formula): Formula {
  const fenced: Formula =
    base.kind === 'atom' ? base : { kind: 'fence', open: '(', close: ')', body: base };
  return attachScript(fenced, 'sup', exponent);
}

/** "one plus one over x, all to the x": the power of everything after the last relation. */
const allToThe = operator(
  'power.allToThe',
  phrases('power.allToThe'),
  Power.allOver,
  (parser, left) => {
    if (left.kind === 'empty') return undefined;
    const exponent = ordinalExponent(parser) ?? parser.expression(Power.prefix);
    if (exponent.kind === 'empty') return undefined;
    return afterLastRelation(left, (base) => raisedWhole(base, exponent));
  },
);

export const powerConstructs = [squared, cubed, allPower, allToThe, toThe, powerOf];
