/**
 * Which readings to try, best first. Words cannot always say how far an operator reaches ("a
 * over b plus c"), and commas are pauses in screen-reader speech ("the absolute value of x, plus
 * 1") but written commas in lists ("b, n, p and q"). The sentence itself decides the order: a comma
 * next to an operator word is a pause, so such sentences read commas as pauses first.
 */
import { closing, lexicon } from './lexicon';
import type { Reading } from './parser';
import type { Token } from './tokens';

/** Words that screen readers put next to a pause ("x, plus 1", "of, open paren", ", end root"). */
const pauseNeighbours = new Set(
  'plus minus times over equals of is paren parenthesis and root exponent fraction value open close end the squared cubed power prime feet foot inches inch minutes minute seconds second bar hat tilde factorial cap'.split(
    ' ',
  ),
);

/** Accent words name a mark after their symbol ("x hat, plus 1") but a new symbol after a comma ("d of t, hat x"). */
const accentWords = new Set(['bar', 'hat', 'tilde']);

/** "u, v, and w": "and" before a last symbol ends a written list; it is no pause word there. */
function endsList(tokens: readonly Token[], at: number): boolean {
  const last = tokens[at + 1];
  return (
    tokens[at].text === 'and' &&
    last !== undefined &&
    (last.kind === 'number' || /^[a-z]$/.test(last.text)) &&
    (tokens[at + 2] === undefined || tokens[at + 2].kind === 'stop')
  );
}

const ellipses = new Set(['\\ldots', '\\cdots']);

/** Whether the sentence's commas are pauses: one sits next to an operator word, commas are spoken ("comma"), or a semicolon is used. */
function commasArePauses(tokens: readonly Token[]): boolean {
  // Commas said as words are the written ones.
  if (tokens.some((token) => token.text === 'comma')) return true;
  // "mu sub 1, mu sub 2, dot dot dot, mu sub n": a list with an ellipsis is written with commas.
  const ellipsisInList = tokens.some(
    (token, i) =>
      ellipses.has(lexicon.symbols.get(token.text) ?? '') &&
      (tokens[i - 1]?.text === ',' || tokens[i + 1]?.text === ','),
  );
  if (ellipsisInList) return false;
  for (let i = 0; i < tokens.length; i++) {
    // Written lists are separated by commas; a semicolon between operands is a long pause.
    if (tokens[i].text === ';') return true;
    if (tokens[i].text !== ',') continue;
    if (
      pauseNeighbours.has(tokens[i - 1]?.text ?? '') ||
      (pauseNeighbours.has(tokens[i + 1]?.text ?? '') &&
        !accentWords.has(tokens[i + 1]?.text ?? '') &&
        !endsList(tokens, i + 1))
    )
      return true;
  }
  return false;
}

const { indexLetters } = lexicon;
const bigOperators = closing('calculus.sum', 'calculus.product');
const bindingWords = new Set(['over', 'from']);

/** "x i": a letter and an index letter said in a row. */
function saysLetterIndex(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, i) =>
      i > 0 &&
      indexLetters.has(token.raw) &&
      /^[A-Za-z]$/.test(tokens[i - 1].raw) &&
      !indexLetters.has(tokens[i - 1].raw),
  );
}

/** The index letters a sum or product runs over: "the sum over i", "the product k equals 1 to n". */
function boundIndices(tokens: readonly Token[]): Set<string> {
  const bound = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const operator = bigOperators.match(tokens, i);
    if (operator === undefined) continue;
    // "the sum over i", "the sum from i equals 1", "summation i equals 1".
    const binding = tokens[i + operator.length];
    const index = bindingWords.has(binding?.text ?? '') ? tokens[i + operator.length + 1] : binding;
    if (index !== undefined && indexLetters.has(index.raw)) bound.add(index.raw);
  }
  return bound;
}

/** Past this many tokens only the first reading is parsed, so time stays linear with a small factor. */
const longSentence = 1000;

export function readingsFor(tokens: readonly Token[]): Reading[] {
  const pauses = commasArePauses(tokens);
  const bound = boundIndices(tokens);
  const indices = bound.size > 0 ? { boundIndices: bound } : {};
  const first: Reading = {
    commaIsPause: pauses,
    overTakesProducts: true,
    overTakesSums: true,
    ...indices,
  };
  const readings: Reading[] = [
    first,
    { commaIsPause: pauses, overTakesProducts: true, overTakesSums: false, ...indices },
    { commaIsPause: pauses, overTakesProducts: false, overTakesSums: false, ...indices },
    { commaIsPause: !pauses, overTakesProducts: true, overTakesSums: true, ...indices },
  ];
  if (tokens.length > longSentence) return readings.slice(0, 1);
  // Runners-up for open-ended scopes, tried only where their words occur.
  const words = new Set(tokens.map((token) => token.text));
  if (words.has('over')) readings.push({ ...first, overTakesSumAfter: true });
  if (words.has('root')) readings.push({ ...first, radicandIsFactor: true });
  if (words.has('to')) readings.push({ ...first, exponentTakesSum: true });
  if (words.has('to') && words.has('over') && (words.has('minus') || words.has('negative')))
    readings.push({ ...first, signedExponentIsFactor: true });
  if (saysLetterIndex(tokens)) readings.push({ ...first, letterIndices: true });
  return readings;
}
