import type { GoldenCase } from '../../golden';

export const arithmeticCases: GoldenCase[] = [
  // A mixed number said with digits, as ClearSpeak says it.
  ['5 and, 3 over 224', String.raw`5\frac{3}{224}`],
  ['2 and 1 over 3 plus 1', String.raw`2\frac{1}{3} + 1`],
  // A pause after a sign widens it over a postfix said after the next pause.
  ['negative, 2 x, squared', '-(2x)^2'],
  ['negative 2 x, squared', '(-2x)^2'],
  // An equation to be checked: ClearSpeak's words for =?.
  ['x plus 2 equals sign with question mark over it 4', String.raw`x + 2 \overset{?}{=} 4`],
  ['x plus y', 'x + y'],
  ['x minus y', 'x - y'],
  ['a plus b minus c', 'a + b - c'],
  ['2 times 3', String.raw`2 \times 3`],
  // A number before a fraction of numbers is a product, not a mixed number; a chain of products keeps its sign.
  ['2 times one half', String.raw`2 \times \frac{1}{2}`],
  [
    'one half times one half times pi times 2',
    String.raw`\frac{1}{2} \times \frac{1}{2} \times \pi \times 2`,
  ],
  ['6 times left parenthesis negative 5 right parenthesis', String.raw`6 \times (-5)`],
  ['2 times x', '2x'],
  ['4 x squared take away 25', '4x^2 - 25'],
  // Fractions of numbers and powers of numbers are numbers too.
  ['2.5 times 10 to the power of 6', String.raw`2.5 \times 10^6`],
  ['three fifths times one eighth', String.raw`\frac{3}{5} \times \frac{1}{8}`],
  ['one half times x', String.raw`\frac{1}{2} x`],
  ['a times b', 'a b'],
  // A sign or a number after "times" is not juxtaposed: a − 1 would be a difference, a 4 reads a4.
  ['a times negative 1', 'a (-1)'],
  ['x times negative 2 y', 'x (-2 y)'],
  ['a times 4', String.raw`a \times 4`],
  ['x squared times 3', String.raw`x^2 \times 3`],
  ['K times two to the power of s', String.raw`K \times 2^s`],
  ['x times, y z', 'x (y z)'],
  ['f of x, times, g of x', 'f(x) g(x)'],
  ['a cross b', String.raw`a \times b`],
  ['a dot b', String.raw`a \cdot b`],
  ['negative x', '-x'],
  ['negative 2 x', '-2x'],
  ['minus b', '-b'],
  ['2 plus negative 2', '2 + (-2)'],
  // A power of a signed number is the number's, as in alternating series; of a letter, not.
  ['negative one to the n', '(-1)^n'],
  ['negative ten to the power of negative two', '-10^{-2}'],
  ['the sum of minus one to the k over k', String.raw`\sum \frac{(-1)^k}{k}`],
  ['negative one to the n x to the two n', '(-1)^n x^{2n}'],
  // A sum said from 1 after "times" or a bare "to the" is the factor or exponent whole.
  [
    'V naught times one minus e to the minus t over R C',
    String.raw`V_0 \left(1 - e^{-\frac{t}{RC}}\right)`,
  ],
  [
    'A equals P times one plus r over n, raised to the n t',
    String.raw`A = P \left(1 + \frac{r}{n}\right)^{nt}`,
  ],
  ['L to the one minus alpha', String.raw`L^{1 - \alpha}`],
  ['3 times 1 plus 2', String.raw`3 \times 1 + 2`],
  // "n times n" would be said "n squared": the letter's own sum is the factor.
  ['n times n plus 1, all over 2', String.raw`\frac{n(n + 1)}{2}`],
  ['x times y plus 1', 'xy + 1'],
  // A capital's subscript takes no offset: T_C + 32.
  ['nine fifths T sub C plus 32', String.raw`\frac{9}{5} T_C + 32`],
  ['negative x squared', '-x^2'],
  // "minus" before a quotient is the quotient's sign; ClearSpeak's "negative" is the numerator's.
  ['minus h bar squared over 2 m', String.raw`-\frac{\hbar^2}{2m}`],
  ['negative x over y', String.raw`\frac{-x}{y}`],
  ['x to the negative 1 over 2', String.raw`x^{-\frac{1}{2}}`],
  // …but a division by a factorial divides the term, as a distribution's term is written.
  [
    'lambda to the k e to the minus lambda over k factorial',
    String.raw`\frac{\lambda^k e^{-\lambda}}{k!}`,
  ],
  // After a pause the sign takes the whole quotient; without one, the numerator.
  ['negative, pi over 8', String.raw`-\frac{\pi}{8}`],
  ['negative pi over 8', String.raw`\frac{-\pi}{8}`],
  ['a plus or minus b', String.raw`a \pm b`],
  ['plus or minus the square root of 2', String.raw`\pm \sqrt{2}`],
  ['x equals positive or negative 2', String.raw`x = \pm 2`],
  ['c sub i raised to the positive or negative power', String.raw`c_{i}^{\pm}`],
  ['3 minus or plus 2', String.raw`3 \mp 2`],
  ['x equals 1', 'x = 1'],
  ['x is equal to y', 'x = y'],
  ['x is less than y', 'x < y'],
  ['x is less than or equal to y', String.raw`x \leq y`],
  ['x is greater than or equal to 0', String.raw`x \geq 0`],
  ['x does not equal y', String.raw`x \neq y`],
  ['a does not divide b', String.raw`a \nmid b`],
  ['A does not contain as member z', String.raw`A \not\ni z`],
  ['a is less than or equal to b equals c', String.raw`a \leq b = c`],
  // Two relations that share the term said around "and" are one chain.
  ['0 is less than t and t is less than or equal to T', String.raw`0 < t \leq T`],
  ['a less than b and b less than c and c less than d', 'a < b < c < d'],
  ['x is greater than 0 and y is greater than 0', String.raw`x > 0 \text{ and } y > 0`],
  ['A right arrow B and B right arrow C', String.raw`A \rightarrow B \text{ and } B \rightarrow C`],
  ['pi is approximately 3.14', String.raw`\pi \approx 3.14`],
  ['a is congruent to b', String.raw`a \equiv b`],
  // Relations typed among the words.
  ['x >= 0 and y is positive', String.raw`x \geq 0 \text{ and } y > 0`],
  ['x != y', String.raw`x \neq y`],
  ['A => B', String.raw`A \implies B`],
  // Figures are congruent as ≅.
  ['triangle A B C is congruent to triangle D E F', String.raw`\triangle ABC \cong \triangle DEF`],
  ['angle A is congruent to angle B', String.raw`\angle A \cong \angle B`],
  ['segment A B is congruent to segment C D', String.raw`\bar{AB} \cong \bar{CD}`],
  ['x bar is congruent to y', String.raw`\bar{x} \equiv y`],
  // The modulus of a congruence is written (mod n); elsewhere "mod" is the operation.
  ['a is congruent to b mod n', String.raw`a \equiv b \pmod{n}`],
  ['17 mod 5 equals 2', String.raw`17 \bmod 5 = 2`],
  ['x is proportional to y', String.raw`x \propto y`],
  ['p implies q', String.raw`p \implies q`],
  // "then" implies, except as the word of an "if … then" sentence.
  ['x is positive then y is positive', String.raw`x > 0 \implies y > 0`],
  ['then x equals 2', String.raw`\text{then } x = 2`],
  // Membership said with a noun or an adjective is the whole comparison.
  ['where x is a real number', String.raw`\text{where } x \in \mathbb{R}`],
  ['n is an integer', String.raw`n \in \mathbb{Z}`],
  [
    'x is real and y is a positive integer',
    String.raw`x \in \mathbb{R} \text{ and } y \in \mathbb{Z}^{+}`,
  ],
  // Hesitations are dropped.
  ['um x squared plus uh y squared', 'x^2 + y^2'],
  [
    'If x is a member of the integers then 2 x, is an even number',
    String.raw`\text{If } x \in \mathbb{Z} \text{ then } 2x \text{ is an even number}`,
  ],
  ['p if and only if q', String.raw`p \iff q`],
  // Near other logic, "and" and "or" are ∧ and ∨; between statements they are words.
  ['not p or q', String.raw`\neg p \lor q`],
  ['p and q implies p', String.raw`p \land q \implies p`],
  ['x is not positive and y is negative', String.raw`x \leq 0 \text{ and } y < 0`],
  ['x is between 0 and 1', '0 < x < 1'],
  // A second bound said without its subject bounds the same quantity from the other side.
  ['n is at least 1 and at most 10', String.raw`1 \leq n \leq 10`],
  ['x is greater than 0 and less than 1', '0 < x < 1'],
  ['x is less than 5 and greater than negative 5', '-5 < x < 5'],
  ['x is greater than 0 and y is less than 1', String.raw`x > 0 \text{ and } y < 1`],
  // A predicate said of a formula is prose.
  ['n is even', String.raw`n \text{ is even}`],
  // A condition word that starts a connective makes no cases.
  ['x is in B if and only if x is in A', String.raw`x \in B \iff x \in A`],
  ['f maps to g', String.raw`f \mapsto g`],
  ['x goes to infinity', String.raw`x \to \infty`],
  ['x sub n converges to x', String.raw`x_n \to x`],
  ['twenty five', '25'],
  ['one thousand two hundred', '1200'],
  ['zero point zero six', '0.06'],
  ['point five', '0.5'],
  ['three and one half', String.raw`3 \frac{1}{2}`],
  ['x equals two and a half', String.raw`x = 2 \frac{1}{2}`],
  // "a third" is a fraction before "of" or at the end; before a noun it may be the ordinal.
  ['a third of x', String.raw`\frac{1}{3} x`],
  ['the ratio equals a fifth', String.raw`\text{ratio} = \frac{1}{5}`],
  ['102 plus 2,214', '102 + 2,214'],
  [
    'x equals minus b plus or minus the square root of b squared minus four a c, all over two a',
    String.raw`x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}`,
  ],
];
