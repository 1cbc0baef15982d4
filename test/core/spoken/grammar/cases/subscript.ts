import type { GoldenCase } from '../../golden';

export const subscriptCases: GoldenCase[] = [
  ['x sub i', 'x_i'],
  ['x sub 1', 'x_1'],
  ['x sub i plus 1', 'x_i + 1'],
  ['a sub n plus b sub n', 'a_n + b_n'],
  ['x sub i j', 'x_{ij}'],
  ['x sub i squared', 'x_i^2'],
  ['g sub D squared', 'g_D^2'],
  ['a sub b prime', "a_{b^{'}}"],
  ['x sub X sub H', 'x_{X_H}'],
  ['sigma sub 8 equals 0.8', String.raw`\sigma_8 = 0.8`],
  ['x Subscript i Baseline', 'x_i'],
  ['x Subscript i Baseline plus 1', 'x_i + 1'],
  ['a Subscript 2 comma 3', 'a_{2,3}'],
  ['x 1 plus x 2', 'x_1 + x_2'],
  ['upper T 0', 'T_0'],
  ['pi 11', String.raw`\pi_{11}`],
  ['x subscript i end subscript', 'x_i'],
  ['p sub, x sub 1, squared', 'p_{x_1}^2'],
];
