import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  buildKatexMacros,
  isKatexBuiltin,
  standIn,
  stripComments,
  type KatexMacros,
} from '../../../server/src/core/macros/katexMacros';
import { conditionalMacros } from '../../../server/src/core/macros/texConditionals';
import type { SourcedDefinition } from '../../../server/src/core/project/projectIndex';
import { scanDocument } from '../../../server/src/core/regions/scannedDocument';
import type { MacroDefinition } from '../../../server/src/core/regions/types';
import { katexParse } from '../../../server/src/core/render/katexApi';
import { amsPreamble, brief, latexBodyFindings, latexContext, loud } from '../check/support';

/** KaTeX's parse tree without source locations: two formulas that render alike compare equal. */
function tree(source: string, macros: KatexMacros = {}): unknown {
  const nodes = katexParse(source, {
    macros: { ...macros },
    displayMode: true,
    throwOnError: true,
    strict: 'ignore',
  });
  return JSON.parse(
    JSON.stringify(nodes, (key, value: unknown) => (key === 'loc' ? undefined : value)),
  );
}

function expandsLike(macros: KatexMacros, source: string, reference: string) {
  assert.deepEqual(
    tree(source, macros),
    tree(reference),
    `${source} should render as ${reference}`,
  );
}

const preamble = String.raw`${amsPreamble}\usepackage{mathtools}
\newcommand{\R}{\mathbb{R}}
\newcommand*{\N}{\mathbb{N}}
\newcommand{\vc}[2][n]{#2_{1},\dots,#2_{#1}}
\newcommand{\first}[1][]{#1!}
\renewcommand{\vec}[1]{\mathbf{#1}}
\providecommand{\alpha}{A}
\providecommand{\newthing}{N}
\def\pair(#1,#2){\langle #1 \mid #2 \rangle}
\def\seq#1\endseq{(#1)}
\def\twice#1{#1#1}
\let\eps\varepsilon
\let\phi=\varphi
\let\oldhat\hat
\renewcommand{\hat}[1]{\oldhat{\mathrm{#1}}}
\DeclareMathOperator{\Tr}{Tr}
\DeclareMathOperator*{\argmax}{arg\,max}
\DeclarePairedDelimiter{\abs}{\lvert}{\rvert}
\DeclarePairedDelimiterX{\set}[2]{\{}{\}}{#1 \,\delimsize\vert\, #2}
\NewDocumentCommand{\pd}{s m m}{\frac{\partial #2}{\partial #3}}
\NewDocumentCommand{\nrm}{O{2} m}{\lVert #2 \rVert_{#1}}
\NewDocumentCommand{\dd}{o m}{\mathrm{d}\IfValueT{#1}{^{#1}}#2}
\NewDocumentCommand{\deriv}{s m m}{\IfBooleanTF{#1}{\partial_{#3} #2}{\frac{\partial #2}{\partial #3}}}
\newcommand{\lam}[2]{\if\relax\detokenize{#2}\relax\lambda #1.\else\lambda #1{:}#2.\fi}
\newcommand{\opt}[1]{\ifx\relax#1\relax\emptyset\else #1\fi}
\newcommand{\mode}{\ifmmode m\else t\fi}
`;
const context = latexContext(preamble);
const { macros } = context.katex;

