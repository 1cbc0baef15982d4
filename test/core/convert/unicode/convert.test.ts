import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { convertUnicode } from '../../../../server/src/core/convert/unicode/convert';
import { rendersInKatex } from '../rendersInKatex';
import { UNICODE_GOLDEN } from './golden';
import { describeGolden } from '../goldenSuite';

describeGolden('convertUnicode: golden table', UNICODE_GOLDEN, convertUnicode, 'unicode');

describe('convertUnicode: bad input is a finding with its UTF-16 range', () => {
  const cases: { input: string; codes: string[]; start: number; end: number }[] = [
    { input: '', codes: ['unicode.empty'], start: 0, end: 0 },
    { input: ' \u00a0 ', codes: ['unicode.empty'], start: 0, end: 3 },
    { input: '(a + b', codes: ['unicode.unbalanced'], start: 0, end: 1 },
    { input: 'a + b)', codes: ['unicode.unbalanced'], start: 5, end: 6 },
    // A mismatched closer without a list inside is no interval.
    { input: '(x + 1] ≤ 2', codes: ['unicode.unbalanced'], start: 6, end: 7 },
    { input: '😀 + x', codes: ['unicode.unknown-character'], start: 0, end: 2 },
    { input: '𝑥 + 😀', codes: ['unicode.unknown-character'], start: 5, end: 7 },
    { input: 'x\u0000y', codes: ['unicode.unknown-character'], start: 1, end: 2 },
    { input: 'x^', codes: ['unicode.empty-script'], start: 1, end: 2 },
    { input: '√', codes: ['unicode.empty-root'], start: 0, end: 1 },
    {
      input: '(((',
      codes: ['unicode.unbalanced', 'unicode.unbalanced', 'unicode.unbalanced'],
      start: 2,
      end: 3,
    },
    { input: 'α'.repeat(30_000), codes: ['unicode.too-long'], start: 0, end: 30_000 },
    { input: '('.repeat(500) + 'x', codes: ['unicode.too-deep'], start: 100, end: 101 },
  ];
  for (const { input, codes, start, end } of cases) {
    it(`${JSON.stringify(input.slice(0, 12))} → ${codes.join(', ')}`, () => {
      const result = convertUnicode(input);
      assert.deepEqual(result.findings.map((f) => f.code).slice(0, codes.length), codes);
      const [first] = result.findings;
      assert.deepEqual([first.start, first.end], [start, end]);
      assert.ok(rendersInKatex(result.latex), `KaTeX cannot render ${result.latex}`);
    });
  }

  it('reads a half-open interval as closed, with no finding', () => {
    for (const [input, latex] of [
      ['θ ∈ [0, 2π)', String.raw`\theta \in [0, 2\pi)`],
      ['x ∈ (a, b] ∪ [c, d)', String.raw`x \in (a, b] \cup [c, d)`],
    ]) {
      const result = convertUnicode(input);
      assert.deepEqual(result.findings, [], input);
      assert.equal(result.latex, latex);
    }
  });

  it('only punctuation gives LaTeX that renders', () => {
    const result = convertUnicode(',.;:!?');
    assert.ok(rendersInKatex(result.latex), result.latex);
  });
});
