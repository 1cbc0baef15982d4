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

  it('deeply nested input under the length limit gives a result or a finding, quickly', () => {
    const input = '('.repeat(2000) + 'x' + ')'.repeat(2000);
    const started = Date.now();
    const result = convertCalculator(input);
    assert.ok(result.latex !== '' || result.findings.length > 0);
    assert.ok(Date.now() - started < 2000);
  });
});
