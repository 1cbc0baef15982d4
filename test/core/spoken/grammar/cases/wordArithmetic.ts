import type { GoldenCase } from '../../golden';

export const wordArithmeticCases: GoldenCase[] = [
  ['the difference of a and b', String.raw`a - b`],
  ['the difference between x squared and y squared', String.raw`x^2 - y^2`],
  ['the quotient of x plus 1 and x minus 1', String.raw`\frac{x + 1}{x - 1}`],
  ['the ratio of a to b', String.raw`\frac{a}{b}`],
  // "to the" inside a ratio is still a power.
  ['the ratio of x to the n to y', String.raw`\frac{x^n}{y}`],
  ['the average of x and y', String.raw`\frac{x + y}{2}`],
  ['the product of a and b', String.raw`a \cdot b`],
  ['the square of x', String.raw`x^2`],
  // One operand, as a function's: the sum's sign ends it.
  ['the square of x plus 1', String.raw`x^2 + 1`],
  ['the square of a b', String.raw`(a b)^2`],
  ['the square of the sum of a and b', String.raw`(a + b)^2`],
  ['the cube of x', String.raw`x^3`],
  ['the reciprocal of x', String.raw`\frac{1}{x}`],
  ['the reciprocal of n factorial', String.raw`\frac{1}{n!}`],
  ['twice x plus 1', String.raw`2 x + 1`],
  ['twice the square root of x', String.raw`2 \sqrt{x}`],
  ['twice the difference of a and b', String.raw`2 (a - b)`],
  ['half of x', String.raw`\frac{1}{2} x`],
  ['y equals the average of a and b', String.raw`y = \frac{a + b}{2}`],
  // A share of something is a product.
  ['y equals six minus three fourths of x', String.raw`y = 6 - \frac{3}{4} x`],
  ['20 percent of x', String.raw`20\% x`],
  ['one half of m v squared', String.raw`\frac{1}{2} m v^2`],
];
