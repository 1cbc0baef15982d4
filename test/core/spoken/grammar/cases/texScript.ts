import type { GoldenCase } from '../../golden';

/** Scripts typed as TeX inside spoken text (grammar/texScript.ts). */
export const texScriptCases: GoldenCase[] = [
  // Typed "_" and "^" take one symbol or a braced group, as in TeX.
  ['a_n z^n', 'a_n z^n'],
  ['a_{n+1} over a_n', String.raw`\frac{a_{n+1}}{a_n}`],
  ['x^2 + 1', 'x^2 + 1'],
  // A typed command keeps its brace groups, an environment runs to its end: they pass through.
  ['x plus \\frac{1}{z}', String.raw`x + \frac{1}{z}`],
  [
    'A equals \\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}',
    String.raw`A = \begin{pmatrix} a & b \\ c & d \end{pmatrix}`,
  ],
  // Unicode scripts typed among the words are scripts too.
  ['x² plus 1', 'x^2 + 1'],
  ['x₁ plus x₂', 'x_1 + x_2'],
];
