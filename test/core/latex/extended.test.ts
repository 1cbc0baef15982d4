import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseLatexMath, usesImaginaryUnit } from '../../../server/src/core/latex/index';
import { printParsed } from '../../../server/src/core/latex/printer';
import { EXTENDED_CASES } from './cases';
import { show } from './sexp';

describe('printParsed: parse → print → parse is the identity on lists, tuples, annotations…', () => {
  for (const [latex] of EXTENDED_CASES) {
    const parsed = parseLatexMath(latex);
    if (parsed.kind === 'unsupported') continue;
    // (a, b) and [a, b] print back as intervals only after \in: covered by the relation cases.
    it(latex, () => {
      const printed = printParsed(parsed);
      assert.equal(show(parseLatexMath(printed)), show(parsed), printed);
    });
  }
});

describe('usesImaginaryUnit', () => {
  const yes = [
    String.raw`e^{i\theta} = \cos\theta + i\sin\theta`,
    String.raw`e^{i \pi} + 1 = 0`,
    String.raw`2^{\pi i}`,
    String.raw`z = 3 + 4i`,
    String.raw`3 - 2i`,
    String.raw`i^2 = -1`,
    String.raw`\exp(x) = e^{2 \pi i k}`,
    String.raw`\exp(i\theta) = \cos\theta + i\sin\theta`,
  ];
  const no = [
    String.raw`x_i + y_i`,
    String.raw`\sum_{i=1}^{n} i^2`,
    String.raw`\sum_{i=1}^{n} e^{i x}`,
    String.raw`a_{i+1} = 3 + 4i`,
    String.raw`(a+b)_i = i^2`,
    String.raw`i + 1`,
    String.raw`2 i x`,
    String.raw`\prod_{i=1}^{n} e^{i\pi}`,
    String.raw`\sum_{i=0}^{n} \exp(i x)`,
  ];
  for (const latex of yes)
    it(`${latex} → unit`, () => assert.equal(usesImaginaryUnit(parseLatexMath(latex)), true));
  for (const latex of no)
    it(`${latex} → variable`, () => assert.equal(usesImaginaryUnit(parseLatexMath(latex)), false));
  it('looks into list items', () => {
    assert.equal(usesImaginaryUnit(parseLatexMath(String.raw`z = 1 + i, w = e^{i t}`)), true);
    assert.equal(usesImaginaryUnit(parseLatexMath(String.raw`x_i = 1, y = e^{i t}`)), false);
  });
});
