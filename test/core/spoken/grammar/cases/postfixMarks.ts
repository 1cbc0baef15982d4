import type { GoldenCase } from '../../golden';

/** Marks said after a symbol, written as its superscript (grammar/postfixMarks.ts). */
export const postfixMarkCases: GoldenCase[] = [
  // Marks said after a symbol.
  ['A star sub q', 'A^{*}_q'],
  ['U dagger', String.raw`U^{\dagger}`],
  ['M transpose', 'M^{T}'],
  // A mark after a superscript joins it.
  ['n superscript J star', 'n^{J*}'],
  ['U perpendicular', String.raw`U^{\perp}`],
];
