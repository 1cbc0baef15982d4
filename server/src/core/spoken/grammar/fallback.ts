/**
 * What is left when no construct claims the next token: numbers, single letters, LaTeX written
 * inline, stray symbols, and unknown words — kept as \text{…} and reported, never dropped.
 */
import { characterLatex } from '../../convert/unicode/characters';
import fillerWords from '../lexicon/en/fillers.json';
import { lexicon } from '../lexicon';
import { PhraseTable } from '../phraseTable';
import type { Parser } from '../parser';
import type { Token } from '../tokens';
import { atom, isNumberAtom, type Formula } from '../tree';
import { mixedNumberAfter } from './mixedNumber';

const escaped: Record<string, string> = {
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '#': '\\#',
  '%': '\\%',
  $: '\\$',
  _: '\\_',
  '^': '\\hat{}',
  '~': '\\sim',
  '\\': '\\backslash',
  // Primes with nothing before them: on an empty base, as KaTeX has no glyph for ″ or ‴ alone.
  "'": "{}'",
  '′': "{}'",
  '″': "{}''",
  '‴': "{}'''",
};

const fillers = new Set(fillerWords.words);
const listEnds = new Set(fillerWords.afterComma);
const namingNouns = new Set(fillerWords.namingNouns);

/** Past "the" and a naming noun said from token `at` ("the matrix A" → at A). */
export function pastNamingWords(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== 'the') return at;
  return namingNouns.has(tokens[at + 1]?.text ?? '') ? at + 2 : at + 1;
}

/** "the matrix A", "the function f": a noun between "the" and a letter only names the letter. */
function namesNextLetter(parser: Parser, token: Token): boolean {
  const next = parser.peek();
  return (
    namingNouns.has(token.text) &&
    parser.tokens[parser.pos - 2]?.text === 'the' &&
    next?.kind === 'word' &&
    /^[A-Za-z]$/.test(next.raw)
  );
}
/** Words of prose between statements ("x is positive and y is negative", "x squared for x > 0"). */
const proseWords = new Set([...fillerWords.joins, ...fillerWords.connectives]);
const predicates = new Set(fillerWords.predicates);
const connectives = new Set(fillerWords.connectives);

/**
 * Whether the word at `at`, read as text after `left`, ends a tight operand (a fraction's side, a
 * factor): "2x over 3 for x", "an n by n matrix". Words run on after words ("successful outcomes
 * over total outcomes"), and after a number a word is its unit ("2 miles over 3 gallons").
 */
export function wordEndsOperand(left: Formula, tokens: readonly Token[], at: number): boolean {
  if (left.kind === 'text' || left.kind === 'empty') return false;
  return !isNumberAtom(left) || connectives.has(tokens[at]?.text ?? '');
}

/** "over 2": a word of the grammar that could not be read here ("over" with nothing above). */
function startsConstruct(parser: Parser, at: number): boolean {
  const { operands, operators } = parser.grammar;
  return (
    operators.match(parser.tokens, at) !== undefined ||
    operands.match(parser.tokens, at) !== undefined
  );
}

const logicConnectives: Readonly<Record<string, string>> = { and: '\\land', or: '\\lor' };
const logicWords = new PhraseTable([
  // "if … and … then …" is prose; "such that" is no connective.
  ...[...lexicon.logic].filter(([phrase, tex]) => tex !== ':' && phrase !== 'then'),
  ...[...lexicon.symbols].filter(([, tex]) => tex === '\\neg'),
]);
/** How far around a connective logic words are looked for. */
const logicReach = 16;

/** "not p or q", "p and q implies p": near other logic, "and" and "or" are ∧ and ∨. */
function amongLogic(parser: Parser, at: number): boolean {
  const end = Math.min(parser.tokens.length, at + logicReach);
  for (let i = Math.max(0, at - logicReach); i < end; i++) {
    // "x is not positive": a negated relation is no logic.
    const copula = parser.tokens[i - 1]?.text === 'is';
    if (i !== at && !copula && logicWords.match(parser.tokens, i) !== undefined) return true;
  }
  return false;
}

/** A word no construct reads: kept as text, and reported unless it is prose between formulas. */
function unknownWord(parser: Parser, token: Token): Formula {
  const connective = logicConnectives[token.text];
  if (connective !== undefined && amongLogic(parser, parser.pos - 1))
    return atom(connective, 'symbol');
  // A word of prose joins what is said around it, and a predicate ("n is even") is said of what
  // came before: kept without a finding.
  const saidAfter = parser.pos - 1 > 0;
  const joined = proseWords.has(token.text) && saidAfter && !parser.atEnd();
  if (!joined && !(predicates.has(token.text) && saidAfter))
    parser.report(
      'spoken.unknown-word',
      token.start,
      token.end,
      startsConstruct(parser, parser.pos - 1)
        ? `"${token.raw}" is said without what it applies to; kept as text`
        : `"${token.raw}" is not a word of spoken math; kept as text`,
    );
  return { kind: 'text', text: token.raw };
}

export function fallback(parser: Parser): Formula {
  const token = parser.peek();
  if (token === undefined) return { kind: 'empty' };
  parser.pos++;
  switch (token.kind) {
    case 'number':
      if (token.denominator !== undefined) {
        const fraction: Formula = {
          kind: 'frac',
          numerator: atom(token.text, 'number'),
          denominator: atom(token.denominator, 'number'),
        };
        return token.whole === undefined
          ? fraction
          : { kind: 'row', items: [atom(token.whole, 'number'), fraction] };
      }
      return mixedNumberAfter(parser, token) ?? atom(token.text, 'number');
    case 'latex':
      return atom(token.raw);
    case 'symbol':
    case 'pause':
    case 'stop':
      return atom(escaped[token.raw] ?? token.raw, 'symbol');
    case 'word':
      // "the" before a symbol, "which is less than": words of speech that say nothing here.
      // An operand construct after it ("x plus the hat p") is read here, or its word, also an
      // operator, would be taken as a postfix on what came before (\hat{x +}).
      if (fillers.has(token.text))
        return parser.operandPhraseLength() > 0 && !parser.tooDeep
          ? parser.operand()
          : { kind: 'empty' };
      // "alpha Baseline 2": MathSpeak's return to the base with no script open says only that
      // what follows is no script; an empty symbol keeps the 2 from being read as one.
      if (token.text === 'baseline' && token.capital) return atom('', 'symbol');
      if (namesNextLetter(parser, token)) return { kind: 'empty' };
      // "u, v, and w": the conjunction that ends a list said with pauses.
      if (listEnds.has(token.text) && parser.tokens[parser.pos - 2]?.text === ',')
        return { kind: 'empty' };
      if (/^[a-z]$/.test(token.text))
        return atom(token.raw.length === 1 ? token.raw : token.text, 'letter');
      // "η sub i": a letter typed or transcribed as itself (Greek, ℓ, 𝑥) is that letter.
      if ([...token.raw].length === 1) {
        const letter = characterLatex(token.raw);
        if (letter !== undefined) return atom(letter, 'letter');
      }
      return unknownWord(parser, token);
  }
}
