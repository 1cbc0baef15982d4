import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { readAloud } from '../../../server/src/core/spoken/reader/index';

type Style = 'clearspeak' | 'terse';

/** [style, LaTeX, expected English]. */
const CASES: [Style, string, string][] = [
  ['clearspeak', String.raw`(a+b)^2`, 'the quantity a plus b end quantity squared'],
  ['clearspeak', String.raw`x^2`, 'x squared'],
  ['clearspeak', String.raw`\sum a_i`, 'the sum of a sub i'],
  ['clearspeak', String.raw`\cancel{y} x`, 'y x'],
  ['clearspeak', String.raw`x^3`, 'x cubed'],
  ['clearspeak', String.raw`x^5`, 'x to the fifth power'],
  ['clearspeak', String.raw`x^n`, 'x to the n-th power'],
  ['clearspeak', String.raw`x^{-2}`, 'x to the negative 2 power'],
  ['clearspeak', String.raw`x^{y+2}`, 'x raised to the y plus 2 power'],
  ['clearspeak', String.raw`e^{-x^2}`, 'e raised to the exponent negative x squared end exponent'],
  ['clearspeak', String.raw`\sqrt{x}`, 'the square root of x'],
  ['clearspeak', String.raw`\sqrt[3]{x}`, 'the cube root of x'],
  ['clearspeak', String.raw`\sqrt[n]{x}`, 'the n-th root of x'],
  ['clearspeak', String.raw`\sqrt{x+1}`, 'the square root of x plus 1 end root'],
  ['clearspeak', String.raw`\sqrt{x}+1`, 'the square root of x end root plus 1'],
  [
    'clearspeak',
    String.raw`\frac{a+b}{c}`,
    'the fraction with numerator a plus b and denominator c',
  ],
  [
    'clearspeak',
    String.raw`\frac{a+b}{c}+d`,
    'the fraction with numerator a plus b and denominator c end fraction plus d',
  ],
  ['clearspeak', String.raw`\frac{a}{b}`, 'a over b'],
  ['clearspeak', String.raw`\frac12`, 'one half'],
  ['clearspeak', String.raw`\frac{3}{4}`, 'three fourths'],
  ['clearspeak', String.raw`\frac{12}{32}`, '12 over 32'],
  ['clearspeak', String.raw`3 \frac{1}{2}`, '3 and one half'],
  ['clearspeak', String.raw`x \frac{1}{2}`, 'x times one half'],
  ['clearspeak', String.raw`\mathcal{L}\{f(t)\}`, 'the Laplace transform of f of t'],
  ['clearspeak', String.raw`\mathcal{L}^{-1}\{F\}`, 'the inverse Laplace transform of F'],
  [
    'clearspeak',
    String.raw`\mathcal{F}\{f + g\}`,
    'the Fourier transform of the quantity f plus g end quantity',
  ],
  [
    'clearspeak',
    String.raw`\frac{\frac{1}{2}}{3}`,
    'the fraction with numerator one half and denominator 3',
  ],
  [
    'clearspeak',
    String.raw`\frac{1}{\frac{a+b}{c}}`,
    'the fraction with numerator 1 and denominator the fraction with numerator a plus b and denominator c',
  ],
  [
    'clearspeak',
    String.raw`\frac{\frac{a+b}{c}}{d}+1`,
    'the fraction with numerator the fraction with numerator a plus b and denominator c and denominator d end fraction plus 1',
  ],
  ['clearspeak', String.raw`|x|`, 'the absolute value of x'],
  ['clearspeak', String.raw`|x+1|`, 'the absolute value of x plus 1 end absolute value'],
  ['clearspeak', String.raw`\sin x`, 'sine x'],
  ['clearspeak', String.raw`\sin^2 x`, 'sine squared x'],
  ['clearspeak', String.raw`\sin(x+y)`, 'the sine of open paren x plus y close paren'],
  ['clearspeak', String.raw`\cos \frac{\pi}{2}`, 'the cosine of pi over 2'],
  ['clearspeak', String.raw`\sin^{-1} x`, 'the inverse sine of x'],
  ['clearspeak', String.raw`\ln x`, 'natural log x'],
  ['clearspeak', String.raw`\log x`, 'log x'],
  ['clearspeak', String.raw`\log_2 x`, 'the log base 2 of x'],
  ['clearspeak', String.raw`\frac{dy}{dx}`, 'the derivative of y with respect to x'],
  ['clearspeak', String.raw`\frac{d^2y}{dx^2}`, 'the second derivative of y with respect to x'],
  [
    'clearspeak',
    String.raw`\frac{d}{dx}(x^2+1)`,
    'the derivative of the quantity x squared plus 1 end quantity with respect to x',
  ],
  ['clearspeak', String.raw`\int_a^b f(x)\,dx`, 'the integral from a to b of f of x d x'],
  ['clearspeak', String.raw`\int x\,dx`, 'the integral of x d x'],
  ['clearspeak', String.raw`\sum_{i=1}^n a_i`, 'the sum from i equals 1 to n of a sub i'],
  ['clearspeak', String.raw`\prod_{k=1}^{n} k`, 'the product from k equals 1 to n of k'],
  [
    'clearspeak',
    String.raw`\lim_{x\to 0} \frac{\sin x}{x}`,
    'the limit as x approaches 0 of the fraction with numerator sine x and denominator x',
  ],
  ['clearspeak', String.raw`\binom{n}{k}`, 'n choose k'],
  ['clearspeak', String.raw`x_i`, 'x sub i'],
  ['clearspeak', String.raw`x_{i+1}`, 'x sub i plus 1 end sub'],
  ['clearspeak', String.raw`x'`, 'x prime'],
  ['clearspeak', String.raw`a'_q`, 'a prime sub q'],
  ['clearspeak', String.raw`a_{q'}`, 'a sub q prime end sub'],
  ['clearspeak', String.raw`f''(x)`, 'f double prime of x'],
  ['clearspeak', String.raw`a \pm b`, 'a plus or minus b'],
  ['clearspeak', String.raw`a = b`, 'a equals b'],
  ['clearspeak', String.raw`a \neq b`, 'a is not equal to b'],
  ['clearspeak', String.raw`a \le b`, 'a is less than or equal to b'],
  ['clearspeak', String.raw`a < b < c`, 'a is less than b is less than c'],
  ['clearspeak', String.raw`p \implies q`, 'p implies q'],
  ['clearspeak', String.raw`x \in A`, 'x is a member of A'],
  ['clearspeak', String.raw`\alpha + \beta`, 'alpha plus beta'],
  ['clearspeak', String.raw`\Gamma`, 'capital gamma'],
  ['clearspeak', String.raw`2(y+1)`, '2 times the quantity y plus 1 end quantity'],
  ['clearspeak', String.raw`x^2 y^3`, 'x squared times y cubed'],
  ['clearspeak', String.raw`a-(b-c)`, 'a minus the quantity b minus c end quantity'],
  ['clearspeak', String.raw`(a-b)-c`, 'a minus b minus c'],
  ['clearspeak', String.raw`-(a+b)`, 'negative the quantity a plus b end quantity'],
  ['clearspeak', String.raw`a \cdot b`, 'a times b'],
  ['terse', String.raw`a \cdot b`, 'a dot b'],
  ['clearspeak', String.raw`2 \cdot 3`, '2 times 3'],
  ['clearspeak', String.raw`\vec{u} \cdot \vec{v}`, 'vector u dot vector v'],
  ['clearspeak', String.raw`n!`, 'n factorial'],
  ['clearspeak', String.raw`(n+1)!`, 'the quantity n plus 1 end quantity factorial'],
  ['clearspeak', String.raw`\hat{x}`, 'x hat'],
  ['clearspeak', String.raw`\mathbb{R}`, 'the real numbers'],
  ['clearspeak', String.raw`f(x)`, 'f of x'],
  ['clearspeak', String.raw`\pm x`, 'plus or minus x'],
  ['clearspeak', String.raw`x = 1, y = 2`, 'x equals 1 comma y equals 2'],
  ['clearspeak', String.raw`\infty`, 'infinity'],
  ['clearspeak', String.raw`\text{miles}`, 'miles'],
  [
    'clearspeak',
    String.raw`\begin{pmatrix}1&2\\3&4\end{pmatrix}`,
    'the 2 by 2 matrix row 1 1 comma 2 row 2 3 comma 4',
  ],
  [
    'clearspeak',
    String.raw`\begin{cases} -x & \text{if } x < 0 \\ x & \text{otherwise} \end{cases}`,
    '2 cases, Case 1: negative x if x is less than 0. Case 2: x otherwise',
  ],
  ['terse', String.raw`(a+b)^2`, 'quantity a plus b end squared'],
  ['terse', String.raw`A \subset B`, 'A subset B'],
  ['terse', String.raw`A \subseteq B`, 'A subset or equal to B'],
  ['terse', String.raw`x^2`, 'x squared'],
  ['terse', String.raw`x^5`, 'x to the fifth'],
  ['terse', String.raw`x^n`, 'x to the n'],
  ['terse', String.raw`x^{n+1}`, 'x to the quantity n plus 1'],
  ['terse', String.raw`\sqrt{x}`, 'root x'],
  ['terse', String.raw`\sqrt{x+1}`, 'root x plus 1 end root'],
  ['terse', String.raw`\frac{a}{b}`, 'a over b'],
  ['terse', String.raw`\frac{a+b}{c}`, 'fraction a plus b over c'],
  ['terse', String.raw`\frac{a+b}{c}+d`, 'fraction a plus b over c end fraction plus d'],
  ['terse', String.raw`\sum_{i=1}^n a_i`, 'sum i from 1 to n of a i'],
  ['terse', String.raw`\int_0^1 x\,dx`, 'integral from 0 to 1 of x d x'],
  ['terse', String.raw`\frac{dy}{dx}`, 'd by d x of y'],
  ['terse', String.raw`\lim_{n\to\infty} a_n`, 'limit n to infinity of a n'],
  ['terse', String.raw`x_i`, 'x i'],
  ['terse', String.raw`a \le b`, 'a at most b'],
  ['terse', String.raw`\sin^2 x`, 'sine squared x'],
  ['terse', String.raw`|x|`, 'abs x'],
  ['clearspeak', String.raw`(1,2)`, 'the point with coordinates 1 comma 2'],
  ['clearspeak', String.raw`A \cup B`, 'A union B'],
  ['clearspeak', String.raw`A \sqcup B`, 'A disjoint union B'],
  ['clearspeak', String.raw`a \equiv b \pmod{n}`, 'a is congruent to b modulo n'],
  ['clearspeak', String.raw`G \curvearrowright X`, 'G acts on X'],
  ['clearspeak', String.raw`\text{If}\textrm{ } x > 0`, 'If x is greater than 0'],
  ['terse', String.raw`x \equiv 1 \mod 12`, 'x congruent to 1 modulo 12'],
  ['terse', String.raw`A \odot B`, 'A circled dot B'],
  ['clearspeak', String.raw`30^\circ`, '30 degrees'],
  ['terse', String.raw`|x|`, 'abs x'],
  // Big operators over an index or a domain, one-sided limits, partial derivatives.
  ['clearspeak', String.raw`\sum_i a_i`, 'the sum over i of a sub i'],
  ['clearspeak', String.raw`\sum_{i \in S} x_i`, 'the sum over i in S of x sub i'],
  ['clearspeak', String.raw`\bigcup_{i=1}^{n} S_i`, 'the union from i equals 1 to n of S sub i'],
  ['clearspeak', String.raw`\max_{i} x_i`, 'the maximum over i of x sub i'],
  ['terse', String.raw`\sup_{n} a_n`, 'sup over n of a n'],
  ['clearspeak', String.raw`\oint_C f(z) \, dz`, 'the contour integral over C of f of z d z'],
  ['clearspeak', String.raw`\lim_{x \to 0^+} x`, 'the limit as x approaches 0 from the right of x'],
  [
    'clearspeak',
    String.raw`\frac{\partial f}{\partial x}`,
    'the partial derivative of f with respect to x',
  ],
  [
    'clearspeak',
    String.raw`\frac{\partial^2 f}{\partial x^2}`,
    'the second partial derivative of f with respect to x',
  ],
  // Sets by a condition, evaluation bars, probabilities with a condition.
  ['clearspeak', String.raw`\{x \mid x > 0\}`, 'the set of all x such that x is greater than 0'],
  [
    'clearspeak',
    String.raw`\left. x^2 \right|_{0}^{1}`,
    'x squared, evaluated at 1, minus the same expression evaluated at 0',
  ],
  ['clearspeak', String.raw`\left. f(x) \right|_{x=5}`, 'f of x, evaluated at x equals 5'],
  ['clearspeak', String.raw`P(A|B)`, 'the probability of A given B'],
  ['clearspeak', String.raw`f(x) g(x)`, 'f of x times g of x'],
  // Angles and lengths in parts, uncertainties, marks carried as superscripts.
  ['clearspeak', "45° 10' 20''", '45 degrees, 10 minutes, 20 seconds'],
  ['clearspeak', "16' 10''", '16 feet, 10 inches'],
  ['clearspeak', String.raw`17.2_{\pm 0.5}`, '17.2 sub plus or minus 0.5'],
  ['clearspeak', String.raw`U^\dagger`, 'U dagger'],
  ['clearspeak', String.raw`(A B)^T`, 'the quantity A B end quantity transpose'],
  ['clearspeak', String.raw`\nabla \cdot F`, 'the divergence of F'],
  ['clearspeak', String.raw`\nabla \times F`, 'the curl of F'],
  [
    'clearspeak',
    String.raw`\{x \in \mathbb{R} : x^2 = 1\}`,
    'the set of all x in the real numbers such that x squared equals 1',
  ],
  ['clearspeak', String.raw`v_0 t`, 'v sub 0 times t'],
  // A function of a coefficient product or of another function of an atom is said bare.
  ['clearspeak', String.raw`\cos 2x`, 'cosine 2 x'],
  ['clearspeak', String.raw`u \times v`, 'u cross v'],
  ['clearspeak', String.raw`X = \emptyset`, 'X equals the empty set'],
  // Units as the converter writes them.
  ['clearspeak', String.raw`9.8 \, \mathrm{m/s^{2}}`, '9.8 meters per second squared'],
  ['clearspeak', String.raw`1 \, \mathrm{kg \cdot m^{2}}`, '1 kilograms dot meters squared'],
  ['clearspeak', String.raw`5 \, \mathrm{N \, m}`, '5 newtons meters'],
  ['clearspeak', String.raw`{}_{4}P_{2}`, '4 permute 2'],
  ['clearspeak', String.raw`y \in \mathbb{Z}^{+}`, 'y is a member of the positive integers'],
  ['clearspeak', String.raw`[a, b]`, 'open bracket a comma b close bracket'],
  ['clearspeak', String.raw`|s_j|^2`, 'the absolute value of s sub j end absolute value squared'],
  ['clearspeak', String.raw`\binom{2n}{2k}`, '2 n choose 2 k'],
  [
    'clearspeak',
    String.raw`\begin{vmatrix} a & b \\ c & d \end{vmatrix}`,
    'the determinant of the 2 by 2 matrix row 1 a comma b row 2 c comma d',
  ],
  // Quantified statements, read piece by piece.
  ['clearspeak', String.raw`\forall \epsilon \exists \delta`, 'for all epsilon there exists delta'],
  [
    'clearspeak',
    String.raw`\forall \epsilon > 0 \exists \delta > 0 : |x| < \delta`,
    'for all epsilon greater than 0 there exists delta greater than 0 such that the absolute value of x is less than delta',
  ],
  ['clearspeak', String.raw`\forall x \in A, x > 0`, 'for all x in A comma x is greater than 0'],
  ['clearspeak', String.raw`\log \log n`, 'log log n'],
  [
    'clearspeak',
    String.raw`10 \sin(x + y)`,
    '10 times the sine of open paren x plus y close paren',
  ],
  ['clearspeak', String.raw`2 \sqrt{3}`, '2 times the square root of 3'],
  [
    'clearspeak',
    String.raw`x > 0 \text{ and } y > 0`,
    'x is greater than 0 and y is greater than 0',
  ],
  ['clearspeak', String.raw`\Omega_{m0}`, 'capital omega sub m 0 end sub'],
  // An event that is a relation is said as a clause.
  ['clearspeak', 'P(X = k) = 0.5', 'the probability that X equals k equals 0.5'],
  // −π/8 is said so that the sign cannot be read into the numerator.
  [
    'clearspeak',
    String.raw`-\frac{\pi}{8}`,
    'negative the fraction with numerator pi and denominator 8',
  ],
  [
    'clearspeak',
    String.raw`\{ n \notin B : n > 2 \}`,
    'the set of all n not in B such that n is greater than 2',
  ],
  // \arctan and tan⁻¹ are written apart and said apart.
  ['clearspeak', String.raw`\arctan \frac{y}{x}`, 'the arctangent of y over x'],
  ['clearspeak', String.raw`\tan^{-1} x`, 'the inverse tangent of x'],
  // After a letter's application, a named function is said with "of" so that it is not read into it.
  ['clearspeak', String.raw`f(x) \sin x`, 'f of x times the sine of x'],
  ['clearspeak', "f'(x) g'(x)", 'f prime of x times g prime of x'],
  [
    'clearspeak',
    String.raw`\begin{cases} t & \text{for } t < 1 \\ 0 & \text{otherwise} \end{cases}`,
    '2 cases, Case 1: t for t is less than 1. Case 2: 0 otherwise',
  ],
  // Rows one under the other are lines, with their labels and annotations.
  [
    'clearspeak',
    String.raw`\begin{aligned} \text{Step 1}: a &= b \\ x &= 2 & \text{if } y > 0 \end{aligned}`,
    '2 lines, Line 1: Step 1 colon a equals b. Line 2: x equals 2 if y is greater than 0',
  ],
  ['clearspeak', String.raw`x = 1 \\ y = 2`, '2 lines, Line 1: x equals 1. Line 2: y equals 2'],
  ['clearspeak', 'x = 1, y = 2', 'x equals 1 comma y equals 2'],
  // A number keeps the digits written: trailing zeros say how precise it is.
  ['clearspeak', '2.34_{-1.40}^{+1.35}', '2.34 sub negative 1.40 superscript plus 1.35'],
  ['clearspeak', String.raw`N \lhd G`, 'N is a normal subgroup of G'],
  ['clearspeak', String.raw`u \perp v`, 'u is perpendicular to v'],
  // A big operator written without a body is said without one.
  ['clearspeak', String.raw`\sum_{i=1}^{n}`, 'the sum from i equals 1 to n'],
  ['clearspeak', String.raw`\bigcup_{i}`, 'the union over i'],
  // Geometry: the vertices said one by one.
  [
    'clearspeak',
    String.raw`m\angle ABC = 30^\circ`,
    'the measure of angle A B C equals 30 degrees',
  ],
  ['clearspeak', String.raw`\triangle ABC`, 'triangle A B C'],
  [
    'clearspeak',
    String.raw`\text{If } x > 0 \text{ then } x^2 > 0 \text{ holds}.`,
    'If x is greater than 0 then x squared is greater than 0 holds',
  ],
  // An accent over a scripted symbol is set apart by a pause, as ClearSpeak says it.
  ['clearspeak', String.raw`\bar{f_1}`, 'f sub 1, bar'],
  ['clearspeak', String.raw`\hat{x_i} + 1`, 'x sub i, hat plus 1'],
  ['clearspeak', String.raw`\iint_D f \, dA`, 'the double integral over D of f d A'],
  [
    'clearspeak',
    String.raw`\iiint \rho \, dx \, dy \, dz`,
    'the triple integral of rho d x d y d z',
  ],
  ['clearspeak', '{}_{a}^{b}x_{c}^{d}', 'left sub a left super b x sub c to the d-th power'],
  // A subscript before a list's comma is closed unless the next item has its own.
  ['clearspeak', 'a = x_i, b = 2', 'a equals x sub i end sub comma b equals 2'],
  ['clearspeak', 'x_1, x_2', 'x sub 1 comma x sub 2'],
  ['clearspeak', String.raw`20\%`, '20 percent'],
  ['clearspeak', String.raw`\arg\min_{x \in S} g(x)`, 'the arg min over x in S of g of x'],
  // A division is said as written: a slash, a division sign, a fraction.
  ['clearspeak', '(a+b)/c', 'the quantity a plus b end quantity slash c'],
  ['clearspeak', String.raw`7 \div 2`, '7 divided by 2'],
  [
    'clearspeak',
    String.raw`\frac{x/2}{3}`,
    'the fraction with numerator x slash 2 and denominator 3',
  ],
  ['terse', 'a/b', 'a slash b'],
  // A symbol before parentheses is applied to them; a lowercase one before a compound is a factor.
  ['clearspeak', 'P(A) P(B)', 'P of A P of B'],
  ['clearspeak', String.raw`\ln \Gamma(z)`, 'the natural log of capital gamma of z'],
  ['clearspeak', String.raw`O(n \log n)`, 'O of open paren n times log n close paren'],
  ['clearspeak', 'F(q_L(u))', 'F of open paren q sub L of u close paren'],
  ['clearspeak', 'x (y z)', 'x times the quantity y z end quantity'],
  ['clearspeak', String.raw`\alpha(1 + x)`, 'alpha times the quantity 1 plus x end quantity'],
  [
    'clearspeak',
    String.raw`\phi(x | M, \Sigma)`,
    'phi of open paren x given M comma capital sigma close paren',
  ],
];

