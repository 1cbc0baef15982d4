import type { GoldenCase } from '../../golden';

export const functionCases: GoldenCase[] = [
  ['sine of x', String.raw`\sin x`],
  ['sine x', String.raw`\sin x`],
  // In prose (a sentence with its full stop) "F of x" is written as papers do, with parentheses.
  ['c equals cosecant of alpha.', String.raw`c = \csc(\alpha)`],
  ['mu equals 10 times sine of 2 pi t.', String.raw`\mu = 10 \sin(2\pi t)`],
  ['c equals the cosecant of alpha.', String.raw`c = \csc \alpha`],
  ['c equals cosecant alpha.', String.raw`c = \csc \alpha`],
  [
    'd of hat t, hat x sub 1, hat x sub 2 greater than 0',
    String.raw`d(\hat t, \hat x_1, \hat x_2) > 0`,
  ],
  ['the sine of x', String.raw`\sin x`],
  ['cosine of 2 x', String.raw`\cos 2x`],
  ['csc of 2 x', String.raw`\csc 2x`],
  ['sec x', String.raw`\sec x`],
  ['cot of theta', String.raw`\cot \theta`],
  ['sine of x plus y', String.raw`\sin(x + y)`],
  ['the tangent of, open paren, x plus y, close paren', String.raw`\tan(x+y)`],
  ['sine squared x plus cosine squared x equals 1', String.raw`\sin^2 x + \cos^2 x = 1`],
  // A bare "to the" with one operand before "of" raises the function.
  ['sine to the n of x', String.raw`\sin^n x`],
  ['f to the n of a', 'f^n(a)'],
  ['f to the minus 1 of y', 'f^{-1}(y)'],
  ['tangent x tangent y', String.raw`\tan x \tan y`],
  ['the log base 2 of n', String.raw`\log_2 n`],
  ['log base 10 of x', String.raw`\log_{10} x`],
  ['the natural log of x', String.raw`\ln x`],
  ['l n x', String.raw`\ln x`],
  ['e to the x, times log x', String.raw`e^x \log x`],
  ['hyperbolic sine of x', String.raw`\sinh x`],
  ['tanh of x', String.raw`\tanh x`],
  // A map from one set to another is its signature; a range of numbers stays words.
  ['f from A to B', String.raw`f : A \to B`],
  ['the function f from the reals to the reals', String.raw`f : \mathbb{R} \to \mathbb{R}`],
  ['x from 0 to 1', String.raw`x \text{ from } 0 \to 1`],
  // A named function said bare before another is written as said; a pause or "of" parenthesises.
  ['sine sine x', String.raw`\sin \sin x`],
  ['log log n', String.raw`\log \log n`],
  ['sine, arc cosine one half', String.raw`\sin \left(\cos^{-1} \frac{1}{2}\right)`],
  ['the inverse sine of sine 0', String.raw`\sin^{-1} \left(\sin 0\right)`],
  ['arctan of y over x', String.raw`\arctan \frac{y}{x}`],
  ['arc sine x', String.raw`\sin^{-1} x`],
  ['inverse sine of x', String.raw`\sin^{-1} x`],
  ['sine inverse x', String.raw`\sin^{-1} x`],
  ['f of x', 'f(x)'],
  // Another application said right after a one-symbol argument is the next factor.
  ['f of x g of x', 'f(x) g(x)'],
  ['sine of x cosine of x', String.raw`\sin x \cos x`],
  // …also after an argument that is one application, and for a gradient of one.
  ['f prime of g of x g prime of x', "f'(g(x)) g'(x)"],
  ['f prime of p of x nabla p of x', String.raw`f'(p(x)) \nabla p(x)`],
  ['f of g of h of x', 'f(g(h(x)))'],
  ['e belongs to E of D', String.raw`e \in E(D)`],
  ['f of g of x', 'f(g(x))'],
  ['big O of kappa d squared log of n', String.raw`O(\kappa d^2 \log n)`],
  ['p equals F of q sub L of u', 'p = F(q_L(u))'],
  ['f of x plus 1', 'f(x) + 1'],
  // Where the same function is applied to the same variable elsewhere, a step is the argument's.
  ['f of n equals f of n minus 1 plus f of n minus 2', 'f(n) = f(n - 1) + f(n - 2)'],
  ['T of n equals 2 T of n over 2 plus n', String.raw`T(n) = 2T\left(\frac{n}{2}\right) + n`],
  ['g of x equals f of x plus 1', 'g(x) = f(x) + 1'],
  // A letter said with primes is the unknown function: a factor after a coefficient's argument.
  ['y double prime plus p of x y prime plus q of x y equals 0', "y'' + p(x) y' + q(x) y = 0"],
  ['f of x y', 'f(xy)'],
  // A product or quotient with another applied letter ends the argument; other products stay inside.
  ['g of x times h of x', 'g(x) h(x)'],
  ['f of x times g of x equals 1', 'f(x) g(x) = 1'],
  ['f of a times b', 'f(a b)'],
  ['f of x over g of x', String.raw`\frac{f(x)}{g(x)}`],
  // The same with a named function: said with "of" after a letter's argument, at all after a name's.
  ['sine of x over cosine of x', String.raw`\frac{\sin x}{\cos x}`],
  ['f of x over log of x', String.raw`\frac{f(x)}{\log x}`],
  ['f of x times sine of x', String.raw`f(x) \sin x`],
  ['Q of a times cosine psi, omega', String.raw`Q(a \cos \psi, \omega)`],
  // After a comma, another application is the next formula, not one more argument.
  ['S of P, S of Q', 'S(P), S(Q)'],
  ['epsilon of y, epsilon of 0', String.raw`\epsilon(y), \epsilon(0)`],
  // A comparison said straight on after an equation's right side is a condition, not an argument.
  ['g of t equals l of x, x less than 0', 'g(t) = l(x), x < 0'],
  ['f of x, y equals 3', 'f(x, y) = 3'],
  // Inside another function's arguments, a comma separates the outer arguments.
  ['psi of u of x, t, x sub 0', String.raw`\psi(u(x), t, x_0)`],
  // ClearSpeak pauses between a scripted name and its "of" or "inverse of".
  ['g sub 1, inverse of, g sub 2, of x', 'g_1^{-1}(g_2(x))'],
  ['f sub 1, of, g sub 2, inverse of x', 'f_1(g_2^{-1}(x))'],
  ['pi sub zero of f, colon, pi sub zero of A', String.raw`\pi_0(f) : \pi_0(A)`],
  ['lambda of n divided by log n', String.raw`\frac{\lambda(n)}{\log n}`],
  ['sine of x over the square root of 2', String.raw`\frac{\sin x}{\sqrt{2}}`],
  ['G of e sub j, e sub k', 'G(e_j, e_k)'],
  [
    'x sub n plus one equals x sub n minus f of x sub n over f prime of x sub n',
    String.raw`x_{n+1} = x_n - \frac{f(x_n)}{f'(x_n)}`,
  ],
  [
    'p of a given b equals p of b given a times p of a over p of b',
    String.raw`p(a | b) = \frac{p(b | a) p(a)}{p(b)}`,
  ],
  // In a function's arguments "and" separates them, as a comma does.
  ['the gcd of a and b', String.raw`\gcd(a, b)`],
  ['f of x and y', 'f(x, y)'],
  ['f of x, y, and z', 'f(x, y, z)'],
  ['the least common multiple of 4 and 6', String.raw`\operatorname{lcm}(4, 6)`],
  // A function of matrices takes a sum of matrices; other sums end its argument.
  ['the determinant of A minus lambda I equals 0', String.raw`\det(A - \lambda I) = 0`],
  // A noun between "the" and a letter only names it.
  ['the determinant of the matrix A minus lambda I equals 0', String.raw`\det(A - \lambda I) = 0`],
  ['the function f of x equals x squared', 'f(x) = x^2'],
  ['the set A union the set B', String.raw`A \cup B`],
  [
    'the trace of A plus B equals the trace of A plus the trace of B',
    String.raw`\operatorname{tr}(A + B) = \operatorname{tr} A + \operatorname{tr} B`,
  ],
  ['the determinant of A plus 1', String.raw`\det A + 1`],
  ['the natural logarithm of the gamma function of z', String.raw`\ln \Gamma(z)`],
  ['the natural log of f of x', String.raw`\ln f(x)`],
  // A constant said first and a variable term after it are one argument: nobody says log 1 + x.
  ['the log of one plus x', String.raw`\log(1 + x)`],
  ['cotangent of pi by 2 minus x equals tangent x', String.raw`\cot(\frac{\pi}{2} - x) = \tan x`],
  ['ln of one plus x squared plus C', String.raw`\ln(1 + x^2) + C`],
  ['the log of 2 plus 3', String.raw`\log 2 + 3`],
  ['the log of 2 plus the log of x', String.raw`\log 2 + \log x`],
  [
    'cosine of pi over 3 plus i sine of pi over 3',
    String.raw`\cos \frac{\pi}{3} + i \sin \frac{\pi}{3}`,
  ],
  ['the covariance of x and y', String.raw`\operatorname{Cov}(x, y)`],
  ['the expected value of x', String.raw`\mathbb{E}[x]`],
  ['the expectation of the absolute value of x squared', String.raw`\mathbb{E}[|x|^2]`],
  // A probability or variance is written with its parentheses, however it is said.
  ['the probability of A', 'P(A)'],
  // An event said as a clause holds its equality and ends at "is".
  ['the probability that X equals k is one sixth', String.raw`P(X = k) = \frac{1}{6}`],
  ['the probability that X is greater than 2 equals one half', String.raw`P(X > 2) = \frac{1}{2}`],
  ['the probability of A times the probability of B', 'P(A) P(B)'],
  [
    'the probability of A union B equals the probability of A plus the probability of B',
    String.raw`P(A \cup B) = P(A) + P(B)`,
  ],
  [
    'one over the determinant of A times the adjugate of A',
    String.raw`\frac{1}{\det A} \operatorname{adj} A`,
  ],
  ['the span of v sub 1 and v sub 2', String.raw`\operatorname{span}(v_1, v_2)`],
  ['the power set of A', String.raw`\mathcal{P}(A)`],
  // An event holds its comparisons; an equality after it is said of the probability.
  ['the probability of X greater than 2 equals 0.1', 'P(X > 2) = 0.1'],
  // Unless another equality follows it with no application between.
  ['the probability of X equals k equals one sixth', String.raw`P(X = k) = \frac{1}{6}`],
  [
    'the probability of A equals the probability of B equals one half',
    String.raw`P(A) = P(B) = \frac{1}{2}`,
  ],
  // P said as a letter of a capital is the probability too; of a small letter, a polynomial.
  ['P of X greater than 2 equals one half', String.raw`P(X > 2) = \frac{1}{2}`],
  // An event may start with a group: P(|X̄ₙ − μ| > ε).
  [
    'P of the absolute value of X bar sub n minus mu greater than epsilon',
    String.raw`P(|\bar{X}_n - \mu| > \epsilon)`,
  ],
  // A named function said bare of an application ends a short argument: p(x) log p(x).
  ['the sum over x of p of x log p of x', String.raw`\sum_x p(x) \log p(x)`],
  ['P of X equals k equals one sixth', String.raw`P(X = k) = \frac{1}{6}`],
  ['P of x plus 1', 'P(x) + 1'],
  ['the probability of A equals one half', String.raw`P(A) = \frac{1}{2}`],
  ['the variance of X', String.raw`\operatorname{Var}(X)`],
  ['the gamma function of z', String.raw`\Gamma(z)`],
  ['the Riemann zeta function of s', String.raw`\zeta(s)`],
  // A transform's argument is in braces.
  ['the Laplace transform of f of t equals F of s', String.raw`\mathcal{L}\{f(t)\} = F(s)`],
  [
    'the inverse Laplace transform of one over s squared',
    String.raw`\mathcal{L}^{-1}\{\frac{1}{s^2}\}`,
  ],
  ['the Fourier transform of g', String.raw`\mathcal{F}\{g\}`],
  ['the probability of A given B', 'P(A | B)'],
  ['p of y given x p of x', 'p(y | x) p(x)'],
  // A capital said as "capital A" is an event's as a written one is.
  ['capital P of capital A union capital B', String.raw`P(A \cup B)`],
  ['the expectation of x given y', String.raw`\mathbb{E}[x | y]`],
  // A random variable set to its own small letter is one event or condition: P(X = x), Y = y.
  ['the probability of X equals x', 'P(X = x)'],
  ['the expected value of X given Y equals y', String.raw`\mathbb{E}[X | Y = y]`],
  [
    'the probability that X is less than or equal to x given Y equals y',
    String.raw`P(X \leq x | Y = y)`,
  ],
  [
    'the probability that X is greater than 2 plus the probability that Y is less than 1',
    'P(X > 2) + P(Y < 1)',
  ],
  ['f of, open paren, x plus 1, close paren', 'f(x+1)'],
  ['g of x, plus h of x', 'g(x) + h(x)'],
  ['f prime of x', "f'(x)"],
  // Primes said after a subscript and before "of" are the function's.
  ['f sub n prime of x', "f'_n(x)"],
  // In prose (with its full stop) primes are written as papers write them.
  ['g prime of y equals zero.', "g'(y) = 0"],
  ['a prime sub q belongs to A.', String.raw`a'_q \in A`],
  ['f double prime of x.', "f''(x)"],
  ['mu hat sub i of t', String.raw`\hat{\mu}_{i}(t)`],
  ['p of x given z sub B', String.raw`p(x | z_{B})`],
  ['phi of x given M, Sigma', String.raw`\phi(x | M, \Sigma)`],
  ['f of x given', String.raw`f(x) |`],
  ['f tilde sub 1 of x', String.raw`\tilde{f}_{1}(x)`],
  ['f double prime of x', "f''(x)"],
  ['g inverse of y', 'g^{-1}(y)'],
  ['f sub 1 of x', 'f_1(x)'],
  ['h of, g of x', 'h(g(x))'],
  // An argument said in parentheses ends where they close before a product or a quotient.
  ['f of open paren x plus 1 close paren times y', 'f(x+1) y'],
  ['f of open paren x close paren over 2', String.raw`\frac{f(x)}{2}`],
  // A letter's argument that is one symbol ends at a division, as at a sign.
  ['f of x over 2', String.raw`\frac{f(x)}{2}`],
  ['lambda of tau sub Q divided by U', String.raw`\frac{\lambda(\tau_Q)}{U}`],
  ['f of 2 x over 3', String.raw`f(\frac{2x}{3})`],
  // The word "comma" ends an argument as a written comma does, before the next formula, and inside
  // another function's parenthesised arguments.
  ['S of P comma S of Q', 'S(P), S(Q)'],
  ['g of t equals l of x comma x is less than 0', 'g(t) = l(x), x < 0'],
  ['psi of open paren u of x comma t close paren', String.raw`\psi(u(x), t)`],
  ['f of xi of x comma y', String.raw`f(\xi(x, y))`],
  ['f times x', 'f(x)'],
  ['f times, g times x', 'f(g(x))'],
  ['open paren, f plus g, close paren, of x', '(f+g)(x)'],
  ['n factorial', 'n!'],
  ['open paren n minus 1 close paren factorial', '(n-1)!'],
  ['x prime', "x'"],
  // Primes gather in one superscript: y'' and not {y'}'.
  ['y prime prime', "y''"],
  ['the exponential of x', String.raw`\exp x`],
  // A product of letters said after "of" is the argument whole; after ClearSpeak's pause, bare.
  ['log of a b equals log a plus log b', String.raw`\log(ab) = \log a + \log b`],
  ['the determinant of A B', String.raw`\det(AB)`],
  ['the log base 10 of, x y', String.raw`\log_{10} x y`],
  ['csc of 2 x', String.raw`\csc 2x`],
  ['the nullity of A', String.raw`\operatorname{nullity} A`],
  // A trigonometric "of" with a sum of two symbols before a relation is the angle.
  [
    'cosine of a minus b equals cosine a cosine b plus sine a sine b',
    String.raw`\cos(a - b) = \cos a \cos b + \sin a \sin b`,
  ],
  ['sine of x plus 1', String.raw`\sin x + 1`],
  ['the determinant of A', String.raw`\det A`],
];
