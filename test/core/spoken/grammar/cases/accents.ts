import type { GoldenCase } from '../../golden';

export const accentCases: GoldenCase[] = [
  // An accent word said last in a function's arguments is its other reading.
  ['u of t, dot', String.raw`u(t, \cdot)`],
  ['x bar', String.raw`\bar{x}`],
  // A postfix accent sits on the letter, under its subscript; after a pause it covers the whole.
  ['q sub i dot equals p sub i', String.raw`\dot{q}_i = p_i`],
  ['f sub 1, bar', String.raw`\bar{f_1}`],
  // A pause between a prefix accent and its letter is passed over.
  ['widetilde, W', String.raw`\widetilde{W}`],
  ['the vector, v', String.raw`\vec{v}`],
  ['x hat', String.raw`\hat{x}`],
  ['I with a tilde', String.raw`\tilde{I}`],
  // "the" before a prefix accent: the accent is on what follows.
  ['x plus the hat p', String.raw`x + \hat{p}`],
  ['open paren the hat p sub x close paren', String.raw`(\hat{p}_x)`],
  ['x with a hat plus 1', String.raw`\hat{x} + 1`],
  ['x dot', String.raw`\dot{x}`],
  ['x tilde', String.raw`\tilde{x}`],
  ['vector v', String.raw`\vec{v}`],
  // "dot" before an accented symbol is the product: the accent starts the next operand.
  ['vector u dot vector v', String.raw`\vec{u} \cdot \vec{v}`],
  ['u vector dot v vector', String.raw`\vec{u} \cdot \vec{v}`],
  // MathSpeak's accents below, and on each symbol.
  ['ModifyingBelow x With bar', String.raw`\underline{x}`],
  ['ModifyingBelow x With dot', String.raw`\underset{\cdot}{x}`],
  [
    'ModifyingBelow Below ModifyingBelow a plus b With bar With asterisk',
    String.raw`\underset{*}{\underline{a + b}}`,
  ],
  ['.58 ModifyingEachAbove 3 3 3 With dot', String.raw`.58 \dot{3} \dot{3} \dot{3}`],
  // An accent on words only is no accent.
  [
    'the mean of the binomial distribution is n p',
    String.raw`\text{mean}(\text{binomial distribution}) = n p`,
  ],
  // A vector given by its coordinates is the tuple.
  ['the vector 3, 4 equals u', '(3, 4) = u'],
  ['the vector open paren 1 comma 2 close paren', '(1, 2)'],
  ['the vector 1 comma 2 is orthogonal to u', String.raw`(1, 2) \perp u`],
  ['the conjugate of z', String.raw`\bar{z}`],
  ['v vector', String.raw`\vec{v}`],
  ['x bar plus y bar', String.raw`\bar{x} + \bar{y}`],
  ['the complex conjugate of z', String.raw`\bar{z}`],
  ['hat n', String.raw`\hat{n}`],
  ['ModifyingAbove x With bar', String.raw`\bar{x}`],
  ['ModifyingAbove upper G upper H With bar', String.raw`\bar{GH}`],
  ['ModifyingAbove x With two dots', String.raw`\ddot{x}`],
  ['ModifyingAbove x With three dots', String.raw`\dddot{x}`],
  ['x overtilde', String.raw`\tilde{x}`],
  ['y undertilde', String.raw`\utilde{y}`],
  ['blackboard bold R', String.raw`\mathbb{R}`],
  ['mathcal F', String.raw`\mathcal{F}`],
  ['bold v', String.raw`\mathbf{v}`],
  ['x dot y', String.raw`x \cdot y`],
  ['dot x equals negative x', String.raw`\dot{x} = -x`],
  ['double dot q superscript i', String.raw`\ddot{q}^{i}`],
  ['wide hat Q', String.raw`\widehat{Q}`],
  ['wide tilde W sub i', String.raw`\widetilde{W}_{i}`],
  ['the closure of B', String.raw`\overline{B}`],
  ['the overline of d W sub q', String.raw`\overline{d W_{q}}`],
  ['f of dot given s', String.raw`f(\cdot | s)`],
  ['m, arrow, B', String.raw`m \to B`],
  // A word that is also an operator is that operator between operands, in a script too.
  ['x arrow y', String.raw`x \to y`],
  ['E sub T arrow F', String.raw`E_T \to F`],
  ['x arrow', String.raw`\vec{x}`],
  ['open parenthesis, dot, comma, dot, close parenthesis', String.raw`(\cdot, \cdot)`],
  ['x, bar, plus y', String.raw`\bar{x} + y`],
  ['the line segment P Q', String.raw`\bar{P Q}`],
  ['line segment A prime B, equals 3', String.raw`\bar{A' B} = 3`],
  // A font said after its letter, at the end of an operand; before a letter it is that letter's.
  // Before a unit's word, "dot" is the product of units, not an accent.
  ['1 kilograms dot meters squared dot seconds', String.raw`1 \, \mathrm{kg \cdot m^{2} \cdot s}`],
  ['A horizontal bar', String.raw`\overline{A}`],
  ['C script.', String.raw`\mathcal{C}`],
  ['x in R double struck', String.raw`x \in \mathbb{R}`],
  ['R double struck to the n', String.raw`\mathbb{R}^n`],
  ['C script T', String.raw`C \mathcal{T}`],
  [
    'open parenthesis a, comma script T, comma b close parenthesis',
    String.raw`(a, \mathcal{T}, b)`,
  ],
  // A vector given by coordinates between commas is the tuple.
  [
    'the vector partial f partial x, partial f partial y',
    String.raw`\left(\frac{\partial f}{\partial x}, \frac{\partial f}{\partial y}\right)`,
  ],
  ['the vector x, y, z', '(x, y, z)'],
];
