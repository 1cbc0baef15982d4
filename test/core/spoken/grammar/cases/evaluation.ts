import type { GoldenCase } from '../../golden';

export const evaluationCases: GoldenCase[] = [
  ['f of x, evaluated at x equals 5', String.raw`\left. f(x) \right|_{x=5}`],
  // The whole sum before the words is evaluated.
  ['x squared plus 2 x, evaluated at x equals 2', String.raw`\left. x^2 + 2x \right|_{x=2}`],
  ['y equals f of x evaluated at 0', String.raw`y = \left. f(x) \right|_{0}`],
  ['x cubed over 3 evaluated from 0 to 1', String.raw`\left. \frac{x^3}{3} \right|_0^1`],
  ['sine of t evaluated between 0 and pi', String.raw`\left. \sin t \right|_0^{\pi}`],
  [
    'x squared plus x, evaluated at 1, minus the same expression evaluated at 0',
    String.raw`\left. x^2 + x \right|_0^1`,
  ],
  [
    'the integral from 0 to 1 of x squared d x equals x cubed over 3 evaluated from 0 to 1',
    String.raw`\int_0^1 x^2 \, dx = \left. \frac{x^3}{3} \right|_0^1`,
  ],
];
