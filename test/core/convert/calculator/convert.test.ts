import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { convertCalculator } from '../../../../server/src/core/convert/calculator/convert';
import { CALCULATOR_GOLDEN } from './golden';
import { describeGolden } from '../goldenSuite';

describeGolden(
  'convertCalculator: golden table',
  CALCULATOR_GOLDEN,
  convertCalculator,
  'calculator',
);

describe('convertCalculator: products read as written', () => {
  const cases: [string, string][] = [
    ['3*x', '3x'],
    ['2*(x+1)', '2(x + 1)'],
    ['2*3', '2 \\cdot 3'],
  ];
  for (const [input, latex] of cases) {
    it(`${input} prints exactly ${latex}`, () => {
      assert.equal(convertCalculator(input).latex, latex);
    });
  }
});

describe('convertCalculator: bad input is a finding with the offending range', () => {
  const cases: { input: string; code: string; start: number; end: number }[] = [
    { input: '', code: 'calculator.empty', start: 0, end: 0 },
    { input: '   ', code: 'calculator.empty', start: 0, end: 3 },
    { input: '(x+1', code: 'calculator.parse-error', start: 0, end: 1 },
    { input: 'x+1)', code: 'calculator.parse-error', start: 3, end: 4 },
    { input: '[1, 2)', code: 'calculator.parse-error', start: 5, end: 6 },
    { input: 'x +', code: 'calculator.parse-error', start: 2, end: 3 },
    { input: '= 5', code: 'calculator.parse-error', start: 0, end: 1 },
    { input: 'x = ', code: 'calculator.parse-error', start: 2, end: 3 },
    { input: '@', code: 'calculator.parse-error', start: 0, end: 1 },
    { input: ',;.', code: 'calculator.parse-error', start: 0, end: 1 },
    { input: ';;', code: 'calculator.parse-error', start: 0, end: 1 },
    { input: 'x + 1; y', code: 'calculator.parse-error', start: 5, end: 6 },
    { input: 'x\ny', code: 'calculator.parse-error', start: 1, end: 2 },
    { input: 'x + 😀', code: 'calculator.parse-error', start: 4, end: 6 },
    { input: '😀😀 + #', code: 'calculator.parse-error', start: 0, end: 2 },
    { input: '2**', code: 'calculator.parse-error', start: 2, end: 3 },
    { input: 'a ? b : c', code: 'calculator.unsupported', start: 0, end: 9 },
    { input: 'x.y', code: 'calculator.unsupported', start: 0, end: 3 },
    { input: 'x = a ? b : c ', code: 'calculator.unsupported', start: 4, end: 13 },
    { input: '\u0000\u0001\u00ff', code: 'calculator.parse-error', start: 0, end: 1 },
    { input: 'x'.repeat(100_000), code: 'calculator.too-long', start: 0, end: 100_000 },
    // AsciiMath's scripts and big operators, broken
    { input: 'sum_(', code: 'calculator.parse-error', start: 4, end: 5 },
    { input: 'int_0^', code: 'calculator.parse-error', start: 5, end: 6 },
    { input: 'int_', code: 'calculator.parse-error', start: 3, end: 4 },
    { input: 'lim_{x->}', code: 'calculator.parse-error', start: 6, end: 8 },
    { input: 'lim_(x->) 1/x', code: 'calculator.parse-error', start: 6, end: 8 },
    { input: 'lim_{x->0 sin(x)', code: 'calculator.parse-error', start: 4, end: 5 },
    { input: 'sum_()^n i', code: 'calculator.parse-error', start: 3, end: 4 },
    { input: 'sum_(i=1)^n', code: 'calculator.parse-error', start: 0, end: 11 },
    { input: 'sum_{i=1}^n = 5', code: 'calculator.parse-error', start: 0, end: 11 },
    { input: 'sum_(i=1)^n (i +)', code: 'calculator.parse-error', start: 16, end: 17 },
    { input: 'int_0^1 x^ dx', code: 'calculator.parse-error', start: 11, end: 12 },
    { input: 'a_(n-1', code: 'calculator.parse-error', start: 2, end: 3 },
    { input: 'x^{', code: 'calculator.parse-error', start: 2, end: 3 },
  ];
  for (const { input, code, start, end } of cases) {
    it(`${JSON.stringify(input.slice(0, 20))} → ${code} at ${start}–${end}`, () => {
      const result = convertCalculator(input);
      assert.equal(result.findings.length, 1, JSON.stringify(result));
      const [finding] = result.findings;
      assert.deepEqual([finding.code, finding.start, finding.end], [code, start, end]);
      assert.ok(finding.message.length > 0);
      assert.equal(result.latex, '');
    });
  }

  it('every prefix of AsciiMath with scripts gives LaTeX or a finding of its own', () => {
    const inputs = [
      'int_0^(2pi) sin(theta) d theta = 0',
      'lim_{x->0^+} (1+x)^(1/x) = e',
      'sum_(i=1)^n sum_{j=1}^m a_(i,j) b_{j} = n!',
      'prod_(k=1)^oo (1 - 1/k^2), x_(i+1)^{2}',
    ];
    for (const input of inputs) {
      for (let end = 1; end <= input.length; end++) {
        const result = convertCalculator(input.slice(0, end));
        const codes = result.findings.map((finding) => finding.code);
        assert.ok(result.latex !== '' || codes.length > 0, input.slice(0, end));
        assert.ok(
          codes.every((code) => code === 'calculator.parse-error'),
          `${input.slice(0, end)}: ${JSON.stringify(result.findings)}`,
        );
      }
    }
  });

  it('many big operators in a row are read quickly', () => {
    const started = Date.now();
    for (const input of [
      'int '.repeat(1000) + 'x',
      'sum_i '.repeat(800) + 'x',
      'int_0^1 '.repeat(600),
    ])
      assert.ok(
        convertCalculator(input).latex !== '' || convertCalculator(input).findings.length > 0,
      );
    assert.ok(Date.now() - started < 2000);
  });

  it('deeply nested input under the length limit gives a result or a finding, quickly', () => {
    const input = '('.repeat(2000) + 'x' + ')'.repeat(2000);
    const started = Date.now();
    const result = convertCalculator(input);
    assert.ok(result.latex !== '' || result.findings.length > 0);
    assert.ok(Date.now() - started < 2000);
  });
});
