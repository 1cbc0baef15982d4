import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  checkFormula,
  checkSource,
  checkedSpan,
} from '../../../server/src/core/check/checkFormula';
import { scanDocument } from '../../../server/src/core/regions/scannedDocument';
import type { MathRegion } from '../../../server/src/core/regions/types';
import {
  amsPreamble,
  brief,
  checkMath,
  latexBodyFindings,
  latexContext,
  loud,
  rangeOf,
} from './support';

const context = latexContext(String.raw`\documentclass{article}
\usepackage{amsmath,amssymb,mathtools,amscd,xcolor}
`);

/** Formulas LaTeX (with amsmath, amssymb, mathtools, amscd, xcolor) and KaTeX both accept. */
const validInline: string[] = [
  // Hand-written
  String.raw`x^2 + y^2 = z^2`,
  String.raw`e^{i\pi} + 1 = 0`,
  String.raw`\frac{a+b}{2} \ge \sqrt{ab}`,
  String.raw`\frac12 + \tfrac{1}{3} + \dfrac{1}{4}`,
  String.raw`\sqrt[3]{x} \cdot \sqrt{\sqrt{y}}`,
  String.raw`\sum_{i=1}^{n} i = \frac{n(n+1)}{2}`,
  String.raw`\prod_{k=1}^{n} k = n!`,
  String.raw`\int_0^\infty e^{-x}\,dx = 1`,
  String.raw`\iint_D f \, dA`,
  String.raw`\oint_{\partial S} \omega`,
  String.raw`\lim_{x \to 0} \frac{\sin x}{x} = 1`,
  String.raw`\limsup_{n\to\infty} a_n`,
  String.raw`\binom{n}{k} = \frac{n!}{k!\,(n-k)!}`,
  String.raw`{n \choose k}`,
  String.raw`{a \over b}`,
  String.raw`a \equiv b \pmod{n}`,
  String.raw`a \bmod b`,
  String.raw`\mathbb{R}^n \times \mathbb{C}`,
  String.raw`\mathcal{O}(n \log n)`,
  String.raw`\mathfrak{g} \oplus \mathfrak{h}`,
  String.raw`\mathbf{x} \cdot \boldsymbol{\mu}`,
  String.raw`\mathrm{d}x \wedge \mathrm{d}y`,
  String.raw`\{ x \in \mathbb{N} \mid x > 0 \}`,
  String.raw`\left\{ x : x > 0 \right\}`,
  String.raw`\left( \frac{a}{b} \right)^{2}`,
  String.raw`\left. \frac{df}{dx} \right|_{x=0}`,
  String.raw`\left\langle u \middle| v \right\rangle`,
  String.raw`\lvert x \rvert + \lVert y \rVert`,
  String.raw`\bigl( a \bigr) \Bigl[ b \Bigr] \biggl\{ c \biggr\}`,
  String.raw`f'(x) + f''(x) + x'^2`,
  String.raw`\hat{x} \tilde{y} \bar{z} \vec{v} \dot{q} \ddot{q}`,
  String.raw`\widehat{xyz} \overline{AB} \underline{CD}`,
  String.raw`\overbrace{a+\cdots+a}^{n} \underbrace{b+b}_{2}`,
  String.raw`\xrightarrow{f} \xleftarrow[g]{h}`,
  String.raw`A \xrightarrow{\sim} B \hookrightarrow C \twoheadrightarrow D`,
  String.raw`\stackrel{?}{=} \overset{\text{def}}{=} \underset{x}{\operatorname{argmin}}`,
  String.raw`\operatorname{rank}(A) \le \min(m, n)`,
  String.raw`\operatorname*{arg\,max}_{\theta} L(\theta)`,
  String.raw`\sum_{\substack{0 \le i \le m \\ 0 < j < n}} P(i, j)`,
  String.raw`\sum\nolimits_i \prod\limits_j`,
  String.raw`x \in A \cap B \subseteq C \cup D`,
  String.raw`\forall \varepsilon > 0 \; \exists \delta > 0`,
  String.raw`p \Rightarrow q \iff \neg q \Rightarrow \neg p`,
  String.raw`a \leq b \geq c \neq d \approx e \sim f \simeq g \cong h`,
  String.raw`\alpha\beta\gamma\delta\epsilon\varepsilon\zeta\eta\theta\vartheta\Omega`,
  String.raw`\aleph_0 < 2^{\aleph_0}`,
  String.raw`\emptyset \ne \varnothing`,
  String.raw`\nabla \cdot \mathbf{E} = \frac{\rho}{\varepsilon_0}`,
  String.raw`\partial_t u = \Delta u`,
  String.raw`\cdots \ldots \vdots \ddots \dots`,
  String.raw`\text{if } x > 0 \text{ and } y \neq 0`,
  String.raw`\text{for all $x$ in $A$}`,
  String.raw`\textbf{Case 1:}\ x = 1`,
  String.raw`\mathrm{Re}(z) + \mathrm{Im}(z)`,
  String.raw`\begin{matrix} a & b \\ c & d \end{matrix}`,
  String.raw`\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}`,
  String.raw`\begin{bmatrix} 1 \\ 2 \end{bmatrix} \begin{vmatrix} a & b \\ c & d \end{vmatrix}`,
  String.raw`\begin{smallmatrix} a & b \\ c & d \end{smallmatrix}`,
  String.raw`\left(\begin{array}{c|c} a & b \\ \hline c & d \end{array}\right)`,
  String.raw`\begin{pmatrix} a \\[2pt] b \end{pmatrix}`,
  String.raw`|x| = \begin{cases} x & \text{if } x \ge 0, \\ -x & \text{otherwise.} \end{cases}`,
  String.raw`\begin{cases} 1 & \text{if $x$ is rational} \\ 0 & \text{else} \end{cases}`,
  String.raw`\phantom{x} \hphantom{y} \vphantom{z} \, \; \: \! \quad \qquad`,
  String.raw`\displaystyle \sum_i \textstyle \sum_j`,
  String.raw`\color{red}{x} + \textcolor{blue}{y}`,
  String.raw`\boxed{E = mc^2}`,
  String.raw`\not\in \notin \nsubseteq`,
  String.raw`\mathop{\mathrm{ess\,sup}}_{x} f`,
  String.raw`\genfrac{(}{)}{0pt}{}{n}{k}`,
  String.raw`x_{i_1 i_2}^{j^2}`,
  String.raw`{}_nC_r`,
  String.raw`\sqrt{}\, \frac{}{} \, x^{}`,
  String.raw`\{\} \backslash \# \$ \% \& \_`,
  String.raw`a % a comment with } and $ in it
  + b`,
  // SymPy's LaTeX printer
  String.raw`\frac{d}{d x} f{\left(x \right)}`,
  String.raw`\frac{\partial^{2}}{\partial x^{2}} f{\left(x,y \right)}`,
  String.raw`\frac{\partial}{\partial x} f{\left(x \right)} = \eta^{2}{\left(a \right)}`,
  String.raw`\operatorname{C_{d}}{\left(p \right)}`,
  String.raw`\operatorname{atan_{2}}{\left(y,x \right)}`,
  String.raw`\sin^{2}{\left(x \right)} + \cos^{2}{\left(x \right)} = 1`,
  String.raw`\log{\left(x \right)} - \operatorname{erf}{\left(x \right)}`,
  String.raw`e^{- x^{2}} \sqrt{x^{2} + 1}`,
  String.raw`x^{\frac{3}{2}} + {\left(x + 1\right)}^{2}`,
  String.raw`\int\limits_{0}^{\infty} e^{- x}\, dx`,
  String.raw`\int \sin{\left(x \right)}\, dx`,
  String.raw`\sum_{n=1}^{\infty} \frac{1}{n^{2}} = \frac{\pi^{2}}{6}`,
  String.raw`\lim_{x \to 0^+}\left(\frac{\sin{\left(x \right)}}{x}\right)`,
  String.raw`\left[\begin{matrix}1 & 2\\3 & 4\end{matrix}\right]`,
  String.raw`\left|{x}\right| + \left\lfloor{x}\right\rfloor + \left\lceil{x}\right\rceil`,
  String.raw`\left\{x \mid x > 0 \right\}`,
  String.raw`\begin{cases} x & \text{for}\: x > 0 \\- x & \text{otherwise} \end{cases}`,
  String.raw`\left. \frac{d}{d \xi_{1}} f{\left(\xi_{1} \right)} \right|_{\substack{ \xi_{1}=x }}`,
  String.raw`\left( x, \  y\right) \mapsto x + y`,
  String.raw`\mathcal{O}\left(x^{6}\right) + \tilde{\infty}`,
  String.raw`\operatorname{Poly}{\left( x^{2} + 1, x, domain=\mathbb{Z} \right)}`,
  String.raw`x \geq 0 \wedge y \neq 1 \vee \neg z`,
  String.raw`\left[0, 1\right) \cup \left(2, \infty\right)`,
];

