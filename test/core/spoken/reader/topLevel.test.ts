import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { splitAtTopLevel } from '../../../../server/src/core/spoken/reader/topLevel';

describe('splitAtTopLevel', () => {
  it('cuts at separators outside groups, naming the separator after each part', () => {
    assert.deepEqual(splitAtTopLevel('x, y : x < y', ':,'), [
      { text: 'x', separator: ',' },
      { text: ' y ', separator: ':' },
      { text: ' x < y' },
    ]);
  });

  it('does not cut inside braces, set braces, brackets or parentheses, nor at an escaped comma', () => {
    assert.deepEqual(splitAtTopLevel(String.raw`f(a,b), \{c,d\}, i\,j`, ','), [
      { text: 'f(a,b)', separator: ',' },
      { text: String.raw` \{c,d\}`, separator: ',' },
      { text: String.raw` i\,j` },
    ]);
  });
});
