import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { checkCommands } from '../../../server/src/core/check/commands';
import { tokenizeMath } from '../../../server/src/core/check/mathTokens';
import { closestNames, editDistance } from '../../../server/src/core/check/suggestions';
import type { MathContext } from '../../../server/src/core/macros/mathContext';
import { amsPreamble, latexContext, markdownContext } from './support';

function commandsOf(source: string, context: MathContext) {
  const report = checkCommands(tokenizeMath(source, 0, source.length), context);
  return {
    ...report,
    seen: report.findings.map((finding) => [
      finding.code,
      source.slice(finding.start, finding.end),
    ]),
    /** As `seen`, with the suggestions of each finding. */
    suggested: report.findings.map((finding) => [
      finding.code,
      source.slice(finding.start, finding.end),
      finding.suggestions,
    ]),
  };
}

const ams = latexContext();
const withPackages = (...names: string[]) =>
  latexContext(`${amsPreamble}\\usepackage{${names.join(',')}}\n`);
/** No \documentclass: MathLens has not seen the preamble, so it cannot call a name unknown. */
const fragment = latexContext(String.raw`\usepackage{amsmath}`);
/** A package MathLens knows nothing about may define anything. */
const mystery = latexContext(`${amsPreamble}\\usepackage{mysterypkg}\n`);
const markdown = markdownContext();
const macros = latexContext(String.raw`\documentclass{article}
\usepackage{amsmath}
\newcommand{\R}{\mathbb{R}}
\newcommand{\norm}[1]{\lVert #1 \rVert}
\def\eps{\varepsilon}
\let\phi\varphi
\DeclareMathOperator{\Hom}{Hom}
\DeclareMathSymbol{\smiley}{\mathord}{symbols}{"38}
\newenvironment{myproof}{}{}
`);
const settings = latexContext(amsPreamble, {
  macros: { '\\RR': '\\mathbb{R}', '\\bra': '\\langle #1 |' },
});

describe('checkCommands: names that are known', () => {
  const quiet: [string, MathContext, string][] = [
    [
      String.raw`\alpha + \frac{1}{2} \sum_i \mathbb{R} \operatorname{tr}`,
      ams,
      'KaTeX math commands',
    ],
    [
      String.raw`\begin{pmatrix} a \end{pmatrix} \begin{cases} a \end{cases} \begin{aligned} a \end{aligned}`,
      ams,
      'KaTeX environments',
    ],
    [String.raw`\text{\textbf{bold} and \emph{this}}`, ams, 'text-mode commands inside \\text'],
    [String.raw`\R^n \norm{x} \eps \phi \Hom(A, B)`, macros, 'document macros of every style'],
    [String.raw`\RR \bra{x}`, settings, 'macros from the mathlens.macros setting'],
    [
      String.raw`\iint \xrightarrow{f} \dfrac12 \boxed{x}`,
      ams,
      'amsmath commands with amsmath loaded',
    ],
    [
      String.raw`\mathbbm{1}`,
      markdownContext(String.raw`$\newcommand{\mathbbm}[1]{\mathbb{#1}}$`),
      'a Markdown document defining the name itself',
    ],
  ];
  for (const [source, context, what] of quiet) {
    it(`accepts ${what}: ${source}`, () => assert.deepEqual(commandsOf(source, context).seen, []));
  }

  it('lists the document macros a formula uses, in order of first use', () => {
    assert.deepEqual(commandsOf(String.raw`\norm{\eps} + \R + \norm{x}`, macros).documentMacros, [
      '\\norm',
      '\\eps',
      '\\R',
    ]);
  });

  it('gives a hint for a name defined with a command KaTeX cannot use (\\DeclareMathSymbol)', () => {
    const report = commandsOf(String.raw`x + \smiley`, macros);
    // \DeclareMathSymbol's definition is "opaque": known, rendered as a placeholder, not an error.
    assert.deepEqual(report.seen, [['katex.unsupported-command', '\\smiley']]);
    assert.deepEqual(report.documentMacros, ['\\smiley']);
  });
});

