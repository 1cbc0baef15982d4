import type { GoldenCase } from '../../golden';

export const atomCases: GoldenCase[] = [
  // A letter written as itself (transcribed Greek) is that letter.
  ['η sub i equals 1', String.raw`\eta_i = 1`],
  ['α plus β', String.raw`\alpha + \beta`],
  ['N sub triangle left', String.raw`N_{\triangleleft}`],
  // "sign" after "dollar" is the noun; a stray "Baseline" keeps the next number off the base.
  ['dollar sign n Baseline 2', String.raw`\$ n 2`],
  ['alpha Baseline 2', String.raw`\alpha 2`],
  // A capital letter in a symbol's phrase names another symbol.
  ['script L', String.raw`\mathcal{L}`],
  ['script l', String.raw`\ell`],
  // A punctuation mark's name after an article is the noun.
  ['the period T equals 2 pi', String.raw`\text{period } T = 2 \pi`],
  ['delta x times delta p', String.raw`\Delta x \Delta p`],
  ['delta x delta p', String.raw`\Delta x \Delta p`],
  ['delta c', String.raw`\Delta c`],
  ['delta i j', String.raw`\delta i j`],
  ['delta x sub i', String.raw`\delta x_{i}`],
  ['delta of x', String.raw`\delta(x)`],
  ['alpha', String.raw`\alpha`],
  // An index letter ending a Greek letter's operand is its subscript; variables and π take none.
  ['Lambda i.', String.raw`\lambda_i`],
  ['lambda i times lambda j', String.raw`\lambda_i \lambda_j`],
  ['sigma i is less than tau', String.raw`\sigma_i < \tau`],
  ['omega t', String.raw`\omega t`],
  ['2 pi n', String.raw`2 \pi n`],
  ['lambda i sub 2', String.raw`\lambda i_2`],
  ['alpha plus beta', String.raw`\alpha + \beta`],
  ['Alpha equals beta', String.raw`\alpha = \beta`],
  ['x equals Omega', String.raw`x = \Omega`],
  // A sentence's first capital is the capital letter when the name is said capitalised again.
  ['Gamma sub n equals Gamma sub n comma 1', String.raw`\Gamma_n = \Gamma_{n,1}`],
  // …and the small letter when it is said small again; Δ and Ω start formulas more often than δ, ω.
  ['Delta is less than x is less than four minus delta', String.raw`\delta < x < 4 - \delta`],
  ['Delta equals b minus a', String.raw`\Delta = b - a`],
  ['Omega sub n', String.raw`\Omega_n`],
  ['Phi sub n', String.raw`\phi_n`],
  ['Lambda of n equals lambda', String.raw`\lambda(n) = \lambda`],
  ['Psi sub 3. Psi sub 1', String.raw`\psi_3 \psi_1`],
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
  // A capital H within a sentence is the letter H, barred: ℏ is a small h.
  ['tau of H bar equals tau of L', String.raw`\tau \left( \bar{H} \right) = \tau \left( L \right)`],
  ['nabla f', String.raw`\nabla f`],
  ['for all epsilon there exists delta', String.raw`\forall \epsilon \exists \delta`],
  ['there is a delta greater than zero', String.raw`\exists \delta > 0`],
  // The article is the letter when an operator follows it.
  ['there exists a sub n', String.raw`\exists a_n`],
  ['there is a unique x such that f of x equals zero', String.raw`\exists! x : f(x) = 0`],
  ['10 feet', "10'"],
  ['x to the \\alpha', String.raw`x^{\alpha}`],
  ['2 + 3 = 5', '2 + 3 = 5'],
  ['x, cap X', 'x X'],
  ['triangle cap P Q R', String.raw`\triangle P Q R`],
  ['the measure of angle cap Q', String.raw`m \angle Q`],
  ['S cap T', String.raw`S \cap T`],
  ['1 comma 2 comma and so on up to comma 9', String.raw`1, 2, \ldots, 9`],
];