/** Display formulas (environments KaTeX takes whole, as checkFormula hands them over). */
const validDisplay: string[] = [
  String.raw`\begin{align} a &= b + c \\ &= d \label{eq:1} \end{align}`,
  String.raw`\begin{align*} f(x) &= x^2 && \text{given} \\ f'(x) &= 2x && \text{differentiating} \end{align*}`,
  String.raw`\begin{equation} \begin{split} a &= b \\ &= c \end{split} \end{equation}`,
  String.raw`\begin{gather} a = b \\ c = d \end{gather}`,
  String.raw`\begin{alignat}{2} x &= 1 &\quad y &= 2 \end{alignat}`,
  String.raw`\begin{equation} x = 1 \tag{$\ast$} \end{equation}`,
  String.raw`\begin{align} a &= b \nonumber \\ c &= d \notag \end{align}`,
  String.raw`\begin{aligned} a &= b \\ c &= d \end{aligned}`,
  String.raw`\begin{gathered} a \\ b \end{gathered} \quad \begin{CD} A @>f>> B \end{CD}`,
  String.raw`\begin{equation*}
    \int_0^1 f(x)\,dx % the integral
      = F(1) - F(0)
  \end{equation*}`,
  String.raw`\begin{align}
    \nabla \times \mathbf{B} &= \mu_0 \mathbf{J} \\ % Ampère
    \nabla \cdot \mathbf{B} &= 0
  \end{align}`,
  String.raw`x = \begin{dcases} \frac{1}{2} & n \text{ even} \\ 0 & n \text{ odd} \end{dcases}`,
];