describe('checkCommands: valid LaTeX that KaTeX lacks (hints)', () => {
  const hints: [string, MathContext, string, string][] = [
    [String.raw`x \label{eq:a}`, ams, 'katex.ignored-command', '\\label'],
    [String.raw`\index{x} x`, ams, 'katex.ignored-command', '\\index'],
    [String.raw`\vspace{1em} x`, ams, 'katex.ignored-command', '\\vspace'],
    [String.raw`\eqref{eq:a}`, ams, 'katex.unsupported-command', '\\eqref'],
    [String.raw`\ref{eq:a}`, ams, 'katex.unsupported-command', '\\ref'],
    [String.raw`\cite{knuth}`, ams, 'katex.unsupported-command', '\\cite'],
    [String.raw`\intertext{and}`, ams, 'katex.unsupported-command', '\\intertext'],
    [String.raw`\sideset{_a}{^b}\sum`, ams, 'katex.unsupported-command', '\\sideset'],
    [String.raw`\mathbbm{1}`, withPackages('bbm'), 'katex.unsupported-command', '\\mathbbm'],
    [String.raw`\abs{x}`, withPackages('physics'), 'katex.unsupported-command', '\\abs'],
    [String.raw`\dv{f}{x}`, withPackages('physics'), 'katex.unsupported-command', '\\dv'],
    [String.raw`\SI{3}{m}`, withPackages('siunitx'), 'katex.unsupported-command', '\\SI'],
    [String.raw`\mathds{1}`, withPackages('dsfont'), 'katex.unsupported-command', '\\mathds'],
    [String.raw`\mathbbm{1}`, fragment, 'katex.unsupported-command', '\\mathbbm'],
    [String.raw`\mathbbm{1}`, mystery, 'katex.unsupported-command', '\\mathbbm'],
  ];
  for (const [source, context, code, name] of hints) {
    it(`${code} for ${name} in ${source}`, () =>
      assert.deepEqual(commandsOf(source, context).seen, [[code, name]]));
  }

  it('names the package the command comes from', () => {
    const [finding] = commandsOf(String.raw`\abs{x}`, withPackages('physics')).findings;
    assert.match(finding.message, /package physics/);
    const [kernel] = commandsOf(String.raw`\label{a}`, ams).findings;
    assert.match(kernel.message, /\(LaTeX\)/);
  });

  it('says nothing more inside an argument KaTeX cannot render at all', () => {
    // \intertext's argument is not rendered, so an unknown name inside it is not reported again.
    const report = commandsOf(String.raw`\intertext{see \ref{x}} y`, ams);
    assert.deepEqual(report.seen, [['katex.unsupported-command', '\\intertext']]);
  });
});

describe('checkCommands: unknown names', () => {
  const unknown: [string, string, string[]][] = [
    [String.raw`\alpah`, '\\alpah', ['\\alpha']],
    [String.raw`\lamda x`, '\\lamda', ['\\lambda']],
    [String.raw`\fracc{1}{2}`, '\\fracc', ['\\frac']],
    [String.raw`\sqtr{2}`, '\\sqtr', ['\\sqrt']],
    [String.raw`\rightarow`, '\\rightarow', ['\\rightarrow', '\\nrightarrow', '\\Rightarrow']],
    [String.raw`\Prob(A)`, '\\Prob', []],
  ];
  for (const [source, name, suggestions] of unknown) {
    it(`latex.unknown-command for ${name}, suggesting ${suggestions.join(', ') || 'nothing'}`, () => {
      assert.deepEqual(commandsOf(source, ams).suggested, [
        ['latex.unknown-command', name, suggestions],
      ]);
    });
  }

  it('suggests each name once', () => {
    for (const source of [
      String.raw`\sen x`,
      String.raw`\alpah`,
      String.raw`\RR`,
      String.raw`\mathbff`,
    ]) {
      const [finding] = commandsOf(source, ams).findings;
      const suggestions = finding.suggestions ?? [];
      assert.equal(
        new Set(suggestions).size,
        suggestions.length,
        `${source}: ${JSON.stringify(suggestions)}`,
      );
    }
  });

  it('suggests only names that would work in this document (not commands of packages it does not load)', () => {
    const [finding] = commandsOf(String.raw`\sen x`, ams).findings;
    // KaTeX has \set, but LaTeX only with braket, which is not loaded; \sec is the kernel's.
    assert.ok(!(finding.suggestions ?? []).includes('\\set'), JSON.stringify(finding.suggestions));
    assert.ok((finding.suggestions ?? []).includes('\\sec'), JSON.stringify(finding.suggestions));
  });

  it('suggests the document macros too', () => {
    const [finding] = commandsOf(String.raw`\nrom{x}`, macros).findings;
    assert.deepEqual(finding.suggestions?.[0], '\\norm');
  });

  it('is only a hint (latex.unverified-command) when the preamble is not known', () => {
    assert.deepEqual(commandsOf(String.raw`\alpah`, fragment).seen, [
      ['latex.unverified-command', '\\alpah'],
    ]);
    const [finding] = commandsOf(String.raw`\alpah`, mystery).findings;
    assert.equal(finding.code, 'latex.unverified-command');
    assert.match(finding.message, /mysterypkg/);
    assert.deepEqual(finding.suggestions, ['\\alpha']);
  });

  it('is an error in Markdown, where KaTeX is all there is', () => {
    assert.deepEqual(commandsOf(String.raw`\alpah`, markdown).seen, [
      ['latex.unknown-command', '\\alpah'],
    ]);
  });
});