describe('document macros expand as LaTeX expands them', () => {
  const cases: [string, string, string][] = [
    ['\\newcommand', String.raw`\R^n \times \N`, String.raw`\mathbb{R}^n \times \mathbb{N}`],
    [
      '\\newcommand with an optional argument, default used',
      String.raw`\vc{x}`,
      String.raw`x_{1},\dots,x_{n}`,
    ],
    [
      '\\newcommand with an optional argument, given',
      String.raw`\vc[m]{y}`,
      String.raw`y_{1},\dots,y_{m}`,
    ],
    ['\\newcommand with an empty default', String.raw`\first + \first[a]`, String.raw`! + a!`],
    ['\\renewcommand of a KaTeX command', String.raw`\vec{v}`, String.raw`\mathbf{v}`],
    [
      '\\providecommand does not replace an existing command',
      String.raw`\alpha`,
      String.raw`\alpha`,
    ],
    ['\\providecommand defines a new one', String.raw`\newthing`, 'N'],
    [
      '\\def with delimited parameters',
      String.raw`\pair(a,b)`,
      String.raw`\langle a \mid b \rangle`,
    ],
    ['\\def with a parameter delimited by a control word', String.raw`\seq a,b\endseq`, '(a,b)'],
    ['\\def with an undelimited parameter', String.raw`\twice{x}`, 'xx'],
    ['\\let', String.raw`\eps`, String.raw`\varepsilon`],
    ['\\let with =', String.raw`\phi`, String.raw`\varphi`],
    [
      '\\let keeps the old meaning after a \\renewcommand',
      String.raw`\hat{x}`,
      String.raw`\hat{\mathrm{x}}`,
    ],
    ['\\DeclareMathOperator', String.raw`\Tr_x A`, String.raw`\operatorname{Tr}_x A`],
    ['\\DeclareMathOperator*', String.raw`\argmax_x f`, String.raw`\operatorname*{arg\,max}_x f`],
    [
      '\\DeclarePairedDelimiter',
      String.raw`\abs{x}`,
      String.raw`\mathopen{\lvert}x\mathclose{\rvert}`,
    ],
    [
      '\\DeclarePairedDelimiter starred',
      String.raw`\abs*{\frac12}`,
      String.raw`\left\lvert\frac12\right\rvert`,
    ],
    [
      '\\DeclarePairedDelimiter with a size',
      String.raw`\abs[\big]{x}`,
      String.raw`\mathopen{\big\lvert}x\mathclose{\big\rvert}`,
    ],
    [
      '\\DeclarePairedDelimiterX',
      String.raw`\set{x}{x>0}`,
      String.raw`\mathopen{\{}x \,\vert\, x>0\mathclose{\}}`,
    ],
    [
      '\\NewDocumentCommand with s m m',
      String.raw`\pd{f}{x}`,
      String.raw`\frac{\partial f}{\partial x}`,
    ],
    [
      '\\NewDocumentCommand starred',
      String.raw`\pd*{f}{x}`,
      String.raw`\frac{\partial f}{\partial x}`,
    ],
    ['\\if with \\detokenize (empty argument)', String.raw`\lam{x}{}`, String.raw`\lambda x.`],
    [
      '\\if with \\detokenize (non-empty argument)',
      String.raw`\lam{x}{A}`,
      String.raw`\lambda x{:}A.`,
    ],
    ['\\ifx on an empty argument', String.raw`\opt{}`, String.raw`\emptyset`],
    ['\\ifx on a non-empty argument', String.raw`\opt{a}`, 'a'],
    ['\\ifmmode in math', String.raw`\mode`, 'm'],
    ['\\ifmmode in text', String.raw`\text{\mode}`, String.raw`\text{t}`],
    // xparse: the optional argument's default and value reach the body.
    [
      '\\NewDocumentCommand O{default}, default used',
      String.raw`\nrm{x}`,
      String.raw`\lVert x \rVert_{2}`,
    ],
    [
      '\\NewDocumentCommand O{default}, given',
      String.raw`\nrm[p]{x}`,
      String.raw`\lVert x \rVert_{p}`,
    ],
    ['\\NewDocumentCommand with \\IfValueT, no value', String.raw`\dd{x}`, String.raw`\mathrm{d}x`],
    [
      '\\NewDocumentCommand with \\IfValueT, a value',
      String.raw`\dd[2]{x}`,
      String.raw`\mathrm{d}^{2}x`,
    ],
    [
      '\\NewDocumentCommand with \\IfBooleanTF, unstarred',
      String.raw`\deriv{f}{x}`,
      String.raw`\frac{\partial f}{\partial x}`,
    ],
    [
      '\\NewDocumentCommand with \\IfBooleanTF, starred',
      String.raw`\deriv*{f}{x}`,
      String.raw`\partial_{x} f`,
    ],
  ];
  for (const [what, source, reference] of cases) {
    it(`${what}: ${source}`, () => expandsLike(macros, source, reference));
  }

  it('\\DeclarePairedDelimiterX starred grows the delimiters with \\left…\\right', () => {
    const [node] = tree(String.raw`\set*{x}{x>0}`, macros) as {
      type: string;
      left: string;
      right: string;
    }[];
    assert.deepEqual([node.type, node.left, node.right], ['leftright', '\\{', '\\}']);
  });

  it('raises no error or warning on the valid uses in a document', () => {
    const body = String.raw`$\R \vc{x} \vc[m]{y} \pair(a,b) \eps \Tr A \argmax_x \abs{x} \abs*{x} \abs[\Big]{x} \set{x}{y} \pd{f}{x} \pd*{f}{x} \lam{x}{} \opt{a} \mode$`;
    assert.deepEqual(brief(latexBodyFindings(body, preamble).filter(loud)), []);
  });

  it('accepts a control word that only delimits a \\def parameter (TeX never expands it)', () => {
    assert.deepEqual(
      brief(latexBodyFindings(String.raw`$\seq a, b\endseq$`, preamble).filter(loud)),
      [],
    );
  });

  it('reports no problem with any of these definitions', () => {
    const quiet = context.katex.problems.filter(
      (problem) => !['\\dd', '\\deriv'].includes(problem.definition.name),
    );
    assert.deepEqual(
      quiet.map((problem) => [problem.definition.name, problem.message]),
      [],
    );
  });

  it('renders xparse conditionals without hints', () => {
    const findings = latexBodyFindings(
      String.raw`$\dd{x} + \dd[2]{x} + \deriv*{f}{x} + \nrm[p]{x}$`,
      preamble,
    );
    assert.deepEqual(brief(findings), []);
  });

  it('reports a wrong use of a delimited macro as an error', () => {
    const findings = latexBodyFindings(String.raw`$\pair a,b$`, preamble);
    assert.deepEqual(
      findings.map((finding) => [finding.code, finding.severity]),
      [['latex.parse-error', 'error']],
    );
    const offset = findings[0].start;
    assert.ok(findings[0].end > offset);
  });
});

