import { goldenTable } from './golden';

/** MathSpeak's nested script levels ("Super Subscript", "Sub Sub Superscript"). */
goldenTable('spoken MathSpeak script levels', [
  ['x Superscript a Super Subscript k', String.raw`x^{a_{k}}`],
  ['x Subscript a Sub Superscript 2', String.raw`x_{a^{2}}`],
  ['x Subscript i Superscript 2 Baseline plus 1', String.raw`x_{i}^{2} + 1`],
  ['e Superscript x Super Superscript 2 Baseline minus 1', String.raw`e^{x^{2}} - 1`],
  [
    'z Superscript m Super Subscript j Superscript plus m Super Subscript k Baseline',
    String.raw`z^{m_{j} + m_{k}}`,
  ],
  ['w Superscript p Super Super Subscript q Super Superscript r', String.raw`w^{p^{{}_{q} r}}`],
  ['w Subscript p Sub Sub Superscript q', String.raw`w_{p_{{}^{q}}}`],
  [
    'u Superscript left parenthesis s Super Superscript 2 Superscript plus t right parenthesis',
    String.raw`u^{\left(s^{2} + t\right)}`,
  ],
]);
