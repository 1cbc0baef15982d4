/**
 * Which readings to try, best first. Words cannot always say how far an operator reaches ("a
 * over b plus c"), and commas are pauses in screen-reader speech ("the absolute value of x, plus
 * 1") but written commas in lists ("b, n, p and q"). The sentence itself decides the order: a comma
 * next to an operator word is a pause, so such sentences read commas as pauses first.
 */
import type { Reading } from './parser';
import type { Token } from './tokens';

const operatorWords = new Set([
  'plus',
  'minus',
  'times',
  'over',
  'equals',
  'of',
  'is',
  'paren',
  'parenthesis',
  'and',
  'root',
  'exponent',
  'fraction',
  'value',
]);

function commasArePauses(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== ',') continue;
    if (
      operatorWords.has(tokens[i - 1]?.text ?? '') ||
      operatorWords.has(tokens[i + 1]?.text ?? '')
    )
      return true;
    if (
      tokens[i + 1]?.text === 'open' ||
      tokens[i + 1]?.text === 'close' ||
      tokens[i + 1]?.text === 'end'
    )
      return true;
  }
  return false;
}

export function readingsFor(tokens: readonly Token[]): Reading[] {
  const pauses = commasArePauses(tokens);
  return [
    { commaIsPause: pauses, overTakesProducts: true },
    { commaIsPause: pauses, overTakesProducts: false },
    { commaIsPause: !pauses, overTakesProducts: true },
  ];
}
