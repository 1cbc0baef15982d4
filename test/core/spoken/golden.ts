/**
 * Test support: golden tables of spoken English → LaTeX, judged by rendering (KaTeX MathML), so
 * brace style and \left/\right do not count.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { convertSpoken } from '../../../server/src/core/spoken/convert';
import { sameRendering } from '../convert/sameRendering';

/** [spoken English, expected LaTeX]. */
export type GoldenCase = readonly [string, string];

export function goldenTable(name: string, cases: readonly GoldenCase[]): void {
  describe(name, () => {
    for (const [spoken, expected] of cases) {
      it(spoken, () => {
        const actual = convertSpoken(spoken).latex;
        assert.ok(sameRendering(expected, actual), `expected ${expected}, got ${actual}`);
      });
    }
  });
}
