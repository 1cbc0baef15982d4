/**
 * Round trip with the reader aloud: LaTeX → English (readAloud, ClearSpeak style) → LaTeX
 * (convertSpoken) gives the same formula, judged by rendering. The formulas are those of the golden
 * tables (grammar/cases); the ones listed here round-trip today and must keep doing so. The share
 * of all golden formulas that round-trip is reported as a diagnostic.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { convertSpoken } from '../../../server/src/core/spoken/convert';
import { readAloud } from '../../../server/src/core/spoken/reader/index';
import { sameRendering } from '../convert/sameRendering';
import { accentCases } from './grammar/cases/accents';
import { arithmeticCases } from './grammar/cases/arithmetic';
import { atomCases } from './grammar/cases/atoms';
import { calculusCases } from './grammar/cases/calculus';
import { evaluationCases } from './grammar/cases/evaluation';
import { fractionCases } from './grammar/cases/fraction';
import { functionCases } from './grammar/cases/functions';
import { groupingCases } from './grammar/cases/grouping';
import { layoutCases } from './grammar/cases/layout';
import { piecewiseCases } from './grammar/cases/piecewise';
import { powerCases } from './grammar/cases/power';
import { rootCases } from './grammar/cases/root';
import { setCases } from './grammar/cases/sets';
import { subscriptCases } from './grammar/cases/subscript';
import { vectorCalculusCases } from './grammar/cases/vectorCalculus';
import { wordArithmeticCases } from './grammar/cases/wordArithmetic';

const goldenFormulas = [
  ...accentCases,
  ...arithmeticCases,
  ...atomCases,
  ...calculusCases,
  ...evaluationCases,
  ...fractionCases,
  ...functionCases,
  ...groupingCases,
  ...layoutCases,
  ...piecewiseCases,
  ...powerCases,
  ...rootCases,
  ...setCases,
  ...subscriptCases,
  ...vectorCalculusCases,
  ...wordArithmeticCases,
].map(([, latex]) => latex);

/** Golden formulas that survive LaTeX → English → LaTeX. */
const roundTrips: string[] = [
  String.raw`f(x) = \begin{cases} -x & \text{if } x < 0 \\ x & \text{if } x \geq 0 \end{cases}`,
  String.raw`f(x) = \begin{cases} 1 & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases}`,
  String.raw`\bar{x}`,
  String.raw`\hat{x}`,
  String.raw`\dot{x}`,
  String.raw`\tilde{x}`,
  String.raw`\vec{v}`,
  String.raw`\bar{x} + \bar{y}`,
  String.raw`\bar{z}`,
  String.raw`\hat{n}`,
  String.raw`\mathbb{R}`,
  String.raw`\mathcal{F}`,
  String.raw`\mathcal{L}^{-1}\{\frac{1}{s^2}\}`,
  String.raw`\mathcal{F}\{g\}`,
  String.raw`\mathbf{v}`,
  String.raw`x + y`,
  String.raw`x - y`,
  String.raw`a + b - c`,
  String.raw`2 \times 3`,
  String.raw`6 \times (-5)`,
  String.raw`2x`,
  String.raw`a b`,
  String.raw`-x`,
  String.raw`-2x`,
  String.raw`-b`,
  String.raw`2 + (-2)`,
  String.raw`a \pm b`,
  String.raw`\pm \sqrt{2}`,
  String.raw`3 \mp 2`,
  String.raw`x = 1`,
  String.raw`x = y`,
  String.raw`x < y`,
  String.raw`x \leq y`,
  String.raw`x \geq 0`,
  String.raw`x \neq y`,
  String.raw`a \leq b = c`,
  String.raw`\pi \approx 3.14`,
  String.raw`a \equiv b`,
  String.raw`x \propto y`,
  String.raw`p \implies q`,
  String.raw`p \iff q`,
  String.raw`f \mapsto g`,
  String.raw`x \to \infty`,
  String.raw`25`,
  String.raw`1200`,
  String.raw`0.06`,
  String.raw`0.5`,
  String.raw`3 \frac{1}{2}`,
  String.raw`102 + 2,214`,
  String.raw`x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}`,
  String.raw`\alpha`,
  String.raw`\alpha + \beta`,
  String.raw`\alpha = \beta`,
  String.raw`x = \Omega`,
  String.raw`\Gamma`,
  String.raw`\Delta x`,
  String.raw`S`,
  String.raw`A \cup B`,
  String.raw`\infty`,
  String.raw`1, 2, \ldots`,
  String.raw`d x`,
  String.raw`\pi r^2`,
  String.raw`\theta`,
  String.raw`\hbar \omega`,
  String.raw`\nabla f`,
  String.raw`x^{\alpha}`,
  String.raw`2 + 3 = 5`,
  String.raw`\frac{d}{dx} f(x)`,
  String.raw`\frac{d}{dx} \sin x`,
  String.raw`\int_0^1 x^2 \, dx`,
  String.raw`\int_a^b f(x) \, dx`,
  String.raw`\int x \, dx`,
  String.raw`\int e^x \, dx`,
  String.raw`\int_0^\infty e^{-t} \, dt`,
  String.raw`\int_0^1 f(x) d x`,
  String.raw`\sum_{i=1}^n i`,
  String.raw`\sum_{i=1}^n a_i`,
  String.raw`\sum_{k=0}^\infty x^k`,
  String.raw`\prod_{i=1}^n x_i`,
  String.raw`\lim_{x \to 0} \frac{\sin x}{x}`,
  String.raw`\lim_{n \to \infty} \frac{1}{n}`,
  String.raw`\lim_{x \rightarrow 0} f(x)`,
  String.raw`\frac{a}{b}`,
  String.raw`\frac{1}{x}`,
  String.raw`\frac{a}{b} + c`,
  String.raw`a + \frac{b}{c}`,
  String.raw`\frac{2x}{3}`,
  String.raw`\frac{1}{2\pi}`,
  String.raw`\frac{x^2}{2}`,
  String.raw`\frac{a+b}{c}`,
  String.raw`\frac{a+b}{c-d}`,
  String.raw`y = \frac{a+b}{c}`,
  String.raw`\frac{x+1}{x-1}`,
  String.raw`\frac{1}{a}`,
  String.raw`\frac{a}{b} + 1`,
  String.raw`\frac{1}{\frac{1}{x}}`,
  String.raw`\frac{x+y}{x-y}`,
  String.raw`\frac{2+3}{13}`,
  String.raw`\frac{3}{2}`,
  String.raw`\frac{1}{2}`,
  String.raw`\frac{2}{3} + \frac{1}{4}`,
  String.raw`\frac{5}{8}`,
  String.raw`\frac{31}{24}`,
  String.raw`\frac{x}{y}`,
  String.raw`\frac{\frac{1}{2}}{\frac{1}{3}}`,
  String.raw`\frac{x+y}{2}`,
  String.raw`\frac{-b}{2a}`,
  String.raw`\sin x`,
  String.raw`\sin x + y`,
  String.raw`\tan(x+y)`,
  String.raw`\sin^2 x + \cos^2 x = 1`,
  String.raw`\log_2 n`,
  String.raw`\log_{10} x`,
  String.raw`\ln x`,
  String.raw`\sinh x`,
  String.raw`\sin^{-1} x`,
  String.raw`f(x)`,
  String.raw`f(x) + 1`,
  String.raw`f(x+1)`,
  String.raw`g(x) + h(x)`,
  String.raw`f'(x)`,
  String.raw`f''(x)`,
  String.raw`g^{-1}(y)`,
  String.raw`f_1(x)`,
  String.raw`h(g(x))`,
  String.raw`f(g(x))`,
  String.raw`(f+g)(x)`,
  String.raw`n!`,
  String.raw`(n-1)!`,
  String.raw`x'`,
  String.raw`\exp x`,
  String.raw`\det A`,
  String.raw`(x+1)^2`,
  String.raw`2(x+1)`,
  String.raw`\{1, 2\}`,
  String.raw`(a+b)^2`,
  String.raw`|x|`,
  String.raw`|x+1|`,
  String.raw`|x - y|`,
  String.raw`\|v\|`,
  String.raw`\binom{n}{k}`,
  String.raw`\begin{pmatrix} a & b \\ c & d \end{pmatrix}`,
  String.raw`\begin{pmatrix} 2 & 1 \\ 7 & 5 \end{pmatrix}`,
  String.raw`\begin{pmatrix} 2 & 1 \\ 7 & 5 + x \end{pmatrix}`,
  String.raw`\begin{pmatrix} 1 \\ 2 \\ 3 \end{pmatrix}`,
  String.raw`\begin{pmatrix} 3 & 5 \end{pmatrix}`,
  String.raw`x^2`,
  String.raw`x^3`,
  String.raw`x^2 + y^2`,
  String.raw`2x^2`,
  String.raw`x^n`,
  String.raw`e^x`,
  String.raw`e^x + 1`,
  String.raw`e^{-x^2}`,
  String.raw`x^5`,
  String.raw`3^0`,
  String.raw`3^{-2}`,
  String.raw`x^{y+2}`,
  String.raw`10^{-5}`,
  String.raw`x^{n+1}`,
  String.raw`x^2 + 1`,
  String.raw`2^{x+1} + 3`,
  String.raw`e^{-x}`,
  String.raw`x_i^2`,
  String.raw`(2x)^2`,
  String.raw`\left(\frac{1}{2}\right)^4`,
  String.raw`x^2 y^3`,
  String.raw`a + b^2`,
  String.raw`\sqrt{x}`,
  String.raw`\sqrt{2}`,
  String.raw`\sqrt{x+1}`,
  String.raw`\sqrt{x^2+y^2}`,
  String.raw`\sqrt[3]{8}`,
  String.raw`\sqrt[3]{x+1}`,
  String.raw`\sqrt[n]{d}`,
  String.raw`\sqrt[5]{32}`,
  String.raw`-\sqrt{2}`,
  String.raw`\sqrt[3]{x}`,
  String.raw`\sqrt{2 + \sqrt{2}}`,
  String.raw`\sqrt{b^2 - 4ac}`,
  String.raw`x \in \mathbb{R}`,
  String.raw`x \in \mathbb{Z}`,
  String.raw`n \in \mathbb{N}`,
  String.raw`q \in \mathbb{Q}`,
  String.raw`z \in \mathbb{C}`,
  String.raw`z \notin A`,
  String.raw`A \subseteq B`,
  String.raw`A \cap B`,
  String.raw`A \setminus B`,
  String.raw`\{1, 2, 3\}`,
  String.raw`(a, b]`,
  String.raw`[1, \infty)`,
  String.raw`(0, 1)`,
  String.raw`(1, 2)`,
  String.raw`x_i`,
  String.raw`x_1`,
  String.raw`a_n + b_n`,
  String.raw`g_D^2`,
  String.raw`a_{b'}`,
  String.raw`x_{X_H}`,
  String.raw`\sigma_8 = 0.8`,
  String.raw`x_1 + x_2`,
  String.raw`T_0`,
  String.raw`\pi_{11}`,
  String.raw`p_{x_1}^2`,
];

function roundTrip(latex: string): { spoken: string; back: string } | undefined {
  const spoken = readAloud(latex, { style: 'clearspeak' });
  if (!('text' in spoken)) return undefined;
  return { spoken: spoken.text, back: convertSpoken(spoken.text).latex };
}

describe('LaTeX → English → LaTeX', () => {
  for (const latex of roundTrips) {
    it(latex, () => {
      assert.ok(goldenFormulas.includes(latex), 'listed formulas come from the golden tables');
      const trip = roundTrip(latex);
      assert.ok(trip !== undefined, 'the reader voices it');
      assert.ok(sameRendering(latex, trip.back), `"${trip.spoken}" came back as ${trip.back}`);
    });
  }

  it('reports the share of golden formulas that round-trip', (t) => {
    const unique = [...new Set(goldenFormulas)];
    const kept = unique.filter((latex) => {
      const trip = roundTrip(latex);
      return trip !== undefined && sameRendering(latex, trip.back);
    });
    t.diagnostic(`${kept.length} of ${unique.length} golden formulas round-trip`);
    assert.ok(kept.length >= roundTrips.length);
  });
});
