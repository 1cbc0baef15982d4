import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseLatexMath, spanOf } from '../../../server/src/core/latex/index';
import { EXTENDED_CASES, TREE_CASES, UNSUPPORTED_CASES } from './cases';
import { show } from './sexp';

describe('parseLatexMath: LaTeX → tree', () => {
  for (const [latex, expected] of [...TREE_CASES, ...EXTENDED_CASES, ...UNSUPPORTED_CASES]) {
    it(JSON.stringify(latex), () => {
      assert.equal(show(parseLatexMath(latex)), expected);
    });
  }
});

describe('parseLatexMath: context', () => {
  it('applies functions named in options', () => {
    assert.equal(
      show(parseLatexMath(String.raw`F(x) + k(x)`, { functions: new Set(['F']) })),
      '(+ (F x) (* k x))',
    );
  });
  it('parses \\DeclareMathOperator names like \\sin', () => {
    assert.equal(
      show(parseLatexMath(String.raw`\Tr A + \Tr(B)`, { operators: new Set(['Tr']) })),
      '(+ (Tr A) (Tr B))',
    );
  });
  it('a definition f(x) = … makes f a function in the formula', () => {
    assert.equal(show(parseLatexMath(String.raw`f(x) = x + f(1)`)), '(f x) eq (+ x (f 1))');
  });
});

describe('parseLatexMath: spans', () => {
  it('records the source span of nodes', () => {
    const source = String.raw`1 + \frac{a}{b}`;
    const result = parseLatexMath(source);
    assert.equal(result.kind, 'expression');
    if (result.kind !== 'expression') return;
    const root = result.node as unknown as { args: { type: string }[] };
    assert.deepEqual(spanOf(result.node), { start: 0, end: source.length });
    const fraction = spanOf(root.args[1] as never)!;
    assert.equal(source.slice(fraction.start, fraction.end), String.raw`\frac{a}{b}`);
  });
  it('reports the span of what is unsupported', () => {
    const source = String.raw`x + \foo{y}`;
    const result = parseLatexMath(source);
    assert.equal(result.kind, 'unsupported');
    if (result.kind !== 'unsupported') return;
    assert.equal(source.slice(result.start, result.end), String.raw`\foo`);
  });
});

describe('parseLatexMath: hostile input never throws or hangs', () => {
  const inputs = [
    '{'.repeat(10000) + 'x' + '}'.repeat(10000),
    '('.repeat(10000),
    '\\frac'.repeat(5000),
    '|'.repeat(3000),
    'x^'.repeat(5000) + '2',
    '\\sqrt'.repeat(5000) + 'x',
    '-'.repeat(10000) + 'x',
    '\\left('.repeat(3000),
    '\\',
    '}}}}{{{{',
    '\\begin{pmatrix}',
    '\\frac{d}{dx}',
    '\\int_0^1',
  ];
  for (const input of inputs) {
    it(JSON.stringify(input.slice(0, 30)), () => {
      const started = Date.now();
      const result = parseLatexMath(input);
      assert.ok(Date.now() - started < 2000);
      assert.ok(result.kind === 'unsupported' || result.kind === 'expression');
    });
  }
});
