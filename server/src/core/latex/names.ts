/**
 * The vocabulary of the trees that parseLatexMath builds — the contract with whoever evaluates
 * them (the equivalence engine, the reader aloud, the printer).
 *
 * Symbols
 * - `pi` is π and `e` is Euler's number; `Infinity` is ∞. Every other SymbolNode is a variable.
 *   In particular `i` is a variable (never the imaginary unit: it is far more often an index),
 *   and Greek names such as `phi`, `tau` are variables even though mathjs has constants with
 *   those names — an evaluator must bind every symbol except those in CONSTANT_SYMBOLS.
 * - Identifier names: a base (`x`, a Greek name `alpha`, or a LaTeX form such as `\hat{x}`,
 *   `\mathbf{p}`, `\mathrm{speed}`), then an optional subscript (`x_i`, `x_12`, `x_{i+1}`, with the
 *   subscript's LaTeX normalised), then primes (`x'`, `f''`). Distinct names are distinct variables.
 *
 * Functions: mathjs names where the meaning is the same (sin … atanh, log (natural; log(x, b) with
 * a base), exp, sqrt, nthRoot(x, n), abs, floor, ceil, norm, det, max, min, gcd, lcm). Applying a
 * user function `f` is FunctionNode `f`; `f'(x)` applies the function named `f'` (the derivative of
 * f). The reserved, capitalised names below are not mathjs functions: an evaluator must handle them.
 */
export const RESERVED_FUNCTIONS = {
  /** Derivative(expr, x, order): d^order/dx^order of expr (ordinary or partial). */
  Derivative: 'Derivative',
  /** Integral(expr, x) indefinite; Integral(expr, x, a, b) definite from a to b. */
  Integral: 'Integral',
  /** Sum(expr, i, from, to): sum of expr for integer i from `from` to `to`. */
  Sum: 'Sum',
  /** Product(expr, i, from, to). */
  Product: 'Product',
  /** Limit(expr, x, to). */
  Limit: 'Limit',
  /** Binomial(n, k): n choose k. */
  Binomial: 'Binomial',
  /** PlusMinus(a, b) is a ± b; PlusMinus(a) is ±a. MinusPlus likewise for ∓. */
  PlusMinus: 'PlusMinus',
  MinusPlus: 'MinusPlus',
  /** Set(a, b, …): the finite set {a, b, …}. */
  Set: 'Set',
} as const;

export const CONSTANT_SYMBOLS: ReadonlySet<string> = new Set(['pi', 'e', 'Infinity']);

export const GREEK: readonly string[] = [
  'alpha',
  'beta',
  'gamma',
  'delta',
  'epsilon',
  'varepsilon',
  'zeta',
  'eta',
  'theta',
  'vartheta',
  'iota',
  'kappa',
  'varkappa',
  'lambda',
  'mu',
  'nu',
  'xi',
  'omicron',
  'pi',
  'varpi',
  'rho',
  'varrho',
  'sigma',
  'varsigma',
  'tau',
  'upsilon',
  'phi',
  'varphi',
  'chi',
  'psi',
  'omega',
  'Gamma',
  'Delta',
  'Theta',
  'Lambda',
  'Xi',
  'Pi',
  'Sigma',
  'Upsilon',
  'Phi',
  'Psi',
  'Omega',
  'varGamma',
  'varDelta',
  'varTheta',
  'varLambda',
  'varXi',
  'varPi',
  'varSigma',
  'varUpsilon',
  'varPhi',
  'varPsi',
  'varOmega',
  'ell',
  'hbar',
  'nabla',
];

export const GREEK_SET: ReadonlySet<string> = new Set(GREEK);

/** Named functions: LaTeX command name → mathjs function name. */
export const KNOWN_FUNCTIONS: Readonly<Record<string, string>> = {
  sin: 'sin',
  cos: 'cos',
  tan: 'tan',
  cot: 'cot',
  sec: 'sec',
  csc: 'csc',
  arcsin: 'asin',
  arccos: 'acos',
  arctan: 'atan',
  arccot: 'acot',
  arcsec: 'asec',
  arccsc: 'acsc',
  sinh: 'sinh',
  cosh: 'cosh',
  tanh: 'tanh',
  coth: 'coth',
  sech: 'sech',
  csch: 'csch',
  arsinh: 'asinh',
  arcosh: 'acosh',
  artanh: 'atanh',
  ln: 'log',
  log: 'log',
  exp: 'exp',
  det: 'det',
  max: 'max',
  min: 'min',
  gcd: 'gcd',
};

/** Inverse names for `\sin^{-1}` and friends. */
export const INVERSE_FUNCTIONS: Readonly<Record<string, string>> = {
  sin: 'asin',
  cos: 'acos',
  tan: 'atan',
  cot: 'acot',
  sec: 'asec',
  csc: 'acsc',
  sinh: 'asinh',
  cosh: 'acosh',
  tanh: 'atanh',
};

/** mathjs function name → LaTeX command, for the printer. */
export const FUNCTION_LATEX: Readonly<Record<string, string>> = {
  sin: '\\sin',
  cos: '\\cos',
  tan: '\\tan',
  cot: '\\cot',
  sec: '\\sec',
  csc: '\\csc',
  asin: '\\arcsin',
  acos: '\\arccos',
  atan: '\\arctan',
  acot: '\\operatorname{arccot}',
  asec: '\\operatorname{arcsec}',
  acsc: '\\operatorname{arccsc}',
  sinh: '\\sinh',
  cosh: '\\cosh',
  tanh: '\\tanh',
  coth: '\\coth',
  sech: '\\operatorname{sech}',
  csch: '\\operatorname{csch}',
  asinh: '\\operatorname{arsinh}',
  acosh: '\\operatorname{arcosh}',
  atanh: '\\operatorname{artanh}',
  log: '\\ln',
  exp: '\\exp',
  det: '\\det',
  max: '\\max',
  min: '\\min',
  gcd: '\\gcd',
};
