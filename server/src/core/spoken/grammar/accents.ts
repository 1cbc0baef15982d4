/**
 * Accents and fonts: "x bar", "x hat", "x dot", "vector v", "bar x", "the line segment A B", "the
 * complex conjugate of z", "blackboard bold R", "script L". A postfix accent takes the last factor
 * before it.
 */
import { closing, lexicon, namesSymbol, phraseMap, phrases, relationAt } from '../lexicon';
import { PhraseTable } from '../phraseTable';
import { Power, type Parser } from '../parser';
import { atom, isPrimeMark, lastFactor, onLastFactor, onlyWords, type Formula } from '../tree';
import { operand, operator } from './construct';
import { differentialAt } from './calculus';
import { coordinates } from './interval';

const postfixAccents = phraseMap('accent.postfix');
const prefixAccents = phraseMap('accent.prefix');
const fonts = phraseMap('font.prefix');

function command(name: string, argument: Formula): Formula {
  return { kind: 'command', name, args: [argument] };
}

function atPause(parser: Parser): boolean {
  const next = parser.peek();
  return next === undefined || next.kind === 'pause' || next.kind === 'stop';
}

const prefixTable = new PhraseTable(prefixAccents);

/** A prefix accent before a letter ("vector v"), which starts an operand though "vector" is also a postfix. */
function accentedSymbolAt(parser: Parser): boolean {
  const accent = prefixTable.match(parser.tokens, parser.pos);
  const symbol = accent === undefined ? undefined : parser.tokens[parser.pos + accent.length];
  return symbol?.kind === 'word' && namesSymbol(symbol.text);
}

/** "dot" is also a product ("a dot b", "vector u dot vector v"): as an accent it must end its operand. */
function endsOperand(parser: Parser): boolean {
  return (
    atPause(parser) ||
    (parser.startsOperator() && !accentedSymbolAt(parser)) ||
    parser.atTerminator()
  );
}

/** "dot", "arrow": an accent word that is also a product or a relation, said at `at`. */
function isOperatorWord(parser: Parser, at: number): boolean {
  return (
    lexicon.productWords.match(parser.tokens, at) !== undefined ||
    lexicon.relationWords.match(parser.tokens, at) !== undefined
  );
}

function endsWithScript(formula: Formula): boolean {
  if (formula.kind === 'row') return endsWithScript(formula.items[formula.items.length - 1]);
  if (formula.kind === 'infix') return endsWithScript(formula.right);
  return formula.kind === 'script';
}

/**
 * Before an operand an accent word is not a postfix accent after a pause ("open parenthesis, tilde
 * k sub x" puts the tilde on k, "d, arrow s" is the relation d → s), nor when it is a prefix accent
 * after a scripted symbol ("tilde U sub i tilde Lambda": a script ends its symbol).
 */
function beforeOperand(parser: Parser, left: Formula, trigger: string): boolean {
  const before = parser.tokens[parser.pos - trigger.split(' ').length - 1];
  const next = parser.peek();
  if (next === undefined || endsOperand(parser)) return false;
  return before?.kind === 'pause' || (prefixAccents.has(trigger) && endsWithScript(left));
}

/**
 * "h, colon, M, arrow, M", "open parenthesis, dot, comma, dot": an accent word said alone between
 * pauses is its other reading (→, ⋅), where it has one; so is one said last in a function's
 * arguments ("u of t, dot" is u(t, ·)).
 */
function betweenPauses(parser: Parser, trigger: string): boolean {
  const at = parser.pos - trigger.split(' ').length;
  const next = parser.peek();
  const lastArgument = parser.inList() && (next === undefined || next.kind === 'stop');
  if (parser.tokens[at - 1]?.kind !== 'pause' || (next?.kind !== 'pause' && !lastArgument))
    return false;
  const other = (construct: { name: string }) =>
    construct.name !== postfixName && construct.name !== prefixName;
  return [parser.grammar.operators, parser.grammar.operands].some((table) =>
    table.matches(parser.tokens, at).some((match) => match.value.some(other)),
  );
}

/** "kilograms dot meters squared dot seconds": before a unit's word, "dot" is its product. */
const unitWords = new PhraseTable(phraseMap('units.marks'));

function spatialDifferentialAt(tokens: Parser['tokens'], at: number): boolean {
  if (!differentialAt(tokens, at)) return false;
  const variable = tokens[at].text === 'd' ? tokens[at + 1]?.text : tokens[at].text.slice(1);
  return variable !== 't';
}

const postfixName = 'accent.postfix';
const prefixName = 'accent.prefix';

