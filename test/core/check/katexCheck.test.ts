import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { checkSource } from '../../../server/src/core/check/checkFormula';
import { errorIsInInput } from '../../../server/src/core/check/katexCheck';
import {
  asKatexError,
  katexParse,
  type KatexError,
} from '../../../server/src/core/render/katexApi';
import { amsPreamble, brief, checkMath, latexBodyFindings, latexContext, loud } from './support';

function katexError(input: string, macros: Record<string, string> = {}): KatexError {
  try {
    katexParse(input, { throwOnError: true, strict: 'ignore', macros });
  } catch (error) {
    const parsed = asKatexError(error);
    if (parsed) return parsed;
    throw error;
  }
  throw new Error(`KaTeX accepted ${input}`);
}

describe('errorIsInInput', () => {
  const cases: [string, Record<string, string>, boolean][] = [
    ['x^', {}, true],
    ['x^2^3', {}, true],
    ['a & b', {}, true],
    ['\\frac{1}', {}, true], // at the end of the input
    ['a'.repeat(40) + '^', {}, true], // KaTeX shortens the quote with …
    ['\\alpha + \\beta^^ + ' + 'b'.repeat(30), {}, true],
    ['αβ^', {}, true],
    ['\\bad', { '\\bad': 'x^' }, false],
    ['y + \\bad', { '\\bad': 'x^2^3' }, false],
    ['\\twice{a}', { '\\twice': '#1^2^2' }, false],
    ['\\hline', {}, false], // KaTeX gives no position
  ];
  for (const [input, macros, expected] of cases) {
    it(`${expected ? 'places' : 'does not place'} the error of ${input} ${JSON.stringify(macros)} in the input`, () => {
      assert.equal(errorIsInInput(katexError(input, macros), input), expected);
    });
  }

  it('rejects a position past the end of the input', () => {
    const error = katexError('x^');
    assert.equal(errorIsInInput({ ...error, position: 5 }, 'x^'), false);
    assert.equal(errorIsInInput({ ...error, position: undefined }, 'x^'), false);
  });
});

const macroContext = latexContext(String.raw`${amsPreamble}
\newcommand{\bad}{x^}
\newcommand{\badtwo}{\frac{1}}
\newcommand{\norm}[1]{\lVert #1 \rVert}
\newcommand{\inv}[1]{#1^{-1}}
\newcommand{\half}{\frac{1}{2}}
`);

