/**
 * detectForm: which plain-text form a formula is written in.
 *
 * - `latex`: it has LaTeX markup (a command such as `\frac`, or a braced script `^{…}`) and no
 *   English outside `\text{…}` and its kin — `x equals \frac{1}{2}` is dictation with a stray command.
 *   Braced scripts without any backslash around a big operator's bare name (`sum_{i=1}^n i`,
 *   `lim_{x->0} f(x)`) or a function name applied (`e^{sin(x)}`) are AsciiMath, calculator
 *   notation: LaTeX writes `\sum` and `\sin`.
 *   Text in math delimiters (`$x^2$`, `\(a*b\)`) is LaTeX too, unless it is English or holds
 *   Unicode mathematics (`$α ≤ β$` is better converted than passed to KaTeX as it is).
 * - `unicode`: it has non-ASCII mathematics (², √, ≤, α, 𝐱 …) and no word naming an operation
 *   (`x² plus 1` is dictation; `α ≤ β for all x` is Unicode with prose).
 * - `calculator`: mathjs's parser reads it (convertCalculator has no finding) and its words are
 *   function, Greek or constant names, indices (`x1`, `x_max`), or names joined by operators
 *   (`speed*time`); one word of spoken mathematics (`plus`, `of`, `to`, `equals`…) rules it out,
 *   but for a function applied at once (`sum(f, k, 1, n)`), a big operator's name before its
 *   scripts or an integral's before its body (`int^1_0 x dx`, `int x^2 dx`), and `and`/`or`/`not`
 *   next to operators speech never writes (`x >= 0 and y != 1`).
 * - `calculator` also when it has an operator and no word but names, yet does not parse (`(x+1`,
 *   `int_0^`): its finding says where, which is clearer than reading it as dictation.
 * - Letters said one by one (`l n x`, `n C r`) and numbers after names (`x 1`) are speech, except
 *   beside a big operator with scripts (`sum_(k=0)^oo 1/k!`: the 1 begins the body).
 * - `spoken`: everything else. Dictation is full of digits, brackets and even LaTeX fragments
 *   (`(J plus 1)`, `10 to the power of negative 5`, `$p_t equals s_t$`); those are spoken.
 */
import type { SourceForm } from './types';
import { FUNCTION_LATEX, GREEK_SET } from '../latex/names';
import { FUNCTIONS } from './calculator/functions';
import { SYMPY_NAMES } from './calculator/sympy';
import { WRITTEN_OPERATORS } from './calculator/calculus';
import { convertCalculator } from './calculator/convert';
import { convertUnicode } from './unicode/convert';
import calculatorSymbols from './calculator/symbols.json';
import unicodeWords from './unicode/words.json';
import spokenWords from './spokenWords.json';
import { isMathCharacter } from './unicode/mathCharacters';
import { formulaBody } from './delimiters';

const OPERATION_WORDS: ReadonlySet<string> = new Set(spokenWords.operations);
const SPOKEN_WORDS: ReadonlySet<string> = new Set([
  ...spokenWords.operations,
  ...spokenWords.connectives,
]);
/** Names that stand alone in a formula: `sin x`, `alpha`, `pi`, `a mod b`. */
const MATH_NAMES: ReadonlySet<string> = new Set([
  ...Object.keys(FUNCTION_LATEX),
  ...GREEK_SET,
  ...Object.keys(calculatorSymbols),
  ...Object.keys(unicodeWords),
]);
/** Names that are mathematics only when applied: `sqrt(2)`, but `x factorial` is dictation. */
const APPLIED_NAMES: ReadonlySet<string> = new Set(
  [...Object.keys(FUNCTIONS), ...SYMPY_NAMES].filter((name) => !MATH_NAMES.has(name)),
);
/** AsciiMath's big operators (`sum_`, `int^`), and the integrals, whose scripts are optional. */
const WRITTEN_OPERATOR_NAMES: ReadonlySet<string> = new Set(Object.keys(WRITTEN_OPERATORS));
const WRITTEN_INTEGRALS: ReadonlySet<string> = new Set(
  Object.keys(WRITTEN_OPERATORS).filter((name) => WRITTEN_OPERATORS[name].differential),
);
/** Names applied with parentheses in calculator notation; LaTeX writes `\sin(x)`, `\sqrt{2}`. */
const FUNCTION_NAMES: ReadonlySet<string> = new Set([
  ...Object.keys(FUNCTION_LATEX),
  ...Object.keys(FUNCTIONS),
]);
/** An unknown word that looks like English (`speed`, `Then`), not a name (`nRT`, `PMF`). */
const WORD_SHAPE = /^(?=[A-Za-z]{3})[A-Z]?[a-z]+$/;