describe('checkSource: valid formulas give no errors or warnings', () => {
  it('has at least 60 valid formulas', () =>
    assert.ok(validInline.length + validDisplay.length >= 60));
  for (const source of validInline) {
    it(`accepts $${source}$`, () =>
      assert.deepEqual(brief(checkMath(source, context).filter(loud)), []));
  }
  for (const source of validDisplay) {
    it(`accepts display ${source.replace(/\s+/g, ' ')}`, () =>
      assert.deepEqual(brief(checkMath(source, context, true).filter(loud)), []));
  }
});

/** [formula, code, the token it must point at, occurrence of that token (default 0)]. */
type Invalid = [string, string, string, number?];

const invalid: Invalid[] = [
  [String.raw`x^`, 'latex.parse-error', '^'],
  [String.raw`x_`, 'latex.parse-error', '_'],
  [String.raw`e^{i\pi} + x^`, 'latex.parse-error', '^', 1],
  [String.raw`\overbrace{x}^`, 'latex.parse-error', '^'],
  [String.raw`x^2^3`, 'latex.parse-error', '^', 1],
  [String.raw`x_i_j`, 'latex.parse-error', '_', 1],
  [String.raw`x^{2}'`, 'latex.parse-error', "'"],
  [String.raw`\frac{a}{b`, 'latex.unbalanced-brace', '{', 1],
  [String.raw`\sum_{i=1^n`, 'latex.unbalanced-brace', '{'],
  [String.raw`e^{i\pi`, 'latex.unbalanced-brace', '{'],
  [String.raw`{\color{red} x`, 'latex.unbalanced-brace', '{'],
  [String.raw`x^{2}} + 1`, 'latex.unbalanced-brace', '}', 1],
  [String.raw`\begin{matrix} a \\ b \end{matrix}}`, 'latex.unbalanced-brace', '}', 2],
  [String.raw`\left( \frac{1}{x}`, 'latex.unbalanced-delimiter', '\\left('],
  [String.raw`(a + b\right)`, 'latex.unbalanced-delimiter', '\\right)'],
  [String.raw`a \middle| b`, 'latex.unbalanced-delimiter', '\\middle|'],
  [
    String.raw`\begin{cases} 1 & x > 0 \\ 0 & x \le 0`,
    'latex.unbalanced-environment',
    '\\begin{cases}',
  ],
  [String.raw`a \end{pmatrix}`, 'latex.unbalanced-environment', '\\end{pmatrix}'],
  [
    String.raw`\begin{pmatrix} 1 & 2 \end{bmatrix}`,
    'latex.unbalanced-environment',
    '\\end{bmatrix}',
  ],
  [String.raw`\begin{pmatirx} 1 \end{pmatirx}`, 'latex.unknown-environment', 'pmatirx'],
  [String.raw`\begin{tikzcd} A \arrow[r] & B \end{tikzcd}`, 'latex.missing-package', 'tikzcd'],
  [String.raw`\alpah + \beta`, 'latex.unknown-command', '\\alpah'],
  [String.raw`\fracc{1}{2}`, 'latex.unknown-command', '\\fracc'],
  [String.raw`\sqtr{2}`, 'latex.unknown-command', '\\sqtr'],
  [String.raw`\lamda x`, 'latex.unknown-command', '\\lamda'],
  [String.raw`a \rightarow b`, 'latex.unknown-command', '\\rightarow'],
  [String.raw`\Prob(A)`, 'latex.unknown-command', '\\Prob'],
  [String.raw`\mathbbm{1}_A`, 'latex.missing-package', '\\mathbbm'],
  [String.raw`\SI{3}{m}`, 'latex.missing-package', '\\SI'],
  [String.raw`a & b`, 'latex.parse-error', '&'],
  [String.raw`x \\ y & z`, 'latex.parse-error', '&'],
  [String.raw`\#S = |S| \text{ but } #S`, 'latex.parse-error', '#', 1],
  [String.raw`x\limits_0`, 'latex.parse-error', '\\limits'],
  [String.raw`\text{max_value}`, 'latex.parse-error', '_'],
  [String.raw`\left a \right)`, 'latex.parse-error', 'a'],
  [String.raw`\big a`, 'latex.parse-error', 'a'],
  [String.raw`\left\{ x \right}`, 'latex.parse-error', '}'],
  [String.raw`\rule{1xx}{1ex}`, 'latex.parse-error', '{1xx}'],
  // The mistake is a command short of arguments: point at the command, not at the end of input.
  [String.raw`p = \frac{1}`, 'latex.parse-error', '\\frac'],
  [String.raw`\hat`, 'latex.parse-error', '\\hat'],
  [String.raw`\mathbb`, 'latex.parse-error', '\\mathbb'],
  [String.raw`\left( x \right`, 'latex.parse-error', '\\right'],
  // An opening bracket or $ never closed: point at it, as for an unclosed {.
  [String.raw`\sqrt[3{x}`, 'latex.parse-error', '['],
  [String.raw`\text{for $x > 0}`, 'latex.unterminated-math', '$'],
  // \left{ is the mistake (\{ was meant), not the \right that follows.
  [String.raw`\left{ x \right\}`, 'latex.parse-error', '{'],
  [String.raw`a \over b \over c`, 'latex.parse-error', '\\over', 1],
];

