import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { nextStopIn, stopSet } from '../../../server/src/core/regions/texText';

describe('nextStopIn', () => {
  const braces = stopSet('\\{}%');
  const cases: [string, string, number, number, number][] = [
    ['the first stop', 'ab{c}', 0, 5, 2],
    ['a stop at pos itself', '\\alpha', 0, 6, 0],
    ['from pos on', '{a}', 1, 3, 2],
    ['no stop: the end', 'plain text', 0, 10, 10],
    ['a stop past end is not seen', 'ab}', 0, 2, 2],
    ['characters beyond ASCII are no stops', 'é𝔸ü%', 0, 5, 4],
    ['an empty range', '{', 0, 0, 0],
  ];
  for (const [what, text, pos, end, expected] of cases) {
    it(`${what}: ${JSON.stringify(text)} from ${pos}`, () => {
      assert.equal(nextStopIn(text, pos, end, braces), expected);
    });
  }

  it('stops only at the characters of its set', () => {
    const dollars = stopSet('$');
    assert.equal(nextStopIn('\\{}%$', 0, 5, dollars), 4);
  });
});