describe('checkCommands: commands of packages the document does not load', () => {
  const missing: [string, string, string][] = [
    [String.raw`\mathbbm{1}`, '\\mathbbm', 'bbm'],
    [String.raw`\mathds{1}`, '\\mathds', 'dsfont'],
    [String.raw`\SI{3}{m}`, '\\SI', 'siunitx'],
    [String.raw`\qed`, '\\qed', 'amsthm'],
    [String.raw`\dv{f}{x}`, '\\dv', 'physics'],
  ];
  for (const [source, name, pkg] of missing) {
    it(`${name} without \\usepackage{${pkg}} is an error naming ${pkg}`, () => {
      const { findings } = commandsOf(source, ams);
      assert.deepEqual(
        findings.map((finding) => [finding.code, source.slice(finding.start, finding.end)]),
        [['latex.missing-package', name]],
      );
      assert.match(findings[0].message, new RegExp(`package[^.]*\\b${pkg}\\b`));
    });
  }

  it('names every package that would define it', () => {
    const [finding] = commandsOf(String.raw`\qty{1}{m}`, ams).findings;
    assert.match(finding.message, /physics or siunitx/);
  });

  it('tells Markdown users the package is not available at all', () => {
    const [finding] = commandsOf(String.raw`\mathbbm{1}`, markdown).findings;
    assert.equal(finding.code, 'latex.missing-package');
    assert.match(finding.message, /Markdown/);
  });

  // KaTeX knows these, but LaTeX defines them only with a package this article does not load: the
  // document will not compile, just as with \mathbbm without bbm.
  const katexKnowsButLatexNeedsPackage: [string, string][] = [
    [String.raw`\mathscr{A}`, 'mathrsfs'],
    [String.raw`\cancel{x}`, 'cancel'],
    [String.raw`\bm{x}`, 'bm'],
    [String.raw`a \coloneqq b`, 'mathtools'],
  ];
  for (const [source, pkg] of katexKnowsButLatexNeedsPackage) {
    it(`reports ${source} in a LaTeX article without ${pkg}`, () => {
      assert.deepEqual(
        commandsOf(source, ams).seen.map(([code]) => code),
        ['latex.missing-package'],
      );
    });
  }

  // KaTeX's own extensions are not LaTeX at all: fine in Markdown, undefined in a LaTeX document.
  const katexOnly = [
    String.raw`\R`,
    String.raw`\N`,
    String.raw`\Z`,
    String.raw`\reals`,
    String.raw`\Alpha`,
  ];
  for (const name of katexOnly) {
    it(`accepts KaTeX's ${name} in Markdown`, () =>
      assert.deepEqual(commandsOf(name, markdown).seen, []));
    it(`reports KaTeX's ${name} as unknown in a LaTeX article that does not define it`, () => {
      assert.deepEqual(commandsOf(name, ams).seen, [['latex.unknown-command', name]]);
    });
  }
});

