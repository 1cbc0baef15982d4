import type { GoldenCase } from '../../golden';

export const groupingCases: GoldenCase[] = [
  ['open paren x plus 1 close paren', '(x+1)'],
  ['open paren, x plus 1, close paren, squared', '(x+1)^2'],
  ['2 times, open paren, x plus 1, close paren', '2(x+1)'],
  ['left parenthesis a plus b right parenthesis', '(a+b)'],
  ['open bracket a comma b close bracket', '[a, b]'],
  ['left bracket x right bracket', '[x]'],
  ['open brace 1 comma 2 close brace', String.raw`\{1, 2\}`],
  ['the quantity a plus b end quantity squared', '(a+b)^2'],
  ['the quantity x minus 1 end quantity over 2', String.raw`\frac{x-1}{2}`],
  // Without "end quantity", an operation said right after the quantity's sum takes the quantity;
  // a bar or a root groups what "the quantity" groups, so no brackets are written there.
  ['the quantity a minus b divided by 2', String.raw`\frac{a-b}{2}`],
  ['the square root of the quantity one minus x squared end quantity', String.raw`\sqrt{1-x^2}`],
  // Brackets said as such stay.
  ['open paren a plus b close paren over 2', String.raw`\frac{(a+b)}{2}`],
  ['D plus the quantity U minus D times lambda', String.raw`D + (U-D) \lambda`],
  ['the quantity x plus y squared', '(x+y)^2'],
  ['the quantity eta over L raised to the power of D', String.raw`(\frac{\eta}{L})^D`],
  ['the quantity x sub 0 squared plus 1', '(x_0^2+1)'],
  // Where a term has a power of its own, a power after a letter is the last term's; a second
  // power said at once is the group's.
  ['the quantity a squared plus a b plus b squared', '(a^2 + ab + b^2)'],
  ['the quantity x squared plus 1 squared', '(x^2 + 1)^2'],
  ['the quantity two x cubed squared', '(2x^3)^2'],
  // An application after a sign is the outer sum's next term; a sum of numbers is no group
  // divided by a symbol.
  [
    'f prime of a times the quantity x minus a plus f double prime of a over two',
    String.raw`f'(a)(x - a) + \frac{f''(a)}{2}`,
  ],
  [
    'the limit as n goes to infinity of the quantity one plus one over n to the n',
    String.raw`\lim_{n \to \infty} \left(1 + \frac{1}{n}\right)^n`,
  ],
  ['the quantity 1 plus 2 divided by 3', String.raw`\frac{1 + 2}{3}`],
  // A pause said before the relation closes the group, so an operation inside it is the group's.
  [
    'rho times the quantity partial u partial t plus u dot grad u, equals minus grad p',
    String.raw`\rho \left(\frac{\partial u}{\partial t} + u \cdot \nabla u\right) = -\nabla p`,
  ],
  [
    'curl E equals minus partial B partial t',
    String.raw`\nabla \times E = -\frac{\partial B}{\partial t}`,
  ],
  ['the quantity minus x times y', '(-x y)'],
  [
    'kappa over the quantity one minus the exponential of kappa times nu',
    String.raw`\frac{\kappa}{1-\exp \kappa \nu}`,
  ],
  ['the absolute value of x', '|x|'],
  ['the absolute value of x plus 1', '|x+1|'],
  ['the absolute value of x, plus 1', '|x| + 1'],
  ['the magnitude of v equals 5', '|v| = 5'],
  // Without its closing words, a division of one symbol is outside the bars.
  ['the absolute value of x divided by x', String.raw`\frac{|x|}{x}`],
  // A group's order and a subgroup's index.
  ['the order of G equals the index of H in G times the order of H', String.raw`|G| = [G : H] |H|`],
  ['the order of S sub n is n factorial', '|S_n| = n!'],
  ['the order of x', String.raw`\text{order}(x)`],
  // "mod" between groups is the quotient; between numbers the remainder.
  ['G mod the kernel of phi', String.raw`G / \ker \phi`],
  ['17 mod 5 equals 2', String.raw`17 \bmod 5 = 2`],
  // Only a symbol divided by itself is outside; a ratio of two is inside, as the ratio test says it.
  [
    'the absolute value of a sub n plus one over a sub n',
    String.raw`\left|\frac{a_{n+1}}{a_n}\right|`,
  ],
  ['the absolute value of x over 2, end absolute value', String.raw`|\frac{x}{2}|`],
  // The words of an open group with nothing after them are a word.
  ['L sub abs', 'L_{abs}'],
  ['E sub abs equals 1', 'E_{abs} = 1'],
  // …and so are one-word opening words said as a subscript.
  ['L sub abs open paren T comma S close paren', 'L_{abs}(T, S)'],
  ['the absolute value of x, end absolute value', '|x|'],
  ['StartAbsoluteValue x EndAbsoluteValue', '|x|'],
  ['StartAbsoluteValue x minus y EndAbsoluteValue', '|x - y|'],
  ['the norm of v', String.raw`\|v\|`],
  // An index said before "norm" is its subscript.
  ['the two norm of x', String.raw`\|x\|_2`],
  ['the L infinity norm of f minus g', String.raw`\|f - g\|_\infty`],
  // A power at the end of a group said without its closing words is the group's, as written.
  ['the norm of f minus g squared', String.raw`\|f-g\|^2`],
  ['the absolute value of s sub j squared', '|s_j|^2'],
  ['the absolute value of S raised to the power of one half', String.raw`|S|^{\frac{1}{2}}`],
  ['the norm of f sub theta star squared', String.raw`\|f_\theta^*\|^2`],
  ['the absolute value of x squared, end absolute value', '|x^2|'],
  ['the norm of x prime', String.raw`\|x'\|`],
  ['left angle bracket u comma v right angle bracket', String.raw`\langle u, v \rangle`],
  // A list with an ellipsis is written with commas, even with pauses around its brackets.
  [
    'open square bracket, H sub zero, ellipsis, H sub n minus one, close square bracket',
    String.raw`[H_0, \ldots, H_{n-1}]`,
  ],
  ['open paren, open second paren, 4 plus 5, close second paren, plus 6, close paren', '((4+5)+6)'],
];

