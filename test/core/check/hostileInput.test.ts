/**
 * The whole pipeline (scan, project, macros, every check, KaTeX) on input meant to break it: it
 * must answer, in bounded time, with findings inside the text, and never throw.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../../../server/src/core/check/analyze';
import { amsPreamble, memoryProject, noSettings } from './support';

const body = (math: string) => `${amsPreamble}\\begin{document}\n${math}\n\\end{document}\n`;

const inputs: { name: string; language: 'tex' | 'md'; text: string }[] = [
  {
    name: '10,000 nested braces',
    language: 'tex',
    text: body(`$${'{'.repeat(10_000)}x${'}'.repeat(10_000)}$`),
  },
  { name: '10,000 unclosed braces', language: 'tex', text: body(`$${'{'.repeat(10_000)}x$`) },
  {
    name: '10,000 nested \\left(',
    language: 'tex',
    text: body(`$${String.raw`\left(`.repeat(10_000)}$`),
  },
  {
    name: '10,000 nested environments',
    language: 'tex',
    text: body(`\\[${String.raw`\begin{aligned}`.repeat(10_000)}\\]`),
  },
  {
    name: 'a 5 MB single line of formulas',
    language: 'tex',
    text: body('word $x^2 + \\alpha$ '.repeat(250_000)),
  },
  { name: 'a 5 MB single formula', language: 'tex', text: body(`$${'x+'.repeat(2_500_000)}1$`) },
  {
    name: 'binary bytes',
    language: 'tex',
    text: Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(
      '',
    ),
  },
  {
    name: 'lone surrogates in math',
    language: 'tex',
    text: body('$\ud800 x \udc00$ and $\\frac{\ud83d}{2}$'),
  },
  {
    name: 'CRLF and astral characters',
    language: 'tex',
    text: body('$𝔸 + 𝔹$\r\n\r\n\\[\r\n\\frac{😀}{x}\r\n\\]\r\n'),
  },
  {
    name: 'a macro that expands forever',
    language: 'tex',
    text: `${amsPreamble}\\def\\loop{\\loop x}\n\\begin{document}$\\loop$\\end{document}`,
  },
  {
    name: 'mutually recursive macros',
    language: 'tex',
    text: `${amsPreamble}\\def\\a{\\b}\\def\\b{\\a}\n\\begin{document}$\\a$\\end{document}`,
  },
  {
    name: 'a macro doubling its argument 40 times',
    language: 'tex',
    text: `${amsPreamble}\\def\\d#1{#1#1}\n\\begin{document}$${'\\d{'.repeat(40)}x${'}'.repeat(40)}$\\end{document}`,
  },
  { name: 'Markdown: only dollars', language: 'md', text: '$'.repeat(100_000) },
  { name: 'Markdown: 10,000 code fences', language: 'md', text: '```\n'.repeat(10_000) },
  {
    name: 'Markdown: a 5 MB paragraph of money',
    language: 'md',
    text: 'costs $5 and $10 '.repeat(300_000),
  },
];

describe('hostile input', () => {
  for (const { name, language, text } of inputs) {
    it(`answers ${name} within the time bound`, () => {
      const uri = `file:///hostile/doc.${language}`;
      const started = performance.now();
      const findings = analyzeDocument(memoryProject({ [uri]: text }), uri, noSettings);
      const elapsed = performance.now() - started;
      assert.ok(findings, 'the document was analysed');
      for (const finding of findings) {
        assert.ok(
          finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length,
          JSON.stringify(finding),
        );
        assert.equal(typeof finding.message, 'string');
      }
      assert.ok(elapsed < 15_000, `took ${Math.round(elapsed)} ms`);
    });
  }

  it('reports the runaway macro instead of hanging or crashing', () => {
    const uri = 'file:///hostile/loop.tex';
    const text = `${amsPreamble}\\def\\loop{\\loop x}\n\\begin{document}$\\loop$\\end{document}`;
    const findings = analyzeDocument(memoryProject({ [uri]: text }), uri, noSettings) ?? [];
    assert.deepEqual(
      findings.map((finding) => finding.code),
      ['katex.macro-unrenderable'],
    );
  });
});