const postfix = operator(
  postfixName,
  [...postfixAccents.keys()],
  Power.postfix,
  (parser, left, trigger) => {
    const name = postfixAccents.get(trigger);
    if (name === undefined || left.kind === 'empty') return undefined;
    // "the normal vector": an accent word after a word of prose is a word too.
    if (lastFactor(left).kind === 'text') return undefined;
    // "a dot b", "T arrow F": a word that is also an operator is that operator between operands.
    const at = parser.pos - trigger.split(' ').length;
    if (isOperatorWord(parser, at) && !endsOperand(parser)) return undefined;
    // "the integral of F dot d r": before a differential, which ends the body, "dot" is the product
    // of a line or surface integral; before "d t" it is a time derivative (ẋ dt).
    if (isOperatorWord(parser, at) && spatialDifferentialAt(parser.tokens, parser.pos))
      return undefined;
    if (trigger === 'dot' && unitWords.match(parser.tokens, parser.pos)) return undefined;
    if (beforeOperand(parser, left, trigger) || betweenPauses(parser, trigger)) return undefined;
    // ClearSpeak's "f sub 1, bar": after a pause the accent covers the scripted symbol whole.
    const paused = parser.tokens[at - 1]?.kind === 'pause';
    return onLastFactor(left, (factor) =>
      paused ? command(name, factor) : onLetter(name, factor),
    );
  },
);

/**
 * "x sub a dot", "theta sub s dot of x": the accent sits on the letter, under its subscript and
 * primes (ẋ_a), as written; a power stays outside ("x squared bar" is the bar of x²).
 */
function onLetter(name: string, factor: Formula): Formula {
  const letter =
    factor.kind === 'script' &&
    factor.pre === undefined &&
    factor.base.kind === 'atom' &&
    factor.base.role === 'letter' &&
    (factor.sup === undefined || isPrimeMark(factor.sup));
  return letter ? { ...factor, base: command(name, factor.base) } : command(name, factor);
}

/**
 * "widetilde, W": a pause between an accent and its letter, when the word is no operator ("a, dot,
 * b" is a product).
 */
function pausedBeforeLetter(parser: Parser, trigger: string): boolean {
  const letter = parser.tokens[parser.pos + 1];
  return (
    !isOperatorWord(parser, parser.pos - trigger.split(' ').length) &&
    parser.peek()?.text === ',' &&
    letter?.kind === 'word' &&
    (/^[a-z]$/i.test(letter.raw) || lexicon.greekLower.has(letter.text))
  );
}

/** How far a vector's coordinates are looked for. */
const coordinatesReach = 24;

/**
 * Whether coordinates between commas follow: two or more commas, or one after a coordinate of more
 * than one word ("the vector v, w" names v before a list).
 */
function coordinatesListed(parser: Parser): boolean {
  const { tokens, pos } = parser;
  const commas: number[] = [];
  const end = Math.min(tokens.length, pos + coordinatesReach);
  for (let at = pos; at < end && !relationAt(tokens, at) && tokens[at].kind !== 'stop'; at++)
    if (tokens[at].text === ',' || tokens[at].text === 'comma') commas.push(at);
  return commas.length >= 2 || (commas.length === 1 && commas[0] - pos > 1);
}

const prefix = operand(prefixName, [...prefixAccents.keys()], (parser, trigger) => {
  const name = prefixAccents.get(trigger);
  if (name === undefined) return undefined;
  if (pausedBeforeLetter(parser, trigger)) parser.skipPauses();
  // "f of dot given s": an accent word with no symbol after it is the symbol itself (⋅).
  else if (endsOperand(parser)) return undefined;
  // "the vector 3 comma 4", "the vector (1, 2)", "the vector partial f partial x, partial f
  // partial y": a vector given by its coordinates is the tuple.
  const listed = trigger.startsWith('the ') && coordinatesListed(parser);
  if (name === 'vec' && (parser.peek()?.kind === 'number' || listed)) {
    const tuple = coordinates(parser);
    // "the vector open paren 1 comma 2 close paren" says its own parentheses.
    return tuple.kind === 'fence' && tuple.body.kind === 'fence' ? tuple.body : tuple;
  }
  const argument = trigger.endsWith(' of')
    ? parser.scope({ closedByPause: true })
    : parser.expression(Power.postfix);
  // "the mean of the binomial distribution", "the mean of x sub 1 through x sub n": an accent on
  // words or on a list is no accent.
  const list = argument.kind === 'infix' && argument.op === ',';
  if (argument.kind === 'empty' || onlyWords(argument) || list) return undefined;
  if (name === 'vec' && argument.kind === 'fence') return argument;
  return command(name, argument);
});

const runAccents = phraseMap('accent.prefixRun');

/** A point's name: a capital letter, primed or not. */
function isPoint(formula: Formula): boolean {
  if (formula.kind === 'script') return formula.sub === undefined && isPoint(formula.base);
  return formula.kind === 'atom' && formula.role === 'letter' && /^[A-Z]$/.test(formula.tex);
}