export const moreGroupingCases: GoldenCase[] = [
  ['the floor of x', String.raw`\lfloor x \rfloor`],
  ['the ceiling of x over 2', String.raw`\lceil \frac{x}{2} \rceil`],
  // An open group ends before an operation on another group said the same way.
  ['the floor of x plus the ceiling of y', String.raw`\lfloor x \rfloor + \lceil y \rceil`],
  // A product with a named function ends an open group: a magnitude times a trigonometric factor.
  [
    'the norm of u times the norm of v times cosine theta',
    String.raw`\left\| u \right\| \left\| v \right\| \cos \theta`,
  ],
  ['the absolute value of x times sine x', String.raw`|x| \sin x`],
  ['the absolute value of x times the norm of y', String.raw`|x| \|y\|`],
  ['the inner product of u and v', String.raw`\langle u, v \rangle`],
  // "the point" before one symbol names it; before coordinates it writes them.
  ['the gradient of f at the point x naught', String.raw`\nabla f \text{ at } x_0`],
  ['the point 3 comma 4', '(3, 4)'],
  ['the commutator of A and B', '[A, B]'],
  ['the dot product of u and v', String.raw`u \cdot v`],
  ['u dot product with v', String.raw`u \cdot v`],
  ['u crossed with v', String.raw`u \times v`],
  ['the cross product of u and v equals negative v cross u', String.raw`u \times v = -v \times u`],
  ['the open interval 0, 1', '(0, 1)'],
  ['the closed interval from a to b', '[a, b]'],
  ['the interval from 0 to 1', '[0, 1]'],
  ['the cardinality of S', '|S|'],
  ['Supp of X', String.raw`\text{Supp}(X)`],
  // A full stop is no operand: it ends the sentence, not the absolute value.
  ['Absolute value of center dot.', String.raw`|\cdot|`],
];
