import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { englishInMath } from '../../../../server/src/core/convert/editor/englishInMath';
import { sameRendering } from '../sameRendering';

describe('englishInMath', () => {
  const english: [string, string][] = [
    ['x squared plus one', 'x^{2} + 1'],
    ['a over b', '\\frac{a}{b}'],
    ['the square root of two', '\\sqrt{2}'],
    ['x equals y', 'x = y'],
  ];
  for (const [content, latex] of english) {
    it(`reads ${JSON.stringify(content)} as ${latex}`, () => {
      const conversion = englishInMath(content);
      assert.ok(conversion, 'expected a conversion');
      assert.ok(sameRendering(latex, conversion.latex), conversion.latex);
    });
  }
  const latex = [
    'x^2 + 1',
    '\\alpha',
    'xy z',
    'a b',
    'f(x)',
    'x',
    'dom f',
    'a + b',
    'A \\to B',
    '',
  ];
  for (const content of latex) {
    it(`leaves ${JSON.stringify(content)} alone`, () => {
      assert.equal(englishInMath(content), undefined);
    });
  }
});
