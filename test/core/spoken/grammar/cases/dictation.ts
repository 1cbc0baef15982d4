import type { GoldenCase } from '../../golden';

/** Natural dictation (lectures, language-model transcripts): one row per construct or word it added. */
export const dictationCases: GoldenCase[] = [
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
  // "is" before words only is prose, not an equality.
  ['the norm of x minus y is small', String.raw`\|x - y\| \text{ is small}`],
  ['x is an even number', String.raw`x \text{ is an even number}`],
  // …and before a word of prose it is prose up to the math.
  ['f is not continuous at 0', String.raw`f \text{ is not continuous at } 0`],
  ['x is a number', String.raw`x \text{ is a number}`],
  // "is positive", "is negative" say the whole comparison; "is negative 2" is a value.
  ['x is negative', 'x < 0'],
  ['x is negative 2', 'x = -2'],
  ['x is nonnegative and y is positive', String.raw`x \geq 0 \text{ and } y > 0`],
  ['x is not 0', String.raw`x \neq 0`],
  ['n is prime', String.raw`n \text{ is prime}`],
  ['x is 5', 'x = 5'],
  ['curly brace x comma y curly brace', String.raw`\{x, y\}`],
  // The plural names both braces, around what follows up to a relation.
  ['curly braces a, b, c', String.raw`\{a, b, c\}`],
  [
    'curly braces i, ellipsis, j, subset, curly braces 1, ellipsis, n',
    String.raw`\{i, \ldots, j\} \subset \{1, \ldots, n\}`,
  ],
  // Vocabulary.
  ['math frak B', String.raw`\mathfrak{B}`],
  ['math script C', String.raw`\mathscr{C}`],
  ['cal L', String.raw`\mathcal{L}`],
  ['big O of k squared', 'O(k^2)'],
  ['0 is less than eta which is less than 1', String.raw`0 < \eta < 1`],
  ['a is smaller than b', 'a < b'],
  ['lambda is approximately less than or equal to 1', String.raw`\lambda \lesssim 1`],
  ['x is less than or approximately equal to 5', String.raw`x \lesssim 5`],
  // A number's unit is set off by a thin space: math mode would write "2miles".
  ['2 miles over 3 gallons', String.raw`\frac{2 \, \text{miles}}{3 \, \text{gallons}}`],
  // A word of prose after a symbol, or a connective after a number, ends a fraction's side.
  ['twelve minus 2x over 3 for x greater than 3', String.raw`12 - \frac{2x}{3} \text{ for } x > 3`],
  ['an n by n matrix', String.raw`n \times n \text{ matrix}`],
  [
    'successful outcomes over total outcomes',
    String.raw`\frac{\text{successful outcomes}}{\text{total outcomes}}`,
  ],
  ['miles over gallon', String.raw`\frac{\text{miles}}{\text{gallon}}`],
  // A negation between words is the word.
  ['the series does not converge', String.raw`\text{series does not converge}`],
  ['F equals m multiplied by a', 'F = m a'],
  ['union from i equals 0 to b of Y sub i', String.raw`\bigcup_{i=0}^{b} Y_i`],
  ['product over v of A sub v', String.raw`\prod_{v} A_v`],
  ['sum over ell greater than or equal to 1, P sub ell', String.raw`\sum_{\ell \geq 1} P_\ell`],
  ['degree of v', String.raw`\deg v`],
  ['F sub 0, colon R', 'F_0 : R'],
  ['f, colon, A, arrow, B', String.raw`f : A \to B`],
  // The pauses around a spoken semicolon are part of saying it.
  ['H of R cubed, semicolon, C four', String.raw`H(\mathbb{R}^3; C_4)`],
  // A capitalised Greek name whose capital is a Latin letter is the small letter.
  ['U times Rho sub 0', String.raw`U \rho_0`],
  ['upper Rho', 'P'],
  // "fraction … divided by …" says where the numerator ends.
  ['fraction a plus 2 b divided by h squared', String.raw`\frac{a + 2 b}{h^2}`],
  // "f maps G to H" is f : G → H.
  ['f maps G to H', String.raw`f : G \to H`],
  // A list said with pauses may end with "and".
  ['the set containing u, v, and w', String.raw`\{u, v, w\}`],
  // A product with another named function ends the argument of "of".
  ['cosine of 2 phi times cosine of phi', String.raw`\cos 2\phi \cos \phi`],
  ['x hat y', String.raw`\hat{x} y`],
  // A list with an ellipsis is written with commas, even where other commas are pauses.
  [
    'open parenthesis mu sub 1, mu sub 2, dot dot dot, mu sub n close parenthesis, squared',
    String.raw`(\mu_1, \mu_2, \ldots, \mu_n)^2`,
  ],
  // A list as the lower limit of "over", when "of" says where the limit ends.
  ['the sum over j, k of mu sub i j', String.raw`\sum_{j,k} \mu_{ij}`],
  ['alpha, left-right arrow, gamma', String.raw`\alpha \leftrightarrow \gamma`],
  // Arguments of a named function said with "of" may be a comma list.
  ['gcd of k, q', String.raw`\gcd(k, q)`],
  // "the set of" a named set is that set.
  ['n belongs to the set of positive natural numbers', String.raw`n \in \mathbb{N}^{+}`],
  ['the set of integers', String.raw`\mathbb{Z}`],
  ['the set of x such that x is positive', String.raw`\{x : x > 0\}`],
  ['x is non-negative', String.raw`x \geq 0`],
  // "given" is a bar.
  ['f sub one of dot given s sub i', String.raw`f_1(\cdot | s_i)`],
  // What a speech recogniser writes for numbers and names heard as words.
  ['eggs squared minus for equals zero', 'x^2 - 4 = 0'],
  ['C equals 2 pie are', String.raw`C = 2 \pi r`],
  ['Some from I equals one to N of I', String.raw`\sum_{I = 1}^{N} I`],
  ['Co-sign of pie equals negative one', String.raw`\cos \pi = -1`],
  ['DY DX equals 3 x squared', String.raw`\frac{dy}{dx} = 3x^2`],
  // A speaker's opening word is dropped; "is about" is ≈.
  ['Um so f of x equals x cubed minus 4 x', 'f(x) = x^3 - 4x'],
  ['The square root of 2 is about 1.414', String.raw`\sqrt{2} \approx 1.414`],
  ['the square root of b squared minus 4ac', String.raw`\sqrt{b^2 - 4ac}`],
];
