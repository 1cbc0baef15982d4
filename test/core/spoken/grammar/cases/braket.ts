import type { GoldenCase } from '../../golden';

/** Dirac notation (grammar/braket.ts). */
export const braketCases: GoldenCase[] = [
  // Dirac notation.
  ['psi sub 3, ket', String.raw`|\psi_3\rangle`],
  ['ket psi', String.raw`|\psi\rangle`],
  ['bra phi', String.raw`\langle\phi|`],
];
