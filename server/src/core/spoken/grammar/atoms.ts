/** Symbols named by a word: Greek letters (with capitals), named symbols, named sets, capitals. */
import { lexicon, phrases } from '../lexicon';
import { Power, type Parser } from '../parser';
import { atom, empty, type Formula } from '../tree';
import { operand, type OperandConstruct } from './construct';

function greekLetter(name: string, capital: boolean): Formula | undefined {
  const tex = (capital ? lexicon.greekUpper : lexicon.greekLower).get(name);
  return tex === undefined ? undefined : atom(tex, 'letter');
}

function letterAfter(parser: Parser, capital: boolean): Formula | undefined {
  const token = parser.peek();
  if (token?.kind !== 'word') return undefined;
  const letter = /^[a-z]$/.test(token.text)
    ? atom(capital ? token.text.toUpperCase() : token.text, 'letter')
    : greekLetter(token.text, capital);
  if (letter !== undefined) parser.pos++;
  return letter;
}

/** "upper S", "capital gamma", "cap A": the capital of the next letter. */
const capital = operand('letters.capital', phrases('letters.capital'), (parser) =>
  letterAfter(parser, true),
);

/** "lower alpha", "small x". */
const lower = operand('letters.lower', [...lexicon.lowerWords], (parser) =>
  letterAfter(parser, false),
);

const increments = new Set(phrases('letters.increment'));

/**
 * "delta x times delta p", "delta c": an increment said before one Latin letter that ends its
 * operand is the capital (Δx); "delta i j" and "delta x sub i" keep δ.
 */
function isIncrement(parser: Parser, trigger: string): boolean {
  const next = parser.peek();
  if (!increments.has(trigger) || next?.kind !== 'word' || !/^[a-z]$/.test(next.raw)) return false;
  const after = parser.peek(1);
  // "delta x delta p": another increment ends this one.
  if (
    after === undefined ||
    after.kind === 'pause' ||
    after.kind === 'stop' ||
    increments.has(after.text)
  )
    return true;
  const operator = parser.grammar.operators.match(parser.tokens, parser.pos + 1);
  return operator?.value.every((construct) => construct.power < Power.postfix) === true;
}

/**
 * How the name is said again later in the sentence: "Gamma sub n equals Gamma sub n comma 1" is
 * capital, "Delta is less than x is less than four minus delta" small; undefined if not again.
 */
function capitalLater(parser: Parser, name: string): boolean | undefined {
  for (let i = parser.pos; i < parser.tokens.length; i++) {
    const token = parser.tokens[i];
    if (token.sentenceStart) return undefined;
    if (token.text === name) return token.capital;
  }
  return undefined;
}

/** Letters that name indices: "lambda i" is λ_i, as "x 1" is x_1. */
const { indexLetters } = lexicon;
const notIndexed = new Set(['pi', ...increments]);
const appliedOrScripted = new Set(['function.of', 'subscript.sub', 'power.toThe']);

/**
 * "Lambda i.", "sigma i is a subset of tau", "lambda i times lambda j": an index letter said
 * right after a Greek letter, and ending its operand, is its subscript; π and the increment δ take
 * none ("2 pi t", "delta x").
 */
function withIndexLetter(parser: Parser, letter: Formula, name: string): Formula {
  const next = parser.peek();
  if (notIndexed.has(name) || next?.kind !== 'word' || !indexLetters.has(next.raw)) return letter;
  const after = parser.peek(1);
  const operator = parser.grammar.operators.match(parser.tokens, parser.pos + 1);
  const ends =
    after === undefined ||
    after.kind === 'pause' ||
    after.kind === 'stop' ||
    (operator !== undefined &&
      !operator.value.some((construct) => appliedOrScripted.has(construct.name)) &&
      parser.startsOperatorAt(parser.pos + 1));
  if (!ends) return letter;
  parser.pos++;
  return { kind: 'script', base: letter, sub: atom(next.raw, 'letter') };
}

/** Letters whose capital starts formulas more often than the small letter: Δ (a change), Ω (a domain). */
const capitalsFirst = new Set(['delta', 'omega']);

/**
 * A capitalised Greek name is the capital letter, except as the first word of a sentence, and
 * except where the capital is a Latin letter: a writer who means P says "P", so "Rho" is ρ.
 */
const greek = operand('letters.greek', [...lexicon.greekLower.keys()], (parser, trigger) => {
  const token = parser.tokens[parser.pos - 1];
  const latinCapital = !(lexicon.greekUpper.get(trigger) ?? '').startsWith('\\');
  const saidCapital =
    token.capital &&
    (!token.sentenceStart || (capitalLater(parser, trigger) ?? capitalsFirst.has(trigger)));
  const capital = (saidCapital && !latinCapital) || isIncrement(parser, trigger);
  const letter = greekLetter(trigger, capital) ?? greekLetter(trigger, false);
  return letter === undefined ? undefined : withIndexLetter(parser, letter, trigger);
});

const { capitalWords } = lexicon;

/** The letter `tex` comes next, said as itself or as "capital I". */
function saysLetter(parser: Parser, tex: string): boolean {
  const next = parser.peek();
  if (next?.raw === tex) return true;
  return capitalWords.has(next?.text ?? '') && parser.peek(1)?.raw.toUpperCase() === tex;
}

/**
 * A construct for a table of phrase → symbol. A symbol named after a small letter ("h bar" is ℏ)
 * is not that symbol when the letter is said as a capital within a sentence: "H bar" is H̄.
 */
function symbolTable(name: string, table: ReadonlyMap<string, string>): OperandConstruct {
  return operand(name, [...table.keys()], (parser, trigger) => {
    const tex = table.get(trigger);
    const words = trigger.split(' ');
    const from = parser.pos - words.length;
    // "script L" is 𝓛, not the ℓ of "script l": a letter of the phrase said as a capital is another symbol.
    const capitalLetter = words.some((word, i) => {
      const token = parser.tokens[from + i];
      return /^[a-z]$/.test(word) && token.capital && !token.sentenceStart;
    });
    if (capitalLetter) return undefined;
    // "the period T", "period T equals 2 pi": a punctuation mark's name after an article or
    // before anything is said is the noun.
    const article = parser.tokens[from - 1]?.text === 'the';
    if ((article || from === 0) && tex !== undefined && /^[.,;:!?]$/.test(tex)) return undefined;
    // "there exists a sub n": the article of "there exists a" is the letter when an operator follows.
    if (/ an?$/.test(trigger) && parser.startsOperator()) return undefined;
    // "the identity matrix I sub n": a phrase naming the letter said next only introduces it.
    if (tex !== undefined && /^[A-Za-z]$/.test(tex) && saysLetter(parser, tex)) return empty;
    return tex === undefined ? undefined : atom(tex, 'symbol');
  });
}

export const atomConstructs = [
  capital,
  lower,
  greek,
  symbolTable('symbols.named', lexicon.symbols),
  symbolTable('sets.named', lexicon.setNames),
];