describe('local definitions apply only inside their group', () => {
  const cases: [string, string][] = [
    ['proof environment', String.raw`\begin{proof}\newcommand{\loc}{L} $\loc$ \end{proof} $\loc$`],
    ['\\bgroup … \\egroup', String.raw`\bgroup\def\loc{L} $\loc$ \egroup $\loc$`],
    ['braces', String.raw`{\def\loc{L} $\loc$} $\loc$`],
    [
      '\\begingroup … \\endgroup',
      String.raw`\begingroup\newcommand{\loc}{L} $\loc$ \endgroup $\loc$`,
    ],
    [
      'any environment (center)',
      String.raw`\begin{center}\let\loc\alpha $\loc$ \end{center} $\loc$`,
    ],
  ];
  const prefix = `${amsPreamble}\\begin{document}\n`;
  for (const [what, body] of cases) {
    it(`${what}: known inside, unknown after`, () => {
      const findings = latexBodyFindings(body);
      assert.deepEqual(
        findings.map((finding) => [finding.code, finding.text, finding.start]),
        [['latex.unknown-command', '\\loc', prefix.length + body.lastIndexOf('\\loc')]],
      );
    });
  }

  it('makes a local definition unknown before it is made', () => {
    const body = String.raw`\begin{proof} $\loc$ \newcommand{\loc}{L} $\loc$ \end{proof}`;
    const findings = latexBodyFindings(body);
    assert.deepEqual(
      findings.map((finding) => [finding.code, finding.start]),
      [['latex.unknown-command', prefix.length + body.indexOf('\\loc')]],
    );
  });

  it('keeps \\gdef and \\global\\def global', () => {
    assert.deepEqual(
      latexBodyFindings(String.raw`{\gdef\glob{G}} {\global\def\glab{H}} $\glob + \glab$`),
      [],
    );
  });

  it('lets a local \\renewcommand shadow the global definition only inside the group', () => {
    const preambleWithBad = `${amsPreamble}\\newcommand{\\thing}{x}\n`;
    const body = String.raw`\begin{proof}\renewcommand{\thing}{x^} $\thing$ \end{proof} $\thing$`;
    const findings = latexBodyFindings(body, preambleWithBad);
    const prefix = `${preambleWithBad}\\begin{document}\n`;
    assert.deepEqual(
      findings.map((finding) => [finding.code, finding.start]),
      [['katex.macro-unrenderable', prefix.length + body.indexOf('$\\thing$') + 1]],
    );
  });
});

