import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { detectForm } from '../../../server/src/core/convert/detect';
import type { SourceForm } from '../../../server/src/core/convert/types';

const CASES: readonly [string, SourceForm][] = [
  // LaTeX
  [String.raw`\frac{a}{b}`, 'latex'],
  ['x^{2}', 'latex'],
  ['x_{i}', 'latex'],
  [String.raw`\alpha + \beta`, 'latex'],
  [String.raw`\sqrt{x}`, 'latex'],
  [String.raw`$\int_0^1 f(x)\,dx$`, 'latex'],
  [String.raw`\(x^2\)`, 'latex'],
  [String.raw`\sum_{i=1}^n i`, 'latex'],
  [String.raw`\mathbb{R}`, 'latex'],
  [String.raw`a \le b`, 'latex'],
  [String.raw`\begin{pmatrix}1&2\\3&4\end{pmatrix}`, 'latex'],
  [String.raw`x = 1 \quad \text{for all } x`, 'latex'],
  [String.raw`\sin x`, 'latex'],
  [String.raw`f(x) = \frac{1}{x}`, 'latex'],
  ['T_{eff}', 'latex'],
  [String.raw`\alpha ≤ β`, 'latex'],
  [String.raw`\mathrm{speed} = \frac{d}{t}`, 'latex'],
  ['$x^2$', 'latex'],
  [String.raw`\(a*b\)`, 'latex'],
  ['$(x+1$', 'latex'],
  // Unicode
  ['x² + y² = r²', 'unicode'],
  ['α ≤ β', 'unicode'],
  ['∫₀¹ f(x) dx', 'unicode'],
  ['√2', 'unicode'],
  ['ℝⁿ', 'unicode'],
  ['½', 'unicode'],
  ['𝐱 · 𝐲', 'unicode'],
  ['x̄', 'unicode'],
  ['a − b', 'unicode'],
  ['∀x ∈ ℝ', 'unicode'],
  ['f′(x)', 'unicode'],
  ['π r²', 'unicode'],
  ['α ≤ β for all x ∈ A', 'unicode'],
  ['sin(θ) ≈ θ', 'unicode'],
  ['$α ≤ β$', 'unicode'],
  // calculator notation
  ['sqrt(x^2+1)/2', 'calculator'],
  ['sin(x)^2 + 3*x', 'calculator'],
  ['x_1 <= 2', 'calculator'],
  ['a/(b+c)', 'calculator'],
  ['2**3', 'calculator'],
  ['abs(x)', 'calculator'],
  ['log(x, 2)', 'calculator'],
  ['exp(-x^2)', 'calculator'],
  ['n!', 'calculator'],
  ['pi', 'calculator'],
  ['alpha', 'calculator'],
  ['e^(i*pi)', 'calculator'],
  ["x'", 'calculator'],
  ['a != b', 'calculator'],
  ['[1, 2; 3, 4]', 'calculator'],
  ['f(x) = x^2', 'calculator'],
  ['nthRoot(x, 3)', 'calculator'],
  ['42', 'calculator'],
  ['3.14', 'calculator'],
  ['sin x', 'calculator'],
  ['2x + 1', 'calculator'],
  ['speed*time', 'calculator'],
  ['a mod b', 'calculator'],
  ['x1 + x2', 'calculator'],
  ['x_max + 1', 'calculator'],
  ['(x+1', 'calculator'],
  ['2 +* 3', 'calculator'],
  // spoken — including dictation with digits, brackets and LaTeX fragments
  ['x squared plus one', 'spoken'],
  ['(J plus 1)', 'spoken'],
  ['10 to the power of negative 5', 'spoken'],
  ['$p_t equals s_t$', 'spoken'],
  [String.raw`x equals \frac{1}{2}`, 'spoken'],
  [String.raw`\alpha plus \beta`, 'spoken'],
  ['$x squared$', 'spoken'],
  ['sine of x', 'spoken'],
  ['sin of x', 'spoken'],
  ['f of x', 'spoken'],
  ['x sub i', 'spoken'],
  ['a over b plus c', 'spoken'],
  ['the square root of x', 'spoken'],
  ['one half', 'spoken'],
  ['x to the n', 'spoken'],
  ['e to the minus x squared', 'spoken'],
  ['d y by d x', 'spoken'],
  ['StartFraction a Over b EndFraction', 'spoken'],
  ['x Superscript 2 Baseline', 'spoken'],
  ['the integral from 0 to 1 of x d x', 'spoken'],
  ['2 times 3', 'spoken'],
  ['n choose k', 'spoken'],
  ['x² plus y²', 'spoken'],
  ['alpha plus beta', 'spoken'],
  ['open paren x close paren', 'spoken'],
  ['x is less than 5', 'spoken'],
  ['pi r squared', 'spoken'],
  ['log base 2 of n', 'spoken'],
  ['x bar', 'spoken'],
  ['negative 5', 'spoken'],
  ['y equals m x plus b', 'spoken'],
  ['f prime of x', 'spoken'],
  ['the quantity a plus b end quantity squared', 'spoken'],
  ['x = 1 for all x', 'spoken'],
  ['speed times time', 'spoken'],
  ['hello world', 'spoken'],
  ['', 'spoken'],
];

describe('detectForm', () => {
  for (const [text, form] of CASES) {
    it(`${JSON.stringify(text)} is ${form}`, () => {
      assert.equal(detectForm(text), form);
    });
  }

  it('decides quickly on 100 KB', () => {
    const started = Date.now();
    assert.equal(detectForm('x plus '.repeat(15_000)), 'spoken');
    assert.ok(Date.now() - started < 2000);
  });
});
