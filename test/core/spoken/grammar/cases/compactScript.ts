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
  // After a Latin or numeric index, a Greek letter with more after it starts the next factor.
  ['K sub l rho K sub l dagger', String.raw`K_l \rho K_l^\dagger`],
  ['partial sub t delta Pi', String.raw`\partial_t \delta \Pi`],
  ['a sub j sigma of w', String.raw`a_j \sigma(w)`],
  ['a sub n chi superscript u', String.raw`a_n \chi^u`],
  // Said last or before a relation or a power, it is part of the index.
  ['n sub m sigma equals c sub m sigma dagger', String.raw`n_{m\sigma} = c_{m\sigma}^\dagger`],
  ['f sub z phi squared', String.raw`f_{z\phi}^2`],
  ['sub mu nu rho', String.raw`{}_{\mu\nu\rho}`],
  // An accented symbol or a capital Greek letter after such an index is a factor of its own.
  ['epsilon sub zero overline epsilon', String.raw`\epsilon_0 \overline{\epsilon}`],
  ['i sub X sub H Omega equals d H', String.raw`i_{X_H} \Omega = d H`],
];
