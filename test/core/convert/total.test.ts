import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { total } from '../../../server/src/core/convert/total';
import type { Conversion } from '../../../server/src/core/convert/types';

describe('total', () => {
  const ok: Conversion = { form: 'unicode', latex: 'x', alternatives: [], findings: [] };
  const cases: [string, () => Conversion, string | undefined][] = [
    ['passes a result through', () => ok, undefined],
    [
      'turns an exception into a finding',
      () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
      'unicode.internal-error',
    ],
  ];
  for (const [title, convert, code] of cases) {
    it(title, () => {
      const result = total('unicode', convert)('abc');
      assert.equal(result.findings[0]?.code, code);
      if (code !== undefined)
        assert.deepEqual([result.findings[0].start, result.findings[0].end], [0, 3]);
    });
  }
});
