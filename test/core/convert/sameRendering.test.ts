import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameRendering } from './sameRendering';

const cases: [string, string, boolean][] = [
  ['\\frac{a}{b}', '\\dfrac a b', true],
  ['\\left(x+1\\right)^{2}', '(x + 1)^2', true],
  ['x_{i}^{2}', 'x^2_i', true],
  ['a \\times b', 'a \\cdot b', true],
  ['\\frac{a}{b}', 'a/b', false],
  ['x^{2}', 'x_{2}', false],
  ['\\sqrt{x}', '\\sqrt[3]{x}', false],
  ['x', '\\frac{', false],
  ['\\begin{matrix}1&2\\\\3&4\\end{matrix}', '\\begin{matrix}1 & 2 \\\\ 3 & 4\\end{matrix}', true],
  ['a\\ b', 'a b', true],
  ['\\int f\\,dx', '\\int f dx', true],
];

for (const [expected, actual, same] of cases) {
  test(`sameRendering(${expected}, ${actual}) is ${same}`, () => {
    assert.equal(sameRendering(expected, actual), same);
  });
}
