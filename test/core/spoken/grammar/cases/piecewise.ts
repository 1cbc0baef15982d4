import type { GoldenCase } from '../../golden';

/** Cases said as people dictate them: values with conditions, joined by pauses or "and". */
export const piecewiseCases: GoldenCase[] = [
  // A value that is a sum is a branch whole.
  [
    'f of x equals x squared plus 2 for x less than 0 and the absolute value of x minus 2 for x greater than or equal to 0',
    String.raw`f(x) = \begin{cases} x^2 + 2 & \text{for } x < 0 \\ |x - 2| & \text{for } x \geq 0 \end{cases}`,
  ],
  [
    'x plus 2 if x is less than 0, and 3 otherwise',
    String.raw`\begin{cases} x + 2 & \text{if } x < 0 \\ 3 & \text{otherwise} \end{cases}`,
  ],
  ['x plus 2 if y equals 2', String.raw`x + 2 \text{ if } y = 2`],
  [
    'f of x equals x squared if x is less than 0 and x otherwise',
    String.raw`f(x) = \begin{cases} x^2 & \text{if } x < 0 \\ x & \text{otherwise} \end{cases}`,
  ],
  [
    'f of x equals negative x if x is less than 0, x if x is greater than or equal to 0',
    String.raw`f(x) = \begin{cases} -x & \text{if } x < 0 \\ x & \text{if } x \geq 0 \end{cases}`,
  ],
  [
    'f of x equals 1 if x is positive, negative 1 if x is negative, and 0 otherwise',
    String.raw`f(x) = \begin{cases} 1 & \text{if } x > 0 \\ -1 & \text{if } x < 0 \\ 0 & \text{otherwise} \end{cases}`,
  ],
  // "otherwise" may come before its value.
  [
    'f of x equals 1 if x is positive, otherwise 0',
    String.raw`f(x) = \begin{cases} 1 & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases}`,
  ],
  // "and" inside a condition joins the condition; before a value, it starts the next case.
  [
    'f of x equals 1 if x is greater than 0 and y is greater than 0, and 0 otherwise',
    String.raw`f(x) = \begin{cases} 1 & \text{if } x > 0 \text{ and } y > 0 \\ 0 & \text{otherwise} \end{cases}`,
  ],
  [
    'g of t equals t for t less than 1 and 2 minus t for t greater than or equal to 1',
    String.raw`g(t) = \begin{cases} t & \text{for } t < 1 \\ 2 - t & \text{for } t \geq 1 \end{cases}`,
  ],
  // A case's value is whole, even an open root or absolute value.
  [
    'f of x equals the square root of x if x is greater than 0, and 0 otherwise',
    String.raw`f(x) = \begin{cases} \sqrt{x} & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases}`,
  ],
  [
    'f of x equals 1 over x if x is not 0 and 0 otherwise',
    String.raw`f(x) = \begin{cases} \frac{1}{x} & \text{if } x \neq 0 \\ 0 & \text{otherwise} \end{cases}`,
  ],
  [
    'f of x equals x if x is rational and 0 if x is irrational',
    String.raw`f(x) = \begin{cases} x & \text{if } x \in \mathbb{Q} \\ 0 & \text{if } x \notin \mathbb{Q} \end{cases}`,
  ],
  // One value with its condition is no cases.
  ['x equals 1 if y equals 2', String.raw`x = 1 \text{ if } y = 2`],
  ['the square root of x if x is positive', String.raw`\sqrt{x} \text{ if } x > 0`],
  ['open paren x if y close paren', String.raw`(x \text{ if } y)`],
  ['12 minus 2 x over 3 for x greater than 3', String.raw`12 - \frac{2x}{3} \text{ for } x > 3`],
];
