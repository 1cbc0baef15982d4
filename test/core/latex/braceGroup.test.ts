import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { braceGroupEnd } from '../../../server/src/core/latex/braceGroup';

describe('braceGroupEnd', () => {
  it('finds the end of a nested group and skips escaped braces', () => {
    assert.equal(braceGroupEnd('{a{b}c}d', 0), 7);
    assert.equal(braceGroupEnd(String.raw`\frac{\{x}{2}`, 5), 10);
  });

  it('is -1 where no group opens or none closes', () => {
    assert.equal(braceGroupEnd('a{b}', 0), -1);
    assert.equal(braceGroupEnd('{a{b}', 0), -1);
  });
});