/**
 * "the line segment C D": the accent covers the points said after it, primes included. Anything
 * else ("the segment from 0 to 1") is prose.
 */
const prefixRun = operand('accent.prefixRun', [...runAccents.keys()], (parser, trigger) => {
  const name = runAccents.get(trigger);
  if (name === undefined) return undefined;
  const argument = parser.expression(Power.multiplicative);
  const points = argument.kind === 'row' ? argument.items : [argument];
  if (points.length < 2 || !points.every(isPoint)) return undefined;
  return command(name, argument);
});

const font = operand('font.prefix', [...fonts.keys()], (parser, trigger) => {
  const name = fonts.get(trigger);
  if (name === undefined || atPause(parser)) return undefined;
  const argument = parser.operand();
  if (argument.kind === 'empty') return undefined;
  // "normal x" is the upright letter; "the normal vector" keeps its word.
  if (name === '' && argument.kind === 'text') return undefined;
  return name === '' ? argument : command(name, argument);
});

/**
 * "C script", "G double struck": a font said right after its letter, at the end of an operand.
 * Before another letter the font word is that letter's ("C script T" is C𝒯).
 */
const postfixFont = operator(
  'font.postfix',
  [...fonts.keys()],
  Power.postfix,
  (parser, left, trigger) => {
    const name = fonts.get(trigger);
    const letter = lastFactor(left);
    if (!name || letter?.kind !== 'atom' || letter.role !== 'letter') return undefined;
    const said = parser.tokens[parser.pos - trigger.split(' ').length - 1];
    const nextWord = (parser.peek()?.text.length ?? 0) > 1;
    const ends = atPause(parser) || parser.atTerminator() || (nextWord && endsOperand(parser));
    if (said?.raw !== letter.tex || !ends) return undefined;
    return onLastFactor(left, (factor) => command(name, factor));
  },
);

// The font word also starts an operand ("C script T"): it is no reason to end one.
postfixFont.implied = true;

const mathspeakWith = closing('accent.mathspeakWith');
const mathspeakMarks = phraseMap('accent.mathspeakMarks');
const marks = new PhraseTable(mathspeakMarks);
const dotCounts = phraseMap('accent.dotCount');

/** "ModifyingEachAbove 3 3 3 With dot": the accent on each symbol said. */
function onEach(body: Formula, accent: (item: Formula) => Formula): Formula {
  return body.kind === 'row' ? { ...body, items: body.items.map(accent) } : accent(body);
}

/** MathSpeak's "ModifyingAbove x plus y With bar", "ModifyingEachAbove 3 3 3 With dot". */
/**
 * What "ModifyingAbove" or "ModifyingBelow" modifies, read up to its "With" (a nesting word, "Above"
 * or "Below", comes first); undefined when no "With" is said.
 */
function modified(parser: Parser, nesting: string): Formula | undefined {
  if (!parser.saidLater(mathspeakWith)) return undefined;
  parser.accept(nesting);
  const body = parser.scope({ until: mathspeakWith });
  return parser.acceptFrom(mathspeakWith) === undefined ? undefined : body;
}

const mathspeak = operand('accent.mathspeak', phrases('accent.mathspeak'), (parser, trigger) => {
  const body = modified(parser, 'above');
  if (body === undefined) return undefined;
  const at = parser.pos;
  const mark = parser.acceptFrom(marks);
  if (mark === undefined) return body;
  // "With two dots" is a double dot accent, ẍ.
  const accent = mark === 'dots' ? dotCounts.get(parser.tokens[at].text) : mark;
  if (accent === undefined) {
    parser.pos = at;
    return body;
  }
  const each = trigger === 'modifyingeachabove';
  return each ? onEach(body, (item) => command(accent, item)) : command(accent, body);
});

/** A mark below is an accent command (underline) or the symbol set under the base (\\underset). */
const belowMarks = new PhraseTable(phraseMap('accent.mathspeakBelowMarks'));

/** MathSpeak's "ModifyingBelow x With bar" (x̲), "ModifyingBelow x With dot" (a dot set under x). */
const mathspeakBelow = operand(
  'accent.mathspeakBelow',
  phrases('accent.mathspeakBelow'),
  (parser) => {
    const body = modified(parser, 'below');
    if (body === undefined) return undefined;
    const mark = parser.acceptFrom(belowMarks);
    if (mark === undefined) return body;
    if (/^[a-z]+$/.test(mark)) return command(mark, body);
    return { kind: 'command', name: 'underset', args: [atom(mark, 'symbol'), body] };
  },
);

export const accentConstructs = [
  postfix,
  prefix,
  prefixRun,
  font,
  postfixFont,
  mathspeak,
  mathspeakBelow,
];
