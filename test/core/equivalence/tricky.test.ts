import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { compare } from '../../../server/src/core/equivalence/compare';
import { parseExpr, readJsonl, type TrickyPair } from './support';

const pairs = readJsonl<TrickyPair>('tricky_pairs.jsonl');

/**
 * `domain` pairs under the default (generic) semantics: equal when the sides agree wherever both
 * are defined; different when they are both defined somewhere and differ there.
 */
const GENERIC_DOMAIN: Record<string, 'equal' | 'different'> = {
  'log of product': 'equal',
  'sqrt of square = x': 'different',
  'principal cube root': 'equal',
  'arcsin of sin': 'different',
  'exp of ln': 'equal',
  'power of power': 'different',
  'sqrt product': 'equal',
  'x^x': 'equal',
};

/** Under `domain: 'strict'` only x^x stays equal: neither side is real for x < 0. */
const STRICT_DOMAIN: Record<string, 'equal' | 'different'> = {
  ...Object.fromEntries(Object.keys(GENERIC_DOMAIN).map((name) => [name, 'different'])),
  'x^x': 'equal',
};

function expected(pair: TrickyPair, strict: boolean): 'equal' | 'different' {
  switch (pair.label) {
    case 'identity':
    case 'generic':
      return 'equal';
    case 'different':
      return 'different';
    case 'domain': {
      const table = strict ? STRICT_DOMAIN : GENERIC_DOMAIN;
      const verdict = table[pair.name];
      assert.ok(verdict !== undefined, `no expectation for domain pair ${pair.name}`);
      return verdict;
    }
  }
}

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
        assert.equal(result.verdict, expected(pair, strict), `${pair.name}: ${result.reason}`);
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
