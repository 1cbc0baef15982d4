/**
 * Golden table of ambiguous sentences: the ranked best reading, and a runner-up that must be kept
 * among the alternatives (judged by rendering).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { convertSpoken } from '../../../server/src/core/spoken/convert';
import { sameRendering } from '../convert/sameRendering';

/** [spoken English, expected best reading, a reading expected among the alternatives]. */
const ambiguous: [string, string, string][] = [
  ['a over b plus c', String.raw`\frac{a}{b} + c`, String.raw`\frac{a}{b+c}`],
  // ClearSpeak says "the square root of x, plus 1" for √x + 1, so the radicand takes the sum first.
  ['the square root of x plus one', String.raw`\sqrt{x+1}`, String.raw`\sqrt{x} + 1`],
  ['a over b c', String.raw`\frac{a}{bc}`, String.raw`\frac{a}{b} c`],
  ['x minus 1 over x plus 1', String.raw`\frac{x-1}{x+1}`, String.raw`x - \frac{1}{x} + 1`],
  // A variable with a constant after "over" is a rational function's denominator.
  ['1 over x plus 1', String.raw`\frac{1}{x+1}`, String.raw`\frac{1}{x} + 1`],
  // A bare "to the" takes one operand ("e to the x plus 1" is e^x + 1); the sum is the runner-up.
  ['e to the x plus one', String.raw`e^{x} + 1`, String.raw`e^{x+1}`],
  // After an index letter the offset is the exponent's, as in power rules and series.
  ['x to the n plus one', String.raw`x^{n+1}`, String.raw`x^{n} + 1`],
  // The corpora say a letter and an index letter in a row as a product more often.
  ['x i plus x j', 'x i + x j', 'x_i + x_j'],
  // A signed bare exponent holds its quotient, as the normal density is said; the factor is next.
  [
    'e to the minus x squared over two',
    String.raw`e^{-\frac{x^{2}}{2}}`,
    String.raw`\frac{e^{-x^{2}}}{2}`,
  ],
];

describe('ranked readings keep their runners-up', () => {
  for (const [spoken, best, runnerUp] of ambiguous) {
    it(spoken, () => {
      const result = convertSpoken(spoken);
      assert.ok(sameRendering(best, result.latex), `best: expected ${best}, got ${result.latex}`);
      assert.ok(
        result.alternatives.some((alternative) => sameRendering(runnerUp, alternative)),
        `${runnerUp} not among ${result.alternatives.join(' | ')}`,
      );
    });
  }
});
