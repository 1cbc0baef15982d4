import type { GoldenCase } from '../../golden';

export const calculusCases: GoldenCase[] = [
  ['d y by d x', String.raw`\frac{dy}{dx}`],
  ['d y over d x', String.raw`\frac{dy}{dx}`],
  ['d by d x of f of x', String.raw`\frac{d}{dx} f(x)`],
  ['d squared y by d x squared', String.raw`\frac{d^2 y}{dx^2}`],
  ['the derivative of f of x with respect to x', String.raw`\frac{d}{dx} f(x)`],
  ['the derivative of sine x with respect to x', String.raw`\frac{d}{dx} \sin x`],
  ['the derivative with respect to x of f of x', String.raw`\frac{d}{dx} f(x)`],
  [
    'partial derivative with respect to mu of the natural log of R equals alpha',
    String.raw`\frac{\partial}{\partial \mu} \ln R = \alpha`,
  ],
  ['partial f partial x', String.raw`\frac{\partial f}{\partial x}`],
  ['partial f by partial y', String.raw`\frac{\partial f}{\partial y}`],
  ['the partial derivative of f with respect to t', String.raw`\frac{\partial f}{\partial t}`],
  ['the integral from 0 to 1 of x squared d x', String.raw`\int_0^1 x^2 \, dx`],
  ['the integral from a to b of f of x d x', String.raw`\int_a^b f(x) \, dx`],
  ['integral of x d x', String.raw`\int x \, dx`],
  ['the integral of e to the x d x', String.raw`\int e^x \, dx`],
  [
    'the integral from 0 to infinity of e to the minus t d t',
    String.raw`\int_0^\infty e^{-t} \, dt`,
  ],
  [
    'integral Subscript 0 Superscript 1 Baseline f left parenthesis x right parenthesis d x',
    String.raw`\int_0^1 f(x) d x`,
  ],
  ['the sum from i equals 1 to n of i', String.raw`\sum_{i=1}^n i`],
  ['the sum from i equals 1 to n of a sub i', String.raw`\sum_{i=1}^n a_i`],
  ['the sum from k equals 0 to infinity of x to the k', String.raw`\sum_{k=0}^\infty x^k`],
  ['the sum over i of x sub i', String.raw`\sum_{i} x_i`],
  ['the product from i equals 1 to n of x sub i', String.raw`\prod_{i=1}^n x_i`],
  ['the limit as x approaches 0 of sine x over x', String.raw`\lim_{x \to 0} \frac{\sin x}{x}`],
  ['the limit as n goes to infinity of 1 over n', String.raw`\lim_{n \to \infty} \frac{1}{n}`],
  ['limit as x approaches 0 from the left of f of x', String.raw`\lim_{x \to 0^-} f(x)`],
  [
    'limit Underscript x right arrow 0 Endscripts f left parenthesis x right parenthesis',
    String.raw`\lim_{x \rightarrow 0} f(x)`,
  ],
];