describe('TeX conditionals for KaTeX', () => {
  const conditionals: KatexMacros = { ...conditionalMacros };
  const cases: [string, string][] = [
    [String.raw`\iftrue a\else b\fi`, 'a'],
    [String.raw`\iffalse a\else b\fi`, 'b'],
    [String.raw`\iffalse a\fi c`, 'c'],
    [String.raw`\iftrue \iffalse x\else y\fi \else z\fi`, 'y'],
    [String.raw`\iffalse \iftrue x\else y\fi \else z\fi`, 'z'],
    [String.raw`\if aa s\else d\fi`, 's'],
    [String.raw`\if ab s\else d\fi`, 'd'],
    [String.raw`\ifx\alpha\alpha s\else d\fi`, 's'],
    [String.raw`\ifx\alpha\beta s\else d\fi`, 'd'],
    [String.raw`\ifdefined\alpha y\else n\fi`, 'y'],
    [String.raw`\ifdefined\undefinedthing y\else n\fi`, 'n'],
    [String.raw`\ifmmode m\else t\fi`, 'm'],
    [String.raw`\if\relax\detokenize{}\relax E\else N\fi`, 'E'],
    [String.raw`\if\relax\detokenize{x}\relax E\else N\fi`, 'N'],
    [String.raw`\if\relax\detokenize{\alpha_1}\relax E\else N\fi`, 'N'],
  ];
  for (const [source, result] of cases) {
    it(`${source} → ${result}`, () => expandsLike(conditionals, source, result));
  }

  it('\\detokenize turns specials into harmless characters', () => {
    assert.doesNotThrow(() => tree(String.raw`\text{\detokenize{a_b^c#d&e}}`, conditionals));
  });
});

