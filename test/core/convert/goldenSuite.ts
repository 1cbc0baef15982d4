/**
 * Test support: a golden table run against a converter. Each row must convert without findings,
 * render in KaTeX, and render like the expected LaTeX.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Conversion, SourceForm } from '../../../server/src/core/convert/types';
import { sameRendering } from './sameRendering';
import { rendersInKatex } from './rendersInKatex';

export function describeGolden(
  title: string,
  table: readonly (readonly [string, string])[],
  convert: (text: string) => Conversion,
  form: SourceForm,
): void {
  describe(title, () => {
    for (const [input, expected] of table) {
      it(`${input} → ${expected}`, () => {
        const result = convert(input);
        assert.deepEqual(result.findings, [], JSON.stringify(result.findings));
        assert.equal(result.form, form);
        assert.ok(rendersInKatex(result.latex), `KaTeX cannot render ${result.latex}`);
        assert.ok(sameRendering(expected, result.latex), `got ${result.latex}`);
      });
    }
  });
}
