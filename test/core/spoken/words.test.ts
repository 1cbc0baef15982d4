import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { tokenize } from '../../../server/src/core/spoken/tokens';
import { normaliseWords } from '../../../server/src/core/spoken/words';

const cases: [string, string[]][] = [
  ['sign of x', ['sine', 'of', 'x']],
  ['cosign', ['cosine']],
  ['pie r squared', ['pi', 'r', 'squared']],
  ['dee why by dee eks', ['d', 'y', 'by', 'd', 'x']],
  ['sub-ji', ['sub', 'ji']],
  ['n-th', ['n']],
  ['nth', ['n']],
  ['x-axis', ['x', 'axis']],
  // A number or letter heard as a word, corrected only next to math.
  ['x squared minus for', ['x', 'squared', 'minus', '4']],
  ['x equals 0 for x', ['x', 'equals', '0', 'for', 'x']],
  ['x over to plus 3', ['x', 'over', '2', 'plus', '3']],
  ['x equals to 5', ['x', 'equals', 'to', '5']],
  ['pie are squared', ['pi', 'r', 'squared']],
  ['x and y are real', ['x', 'and', 'y', 'are', 'real']],
  ['some from i', ['sum', 'from', 'i']],
  ['Co-sign of x', ['cosine', 'of', 'x']],
  ['the square route of', ['the', 'square', 'root', 'of']],
  // A glued differential is "d" and its variable; other words that start with d stay.
  ['dy dx', ['d', 'y', 'd', 'x']],
  ['do', ['do']],
  // A speaker's opening word, before more is said.
  ['So, x', [',', 'x']],
  ['so', ['so']],
  ['x so y', ['x', 'so', 'y']],
  // Letters glued to a number are a product; a unit's symbol or a name stays one word.
  ['4AC', ['4', 'a', 'c']],
  ['2xy', ['2', 'x', 'y']],
  ['5kg', ['5', 'kg']],
  ['2pi', ['2', 'pi']],
  ['2sin', ['2', 'sine']],
];

describe('normaliseWords', () => {
  for (const [input, expected] of cases) {
    it(input, () => {
      assert.deepEqual(
        normaliseWords(tokenize(input)).map((token) => token.text),
        expected,
      );
    });
  }

  it('marks letter ordinals and keeps spans of what was written', () => {
    const input = 'x to the n-th';
    const tokens = normaliseWords(tokenize(input));
    const ordinal = tokens[tokens.length - 1];
    assert.equal(ordinal.ordinal, true);
    assert.equal(input.slice(ordinal.start, ordinal.end), 'n-th');
  });
});
