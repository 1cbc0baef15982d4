import type { GoldenCase } from '../../golden';

/** Dirac notation (grammar/braket.ts). */
export const braketCases: GoldenCase[] = [
  // Dirac notation.
  ['psi sub 3, ket', String.raw`|\psi_3\rangle`],
  ['ket psi', String.raw`|\psi\rangle`],
  ['bra phi', String.raw`\langle\phi|`],
  // A bra said before a ket is their bracket.
  ['bra psi ket phi', String.raw`\langle \psi | \phi \rangle`],
  ['bra psi sub 1 ket phi sub 2', String.raw`\langle \psi_1 | \phi_2 \rangle`],
  ['the bra phi plus the ket psi', String.raw`\langle\phi| + |\psi\rangle`],
];