describe('buildKatexMacros', () => {
  function definitionsOf(tex: string): SourcedDefinition[] {
    return scanDocument('latex', tex)
      .items.filter((item): item is MacroDefinition => item.kind === 'definition')
      .map((definition) => ({ uri: 'file:///m.tex', definition }));
  }

  it('lets document definitions win over the settings', () => {
    const set = buildKatexMacros(definitionsOf(String.raw`\newcommand{\RR}{\mathbf{R}}`), {
      '\\RR': '\\mathbb{R}',
      '\\CC': '\\mathbb{C}',
    });
    expandsLike(set.macros, String.raw`\RR + \CC`, String.raw`\mathbf{R} + \mathbb{C}`);
  });

  it('ignores settings whose names are not control sequences', () => {
    const set = buildKatexMacros([], { RR: 'x', '\\ok': 'y' });
    assert.equal(set.macros.RR, undefined);
    assert.equal(set.macros['\\ok'], 'y');
  });

  it('later definitions win, as in LaTeX', () => {
    const set = buildKatexMacros(definitionsOf(String.raw`\def\x{a}\def\x{b}`), {});
    expandsLike(set.macros, String.raw`\x`, 'b');
  });

  it('reports a definition KaTeX cannot take, and keeps the others', () => {
    const set = buildKatexMacros(
      definitionsOf(String.raw`\def\broken#2{x}\newcommand{\fine}{y}`),
      {},
    );
    assert.deepEqual(
      set.problems.map((problem) => problem.definition.name),
      ['\\broken'],
    );
    expandsLike(set.macros, String.raw`\fine`, 'y');
  });

  it('marks macros that define globally, and those that use them, as mutating', () => {
    const set = buildKatexMacros(
      definitionsOf(String.raw`\def\setter{\gdef\val{1}}\def\user{\setter x}\def\plain{y}`),
      {},
    );
    assert.deepEqual([...set.mutating].sort(), ['\\setter', '\\user']);
  });

  it('keeps a macro intact after a formula marks or renames its tokens', () => {
    // Every formula of every project shares a definition's tokens; KaTeX's \noexpand marks the
    // token it is applied to and later renames it \relax, \global renames the \def it fetches.
    const set = buildKatexMacros(
      definitionsOf(
        String.raw`\def\inner{\alpha}\newcommand{\pair}{\inner\beta}\def\setx{\def\x{1}}`,
      ),
      {},
    );
    tree(String.raw`\expandafter\noexpand\pair`, set.macros);
    tree(String.raw`\global\setx`, { ...set.macros });
    expandsLike(set.macros, String.raw`\pair`, String.raw`\alpha\beta`);
    expandsLike({ ...set.macros }, String.raw`\setx\x`, '1');
  });

  it('\\ifx compares macros lexed once by their tokens', () => {
    const set = buildKatexMacros(
      definitionsOf(
        String.raw`\def\a{xy}\def\b{xy}\def\c{xz}\def\thin{\tmspace+{3mu}{.1667em}}\let\d\a`,
      ),
      {},
    );
    const macros = { ...set.macros, ...conditionalMacros };
    expandsLike(macros, String.raw`\ifx\a\b s\else d\fi`, 's');
    expandsLike(macros, String.raw`\ifx\a\c s\else d\fi`, 'd');
    expandsLike(macros, String.raw`\ifx\a\d s\else d\fi`, 's');
    // KaTeX's own \, (lexed once by MathLens) against a document macro with the same body.
    expandsLike(macros, String.raw`\ifx\thin\, s\else d\fi`, 's');
    expandsLike(macros, String.raw`\ifx\,\; s\else d\fi`, 'd');
  });

  it('gives opaque stand-ins with the same parameters that expand to nothing', () => {
    const set = buildKatexMacros(definitionsOf(String.raw`\newcommand{\two}[2]{#1^#2^x}`), {});
    assert.throws(() => tree(String.raw`\two{a}{b}`, set.macros));
    expandsLike(set.withOpaque(['\\two']), String.raw`a\two{b}{c}d`, 'a{}d');
    expandsLike(set.withOpaque(), String.raw`a\two{b}{c}d`, 'a{}d');
  });

  it('does not let formulas change the shared table', () => {
    const set = buildKatexMacros(definitionsOf(String.raw`\newcommand{\x}{a}`), {});
    const before = Object.keys(set.macros).length;
    tree(String.raw`\gdef\y{b}\y`, set.macros);
    assert.equal(Object.keys(set.macros).length, before);
  });
});

describe('katexMacros helpers', () => {
  it('stripComments drops a comment with its line end and the next indentation', () => {
    assert.equal(stripComments('a% comment\n   b'), 'ab');
    assert.equal(stripComments('50\\% of x'), '50\\% of x');
    assert.equal(stripComments('{x}%\n  {y}% last'), '{x}{y}');
  });

  it('isKatexBuiltin knows KaTeX functions, symbols and macros only', () => {
    assert.equal(isKatexBuiltin('\\frac'), true);
    assert.equal(isKatexBuiltin('\\alpha'), true);
    assert.equal(isKatexBuiltin('\\dots'), true);
    assert.equal(isKatexBuiltin('\\alpah'), false);
    assert.equal(isKatexBuiltin('\\mathbbm'), false);
  });

  it('standIn consumes star, optional and key arguments before the mandatory ones', () => {
    const table: KatexMacros = {
      '\\myref': standIn('sok', '\\text{#1}'),
      '\\wrap': standIn('om', '[#1]'),
    };
    expandsLike(table, String.raw`\myref*[opt]{eq:a_b}`, String.raw`\text{eq:a\_b}`);
    expandsLike(table, String.raw`\wrap[ignored]{x}`, '[x]');
    expandsLike(table, String.raw`\wrap{x}`, '[x]');
  });

  it('package stand-ins are in every context: \\mathbbm approximates \\mathbb where bbm is loaded', () => {
    const bbm = latexContext(`${amsPreamble}\\usepackage{bbm}\n`);
    expandsLike(bbm.katex.macros, String.raw`\mathbbm{1}`, String.raw`\mathbb{1}`);
  });
});
