import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { foldNumbers } from '../../../server/src/core/spoken/numbers';
import { tokenize } from '../../../server/src/core/spoken/tokens';
import { normaliseWords } from '../../../server/src/core/spoken/words';

function describeTokens(input: string): string[] {
  return foldNumbers(normaliseWords(tokenize(input))).map((token) => {
    if (token.kind !== 'number') return token.text;
    const parts = [token.whole, token.text, token.denominator].filter((part) => part !== undefined);
    return `#${parts.join('|')}${token.ordinal === true ? 'th' : ''}`;
  });
}

/** [input, expected tokens: numbers as #value, #whole|numerator|denominator, ordinals with th]. */
const cases: [string, string[]][] = [
  ['twenty five', ['#25']],
  ['one thousand two hundred', ['#1200']],
  // "and" after a scale joins the number, as people say it: one thousand one hundred and thirty-five.
  ['three hundred and five', ['#305']],
  ['one thousand one hundred and thirty five', ['#1135']],
  ['a hundred and b', ['#100', 'and', 'b']],
  // The article before a scale is one: a hundred and five, a thousand.
  ['a hundred and five', ['#105']],
  ['a thousand', ['#1000']],
  ['a times b', ['a', 'times', 'b']],
  ['two million', ['#2000000']],
  ['zero point zero six', ['#0.06']],
  ['point five', ['#0.5']],
  ['one point five one', ['#1.51']],
  // After a whole number, figures are decimals too, as recognisers write them.
  ['3 point 14', ['#3.14']],
  ['3 point 1 4', ['#3.14']],
  ['point 5', ['point', '#5']],
  ['three halves', ['#3|2']],
  ['one half', ['#1|2']],
  ['two thirds x', ['#2|3', 'x']],
  ['thirty one twenty fourths', ['#31|24']],
  // After a tens word, "seconds" and "first" are denominators; alone, "seconds" is time.
  ['twelve thirty seconds', ['#12|32']],
  ['one twenty first', ['#1|21']],
  ['eight fifteenths', ['#8|15']],
  ['three and one half', ['#3|1|2']],
  ['5 and three fourths', ['#5|3|4']],
  ['three and a half', ['#3|1|2']],
  ['two and a quarter', ['#2|1|4']],
  // Before "half" and "quarter", and after a number and "and" before a single denominator, "a"
  // is a numerator; "a third" is one before "of" or at the end, and may be the ordinal elsewhere.
  ['a half', ['#1|2']],
  ['a quarter of x', ['#1|4', 'of', 'x']],
  ['a third', ['#1|3']],
  ['a fifth of n', ['#1|5', 'of', 'n']],
  ['a third order equation', ['a', '#3th', 'order', 'equation']],
  ['three and a halves', ['#3', 'and', 'a', 'halves']],
  // A tens word and a singular ordinal are one ordinal; the fraction says "twenty thirds".
  ['ten to the twenty third', ['#10', 'to', 'the', '#23th']],
  ['twenty thirds', ['#20|3']],
  ['one two three', ['#1', '#2', '#3']],
  ['twenty twenty', ['#20', '#20']],
  ['the third root', ['the', '#3th', 'root']],
  ['to the second', ['to', 'the', '#2th']],
  ['1 second', ['#1', 'second']],
  ['2nd row', ['#2th', 'row']],
  ['n-th root', ['n', 'root']],
  ['open second paren', ['open', 'paren']],
  ['x one', ['x', '#1']],
  ['one-half', ['#1|2']],
];

describe('foldNumbers', () => {
  for (const [input, expected] of cases) {
    it(input, () => {
      assert.deepEqual(describeTokens(input), expected);
    });
  }
});
