import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { compare } from '../../../server/src/core/equivalence/compare';
import { parseExpr } from './support';

/**
 * Periodic functions of huge arguments: cos(e^{48x}) is known to 64 digits only up to e^{48x}
 * times the precision, so two ways of computing it must not be called different; a real
 * difference is still found.
 */
describe('equivalence: round-off in periodic functions of huge arguments', () => {
  const notDifferent: [string, string][] = [
    ['cos(exp(48 * x))', 'cos(exp(16 * x) ^ 3)'],
    ['cos(exp(100 * x))', 'cos(exp(50 * x) ^ 2)'],
    ['tan(exp(3 * x)) ^ 2', 'sec(exp(3 * x)) ^ 2 - 1'],
  ];
  for (const [a, b] of notDifferent) {
    it(`${a} vs ${b} is not different`, () => {
      const result = compare(parseExpr(a), parseExpr(b), { timeBudgetMs: 2000 });
      assert.notEqual(result.verdict, 'different', result.reason);
    });
  }
  it('cos(exp(48x)) vs sin(exp(16x)^3) is different', () => {
    const result = compare(parseExpr('cos(exp(48 * x))'), parseExpr('sin(exp(16 * x) ^ 3)'), {
      timeBudgetMs: 2000,
    });
    assert.equal(result.verdict, 'different', result.reason);
  });
});
