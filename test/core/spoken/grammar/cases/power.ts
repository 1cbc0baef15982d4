import type { GoldenCase } from '../../golden';

export const powerCases: GoldenCase[] = [
  // "raised to the" with its end said later: the end closes the exponent.
  ['x raised to the n plus 1 end exponent plus 2', 'x^{n+1} + 2'],
  ['x squared', 'x^2'],
  // A symbol with a power of its own ends a bare exponent: it is the next factor.
  [
    'lambda to the k e to the negative lambda all over k factorial',
    String.raw`\frac{\lambda^k e^{-\lambda}}{k!}`,
  ],
  ['x to the n y to the m', 'x^n y^m'],
  ['x cubed', 'x^3'],
  ['squared', String.raw`\text{squared}`],
  ['a plus b, all squared', '(a + b)^2'],
  ['a plus b, all to the n', '(a + b)^n'],
  [
    'the limit as x approaches infinity of one plus one over x all to the x',
    String.raw`\lim_{x \to \infty} \left(1 + \frac{1}{x}\right)^x`,
  ],
  ['y equals a minus b all cubed', 'y = (a - b)^3'],
  // A power of a raised symbol takes parentheses.
  ['U dagger to the power of n', String.raw`(U^\dagger)^n`],
  ['v star sub t squared', '(v_t^*)^2'],
  ['x squared plus y squared', 'x^2 + y^2'],
  // A power right after a number offsetting a letter raises the offset sum; squares still add.
  ['x minus 2 cubed plus c', '(x-2)^3 + c'],
  ['x minus 2 to the power of 3 plus c', '(x-2)^3 + c'],
  ['a squared plus 3 squared', 'a^2 + 3^2'],
  ['3 plus 4 squared', '3 + 4^2'],
  ['2 x squared', '2x^2'],
  ['x to the n', 'x^n'],
  ['H to the L-th power', 'H^L'],
  ['e to the x', 'e^x'],
  ['e to the x plus 1', 'e^x + 1'],
  // Pauses inside "raised to the … power" join what they separate.
  ['e raised to the negative one half, x squared power', String.raw`e^{-\frac{1}{2} x^2}`],
  // "to the" before a named set is the arrow of a map.
  ['f maps the reals to the reals', String.raw`f : \mathbb{R} \to \mathbb{R}`],
  ['f maps the integers to the natural numbers', String.raw`f : \mathbb{Z} \to \mathbb{N}`],
  ['e to the minus x squared', 'e^{-x^2}'],
  ['x to the fifth', 'x^5'],
  ['x to the fifth power', 'x^5'],
  ['x to the n-th power', 'x^n'],
  ['x to the second', 'x^2'],
  ['3 to the 0 power', '3^0'],
  ['3 to the negative 2 power', '3^{-2}'],
  ['x raised to the y plus 2 power', 'x^{y+2}'],
  ['x to the power of n', 'x^n'],
  ['10 to the power of negative 5', '10^{-5}'],
  ['x to the power of n plus 1', 'x^{n+1}'],
  ['x to the power of 2, plus 1', 'x^2 + 1'],
  ['e raised to the exponent, negative x squared, end exponent', 'e^{-x^2}'],
  ['2 raised to the exponent, x plus 1, end exponent, plus 3', '2^{x+1} + 3'],
  ['x Superscript 2 Baseline', 'x^2'],
  ['x Superscript 2 Baseline plus 1', 'x^2 + 1'],
  ['e Superscript negative x Baseline', 'e^{-x}'],
  ['x Subscript i Superscript 2 Baseline', 'x_i^2'],
  ['the fifth power of x', 'x^5'],
  ['2 x, squared', '(2x)^2'],
  ['open paren, x plus 1, close paren, squared', '(x+1)^2'],
  ['one half to the fourth power', String.raw`\left(\frac{1}{2}\right)^4`],
  ['x squared, y cubed', 'x^2 y^3'],
  ['a plus b squared', 'a + b^2'],
  ['5 raised to the exponent, y raised to the power 3, end exponent, minus 4', '5^{y^{3}} - 4'],
  ['2 raised to the power n plus 1, end exponent, plus 3', '2^{n+1} + 3'],
  // After an index letter, a number added is the exponent's: power rules and series.
  ['n x to the n minus one', 'n x^{n-1}'],
  // Another index letter said last is the offset too, as in the binomial theorem.
  ['x to the n minus k y to the k', 'x^{n-k} y^k'],
  ['x to the n minus k squared', 'x^n - k^2'],
  // Only a function's letter is raised before "of": "e to the g of x" raises e to g(x).
  ['e to the g of x', 'e^{g(x)}'],
  ['a to the phi of n', String.raw`a^{\phi(n)}`],
  // The modulus of a congruence is an exponent's index too (Fermat's little theorem).
  ['a to the p minus 1 is congruent to 1 mod p', String.raw`a^{p-1} \equiv 1 \pmod{p}`],
  ['a sub n equals r to the n minus 1', 'a_n = r^{n-1}'],
  ['e to the x plus 1', 'e^x + 1'],
  // Pauses inside "raised to the … power" join what they separate.
  ['e raised to the negative one half, x squared power', String.raw`e^{-\frac{1}{2} x^2}`],
];