describe('checkSource: invalid formulas give one error at the offending token', () => {
  it('has at least 40 invalid formulas', () => assert.ok(invalid.length >= 40));
  for (const [source, code, token, nth] of invalid) {
    it(`reports ${code} at ${JSON.stringify(token)} in $${source}$`, () => {
      const [start, end] = rangeOf(source, token, nth ?? 0);
      const findings = checkMath(source, context).filter(loud);
      assert.deepEqual(
        findings.map((finding) => [finding.code, finding.start, finding.end]),
        [[code, start, end]],
        JSON.stringify(brief(findings)),
      );
    });
  }
});

describe('checkSource: details', () => {
  it('offers "did you mean" for a misspelled command in a complete document', () => {
    const [finding] = checkMath(String.raw`\alpah`, context);
    assert.deepEqual(finding.suggestions, ['\\alpha']);
    assert.match(finding.message, /Did you mean \\alpha\?/);
  });

  it('reports every independent mistake of a formula', () => {
    const source = String.raw`\alpah + \betta + \mathbbm{1}`;
    assert.deepEqual(brief(checkMath(source, context)), [
      ['latex.unknown-command', '\\alpah'],
      ['latex.unknown-command', '\\betta'],
      ['latex.missing-package', '\\mathbbm'],
    ]);
  });

  it('still runs KaTeX on the rest of a formula with an unknown command', () => {
    const source = String.raw`\alpah + x^`;
    assert.deepEqual(brief(checkMath(source, context)), [
      ['latex.unknown-command', '\\alpah'],
      ['latex.parse-error', '^'],
    ]);
  });

  it('reports only the unknown command inside \\text, without a KaTeX failure over the whole formula', () => {
    assert.deepEqual(brief(checkMath(String.raw`\text{\alpah}`, context)), [
      ['latex.unknown-command', '\\alpah'],
    ]);
  });

  it('does not run KaTeX when the structure is broken (one finding, not two)', () => {
    assert.deepEqual(brief(checkMath(String.raw`\frac{1}{2`, context)), [
      ['latex.unbalanced-brace', '{'],
    ]);
  });

  it('treats \\tag, split and \\hline as display-only constructs: fine in display math', () => {
    assert.deepEqual(checkMath(String.raw`x = 1 \tag{1}`, context, true), []);
    assert.deepEqual(checkMath(String.raw`\begin{split} a &= b \end{split}`, context, true), []);
  });

  for (const source of [
    String.raw`x = 1 \tag{1}`,
    String.raw`\begin{split} a &= b \end{split}`,
    String.raw`a \hline b`,
  ]) {
    it(`reports the display-only construct in inline $${source}$ as an error (LaTeX rejects it too)`, () => {
      const findings = checkMath(source, context);
      assert.equal(findings.length, 1, source);
      assert.equal(findings[0].severity, 'error', `${source}: ${JSON.stringify(brief(findings))}`);
    });
  }

  for (const source of [String.raw`a \hspace{\fill} b`, String.raw`a \hspace{1fil} b`]) {
    it(`accepts glue LaTeX allows in $${source}$: at most a hint`, () => {
      assert.deepEqual(brief(checkMath(source, context).filter(loud)), [], source);
    });
  }

  it('points a KaTeX error at the token without surrounding spaces', () => {
    const [finding] = checkMath(String.raw`a \over b \over c`, context);
    assert.equal(finding.text, '\\over');
  });
});

