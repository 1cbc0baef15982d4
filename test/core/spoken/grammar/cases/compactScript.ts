import type { GoldenCase } from '../../golden';

/** Scripts of natural dictation (grammar/compactScript.ts); more in subscript.ts. */
export const compactScriptCases: GoldenCase[] = [
  ['M sub r minus 4.76', 'M_{r} - 4.76'],
  ['a sub n minus 1', 'a_{n - 1}'],
  // A function name as a script is its name; "of" after it applies the scripted symbol.
  ['sigma sub max of K of v', String.raw`\sigma_{\max}(K(v))`],
  // A dictated script may start with a sign.
  ['17.2 sub plus or minus 0.5', String.raw`17.2_{\pm 0.5}`],
  ['1.03 sub minus 0.16 superscript plus 0.16', '1.03_{-0.16}^{+0.16}'],
  // A prefix accent word after a scripted symbol accents the next symbol.
  ['tilde U sub i tilde Lambda sub i', String.raw`\tilde{U}_i \tilde{\Lambda}_i`],
  ['T sub b b bar u bar d', String.raw`T_{bb\bar{u}\bar{d}}`],
];
