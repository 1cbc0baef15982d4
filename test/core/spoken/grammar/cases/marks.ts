import type { GoldenCase } from '../../golden';

/** Units, cancellations, repeating decimals, permutations: marks written on a number or letter. */
export const markCases: GoldenCase[] = [
  ['10 feet', "10'"],
  ['16 feet, 10 inches', "16' 10''"],
  ['x minutes, y seconds', "x' y''"],
  ['45 degrees', String.raw`45^{\circ}`],
  ['x degrees', String.raw`x^{\circ}`],
  ['45 degrees, 10 minutes, 20 seconds', "45^{\\circ} 10' 20''"],
  // Other units after a quantity are upright symbols, after the whole quantity.
  ['5 seconds', String.raw`5 \, \mathrm{s}`],
  ['nine point eight meters per second squared', String.raw`9.8 \, \mathrm{m/s^2}`],
  [
    'c equals three times ten to the eight meters per second',
    String.raw`c = 3 \times 10^{8} \, \mathrm{m/s}`,
  ],
  ['the mass is five kilograms', String.raw`\text{mass} = 5 \, \mathrm{kg}`],
  ['5 newton meters', String.raw`5 \, \mathrm{N \, m}`],
  ['twenty degrees celsius', String.raw`20 \, {}^{\circ}\mathrm{C}`],
  ['2 kilometers over b', String.raw`\frac{2 \, \mathrm{km}}{b}`],
  ['x meters', String.raw`x \text{ meters}`],
  ['the word feet', String.raw`\text{word feet}`],
  ['CrossOut y EndCrossOut', String.raw`\cancel{y}`],
  [
    'StartFraction 5 x CrossOut y EndCrossOut Over 2 CrossOut y EndCrossOut EndFraction',
    String.raw`\frac{5 x \cancel{y}}{2 \cancel{y}}`,
  ],
  ['crossed out 12 end crossout', String.raw`\cancel{12}`],
  // A replacement is written above what it strikes out; the mark may follow what it strikes.
  ['crossed out 12 with 2 end crossout', String.raw`\overset{2}{\cancel{12}}`],
  ['12 crossed out with 2', String.raw`\overset{2}{\cancel{12}}`],
  ['2 x crossed out', String.raw`2 \cancel{x}`],
  ['the repeating decimal 0 point followed by repeating digit 3', String.raw`0. \bar{3}`],
  ['the repeating decimal 2 point followed by repeating digits 1 3 4', String.raw`2. \bar{134}`],
  ['n permute r', '{}_{n}P_{r}'],
  ['10 permute 3', '{}_{10}P_{3}'],
  // Said by their capital letter between two counts.
  ['n C r', '{}_{n}C_{r}'],
  ['10 P 3 equals 720', '{}_{10}P_{3} = 720'],
  ['b squared minus 4 a c', 'b^2 - 4 a c'],
  ['a C b c', 'a C b c'],
  ['A C R', 'A C R'],
];