describe('checkFormula: regions of a document', () => {
  const text = String.raw`\documentclass{article}
\usepackage{amsmath}
\begin{document}
First $x^$ and again $x^$, then \[ \alpah \] and
\begin{align}
  a &= b^2^3 \\
  c &= d
\end{align}
and \begin{math} y_ \end{math} and $open
\end{document}
`;
  const regions = scanDocument('latex', text).items.filter(
    (item): item is MathRegion => item.kind === 'math',
  );
  const findingsOf = (region: MathRegion) =>
    checkFormula(text, region, context).map((finding) => [
      finding.code,
      text.slice(finding.start, finding.end),
      finding.start,
    ]);

  it('finds the six regions', () => assert.equal(regions.length, 6));

  it('reports in document offsets, also when the same formula comes from the cache', () => {
    const first = findingsOf(regions[0]);
    const second = findingsOf(regions[1]);
    assert.deepEqual(first, [['latex.parse-error', '^', text.indexOf('x^$') + 1]]);
    assert.deepEqual(second, [['latex.parse-error', '^', text.lastIndexOf('x^$') + 1]]);
  });

  it('checks \\[…\\] by its content and align environments whole, in display mode', () => {
    assert.deepEqual(findingsOf(regions[2]), [
      ['latex.unknown-command', '\\alpah', text.indexOf('\\alpah')],
    ]);
    assert.deepEqual(checkedSpan(regions[3]), {
      start: regions[3].start,
      end: regions[3].end,
      display: true,
    });
    assert.deepEqual(findingsOf(regions[3]), [
      ['latex.parse-error', '^', text.indexOf('b^2^3') + 3],
    ]);
  });

  it('checks the body of a math environment as inline math', () => {
    assert.deepEqual(checkedSpan(regions[4]), {
      start: regions[4].contentStart,
      end: regions[4].contentEnd,
      display: false,
    });
    assert.deepEqual(findingsOf(regions[4]), [['latex.parse-error', '_', text.indexOf('y_') + 1]]);
  });

  it('leaves an unterminated formula to the scanner (no findings from the formula checks)', () => {
    assert.equal(regions[5].terminated, false);
    assert.deepEqual(findingsOf(regions[5]), []);
  });

  it('gives the same findings as checkSource on the extracted text, shifted', () => {
    const span = checkedSpan(regions[3]);
    const alone = checkSource(text.slice(span.start, span.end), span.display, context);
    assert.deepEqual(
      checkFormula(text, regions[3], context).map((finding) => finding.start),
      alone.map((finding) => finding.start + span.start),
    );
  });
});