/** Markup whose arguments are prose or names, not formulas: `\text{for all }`, `\mathrm{d}`. */
const TEXT_ARGUMENT =
  /\\(?:text|textrm|textit|textbf|mbox|mathrm|mathit|mathbf|mathsf|mathtt|mathcal|mathbb|mathfrak|operatorname|begin|end|label|tag)\s*\{[^{}]*\}/g;
/** A backslash (`\frac`, `\%`, `\\`, `\,`) or a braced script; calculator notation has neither. */
const LATEX_MARKUP = /\\\S|[\^_]\s*\{/;
/** Old font switches: `{\rm good}`, `\rm th`. */
const FONT_SWITCH = /\{\s*\\(?:rm|it|bf|sf|tt|cal)\b[^{}]*\}|\\(?:rm|it|bf|sf|tt|cal)\s+[A-Za-z]+/g;
const WORD = /[A-Za-z]+/g;
/** Characters that join a name to a formula in calculator notation (`speed*time`, `f(x)`). */
const OPERATOR_CHARACTER = /[*/^_()+\-=<>!,[\]]/;

/** Operators that no transcript of speech holds: with one, `and`, `or`, `not` are mathjs's. */
const CALCULATOR_OPERATOR = /[<>!=]=|&&|\*|\|\|/;
const LOGIC_KEYWORDS: ReadonlySet<string> = new Set(['and', 'or', 'not', 'xor']);

/** Letters spoken one by one (`l n x`, `n C r`): speech, which the spoken grammar reads. */
const DICTATED_LETTERS = /^[A-Za-z](?:\s+[A-Za-z])+$/;
/** A number said after a name (`x 1`, `10 C 3`): an index in speech, never a product in notation. */
const DICTATED_INDEX = /[A-Za-z]\s+\d/;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function isSpokenWord(word: string, words: ReadonlySet<string> = SPOKEN_WORDS): boolean {
  return words.has(word.toLowerCase()) && !MATH_NAMES.has(word);
}

/**
 * Words that are not mathematics: spoken-math words, function names used without parentheses,
 * and unknown words shaped like English of three letters or more (two-letter words are products
 * such as `dx`; a name glued to an operator is a variable, `speed*time`).
 */
function englishWords(
  text: string,
  glued: (word: Word) => boolean,
  keywords: ReadonlySet<string> = new Set(),
): string[] {
  return wordsOf(text)
    .filter((word) => {
      if (/\d|_/.test(text[word.end] ?? '') || text[word.start - 1] === '_') return false;
      if (keywords.has(word.text)) return false;
      // `int^1_0 x dx`, `int x^2 dx`: a big operator with scripts, or an integral without.
      if (WRITTEN_OPERATOR_NAMES.has(word.text) && text[word.end] === '^') return false;
      if (WRITTEN_INTEGRALS.has(word.text) && /\s/.test(text[word.end] ?? '')) return false;
      // `sum(f, k, 1, n)`, `limit(f, x, 0)`: a name applied at once is the function, not the word.
      if (APPLIED_NAMES.has(word.text) && text[word.end] === '(') return false;
      if (isSpokenWord(word.text)) return true;
      if (APPLIED_NAMES.has(word.text)) return !/^\s*\(/.test(text.slice(word.end));
      if (MATH_NAMES.has(word.text) || !WORD_SHAPE.test(word.text)) return false;
      return !glued(word);
    })
    .map((word) => word.text);
}

function gluedToOperator(text: string) {
  return (word: Word) =>
    OPERATOR_CHARACTER.test(text[word.start - 1] ?? '') ||
    OPERATOR_CHARACTER.test(text[word.end] ?? '');
}

/** LaTeX with commands and prose arguments blanked out: what is left should be letters of math. */
function latexWithoutMarkup(text: string): string {
  return (
    text
      .replace(TEXT_ARGUMENT, ' ')
      .replace(FONT_SWITCH, ' ')
      .replace(/\\[A-Za-z]+/g, ' ')
      // A script's braces hold labels (`T_{eff}`); the `_` left behind keeps `Noise_{…}` a name.
      .replace(/[\^_]\s*\{[^{}]*\}/g, '_ ')
  );
}

/** AsciiMath's big operator with a script, without its backslash: `sum_{i=1}^n`, `int^1`. */
function writtenOperator(body: string): boolean {
  return wordsOf(body).some(
    (word) => WRITTEN_OPERATOR_NAMES.has(word.text) && /[_^]/.test(body[word.end] ?? ''),
  );
}

/** A function name applied at once, as calculator notation writes it: `sin(x)`, `sqrt(2)`. */
function appliesFunction(body: string): boolean {
  return wordsOf(body).some(
    (word) =>
      FUNCTION_NAMES.has(word.text) && body[word.end] === '(' && body[word.start - 1] !== '_',
  );
}

function hasMathCharacter(text: string): boolean {
  for (const character of text) if (isMathCharacter(character)) return true;
  return false;
}

/** Words of spoken operations among Unicode symbols: `x² plus 1` is dictation. */
function spokenIn(body: string): boolean {
  return wordsOf(body).some((word) => isSpokenWord(word.text, OPERATION_WORDS));
}

export function detectForm(text: string): SourceForm {
  const body = formulaBody(text);
  if (body.text === '') return 'spoken';
  return formOf(body.text, text.trim() !== body.text);
}

function formOf(body: string, delimited: boolean): SourceForm {
  // `lim_{x→0} sin x / x`, `∑_{i=1}^n i`: braced scripts around Unicode symbols and no command are
  // Unicode math typed with TeX's scripts; as LaTeX, ∑ and lim would be left as they are.
  if (!delimited && !/\\\S/.test(body) && hasMathCharacter(body) && !spokenIn(body))
    return 'unicode';
  const operator = writtenOperator(body);
  // Braced scripts with no command, around `sum_` or `sin(`, are AsciiMath's, not LaTeX's.
  const asciiMath = !body.includes('\\') && (operator || appliesFunction(body));
  const markup = LATEX_MARKUP.test(body) && !asciiMath;
  if (markup || delimited) {
    const rest = latexWithoutMarkup(body);
    if (englishWords(rest, gluedToOperator(rest)).length > 0) return 'spoken';
    if (markup || !hasMathCharacter(body)) return 'latex';
  }
  if (hasMathCharacter(body)) return spokenIn(body) ? 'spoken' : 'unicode';
  const keywords = CALCULATOR_OPERATOR.test(body) ? LOGIC_KEYWORDS : undefined;
  if (englishWords(body, gluedToOperator(body), keywords).length > 0) return 'spoken';
  if (!operator && (DICTATED_LETTERS.test(body) || DICTATED_INDEX.test(body))) return 'spoken';
  if (convertCalculator(body).findings.length === 0) return 'calculator';
  // AsciiMath's operators gone wrong (`int_0^`, `lim_{x->}`): the calculator finding says where.
  if (operator) return 'calculator';
  // `P(A|B) = P(B|A)P(A)/P(B)`: a bar or an arrow, which mathjs cannot read, in text the Unicode
  // reader reads whole.
  if (/\||->/.test(body) && convertUnicode(body).findings.length === 0) return 'unicode';
  // No word but names and an operator (`(x+1`, `2 +* 3`): broken or
  // unsupported calculator notation, whose finding says where; the spoken grammar would only
  // guess. Without an operator (`3.28 3.17 9.91`) it is more likely dictation.
  const namesOnly = wordsOf(body).every(
    (word) => word.text.length === 1 || MATH_NAMES.has(word.text) || APPLIED_NAMES.has(word.text),
  );
  return namesOnly && /[-+*/^=<>()[\]|!]/.test(body) ? 'calculator' : 'spoken';
}
