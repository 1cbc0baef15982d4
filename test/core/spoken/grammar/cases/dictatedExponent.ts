import type { GoldenCase } from '../../golden';

/** Dictation's "to the power of" without "end exponent" (grammar/dictatedExponent.ts). */
export const dictatedExponentCases: GoldenCase[] = [
  // Exponents of "to the power of" without "end exponent": sums of letters, not products or relations.
  ['C to the power of d minus p minus 1', 'C^{d-p-1}'],
  ['x to the power of 2 minus 9', 'x^2 - 9'],
  // e and numbers take no argument: an "of" in their exponent is the exponent's.
  ['e to the power of negative u of x times d x', 'e^{-u(x)} dx'],
  ['2 to the power of g of n', '2^{g(n)}'],
  ['H raised to the power of L of t', 'H^L(t)'],
  // A term multiplied on after a sign is the next term outside the exponent.
  ['x to the power of n plus n times x', 'x^n + n x'],
  ['D to the power of negative 1 plus b sub i', 'D^{-1} + b_i'],
  ['U to the power of n times rho sub 0', String.raw`U^n \rho_0`],
  ['x to the power of n is less than 1', 'x^n < 1'],
  ['x to the power of src', 'x^{src}'],
  // A script after the exponent is the base's, unless the base has its subscript already.
  ['P to the power of x subscript a', 'P^x_a'],
  ['m raised to the power of x sub r', 'm^x_r'],
  ['sigma sub psi to the power of m sub psi minus k', String.raw`\sigma_\psi^{m_\psi - k}`],
  // After an exponent of several factors, "sub" indexes the last of them.
  ['e raised to the power of i pi kappa sub O', String.raw`e^{i \pi \kappa_O}`],
  ['e to the power of 2 i theta sub j, w sub j', String.raw`e^{2 i \theta_j}, w_j`],
  ['e to the power of negative i omega sub k', String.raw`e^{-i \omega_k}`],
  // "of" after a dictated exponent applies the base, unless the exponent is a function letter.
  ['H raised to the power of L of t', 'H^L(t)'],
  ['C to the power of 0 comma alpha of Omega', String.raw`C^{0,\alpha}(\Omega)`],
  ['e to the power of f of x', 'e^{f(x)}'],
  // Index lists after a dictated exponent.
  ['omega sub j to the power of mu, sigma', String.raw`\omega_j^{\mu,\sigma}`],
  // A symbol raised to a power of its own after the comma is the next item of a list.
  ['e to the power of 1, e to the power of 2', 'e^1, e^2'],
  ['O raised to the power of one, O raised to the power of two', 'O^1, O^2'],
];