describe('checkSource: ranges are inside the formula', () => {
  it('never points past the formula, even for errors at the end of input', () => {
    for (const [source] of invalid) {
      for (const finding of checkMath(source, context)) {
        assert.ok(
          0 <= finding.start && finding.start < finding.end && finding.end <= source.length,
          `${source}: ${JSON.stringify(finding)}`,
        );
      }
    }
  });
});

describe('document math: one mistake, one error, at the offending token', () => {
  const cases: [string, string, string][] = [
    [
      'a display environment nested in another',
      String.raw`\begin{equation} \begin{align} a &= b \end{align} \end{equation}`,
      '\\begin{align}',
    ],
    ['align inside $$…$$', String.raw`$$ \begin{align} a &= b \end{align} $$`, '\\begin{align}'],
    [
      'an environment closed by its starred form',
      String.raw`\begin{align} x &= 1 \\ \end{align*}`,
      '\\end{align*}',
    ],
    [
      'a misspelled \\end of a math environment',
      String.raw`\begin{equation} x = 1 \end{equaton}`,
      '\\end{equaton}',
    ],
  ];
  for (const [what, body, token] of cases) {
    it(`${what}: ${body}`, () => {
      const errors = latexBodyFindings(body).filter(loud);
      assert.deepEqual(
        errors.map((finding) => finding.text),
        [token],
        JSON.stringify(brief(errors)),
      );
    });
  }

  it('accepts a document whose math is all valid', () => {
    const body = String.raw`Let $x \in \mathbb{R}$ and \(y\), with
\begin{equation} \label{eq:a} x^2 + y^2 = 1 \end{equation}
and \eqref{eq:a}; also $$\sum_{i=1}^n i$$ and \[\int_0^1 f\] and
\begin{align*} a &= b && \text{if $a = b$} \end{align*}`;
    assert.deepEqual(brief(latexBodyFindings(body).filter(loud)), []);
  });
});

describe('checkFormula: results shared across documents', () => {
  const text = String.raw`$\widgetz + 1$`;
  const region = () =>
    scanDocument('latex', text).items.find((item): item is MathRegion => item.kind === 'math')!;
  const suggestionsIn = (context: ReturnType<typeof latexContext>) =>
    checkFormula(text, region(), context).flatMap((finding) => finding.suggestions ?? []);

  it('suggests the names of the document at hand, not of the one checked first', () => {
    const plain = latexContext();
    const withMacro = latexContext(`${amsPreamble}\\newcommand{\\widget}{w}\n`);
    assert.ok(!suggestionsIn(plain).includes('\\widget'));
    assert.ok(suggestionsIn(withMacro).includes('\\widget'));
  });

  it('does the same for an environment defined nowhere', () => {
    const source = String.raw`\[ \begin{matrixx} a \end{matrixx} \]`;
    const suggestions = (context: ReturnType<typeof latexContext>) => {
      const math = scanDocument('latex', source).items.find(
        (item): item is MathRegion => item.kind === 'math',
      )!;
      return checkFormula(source, math, context).flatMap((finding) => finding.suggestions ?? []);
    };
    const plain = latexContext();
    const withEnvironment = latexContext(`${amsPreamble}\\newenvironment{matrixxy}{}{}\n`);
    assert.ok(!suggestions(plain).includes('matrixxy'));
    assert.ok(suggestions(withEnvironment).includes('matrixxy'));
  });
});
