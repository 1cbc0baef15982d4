import type { GoldenCase } from '../../golden';

export const vectorCalculusCases: GoldenCase[] = [
  ['the gradient of f', String.raw`\nabla f`],
  ['the gradient of L with respect to theta', String.raw`\nabla_{\theta} L`],
  ['the gradient of f with respect to x sub i equals 0', String.raw`\nabla_{x_i} f = 0`],
  ['grad of phi', String.raw`\nabla \phi`],
  ['the divergence of F', String.raw`\nabla \cdot F`],
  ['the curl of F', String.raw`\nabla \times F`],
  ['the Laplacian of u equals 0', String.raw`\nabla^2 u = 0`],
  // One factor: what follows a product or a sum is outside.
  ['the gradient of f plus g', String.raw`\nabla f + g`],
  ['the gradient of f dot the vector v', String.raw`\nabla f \cdot \vec{v}`],
  ['the curl of the gradient of f equals 0', String.raw`\nabla \times \nabla f = 0`],
  [
    'the divergence of E equals rho over epsilon sub 0',
    String.raw`\nabla \cdot E = \frac{\rho}{\epsilon_0}`,
  ],
  // A projection, and a dot product divided by one said the same way.
  [
    'the projection of v onto u is v dot u over u dot u times u',
    String.raw`\operatorname{proj}_u v = \frac{v \cdot u}{u \cdot u} u`,
  ],
  ['the image of f', String.raw`\operatorname{im} f`],
];
