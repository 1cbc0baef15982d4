import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { convertToLatex, MAX_INPUT_LENGTH } from '../../../server/src/core/convert/index';
import type { SourceForm } from '../../../server/src/core/convert/types';
import { sameRendering } from './sameRendering';

describe('convertToLatex dispatches on the detected form', () => {
  const cases: [string, SourceForm, string][] = [
    ['sqrt(x^2+1)/2', 'calculator', String.raw`\frac{\sqrt{x^2+1}}{2}`],
    ['x² + y² = r²', 'unicode', 'x^2+y^2=r^2'],
    [String.raw`$\frac{a}{b}$`, 'latex', String.raw`\frac{a}{b}`],
    [String.raw`  \( x^{2} \)  `, 'latex', 'x^{2}'],
    [String.raw`$$\sum_{i=1}^n i$$`, 'latex', String.raw`\sum_{i=1}^n i`],
    ['$x^2 + 1$', 'latex', 'x^2+1'],
    ['$α ≤ β$', 'unicode', String.raw`\alpha \le \beta`],
    ['lim_(x->0) sin(x)/x', 'calculator', String.raw`\lim_{x \to 0} \frac{\sin x}{x}`],
    ['P(A|B) = P(B|A)P(A)/P(B)', 'unicode', String.raw`P(A|B) = \frac{P(B|A)P(A)}{P(B)}`],
    ['lim_{x→0} sin x / x', 'unicode', String.raw`\lim_{x \to 0} \sin x / x`],
  ];
  for (const [text, form, latex] of cases) {
    it(`${text} → ${form}: ${latex}`, () => {
      const result = convertToLatex(text);
      assert.equal(result.form, form);
      assert.deepEqual(result.findings, []);
      assert.ok(sameRendering(latex, result.latex), result.latex);
    });
  }

  it('returns LaTeX exactly as written, without its delimiters', () => {
    assert.equal(convertToLatex(String.raw` $ \frac{a}{b} $ `).latex, String.raw`\frac{a}{b}`);
  });

  it('sends spoken text to convertSpoken', () => {
    assert.equal(convertToLatex('x squared plus one').form, 'spoken');
  });

  it('points findings into the text with its delimiters', () => {
    const cases: [string, SourceForm, number][] = [
      ['$(x+1$', 'calculator', 1],
      ['\\( x + 😀 \\)', 'calculator', 7],
      ['  $$ (α $$', 'unicode', 5],
    ];
    for (const [text, form, start] of cases) {
      const [finding] = convertToLatex(text, { form }).findings;
      assert.equal(finding?.start, start, `${text}: ${JSON.stringify(finding)}`);
    }
  });

  it('obeys a given form', () => {
    const result = convertToLatex('x^2', { form: 'latex' });
    assert.deepEqual([result.form, result.latex], ['latex', 'x^2']);
    assert.equal(convertToLatex('α', { form: 'unicode' }).latex, String.raw`\alpha`);
    assert.equal(convertToLatex('2*3', { form: 'calculator' }).latex, String.raw`2 \cdot 3`);
  });
});

describe('convertToLatex on LaTeX', () => {
  it('passes it through, and reports what would not render where it is', () => {
    assert.deepEqual(convertToLatex(String.raw`$\frac{a}{b}$`).findings, []);
    for (const [text, code, start] of [
      [String.raw`$x^{2$`, 'latex.unbalanced-brace', 3],
      [String.raw`\foo{x} + 1`, 'latex.unknown-command', 0],
    ] as const) {
      const result = convertToLatex(text, { form: 'latex' });
      assert.equal(result.latex, text.replace(/^\$|\$$/g, ''));
      assert.deepEqual(
        result.findings.map((finding) => [finding.code, finding.start]),
        [[code, start]],
        text,
      );
    }
  });
});

describe('convertToLatex on bad input: a finding, never an exception', () => {
  const cases: { text: string; code: string; start: number; end: number }[] = [
    { text: '', code: 'convert.empty', start: 0, end: 0 },
    { text: '  $ $ ', code: 'convert.empty', start: 0, end: 6 },
    { text: '(x+1', code: 'calculator.parse-error', start: 0, end: 1 },
    { text: 'x + 😀', code: 'calculator.parse-error', start: 4, end: 6 },
    { text: '$😀 ≤ x$', code: 'unicode.unknown-character', start: 1, end: 3 },
    { text: '+*', code: 'calculator.parse-error', start: 1, end: 2 },
    { text: 'x'.repeat(100_000), code: 'convert.too-long', start: 0, end: 100_000 },
  ];
  for (const { text, code, start, end } of cases) {
    it(`${JSON.stringify(text.slice(0, 16))} → ${code} at ${start}–${end}`, () => {
      const result = convertToLatex(text);
      const finding = result.findings.find((f) => f.code === code);
      assert.ok(finding, JSON.stringify(result.findings));
      assert.deepEqual([finding.start, finding.end], [start, end]);
    });
  }

  it('100 KB in any form answers quickly', () => {
    const forms: (SourceForm | undefined)[] = [
      undefined,
      'latex',
      'unicode',
      'calculator',
      'spoken',
    ];
    for (const form of forms) {
      const started = Date.now();
      const result = convertToLatex('α + '.repeat(25_000), form === undefined ? {} : { form });
      assert.equal(result.findings[0]?.code, 'convert.too-long');
      assert.ok(Date.now() - started < 1000);
    }
    assert.ok(MAX_INPUT_LENGTH < 100_000);
  });

  it('long input under the limit answers in bounded time', () => {
    const text = 'x + '.repeat(10_000) + 'x';
    const started = Date.now();
    const result = convertToLatex(text, { form: 'unicode' });
    assert.ok(result.latex.length > 0 || result.findings.length > 0);
    assert.ok(Date.now() - started < 3000);
    assert.equal(
      convertToLatex(text, { form: 'calculator' }).findings[0]?.code,
      'calculator.too-long',
    );
  });

  it('binary bytes give findings, not exceptions', () => {
    const bytes = String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i));
    for (const form of ['unicode', 'calculator'] as const) {
      const result = convertToLatex(bytes, { form });
      assert.ok(result.findings.length > 0, form);
    }
    assert.doesNotThrow(() => convertToLatex(bytes));
  });

  it('lone surrogates give findings with their offsets', () => {
    const result = convertToLatex('x + \ud835', { form: 'unicode' });
    assert.deepEqual(
      result.findings.map((f) => [f.code, f.start, f.end]),
      [['unicode.unknown-character', 4, 5]],
    );
  });
});
