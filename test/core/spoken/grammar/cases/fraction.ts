import type { GoldenCase } from '../../golden';

export const fractionCases: GoldenCase[] = [
  // "fraction" announcing a fraction whose "over" a derivative inside claims.
  [
    'fraction partial epsilon over partial T greater than or equal to zero',
    String.raw`\frac{\partial \epsilon}{\partial T} \geq 0`,
  ],
  ['a over b', String.raw`\frac{a}{b}`],
  // A big operator after a denominator multiplies the fraction.
  ['x bar equals one over n sum of x sub i', String.raw`\bar{x} = \frac{1}{n} \sum x_i`],
  ['1 over n the sum from i equals 1 to n of x sub i', String.raw`\frac{1}{n} \sum_{i=1}^{n} x_i`],
  // A denominator of 1 with a sum after it is never meant: the sum is the denominator.
  [
    'sigma of x equals one over one plus e to the minus x',
    String.raw`\sigma(x) = \frac{1}{1 + e^{-x}}`,
  ],
  ['x over 1 minus y', String.raw`\frac{x}{1 - y}`],
  // A term in a variable with a constant said last is a rational function's denominator.
  ['f of x equals x over x squared minus 1', String.raw`f(x) = \frac{x}{x^2 - 1}`],
  ['the limit as x approaches 5 of 2 over x minus 5', String.raw`\lim_{x \to 5} \frac{2}{x - 5}`],
  ['negative 1 divided by x minus 1 equals y', String.raw`\frac{-1}{x - 1} = y`],
  ['x over 2 minus 1', String.raw`\frac{x}{2} - 1`],
  ['a over b minus c', String.raw`\frac{a}{b} - c`],
  ['1 over x minus y plus 2', String.raw`\frac{1}{x} - y + 2`],
  ['one over x', String.raw`\frac{1}{x}`],
  ['a over b plus c', String.raw`\frac{a}{b} + c`],
  ['a plus b over c', String.raw`a + \frac{b}{c}`],
  ['2 x over 3', String.raw`\frac{2x}{3}`],
  ['one over two pi', String.raw`\frac{1}{2\pi}`],
  ['x squared over 2', String.raw`\frac{x^2}{2}`],
  ['a plus b all over c', String.raw`\frac{a+b}{c}`],
  ['a plus b, all over c minus d', String.raw`\frac{a+b}{c-d}`],
  ['y equals a plus b all over c', String.raw`y = \frac{a+b}{c}`],
  ['the fraction with numerator 1 and denominator x', String.raw`\frac{1}{x}`],
  ['the fraction with numerator x plus 1, and denominator x minus 1', String.raw`\frac{x+1}{x-1}`],
  ['the fraction with numerator 1, and denominator a, end fraction', String.raw`\frac{1}{a}`],
  [
    'the fraction with numerator a, and denominator b, end fraction, plus 1',
    String.raw`\frac{a}{b} + 1`,
  ],
  ['StartFraction a Over b EndFraction', String.raw`\frac{a}{b}`],
  ['StartFraction x plus 1 Over x minus 1 EndFraction', String.raw`\frac{x+1}{x-1}`],
  [
    'StartFraction 1 Over StartFraction 1 Over x EndFraction EndFraction',
    String.raw`\frac{1}{\frac{1}{x}}`,
  ],
  [
    'StartStartFraction 1 OverOver StartFraction 1 Over x EndFraction EndEndFraction',
    String.raw`\frac{1}{\frac{1}{x}}`,
  ],
  ['x plus y over x minus y, end fraction', String.raw`\frac{x+y}{x-y}`],
  ['the fraction 2 plus 3 over 13', String.raw`\frac{2+3}{13}`],
  ['three halves', String.raw`\frac{3}{2}`],
  ['one half', String.raw`\frac{1}{2}`],
  ['two thirds plus one fourth', String.raw`\frac{2}{3} + \frac{1}{4}`],
  ['five eighths', String.raw`\frac{5}{8}`],
  ['thirty one twenty fourths', String.raw`\frac{31}{24}`],
  ['x divided by y', String.raw`\frac{x}{y}`],
  ['x divide by y', String.raw`\frac{x}{y}`],
  // "slash" says the character; MathSpeak says its displayed fractions as StartFraction, so its
  // "divided by" is on the line.
  ['x squared slash 2', 'x^2/2'],
  // A typed "/" divides the operands written next to it.
  ['1/2 x plus 4', '1/2 x + 4'],
  ['x/2 plus 1', 'x/2 + 1'],
  ['s divided by StartRoot 2 n EndRoot', String.raw`s/\sqrt{2n}`],
  // …and its "times" is a written ×, the product it leaves unsaid.
  [
    'a minus StartFraction b plus c Over d minus e EndFraction times f',
    String.raw`a - \frac{b + c}{d - e} \times f`,
  ],
  // "by" divides, except between two letters or two numbers, where it names a size.
  ['f of x equals 1 by x', String.raw`f(x) = \frac{1}{x}`],
  ['pi by 2', String.raw`\frac{\pi}{2}`],
  ['m by n', String.raw`m \times n`],
  // A whole number divided by a number is arithmetic.
  ['seven divided by zero point one equals seventy', String.raw`7 \div 0.1 = 70`],
  [
    'negative 12 divided by left parenthesis negative 4 right parenthesis',
    String.raw`-12 \div (-4)`,
  ],
  ['zero point seven five divided by zero point one', String.raw`\frac{0.75}{0.1}`],
  // In a sentence written as prose (with its full stop) a division is written on the line.
  ['Lambda equals x sub 1 divided by x sub 2.', String.raw`\lambda = x_1/x_2`],
  ['T equals 1.51 pi divided by 2 Omega.', String.raw`T = 1.51\pi/(2\Omega)`],
  [
    'The open parenthesis b plus c close parenthesis divided by square root of 2.',
    String.raw`(b+c)/\sqrt{2}`,
  ],
  ['rho equals x over 2.', String.raw`\rho = x/2`],
  // An application is one side of the slash.
  ['P equals W of s divided by W of p comma R.', String.raw`P = W(s)/W(p, R)`],
  ['rho equals x over 2', String.raw`\rho = \frac{x}{2}`],
  ['one half over one third', String.raw`\frac{\frac{1}{2}}{\frac{1}{3}}`],
  ['d over d x', String.raw`\frac{d}{dx}`],
  ['x plus y per 2', String.raw`\frac{x+y}{2}`],
  // A sign said after a pause starts a new run of terms: the fractions stay apart.
  ['x plus y per x minus y, plus, 2 per 3', String.raw`\frac{x+y}{x-y} + \frac{2}{3}`],
  ['x plus y over x minus y, plus, 2 over 3', String.raw`\frac{x+y}{x-y} + \frac{2}{3}`],
  [
    'x plus y over x minus y, end fraction, plus, 2 over 3, end fraction',
    String.raw`\frac{x+y}{x-y} + \frac{2}{3}`,
  ],
  ['f sub 1, of x, over, g sub 1, of x', String.raw`\frac{f_1(x)}{g_1(x)}`],
  // ClearSpeak pauses after a coefficient's product in a sum; the pause does not end the scope.
  [
    'the square root of, the fraction with numerator x plus 1, and denominator 2 x, plus 5',
    String.raw`\sqrt{\frac{x+1}{2x+5}}`,
  ],
  [
    'the fraction with numerator 1 plus, 4 over x, and denominator 2, end fraction',
    String.raw`\frac{1 + \frac{4}{x}}{2}`,
  ],
  ['negative b over 2 a', String.raw`\frac{-b}{2a}`],
  ['x minus 1 over x squared plus x minus 2', String.raw`\frac{x-1}{x^2+x-2}`],
  ['x plus y over x minus y', String.raw`\frac{x+y}{x-y}`],
  ['1 plus a over b', String.raw`1 + \frac{a}{b}`],
  ['y equals 1 minus x over 2 plus z', String.raw`y = \frac{1-x}{2+z}`],
];
