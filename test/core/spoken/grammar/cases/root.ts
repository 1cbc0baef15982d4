import type { GoldenCase } from '../../golden';

export const rootCases: GoldenCase[] = [
  // An ordinal before "root" is its index, with or without "the"; a number multiplies.
  ['n-th root of x', String.raw`\sqrt[n]{x}`],
  ['fifth root of 32', String.raw`\sqrt[5]{32}`],
  ['2 root 3', String.raw`2\sqrt{3}`],
  ['the square root of x', String.raw`\sqrt{x}`],
  // A number's root ends at an explicit product; a letter's goes on.
  ['the square root of 3 times s squared', String.raw`\sqrt{3} s^2`],
  ['the square root of a times b', String.raw`\sqrt{a b}`],
  ['the square root of 2 times x, end root', String.raw`\sqrt{2 x}`],
  // So does it at a division by a number, √2/2 as people say it; a letter's root takes the fraction.
  ['the square root of two over two', String.raw`\frac{\sqrt{2}}{2}`],
  ['the square root of 3 divided by 2', String.raw`\frac{\sqrt{3}}{2}`],
  ['the square root of x over 2', String.raw`\sqrt{\frac{x}{2}}`],
  ['the square root of 2 over 3 end root', String.raw`\sqrt{\frac{2}{3}}`],
  ['square root of 2', String.raw`\sqrt{2}`],
  // A bare "root" takes one factor, and is the word before prose.
  ['root 2 over 2', String.raw`\frac{\sqrt{2}}{2}`],
  ['x equals root 3 x', String.raw`x = \sqrt{3} x`],
  ['one over root 2 pi', String.raw`\frac{1}{\sqrt{2\pi}}`],
  ['one over sigma root 2 pi', String.raw`\frac{1}{\sigma\sqrt{2\pi}}`],
  ['v equals root 2 g h', String.raw`v = \sqrt{2gh}`],
  // A quantity multiplied on is the next factor, not more of the radicand.
  [
    'the square root of 2 pi n times the quantity n over e, to the n',
    String.raw`\sqrt{2\pi n} \left(\frac{n}{e}\right)^n`,
  ],
  ['root mean square', String.raw`\text{root mean square}`],
  ['the square root of x plus 1', String.raw`\sqrt{x+1}`],
  ['the square root of x, plus 1', String.raw`\sqrt{x} + 1`],
  ['the square root of x, end root, plus 1', String.raw`\sqrt{x} + 1`],
  ['the square root of x plus 1, end root', String.raw`\sqrt{x+1}`],
  ['the square root of x squared plus y squared, end root', String.raw`\sqrt{x^2+y^2}`],
  ['the cube root of 8', String.raw`\sqrt[3]{8}`],
  ['the cube root of x plus 1, end root', String.raw`\sqrt[3]{x+1}`],
  ['the n-th root of d', String.raw`\sqrt[n]{d}`],
  ['the fifth root of 32', String.raw`\sqrt[5]{32}`],
  ['the negative square root of 2', String.raw`-\sqrt{2}`],
  ['the square root of, the square root of a, plus b', String.raw`\sqrt{\sqrt{a} + b}`],
  ['StartRoot x EndRoot', String.raw`\sqrt{x}`],
  ['StartRoot x plus 1 EndRoot', String.raw`\sqrt{x+1}`],
  ['RootIndex 3 StartRoot x EndRoot', String.raw`\sqrt[3]{x}`],
  ['StartRoot 2 plus StartRoot 2 EndRoot EndRoot', String.raw`\sqrt{2 + \sqrt{2}}`],
  ['NestedStartRoot 2 plus StartRoot 2 EndRoot NestedEndRoot', String.raw`\sqrt{2 + \sqrt{2}}`],
  ['the square root of b squared minus four a c', String.raw`\sqrt{b^2 - 4ac}`],
  ['2 times the square root of 3', String.raw`2 \sqrt{3}`],
];