describe('katexCheck: errors in macro bodies are hints, errors in the formula are errors', () => {
  const cases: [string, [string, string][]][] = [
    [String.raw`\bad`, [['katex.macro-unrenderable', '\\bad']]],
    [String.raw`a + \badtwo`, [['katex.macro-unrenderable', '\\badtwo']]],
    [String.raw`a + \badtwo + b`, []], // + is \frac's second argument: valid TeX
    [String.raw`\norm{x} + \bad`, [['katex.macro-unrenderable', '\\bad']]],
    [String.raw`\bad + y^`, [['latex.parse-error', '^']]],
    [String.raw`\norm{x} + y^`, [['latex.parse-error', '^']]],
    [String.raw`\norm{x}^2^3`, [['latex.parse-error', '^']]],
    [String.raw`x^2^3 + \bad`, [['latex.parse-error', '^']]],
    [String.raw`\half^2 + \norm{\inv{A}}`, []],
  ];
  for (const [source, expected] of cases) {
    it(`${source} → ${JSON.stringify(expected)}`, () => {
      const findings = checkMath(source, macroContext);
      assert.deepEqual(brief(findings), expected);
      for (const finding of findings) {
        if (finding.code === 'latex.parse-error') assert.equal(finding.severity, 'error');
        if (finding.code === 'katex.macro-unrenderable') assert.equal(finding.severity, 'hint');
      }
    });
  }

  it('reports the formula error at its exact range, with macros around it', () => {
    const source = String.raw`\norm{v} + \half + x_i_j`;
    const [finding] = checkMath(source, macroContext);
    assert.deepEqual(
      [finding.code, finding.start, finding.end],
      ['latex.parse-error', source.lastIndexOf('_'), source.lastIndexOf('_') + 1],
    );
  });

  it('names the culprit macro and points to its definition', () => {
    const findings = latexBodyFindings(
      '$\\norm{x} + \\bad$',
      String.raw`${amsPreamble}\newcommand{\bad}{x^}
\newcommand{\norm}[1]{\lVert #1 \rVert}
`,
    );
    const [finding] = findings;
    assert.equal(finding.code, 'katex.macro-unrenderable');
    assert.equal(finding.text, '\\bad');
    assert.match(finding.message, /\\bad/);
    const project = checkSource(String.raw`\norm{x} + \bad`, false, macroContext)[0];
    assert.equal(project.related?.length, 1);
    assert.match(project.related?.[0].message ?? '', /\\bad is defined here/);
  });

  it('reports a definition KaTeX cannot take at the definition, as a hint', () => {
    // Parameters out of order: KaTeX's \gdef refuses it (so does TeX, at the definition).
    const preamble = `${amsPreamble}\\def\\bad#1#3{#1}\n`;
    const findings = latexBodyFindings(String.raw`no math here`, preamble);
    assert.deepEqual(brief(findings), [['katex.macro-unrenderable', '\\bad']]);
  });

  it('reads \\def with a parameter delimited by the next brace (#{); KaTeX 0.16 crashes expanding it: a hint at the use', () => {
    const preamble = `${amsPreamble}\\def\\myvec#1#{\\mathbf{#1}}\n`;
    assert.deepEqual(brief(latexBodyFindings(String.raw`no math here`, preamble)), []);
    assert.deepEqual(brief(latexBodyFindings(String.raw`$\myvec{x}$`, preamble)), [
      ['katex.macro-unrenderable', '\\myvec'],
    ]);
  });

  it('does not report a macro whose use does not match a delimited definition as a hint', () => {
    const preamble = `${amsPreamble}\\def\\pair(#1,#2){\\langle #1, #2 \\rangle}\n`;
    assert.deepEqual(brief(latexBodyFindings(String.raw`$\pair(a,b)$`, preamble)), []);
    const wrong = latexBodyFindings(String.raw`$\pair{a}$`, preamble);
    assert.deepEqual(
      wrong.map((finding) => finding.severity),
      ['error'],
      JSON.stringify(brief(wrong)),
    );
  });
});

describe('katexCheck: KaTeX limitations are hints', () => {
  const context = latexContext();
  const limitations: [string, string][] = [
    [String.raw`\begin{array}{p{2cm}} a \end{array}`, 'p'],
    [String.raw`\begin{array}{m{1cm}} a \end{array}`, 'm'],
    [String.raw`\begin{array}{b{1cm}} a \end{array}`, 'b'],
    [String.raw`\begin{array}{*{3}{c}} a & b & c \end{array}`, '*'],
    [String.raw`\begin{array}{r@{.}l} 3 & 14 \end{array}`, '@'],
  ];
  for (const [source, token] of limitations) {
    it(`${source}: katex.unsupported-construct at ${token}`, () => {
      const findings = checkMath(source, context, true);
      assert.deepEqual(
        findings.map((finding) => [finding.code, finding.text, finding.severity]),
        [['katex.unsupported-construct', token, 'hint']],
      );
      assert.match(findings[0].message, /KaTeX does not support this/);
    });
  }

  for (const source of [
    String.raw`\rule{\linewidth}{1pt}`,
    String.raw`\hspace{0.5\textwidth}`,
    String.raw`\hspace{\stretch{1}}`,
  ]) {
    it(`reports the LaTeX length in ${source} as a hint, not an unknown command`, () => {
      const findings = checkMath(source, context, true);
      assert.deepEqual(brief(findings.filter(loud)), [], source);
      assert.ok(findings.length > 0, `${source}: KaTeX cannot render it, so a hint is due`);
    });
  }

  for (const source of [String.raw`\vrule height 1ex`, String.raw`\mathchar"0141`]) {
    it(`accepts the TeX primitive in ${source}`, () => {
      assert.deepEqual(brief(checkMath(source, context).filter(loud)), [], source);
    });
  }
});
