import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { compare } from '../../../server/src/core/equivalence/compare';
import { mathVerifyPairs } from './mathVerifyData';
import { parseExpr } from './support';

describe('equivalence: Math-Verify pairs', () => {
  it('answers every convertible pair correctly or unknown', () => {
    const { pairs, skipped, excluded } = mathVerifyPairs();
    let unknown = 0;
    const wrong: string[] = [];
    for (const { row, gold, pred } of pairs) {
      const result = compare(parseExpr(gold), parseExpr(pred), { timeBudgetMs: 5000 });
      if (result.verdict === 'unknown') {
        unknown++;
        continue;
      }
      const said = result.verdict === 'equal' ? 1 : 0;
      if (said !== row.expected)
        wrong.push(`${gold} vs ${pred}: ${result.verdict} (${result.reason})`);
    }
    console.log(
      `Math-Verify: ${pairs.length} answered-or-unknown (${unknown} unknown), ${skipped} skipped (not plain expressions), ${excluded} excluded (label is not about equality)`,
    );
    assert.deepEqual(wrong, []);
    assert.ok(pairs.length >= 20, `only ${pairs.length} pairs converted`);
  });
});