/** LaTeX the reader must decline (with a reason), never throwing. */
const UNSUPPORTED: string[] = [
  String.raw`\frac{a}{`,
  String.raw``,
  String.raw`\bmod`,
  String.raw`\undefinedcommand{x}`,
  String.raw`\frac{a}{b`,
  String.raw`x^`,
  // Notation the parser keeps without words in the lexicon: refused, never spelt out as names.
  String.raw`u(t, \cdot)`,
  String.raw`\sim 60`,
];

const functions = new Set(['f']);

describe('readAloud: LaTeX → English', () => {
  for (const [style, latex, expected] of CASES) {
    it(`${style}: ${latex}`, () => {
      assert.deepEqual(readAloud(latex, { style, functions }), { text: expected });
    });
  }
});

describe('readAloud: unsupported input', () => {
  for (const latex of UNSUPPORTED) {
    it(JSON.stringify(latex), () => {
      const result = readAloud(latex);
      assert.ok('unsupported' in result, JSON.stringify(result));
    });
  }
});

describe('readAloud: defaults', () => {
  it('uses the clearspeak style, reads f(x) and a(x) as applications, a(x + 1) as a product', () => {
    assert.deepEqual(readAloud(String.raw`\frac{1}{2}`), { text: 'one half' });
    assert.deepEqual(readAloud('f(x)'), { text: 'f of x' });
    assert.deepEqual(readAloud('a(x)'), { text: 'a of x' });
    assert.deepEqual(readAloud('a(x + 1)'), { text: 'a times the quantity x plus 1 end quantity' });
  });
});

describe('readAloud: long formulas', () => {
  it('reads a sum of 300 terms well within a second (the reading grew cubically once)', () => {
    const terms = Array.from({ length: 300 }, (_, i) => String.raw`P(x_{${i}}) + f(g(y))/2`);
    const started = performance.now();
    const read = readAloud(terms.join(' + '));
    const elapsed = performance.now() - started;
    assert.ok('text' in read && read.text.startsWith('P of x sub 0 plus'), JSON.stringify(read));
    assert.ok(elapsed < 1000, `${elapsed.toFixed(0)} ms`);
  });
});
