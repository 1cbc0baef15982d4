import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { foldNumbers } from '../../../server/src/core/spoken/numbers';
import { readingsFor } from '../../../server/src/core/spoken/rank';
import { tokenize } from '../../../server/src/core/spoken/tokens';
import { normaliseWords } from '../../../server/src/core/spoken/words';

function firstReading(text: string) {
  return readingsFor(foldNumbers(normaliseWords(tokenize(text))))[0];
}

/** [sentence, whether its commas are read as pauses first]. */
const commaCases: [string, boolean][] = [
  ['b, n, p and q', false],
  ['the absolute value of x, plus 1', true],
  ['1 comma 2 comma 3', true],
  ['l; x sub 2', true],
  ['a, cap A', true],
  // An accent word marks the symbol before a comma, but starts a new symbol after one.
  ['x hat, plus 1', true],
  ['d of hat t, hat x sub 1', false],
];

describe('readingsFor', () => {
  for (const [text, pauses] of commaCases) {
    it(`reads the commas of "${text}" as ${pauses ? 'pauses' : 'written commas'} first`, () => {
      assert.equal(firstReading(text).commaIsPause, pauses);
    });
  }

  it('tries the runner-up scopes only where their words occur', () => {
    const plain = readingsFor(foldNumbers(normaliseWords(tokenize('x plus y'))));
    const over = readingsFor(foldNumbers(normaliseWords(tokenize('a over b plus c'))));
    assert.ok(!plain.some((reading) => reading.overTakesSumAfter === true));
    assert.ok(over.some((reading) => reading.overTakesSumAfter === true));
  });
});