describe('checkCommands: environments', () => {
  it('accepts KaTeX environments whose package is loaded', () => {
    const source = String.raw`\begin{matrix}\end{matrix}\begin{Bmatrix}\end{Bmatrix}\begin{dcases}\end{dcases}\begin{array}{c}\end{array}`;
    assert.deepEqual(commandsOf(source, withPackages('amsmath', 'mathtools')).seen, []);
  });

  it('reports a KaTeX environment that LaTeX has only with a package the document does not load', () => {
    assert.deepEqual(commandsOf(String.raw`\begin{dcases}a\end{dcases}`, ams).seen, [
      ['latex.missing-package', 'dcases'],
    ]);
    assert.deepEqual(commandsOf(String.raw`\begin{dcases}a\end{dcases}`, markdown).seen, []);
  });

  it('reports a misspelled environment at its name, with suggestions', () => {
    const source = String.raw`\begin{pmatrx} x \end{pmatrx}`;
    assert.deepEqual(commandsOf(source, ams).suggested, [
      ['latex.unknown-environment', 'pmatrx', ['pmatrix']],
    ]);
  });

  it('renames an environment KaTeX lacks to its KaTeX equivalent, with a hint', () => {
    const source = String.raw`\begin{multline} a \\ b \end{multline}`;
    const report = commandsOf(source, ams);
    assert.deepEqual(report.seen, [['katex.unsupported-environment', 'multline']]);
    assert.deepEqual(
      [...report.environments.values()],
      [{ kind: 'rename', to: 'gather', args: '' }],
    );
  });

  it('gives eqnarray the column specification of its KaTeX stand-in', () => {
    const report = commandsOf(String.raw`\begin{eqnarray} a &=& b \end{eqnarray}`, ams);
    assert.deepEqual(
      [...report.environments.values()],
      [{ kind: 'rename', to: 'darray', args: '{rcl}' }],
    );
  });

  it('replaces an environment KaTeX cannot render and says nothing about its content', () => {
    const source = String.raw`\begin{tikzcd} A \arrow[r, "\phi"] & B \end{tikzcd}`;
    const report = commandsOf(source, withPackages('tikz-cd'));
    assert.deepEqual(report.seen, [['katex.unsupported-environment', 'tikzcd']]);
    assert.deepEqual([...report.environments.values()], [{ kind: 'placeholder' }]);
  });

  it('reports a package environment whose package is not loaded', () => {
    const source = String.raw`\begin{tikzcd} A \end{tikzcd}`;
    const { findings } = commandsOf(source, ams);
    assert.deepEqual(
      findings.map((finding) => [finding.code, source.slice(finding.start, finding.end)]),
      [['latex.missing-package', 'tikzcd']],
    );
    assert.match(findings[0].message, /tikz-cd/);
  });

  it('hints at an environment the document defines (KaTeX cannot run it)', () => {
    assert.deepEqual(commandsOf(String.raw`\begin{myproof} x \end{myproof}`, macros).seen, [
      ['katex.unsupported-environment', 'myproof'],
    ]);
  });

  it('is only a hint for an unknown environment when the preamble is not known', () => {
    assert.deepEqual(commandsOf(String.raw`\begin{myenv} x \end{myenv}`, fragment).seen, [
      ['latex.unverified-environment', 'myenv'],
    ]);
    assert.deepEqual(commandsOf(String.raw`\begin{myenv} x \end{myenv}`, ams).seen, [
      ['latex.unknown-environment', 'myenv'],
    ]);
  });
});

describe('suggestions', () => {
  const distances: [string, string, number][] = [
    ['\\alpha', '\\alpha', 0],
    ['\\alpah', '\\alpha', 1], // a swap of neighbours counts once
    ['\\alph', '\\alpha', 1],
    ['\\lamda', '\\lambda', 1],
    ['\\fracc', '\\frac', 1],
    ['\\sqtr', '\\sqrt', 1],
    ['\\beta', '\\zeta', 1],
    ['\\infinity', '\\infty', 3],
  ];
  for (const [a, b, distance] of distances) {
    it(`editDistance(${a}, ${b}) = ${distance}`, () => {
      assert.equal(editDistance(a, b), distance);
      assert.equal(editDistance(b, a), distance);
    });
  }

  it('stops early past the budget', () =>
    assert.equal(editDistance('\\abcdefgh', '\\zyxwvuts', 2), 3));

  it('ranks by distance, then by tier, then alphabetically, and limits the list', () => {
    assert.deepEqual(closestNames('\\sinn', [['\\sin', '\\sinh', '\\min', '\\cos']]), [
      '\\sin',
      '\\sinh',
    ]);
    assert.deepEqual(closestNames('\\abc', [['\\abd', '\\abe', '\\abf', '\\abg']]), [
      '\\abd',
      '\\abe',
      '\\abf',
    ]);
    assert.deepEqual(closestNames('\\abc', [['\\abc']]), []);
    // A document macro beats a KaTeX command at the same distance.
    assert.deepEqual(closestNames('\\Rn', [['\\Rm'], ['\\in', '\\ln', '\\R']]), [
      '\\Rm',
      '\\in',
      '\\ln',
    ]);
    // A name listed in two tiers is suggested once.
    assert.deepEqual(closestNames('\\sen', [['\\set'], ['\\sec', '\\set']]), ['\\set', '\\sec']);
  });

  it('allows fewer edits for short names', () => {
    assert.deepEqual(closestNames('\\ab', [['\\xy']]), []);
    assert.deepEqual(closestNames('\\ab', [['\\ax']]), ['\\ax']);
  });
});
