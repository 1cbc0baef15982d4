import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { renderKatex, type KatexOutput } from '../../../server/src/core/render/katexRender';

describe('renderKatex: outputs', () => {
  const cases: [KatexOutput, RegExp, RegExp | undefined][] = [
    ['html', /class="katex-html"/, /<math/],
    ['mathml', /^<math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML"[^]*<\/math>$/, /<span/],
    ['htmlAndMathml', /<math[^]*class="katex-html"/, undefined],
  ];
  for (const [output, present, absent] of cases) {
    it(output, () => {
      const result = renderKatex(String.raw`\frac{a}{b}`, { display: false, macros: {}, output });
      assert.ok(result.ok);
      if (!result.ok) return;
      assert.match(result.markup, present);
      if (absent) assert.doesNotMatch(result.markup, absent);
    });
  }

  it('renders display math as display', () => {
    const result = renderKatex('x', { display: true, macros: {}, output: 'html' });
    assert.match(result.ok ? result.markup : '', /katex-display/);
  });
});

describe('renderKatex: errors never throw and point into the source', () => {
  const cases: [string, Record<string, string>, RegExp, number | undefined, number | undefined][] =
    [
      [String.raw`\frac{1}`, {}, /expected '\}'/, 8, 8],
      ['x^', {}, /Expected group after '\^'/, 1, 2],
      [String.raw`\undefinedcommand`, {}, /Undefined control sequence/, 0, 17],
      [String.raw`a + \alpah`, {}, /Undefined control sequence: \\alpah/, 4, 10],
      [String.raw`\begin{foo} x \end{foo}`, {}, /No such environment: foo/, 6, 11],
      [String.raw`y + \bad`, { '\\bad': 'x^' }, /Expected group/, undefined, undefined],
      [String.raw`\def\loop{\loop}\loop`, {}, /expansion/i, undefined, undefined],
    ];
  for (const [source, macros, message, start, end] of cases) {
    it(source, () => {
      const result = renderKatex(source, { display: false, macros, output: 'html' });
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.match(result.message, message);
      assert.deepEqual([result.start, result.end], [start, end]);
      // The raw message: no KaTeX "KaTeX parse error:" prefix or position suffix.
      assert.doesNotMatch(result.message, /^KaTeX parse error/);
    });
  }
});

describe('renderKatex: safety', () => {
  it('does not trust \\href, \\includegraphics or \\htmlClass', () => {
    for (const source of [
      String.raw`\href{javascript:alert(1)}{x}`,
      String.raw`\includegraphics{http://example.com/a.png}`,
      String.raw`\htmlClass{evil}{x}`,
    ]) {
      const result = renderKatex(source, { display: false, macros: {}, output: 'html' });
      const markup = result.ok ? result.markup : '';
      assert.doesNotMatch(markup, /javascript:|<img|class="evil"/, source);
    }
  });

  it('leaves the macros table alone when a formula defines', () => {
    const macros: Record<string, unknown> = { '\\RR': '\\mathbb{R}' };
    for (const output of ['html', 'mathml'] as const) {
      const result = renderKatex(String.raw`\gdef\x{1}\global\def\y{2}\x\y\RR`, {
        display: false,
        macros,
        output,
      });
      assert.ok(result.ok);
    }
    assert.deepEqual(Object.keys(macros), ['\\RR']);
  });
});
