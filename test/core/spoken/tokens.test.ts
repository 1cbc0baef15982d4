import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { tokenize, type TokenKind } from '../../../server/src/core/spoken/tokens';

/** [input, expected "kind:text" of each token]. */
const cases: [string, string[]][] = [
  ['x plus 1', ['word:x', 'word:plus', 'number:1']],
  ['3.14 and .5', ['number:3.14', 'word:and', 'number:.5']],
  ['2,214 plus 1', ['number:2,214', 'word:plus', 'number:1']],
  [
    'a, b; c: d.',
    ['word:a', 'pause:,', 'word:b', 'pause:;', 'word:c', 'pause::', 'word:d', 'stop:.'],
  ],
  [
    'StartFraction a Over b EndFraction',
    ['word:startfraction', 'word:a', 'word:over', 'word:b', 'word:endfraction'],
  ],
  ['NestedStartRoot x NestedEndRoot', ['word:startroot', 'word:x', 'word:endroot']],
  [
    'StartStartFraction 1 OverOver 2 EndEndFraction',
    ['word:startfraction', 'number:1', 'word:over', 'number:2', 'word:endfraction'],
  ],
  ['TwiceNestedRootIndex 3', ['word:rootindex', 'number:3']],
  [String.raw`x \alpha + y`, ['word:x', 'latex:\\alpha', 'symbol:+', 'word:y']],
  ['dot dot dot …', ['word:dot', 'word:dot', 'word:dot', 'symbol:…']],
  ['n-th', ['word:n-th']],
  ["Maxwell's", ["word:maxwell's"]],
];

describe('tokenize', () => {
  for (const [input, expected] of cases) {
    it(input, () => {
      assert.deepEqual(
        tokenize(input).map((t) => `${t.kind}:${t.text}`),
        expected,
      );
    });
  }

  it('keeps UTF-16 spans of the written words', () => {
    const input = 'é 😀 Omega';
    for (const token of tokenize(input))
      assert.equal(input.slice(token.start, token.end), token.raw);
  });

  it('marks capitals and sentence starts', () => {
    const tokens = tokenize('Alpha equals Beta. Gamma');
    const marks = tokens
      .filter((t) => t.kind === ('word' as TokenKind))
      .map((t) => [t.text, t.capital, t.sentenceStart]);
    assert.deepEqual(marks, [
      ['alpha', true, true],
      ['equals', false, false],
      ['beta', true, false],
      ['gamma', true, true],
    ]);
  });

  it('takes the first word after an opening bracket as the sentence start', () => {
    const [, theta, , , , second] = tokenize('(Theta sub 1, Theta sub 2)');
    assert.deepEqual([theta.text, theta.sentenceStart], ['theta', true]);
    assert.deepEqual([second.text, second.sentenceStart], ['theta', false]);
  });
});
