import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseLatexMath, type MathNode } from '../../../../server/src/core/latex/index';
import { writtenForm } from '../../../../server/src/core/spoken/reader/written';

/** The two factors of a product or the two sides of a division, parsed from `latex`. */
function operands(latex: string): [MathNode, MathNode] {
  const parsed = parseLatexMath(latex);
  assert.equal(parsed.kind, 'expression');
  const node = (parsed as { node: MathNode }).node as unknown as { args: MathNode[] };
  return [node.args[0], node.args[1]];
}

describe('writtenForm', () => {
  it('tells parentheses written around a node', () => {
    for (const latex of ['P(A)', String.raw`P\left(A\right)`, 'F(q_L(u))']) {
      const [, argument] = operands(latex);
      assert.ok(writtenForm(latex).parenthesised(argument), latex);
    }
    const [a, b] = operands('a b');
    assert.ok(!writtenForm('a b').parenthesised(a));
    assert.ok(!writtenForm('a b').parenthesised(b));
  });

  it('does not take the parentheses of two neighbours for one pair', () => {
    const [first, second] = operands('(a)(b)');
    const form = writtenForm('(a)(b)');
    assert.ok(form.parenthesised(first) && form.parenthesised(second));
  });

  it('gives the signs between two nodes', () => {
    const [numerator, denominator] = operands('x^2/2');
    assert.equal(writtenForm('x^2/2').between(numerator, denominator), '/');
    const [top, bottom] = operands(String.raw`\frac{a}{b}`);
    assert.equal(writtenForm(String.raw`\frac{a}{b}`).between(top, bottom), '}{');
  });
});
