import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { hashParts, hashString } from '../../../server/src/core/text/hash';

/** The key hashParts promises: both hashes and the length of the parts joined with U+0000. */
function joinedKey(parts: readonly string[]): string {
  const joined = parts.join('\u0000');
  return `${hashString(joined)}${hashString(joined, 0x12345678)}${joined.length.toString(16)}`;
}

describe('hashParts', () => {
  const cases: [string, string[]][] = [
    ['no parts', []],
    ['one empty part', ['']],
    ['two empty parts', ['', '']],
    ['one part', ['\\newcommand{\\R}{\\mathbb{R}}']],
    ['several parts', ['a', 'bc', '', 'def']],
    ['astral and NUL characters', ['𝔸\u0000x', '\u0000', 'é']],
  ];
  for (const [what, parts] of cases) {
    it(`${what}: the hash of the parts joined`, () => {
      assert.equal(hashParts(parts), joinedKey(parts));
    });
  }

  it('tells apart lists whose concatenations are equal', () => {
    assert.notEqual(hashParts(['ab', 'c']), hashParts(['a', 'bc']));
    assert.notEqual(hashParts(['a']), hashParts(['a', '']));
  });
});

describe('hashString', () => {
  it('is FNV-1a over UTF-16 code units', () => {
    // FNV-1a of "a" (0x61) from the standard offset basis.
    assert.equal(hashString('a'), 'e40c292c');
    assert.equal(hashString(''), '811c9dc5');
  });
});
