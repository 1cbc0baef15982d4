import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { pauseRules } from '../../../../server/src/core/spoken/grammar/pauses';
import { tokenize } from '../../../../server/src/core/spoken/tokens';
import type { Formula } from '../../../../server/src/core/spoken/tree';
import { goldenTable } from '../golden';

const letter = (tex: string): Formula => ({ kind: 'atom', tex, role: 'letter' });
const number = (tex: string): Formula => ({ kind: 'atom', tex, role: 'number' });

describe('pause rules', () => {
  it('pass over a pause before a name\'s "of" or "inverse of", and no other', () => {
    assert.equal(pauseRules.withinApplication(tokenize('of x'), 0), true);
    assert.equal(pauseRules.withinApplication(tokenize('inverse of x'), 0), true);
    assert.equal(pauseRules.withinApplication(tokenize('inverse x'), 0), false);
    assert.equal(pauseRules.withinApplication(tokenize('plus x'), 0), false);
  });

  it("continue a sum after a coefficient's product, before a sign only", () => {
    const product: Formula = { kind: 'row', items: [number('2'), letter('x')] };
    assert.equal(pauseRules.keepsScope(product, tokenize('plus 5'), 0), true);
    assert.equal(pauseRules.keepsScope(product, tokenize('times 5'), 0), false);
    assert.equal(pauseRules.keepsScope(letter('x'), tokenize('plus 5'), 0), false);
  });

  it('continue a product between two applications of named functions', () => {
    const tangent: Formula = {
      kind: 'row',
      items: [{ kind: 'atom', tex: '\\tan', role: 'function' }, letter('x')],
    };
    assert.equal(pauseRules.keepsScope(tangent, tokenize('the tangent of y'), 0), true);
    assert.equal(pauseRules.keepsScope(tangent, tokenize('sine of y'), 0), true);
    assert.equal(pauseRules.keepsScope(tangent, tokenize('the tangent y'), 0), false);
    assert.equal(pauseRules.keepsScope(letter('x'), tokenize('the tangent of y'), 0), false);
  });
});

goldenTable('spoken pauses', [
  ['g sub 1, inverse of, g sub 2, of x', String.raw`g_1^{-1}(g_2(x))`],
  ['the fraction with numerator 1, and denominator 2 x, plus 5', String.raw`\frac{1}{2x + 5}`],
  ['the absolute value of x, plus 1', String.raw`|x| + 1`],
  [
    'the fraction with numerator 1, and denominator 1 minus, the tangent of, x, the tangent of, y',
    String.raw`\frac{1}{1 - \tan x \tan y}`,
  ],
]);
