import type { GoldenCase } from '../../golden';

/** Natural dictation (lectures, language-model transcripts): one row per construct or word it added. */
export const dictationCases: GoldenCase[] = [
  // Exponents of "to the power of" without "end exponent": sums of letters, not products or relations.
  ['C to the power of d minus p minus 1', 'C^{d-p-1}'],
  ['x to the power of 2 minus 9', 'x^2 - 9'],
  ['U to the power of n times rho sub 0', String.raw`U^n \rho_0`],
  ['x to the power of n is less than 1', 'x^n < 1'],
  ['x to the power of src', 'x^{src}'],
  // Marks said after a symbol.
  ['A star sub q', 'A^{*}_q'],
  ['U dagger', String.raw`U^{\dagger}`],
  ['M transpose', 'M^{T}'],
  // "dot dot dot" is an ellipsis, not three dot accents.
  ['t equals one, dot dot dot, T', String.raw`t = 1, \ldots, T`],
  // After a pause, an accent word before an operand is the prefix accent or the relation.
  [
    'open parenthesis, tilde k sub x, comma, tilde k sub y, close parenthesis',
    String.raw`(\tilde{k}_x, \tilde{k}_y)`,
  ],
  ['d, arrow s', String.raw`d \to s`],
  // Groups said without their end stop at a relation, and before a sum with the same group.
  ['absolute value of V equals N', '|V| = N'],
  ['absolute value of V plus absolute value of E', '|V| + |E|'],
  ['the norm of x minus y is small', String.raw`\|x - y\| = \text{small}`],
  ['curly brace x comma y curly brace', String.raw`\{x, y\}`],
  // Vocabulary.
  ['math frak B', String.raw`\mathfrak{B}`],
  ['math script C', String.raw`\mathscr{C}`],
  ['cal L', String.raw`\mathcal{L}`],
  ['big O of k squared', 'O(k^2)'],
  ['0 is less than eta which is less than 1', String.raw`0 < \eta < 1`],
  ['a is smaller than b', 'a < b'],
  ['lambda is approximately less than or equal to 1', String.raw`\lambda \lesssim 1`],
  ['F equals m multiplied by a', 'F = m a'],
  ['union from i equals 0 to b of Y sub i', String.raw`\bigcup_{i=0}^{b} Y_i`],
  ['product over v of A sub v', String.raw`\prod_{v} A_v`],
  ['sum over ell greater than or equal to 1, P sub ell', String.raw`\sum_{\ell \geq 1} P_\ell`],
  ['degree of v', String.raw`\deg v`],
  ['F sub 0, colon, R', 'F_0 : R'],
  // A capitalised Greek name whose capital is a Latin letter is the small letter.
  ['U times Rho sub 0', String.raw`U \rho_0`],
  ['upper Rho', 'P'],
  // "fraction … divided by …" says where the numerator ends.
  ['fraction a plus 2 b divided by h squared', String.raw`\frac{a + 2 b}{h^2}`],
  // Dirac notation.
  ['psi sub 3, ket', String.raw`|\psi_3\rangle`],
  ['ket psi', String.raw`|\psi\rangle`],
  ['bra phi', String.raw`\langle\phi|`],
  // "f maps G to H" is f : G → H.
  ['f maps G to H', String.raw`f : G \to H`],
  // A list said with pauses may end with "and".
  ['the set containing u, v, and w', String.raw`\{u, v, w\}`],
  // A function name as a script is its name; "of" after it applies the scripted symbol.
  ['sigma sub max of K of v', String.raw`\sigma_{\max}(K(v))`],
  // A product with another named function ends the argument of "of".
  ['cosine of 2 phi times cosine of phi', String.raw`\cos 2\phi \cos \phi`],
  // "subscript" after an exponent is the base's subscript.
  ['P to the power of x subscript a', 'P^x_a'],
  // A mark after a superscript joins it.
  ['n superscript J star', 'n^{J*}'],
  // A dictated script may start with a sign; "sub" after an exponent is the base's subscript.
  ['17.2 sub plus or minus 0.5', String.raw`17.2_{\pm 0.5}`],
  ['1.03 sub minus 0.16 superscript plus 0.16', '1.03_{-0.16}^{+0.16}'],
  ['m raised to the power of x sub r', 'm^x_r'],
  ['sigma sub psi to the power of m sub psi minus k', String.raw`\sigma_\psi^{m_\psi - k}`],
  ['U perpendicular', String.raw`U^{\perp}`],
  // A prefix accent word after a scripted symbol accents the next symbol.
  ['tilde U sub i tilde Lambda sub i', String.raw`\tilde{U}_i \tilde{\Lambda}_i`],
  ['x hat y', String.raw`\hat{x} y`],
  // A list with an ellipsis is written with commas, even where other commas are pauses.
  [
    'open parenthesis mu sub 1, mu sub 2, dot dot dot, mu sub n close parenthesis, squared',
    String.raw`(\mu_1, \mu_2, \ldots, \mu_n)^2`,
  ],
  // "of" after a dictated exponent applies the base, unless the exponent is a function letter.
  ['H raised to the power of L of t', 'H^L(t)'],
  ['C to the power of 0 comma alpha of Omega', String.raw`C^{0,\alpha}(\Omega)`],
  ['e to the power of f of x', 'e^{f(x)}'],
  // A list as the lower limit of "over", when "of" says where the limit ends.
  ['the sum over j, k of mu sub i j', String.raw`\sum_{j,k} \mu_{ij}`],
  ['T sub b b bar u bar d', String.raw`T_{bb\bar{u}\bar{d}}`],
  ['alpha, left-right arrow, gamma', String.raw`\alpha \leftrightarrow \gamma`],
  // Arguments of a named function said with "of" may be a comma list.
  ['gcd of k, q', String.raw`\gcd(k, q)`],
  // Typed "_" and "^" take one symbol or a braced group, as in TeX.
  ['a_n z^n', 'a_n z^n'],
  ['a_{n+1} over a_n', String.raw`\frac{a_{n+1}}{a_n}`],
  ['x^2 + 1', 'x^2 + 1'],
  // "the set of" a named set is that set.
  ['n belongs to the set of positive natural numbers', String.raw`n \in \mathbb{N}^{+}`],
  ['the set of integers', String.raw`\mathbb{Z}`],
  ['the set of x such that x is positive', String.raw`\{x : x > 0\}`],
  ['x is non-negative', String.raw`x \geq 0`],
  // Index lists after a dictated exponent; "given" is a bar.
  ['omega sub j to the power of mu, sigma', String.raw`\omega_j^{\mu,\sigma}`],
  ['f sub one of dot given s sub i', String.raw`f_1(\cdot | s_i)`],
];
