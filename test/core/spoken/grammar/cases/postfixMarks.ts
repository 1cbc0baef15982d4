import type { GoldenCase } from '../../golden';

/** Marks said after a symbol, written as its superscript (grammar/postfixMarks.ts). */
export const postfixMarkCases: GoldenCase[] = [
  // Marks said after a symbol.
  ['A star sub q', 'A^{*}_q'],
  ['U dagger', String.raw`U^{\dagger}`],
  ['the inverse of A', 'A^{-1}'],
  ['the inverse function of f', 'f^{-1}'],
  ['the inverse of A B', '(A B)^{-1}'],
  ['the inverse of A times b', 'A^{-1} b'],
  ['the transpose of A B equals B transpose A transpose', '(A B)^T = B^T A^T'],
  [
    'nu sub 1 up arrow is less than nu sub 2 up arrow',
    String.raw`\nu_{1}^{\uparrow} < \nu_{2}^{\uparrow}`,
  ],
  ['x down arrow', String.raw`x^{\downarrow}`],
  ['M transpose', 'M^{T}'],
  ['A transposed B', 'A^{T} B'],
  // A mark after a superscript joins it.
  ['n superscript J star', 'n^{J*}'],
  ['U perpendicular', String.raw`U^{\perp}`],
];
