import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { compare } from '../../../server/src/core/equivalence/compare';
import { expectedVerdict, parseExpr, readJsonl, type TrickyPair } from './support';

const pairs = readJsonl<TrickyPair>('tricky_pairs.jsonl');

describe('equivalence: tricky pairs', () => {
  it('has every pair of the data file', () => {
    assert.equal(pairs.length, 32);
  });
  for (const strict of [false, true]) {
    for (const pair of pairs) {
      it(`${strict ? 'strict' : 'generic'}: ${pair.name} (${pair.label})`, () => {
        const lhs = parseExpr(pair.lhs_mathjs);
        const rhs = parseExpr(pair.rhs_mathjs);
        const context = {
          domain: strict ? ('strict' as const) : ('generic' as const),
          timeBudgetMs: 5000,
        };
        const result = compare(lhs, rhs, context);
        assert.equal(
          result.verdict,
          expectedVerdict(pair, strict),
          `${pair.name}: ${result.reason}`,
        );
        // Symmetric.
        assert.equal(compare(rhs, lhs, context).verdict, result.verdict);
        if (result.verdict === 'different') {
          assert.ok(Object.keys(result.point).length >= 0);
          assert.ok(result.reason.length > 0);
        }
        if (result.verdict === 'equal' && pair.label === 'domain') {
          assert.match(result.reason, /where both sides are defined/);
        }
      });
    }
  }
});
