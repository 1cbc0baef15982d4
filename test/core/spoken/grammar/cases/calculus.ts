import type { GoldenCase } from '../../golden';

export const calculusCases: GoldenCase[] = [
  // "times" joins a big operator's limits to its body.
  ['the sum from i equals 1 to n times a sub i', String.raw`\sum_{i=1}^{n} a_i`],
  ['the sum over i times x sub i', String.raw`\sum_{i} x_i`],
  // A limit said of nothing is the word.
  ['the limit does not exist', String.raw`\text{limit does not exist}`],
  ['the limit is 0', String.raw`\text{limit} = 0`],
  ['d y by d x', String.raw`\frac{dy}{dx}`],
  ['d y over d x', String.raw`\frac{dy}{dx}`],
  ['d by d x of f of x', String.raw`\frac{d}{dx} f(x)`],
  ['d squared y by d x squared', String.raw`\frac{d^2 y}{dx^2}`],
  ['the derivative of f of x with respect to x', String.raw`\frac{d}{dx} f(x)`],
  ['the derivative of sine x with respect to x', String.raw`\frac{d}{dx} \sin x`],
  ['the second derivative of y with respect to x', String.raw`\frac{d^2 y}{dx^2}`],
  // A subscript is the variable's, not the derivative's.
  ['the derivative of p sub 1 with respect to e sub 1', String.raw`\frac{d p_1}{d e_1}`],
  ['d y by d x sub 1', String.raw`\frac{dy}{dx_1}`],
  [
    'the partial derivative of f with respect to x sub i',
    String.raw`\frac{\partial f}{\partial x_i}`,
  ],
  ['the third derivative of f with respect to t', String.raw`\frac{d^3 f}{dt^3}`],
  ['the nth derivative of f with respect to x', String.raw`\frac{d^n f}{dx^n}`],
  // Without "with respect to", the letter the expression is in; a bare letter is a function of x.
  ['the derivative of the natural logarithm of z', String.raw`\frac{d}{dz} \ln z`],
  ['the derivative of f of t', String.raw`\frac{d}{dt} f(t)`],
  ['the derivative of e to the z', String.raw`\frac{d}{dz} e^z`],
  ['the second derivative of cosine of theta', String.raw`\frac{d^2}{d\theta^2} \cos \theta`],
  ['the derivative of y', String.raw`\frac{dy}{dx}`],
  ['the derivative of theta', String.raw`\frac{d\theta}{dt}`],
  ['the derivative of omega with respect to k', String.raw`\frac{d\omega}{dk}`],
  [
    'the second derivative of y with respect to x equals negative y',
    String.raw`\frac{d^2 y}{dx^2} = -y`,
  ],
  ['the derivative with respect to x of f of x', String.raw`\frac{d}{dx} f(x)`],
  [
    'partial derivative with respect to mu of the natural log of R equals alpha',
    String.raw`\frac{\partial}{\partial \mu} \ln R = \alpha`,
  ],
  ['partial f partial x', String.raw`\frac{\partial f}{\partial x}`],
  ['partial f by partial y', String.raw`\frac{\partial f}{\partial y}`],
  ['the partial derivative of f with respect to t', String.raw`\frac{\partial f}{\partial t}`],
  ['the integral from 0 to 1 of x squared d x', String.raw`\int_0^1 x^2 \, dx`],
  ['the integral from a to b of f of x d x', String.raw`\int_a^b f(x) \, dx`],
  ['integral of x d x', String.raw`\int x \, dx`],
  // "with respect to" said for the differential.
  ['x equals the integral of v of t with respect to t', String.raw`x = \int v(t) \, dt`],
  // Before a spatial differential "dot" is the product of a line integral; before "d t", ẋ.
  ['W equals the integral from a to b of F dot d r', String.raw`W = \int_a^b F \cdot dr`],
  ['the integral of x dot d t', String.raw`\int \dot{x} \, dt`],
  ['the integral over the real numbers, of f of x, d x', String.raw`\int_{\mathbb{R}} f(x) \, dx`],
  ['the double integral over D of f d A', String.raw`\iint_D f \, dA`],
  ['the double integral of f d x d y', String.raw`\iint f \, dx \, dy`],
  ['the triple integral over V of rho d V', String.raw`\iiint_V \rho \, dV`],
  ['the contour integral over C of f of z d z', String.raw`\oint_C f(z) \, dz`],
  ['the integral of e to the x d x', String.raw`\int e^x \, dx`],
  [
    'the integral from 0 to infinity of e to the minus t d t',
    String.raw`\int_0^\infty e^{-t} \, dt`,
  ],
  [
    'integral Subscript 0 Superscript 1 Baseline f left parenthesis x right parenthesis d x',
    String.raw`\int_0^1 f(x) d x`,
  ],
  ['the sum from i equals 1 to n of i', String.raw`\sum_{i=1}^n i`],
  ['the sum from i equals 1 to n of a sub i', String.raw`\sum_{i=1}^n a_i`],
  ['the sum from k equals 0 to infinity of x to the k', String.raw`\sum_{k=0}^\infty x^k`],
  ['the sum over i of x sub i', String.raw`\sum_{i} x_i`],
  // The "of" of a product's function is not the sum's.
  ['the sum over i, lambda sub i times f of x', String.raw`\sum_{i} \lambda_i f(x)`],
  ['the product from i equals 1 to n of x sub i', String.raw`\prod_{i=1}^n x_i`],
  ['the sum over i equals 1 to d of w sub i', String.raw`\sum_{i=1}^d w_i`],
  // A body that does not involve the index goes on to the next term: ∏ x would not.
  ['the product from i equals one to n of x plus one', String.raw`\prod_{i=1}^n (x + 1)`],
  ['the sum from k equals 1 to n of a plus b sub k', String.raw`\sum_{k=1}^n (a + b_k)`],
  ['the sum from i equals 1 to n of i plus 1', String.raw`\sum_{i=1}^n i + 1`],
  [
    'the sum from i equals 1 to n of 1 plus the sum from j equals 1 to m of j',
    String.raw`\sum_{i=1}^n 1 + \sum_{j=1}^m j`,
  ],
  ['the limit as x approaches 0 of sine x over x', String.raw`\lim_{x \to 0} \frac{\sin x}{x}`],
  // Said without "of", a function's name or an operand after infinity starts the limit's body.
  ['lim x to 0 sin x over x', String.raw`\lim_{x \to 0} \frac{\sin x}{x}`],
  // A limit's body keeps "all" said after a pause; a difference quotient steps the argument.
  [
    'the limit as n goes to infinity of one plus one over n, all to the n, equals e',
    String.raw`\lim_{n \to \infty} \left(1 + \frac{1}{n}\right)^n = e`,
  ],
  [
    'the limit as h goes to zero of f of a plus h minus f of a, all over h',
    String.raw`\lim_{h \to 0} \frac{f(a + h) - f(a)}{h}`,
  ],
  ['f of x plus h', 'f(x) + h'],
  // A function's derivative at a point is written with primes.
  ['the derivative of f at a', "f'(a)"],
  ['the second derivative of g at 0', "g''(0)"],
  ['the fifth derivative of f at 0', 'f^{(5)}(0)'],
  // A big operator over a relation of its index ("p dividing n") runs on as over "i equals 1".
  [
    'the product over p dividing n of one minus one over p',
    String.raw`\prod_{p \mid n} \left(1 - \frac{1}{p}\right)`,
  ],
  // The chain rule's factors, where no integral is said; e raised after an argument of one symbol.
  [
    'd z d t equals partial z partial x times d x d t plus partial z partial y times d y d t',
    String.raw`\frac{dz}{dt} = \frac{\partial z}{\partial x} \frac{dx}{dt} + \frac{\partial z}{\partial y} \frac{dy}{dt}`,
  ],
  [
    'the integral from minus infinity to infinity of f of t e to the minus i omega t d t',
    String.raw`\int_{-\infty}^{\infty} f(t) e^{-i\omega t} \, dt`,
  ],
  ['limit as x goes to infinity e to the minus x', String.raw`\lim_{x \to \infty} e^{-x}`],
  // The order of a partial derivative said as an ordinal or a power.
  ['the second partial of u with respect to x', String.raw`\frac{\partial^2 u}{\partial x^2}`],
  ['the partial squared of u with respect to x', String.raw`\frac{\partial^2 u}{\partial x^2}`],
  ['the limit as x -> 0 of f of x', String.raw`\lim_{x \to 0} f(x)`],
  // A range said without "from".
  ['summation i equals 1 to n of x i', String.raw`\sum_{i=1}^{n} x_i`],
  // "all over" inside a limit's body divides the body.
  ['the limit as x approaches 0 of sine x all over x', String.raw`\lim_{x \to 0} \frac{\sin x}{x}`],
  // …or after the body, with "for".
  ['the sum of x sub i for i from 1 to n', String.raw`\sum_{i=1}^{n} x_i`],
  ['the product of a sub k for k equals 0 to infinity', String.raw`\prod_{k=0}^{\infty} a_k`],
  ['the sum of x sub i for i in S equals 1', String.raw`\sum_{i \in S} x_i = 1`],
  ['the integral over the real line of f of x d x', String.raw`\int_{\mathbb{R}} f(x) \, dx`],
  [
    'the partial derivative of f with respect to x and y',
    String.raw`\frac{\partial^2 f}{\partial x \partial y}`,
  ],
  ['the change in x over the change in t', String.raw`\frac{\Delta x}{\Delta t}`],
  // A derivative said without "by" where a side starts and ends; differentials elsewhere.
  ['d y d x equals 2 x', String.raw`\frac{dy}{dx} = 2x`],
  ['a equals d squared x d t squared', String.raw`a = \frac{d^2 x}{dt^2}`],
  // A derivative said without "by" and raised whole: the arc length of a parametric curve.
  [
    'the integral from alpha to beta of the square root of d x d t squared plus d y d t squared, d t',
    String.raw`\int_\alpha^\beta \sqrt{\left(\frac{dx}{dt}\right)^2 + \left(\frac{dy}{dt}\right)^2} \, dt`,
  ],
  [
    'd y d x equals d y d t divided by d x d t',
    String.raw`\frac{dy}{dx} = \frac{\frac{dy}{dt}}{\frac{dx}{dt}}`,
  ],
  // The differential said as the numerator; C added last is the constant of integration.
  [
    'the integral of d x over x equals the natural log of the absolute value of x plus C',
    String.raw`\int \frac{dx}{x} = \ln |x| + C`,
  ],
  // An integral in a bare exponent is the exponent whole; an application after one is the next factor.
  ['e to the integral of p of x d x', String.raw`e^{\int p(x) \, dx}`],
  [
    'the integral from zero to infinity of e to the negative s t f of t d t',
    String.raw`\int_0^\infty e^{-st} f(t) \, dt`,
  ],
  ['d squared y d x squared plus y equals 0', String.raw`\frac{d^2 y}{dx^2} + y = 0`],
  ['emf equals minus d capital phi sub B d t', String.raw`\text{emf} = -\frac{d\Phi_B}{dt}`],
  ['d x d y equals r d r d theta', String.raw`dx \, dy = r \, dr \, d\theta`],
  ['the limit as n goes to infinity of 1 over n', String.raw`\lim_{n \to \infty} \frac{1}{n}`],
  // "the union of A and B" names the binary operation; with limits or one operand it is the big one.
  ['the union of A and B', String.raw`A \cup B`],
  ['the intersection of S and T', String.raw`S \cap T`],
  ['the sum of a and b', 'a + b'],
  // With nothing to act on, the operator is the word.
  ['the outer product', String.raw`\text{outer product}`],
  ['the sum of squares', String.raw`\sum \text{squares}`],
  // Limits said after the body.
  ['the integral of x squared from 0 to 1', String.raw`\int_0^1 x^2`],
  ['the integral of x squared d x from 0 to 1', String.raw`\int_0^1 x^2 \, dx`],
  ['the integral of x squared from 0 to 1 d x', String.raw`\int_0^1 x^2 \, dx`],
  ['the sum of a sub n from n equals 1 to infinity', String.raw`\sum_{n=1}^{\infty} a_n`],
  ['the product of x sub i from i equals 1 to n equals 1', String.raw`\prod_{i=1}^{n} x_i = 1`],
  ['the n th derivative of f with respect to x', String.raw`\frac{d^n f}{dx^n}`],
  ['the union of, S sub i', String.raw`\bigcup S_i`],
  // What a limit is "of" runs to a relation: a sum takes parentheses, sums over sums are one fraction.
  ['limit as x approaches 4 of x plus 2 equals 6', String.raw`\lim_{x \to 4} (x + 2) = 6`],
  [
    'limit as x nears 1 of x minus 2 over x squared plus x minus 6',
    String.raw`\lim_{x \to 1} \frac{x - 2}{x^2 + x - 6}`,
  ],
  ['limit as x approaches 0 from the left of f of x', String.raw`\lim_{x \to 0^-} f(x)`],
  ['limit from the left as x approaches c of f of x', String.raw`\lim_{x \to c^-} f(x)`],
  ['the limit from the right as x approaches 0 of g of x', String.raw`\lim_{x \to 0^+} g(x)`],
  ['limit as x nears 1 of x squared', String.raw`\lim_{x \to 1} x^2`],
  ['the maximum over i of x sub i', String.raw`\max_{i} x_{i}`],
  ['the min over i of x sub i', String.raw`\min_{i} x_{i}`],
  ['the argmax over theta of f of theta', String.raw`\arg\max_{\theta} f(\theta)`],
  ['the argmin over x of f of x', String.raw`\arg\min_{x} f(x)`],
  ['the expectation over x drawn from p of f of x', String.raw`\mathbb{E}_{x \sim p} f(x)`],
  ['the tensor product of V and W', String.raw`V \otimes W`],
  ['the direct sum from i equals 1 to n of V sub i', String.raw`\bigoplus_{i=1}^{n} V_i`],
  ['minimum over k less than or equal to b, mu sub k', String.raw`\min_{k \leq b} \mu_{k}`],
  ['the supremum over n of a sub n', String.raw`\sup_{n} a_{n}`],
  ['max of x', String.raw`\max x`],
  [
    'limit Underscript x right arrow 0 Endscripts f left parenthesis x right parenthesis',
    String.raw`\lim_{x \rightarrow 0} f(x)`,
  ],
  // A limit with no variable said is of what follows; without "of" it is the word.
  ['the limit of a sub n equals L', String.raw`\lim a_n = L`],
  // The variable may be said after what the limit is of.
  ['the limit of f of x as x approaches a', String.raw`\lim_{x \to a} f(x)`],
  [
    'the limit of one over x, as x goes to infinity, equals 0',
    String.raw`\lim_{x \to \infty} \frac{1}{x} = 0`,
  ],
  ['the limit of x squared as x approaches 2 from the left', String.raw`\lim_{x \to 2^-} x^2`],
  ['the lim sup as n approaches infinity of a sub n', String.raw`\limsup_{n \to \infty} a_n`],
  [
    'the limit inferior as n approaches infinity of x sub n',
    String.raw`\liminf_{n \to \infty} x_n`,
  ],
  // A set operator with scripts is the big operator.
  [
    'union Underscript n Endscripts intersection Underscript k greater than or equals n Endscripts upper E Subscript k',
    String.raw`\bigcup_{n} \bigcap_{k \geq n} E_k`,
  ],
  ['the intersection of A and B', String.raw`A \cap B`],
];
