import type { GoldenCase } from '../../golden';

/** Scripts typed as TeX inside spoken text (grammar/texScript.ts). */
export const texScriptCases: GoldenCase[] = [
  // Typed "_" and "^" take one symbol or a braced group, as in TeX.
  ['a_n z^n', 'a_n z^n'],
  ['a_{n+1} over a_n', String.raw`\frac{a_{n+1}}{a_n}`],
  ['x^2 + 1', 'x^2 + 1'],
];
