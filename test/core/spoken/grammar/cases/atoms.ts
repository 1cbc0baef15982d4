import type { GoldenCase } from '../../golden';

export const atomCases: GoldenCase[] = [
  ['alpha', String.raw`\alpha`],
  ['alpha plus beta', String.raw`\alpha + \beta`],
  ['Alpha equals beta', String.raw`\alpha = \beta`],
  ['x equals Omega', String.raw`x = \Omega`],
  ['upper gamma', String.raw`\Gamma`],
  ['capital delta x', String.raw`\Delta x`],
  ['upper S', 'S'],
  ['cap A union cap B', String.raw`A \cup B`],
  ['infinity', String.raw`\infty`],
  ['1 comma 2 comma dot dot dot', String.raw`1, 2, \ldots`],
  ['dee x', 'd x'],
  ['eks plus why', 'x + y'],
  ['pie r squared', String.raw`\pi r^2`],
  ['theta', String.raw`\theta`],
  ['h bar omega', String.raw`\hbar \omega`],
  ['nabla f', String.raw`\nabla f`],
  ['for all epsilon there exists delta', String.raw`\forall \epsilon \exists \delta`],
  ['10 feet', "10^{'}"],
  ['x to the \\alpha', String.raw`x^{\alpha}`],
  ['2 + 3 = 5', '2 + 3 = 5'],
];
