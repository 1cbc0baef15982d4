import type { MathNode } from './mathjsNodes';
import type { ParsedMath } from './index';

/**
 * The vocabulary of the trees that parseLatexMath builds — the contract with whoever evaluates
 * them (the equivalence engine, the reader aloud, the printer).
 *
 * Symbols
 * - `pi` is π and `e` is Euler's number; `Infinity` is ∞; `Ellipsis` is … (RESERVED_SYMBOLS).
 *   Every other SymbolNode is a variable. In particular `i` is a variable in the tree (it is far
 *   more often an index); usesImaginaryUnit() below tells when a formula means the unit,
 *   and Greek names such as `phi`, `tau` are variables even though mathjs has constants with
 *   those names — an evaluator must bind every symbol except those in CONSTANT_SYMBOLS.
 * - Identifier names: a base (`x`, a Greek name `alpha`, or a LaTeX form such as `\hat{x}`,
 *   `\mathbf{p}`, `\mathrm{speed}`), then an optional subscript (`x_i`, `x_12`, `x_{i+1}`, with the
 *   subscript's LaTeX normalised), then a decoration `*`, `+` or `-`
 *   written as the whole superscript (`x^*`, `A^{+}`, `\mathbb{Z}^-`: names `x^*`, `A^+`…), or a
 *   braced one: a text label (`h^{\text{TT}}`), a mark (`U^{\dagger}`, `V^{\perp}`, `u^{\pm}`), a
 *   charge (`G^{++}`) or a list of labels (`C^{1,\alpha}`), then primes (`x'`, `f''`). Distinct
 *   names are distinct variables.
 *
 * Functions: mathjs names where the meaning is the same (sin … atanh, log (natural; log(x, b) with
 * a base), exp, sqrt, nthRoot(x, n), abs, floor, ceil, norm, det, max, min, gcd, lcm). Applying a
 * user function `f` is FunctionNode `f`; `f'(x)` applies the function named `f'` (the derivative of
 * f). A name is applied (rather than multiplied) when it is known to be a function (options, a
 * definition `f(x) = …` in the formula), primed, before a parenthesised list, one of f, g, h before
 * a parenthesised variable, or a letter before the variable of the integral it is in (`\int u(t)\,dt`). Top-level lists and annotations are on ParsedMath (index.ts), not in the trees.
 * The reserved, capitalised names below are not mathjs functions: an evaluator must handle them.
 */
export const RESERVED_FUNCTIONS = {
  /** Derivative(expr, x, order): d^order/dx^order of expr (ordinary or partial). */
  Derivative: 'Derivative',
  /** Integral(expr, x) indefinite; Integral(expr, x, a, b) definite from a to b. */
  Integral: 'Integral',
  /** IntegralOver(expr, x, D): the integral of expr over the domain D (`\\int_D`, `\\int_C`). */
  IntegralOver: 'IntegralOver',
  /**
   * MultipleIntegral(f, n, x, y…) ∬ f dx dy; MultipleIntegralOver(f, n, D, A) ∬_D f dA: n integrals,
   * with one differential per integral or one element (dA, dV). Never evaluated.
   */
  MultipleIntegral: 'MultipleIntegral',
  MultipleIntegralOver: 'MultipleIntegralOver',
  /** Sum(expr, i, from, to): sum of expr for integer i from `from` to `to`. */
  Sum: 'Sum',
  /** Product(expr, i, from, to). */
  Product: 'Product',
  /** Limit(expr, x, to); Limit(expr, x, to, side) one-sided, side the string '+' or '-'. */
  Limit: 'Limit',
  /** LimitSuperior(expr, x, to) lim sup, LimitInferior(expr, x, to) lim inf: never evaluated. */
  LimitSuperior: 'LimitSuperior',
  LimitInferior: 'LimitInferior',
  /**
   * Sums with no bounds written keep what is written: SumOver(expr) (`\\sum a`, the range is left
   * to the reader), SumOver(expr, i) (`\\sum_i`: over all values of the index i), SumOver(expr, i, S)
   * (`\\sum_{i \\in S}`); `\\sum_{i,j}` nests SumOver per index. SumWhere(expr, i, condition) sums
   * over the i satisfying a comparison (`\\sum_{\\ell \\ge 1}`: a RelationalNode). Product likewise:
   * ProductOver, ProductWhere.
   */
  SumOver: 'SumOver',
  SumWhere: 'SumWhere',
  /**
   * Complement(S): the domain of an index or a set-builder written `\\notin S` (SumOver(t, i,
   * Complement(S)), SetBuilder(x, Complement(S), c)); the universe is the formula's, unstated.
   */
  Complement: 'Complement',
  ProductOver: 'ProductOver',
  ProductWhere: 'ProductWhere',
  /**
   * Big unions and intersections (`\\bigcup`, `\\bigcap`, and `\\cup`/`\\cap` with scripts where an
   * operand starts): UnionOver(expr, i, a, b) for `_{i=a}^{b}`, and the shapes of SumOver and
   * SumWhere otherwise. IntersectOver, IntersectWhere likewise.
   */
  UnionOver: 'UnionOver',
  UnionWhere: 'UnionWhere',
  IntersectOver: 'IntersectOver',
  IntersectWhere: 'IntersectWhere',
  /**
   * Suprema and infima (`\\sup_{x \\in S} f`, `\\inf_n a_n`, `\\sup S`) and minima and maxima over
   * a range (`\\min_{k \\le a} \\mu_k`; `\\max(a, b)` is the function max): the shapes of UnionOver
   * and SumWhere. MinOver and MaxOver always have an index.
   */
  SupOver: 'SupOver',
  SupWhere: 'SupWhere',
  InfOver: 'InfOver',
  InfWhere: 'InfWhere',
  MinOver: 'MinOver',
  MinWhere: 'MinWhere',
  MaxOver: 'MaxOver',
  MaxWhere: 'MaxWhere',
  /** `\\bigoplus_{i=1}^{n} V_i`, `\\bigotimes_i V_i`: the shapes of UnionOver, never evaluated. */
  DirectSumOver: 'DirectSumOver',
  DirectSumWhere: 'DirectSumWhere',
  TensorOver: 'TensorOver',
  TensorWhere: 'TensorWhere',
  /** `\\arg\\max_{\\theta} f(\\theta)`, `\\arg\\min_x f`: where the extremum is, never evaluated. */
  ArgMaxOver: 'ArgMaxOver',
  ArgMaxWhere: 'ArgMaxWhere',
  ArgMinOver: 'ArgMinOver',
  ArgMinWhere: 'ArgMinWhere',
  /** Binomial(n, k): n choose k. */
  Binomial: 'Binomial',
  /** PlusMinus(a, b) is a ± b; PlusMinus(a) is ±a. MinusPlus likewise for ∓. */
  PlusMinus: 'PlusMinus',
  MinusPlus: 'MinusPlus',
  /** Set(a, b, …): the finite set {a, b, …}; Set() is the empty set `\\emptyset`. */
  Set: 'Set',
  /**
   * SetBuilder(x, condition) is {x | condition}; SetBuilder(x, A, condition) is {x ∈ A | condition}.
   * The condition is a RelationalNode of comparisons or, when written so, a bare expression.
   */
  SetBuilder: 'SetBuilder',
  /** Tuple(a, b, …): `(a, b, …)`, an ordered tuple (also a point, or arguments not applied). */
  Tuple: 'Tuple',
  /**
   * Brackets(a, b, …): `[a, b]` where nothing says what it is — a closed interval, a commutator,
   * a Lie bracket, a list. Kept as written, with no value (after \in it is an Interval).
   */
  Brackets: 'Brackets',
  /**
   * Interval(a, b, leftClosed, rightClosed) with boolean ConstantNodes for the flags: `[a, b)` is
   * Interval(a, b, true, false). `(a, b)` is an interval only after \in/\notin/\subset.
   */
  Interval: 'Interval',
  /** Subscript(expr, index): an indexed expression that is not an identifier, `(a+b)_n`. */
  Subscript: 'Subscript',
  /**
   * Indexed families: Family(x, i, a, b) is `\\{x\\}_{i=a}^{b}` (the x for i from a to b),
   * FamilyOver(x, i, S) is `\\{x\\}_{i \\in S}`, FamilyWhere(x, i, condition) `(x)_{i \\ge 1}`.
   */
  Family: 'Family',
  FamilyOver: 'FamilyOver',
  FamilyWhere: 'FamilyWhere',
  /**
   * Given(x, z, …): the argument "x given z, …" of a conditional (`p(x \\mid z)` →
   * p(Given(x, z)), `\\phi(x | \\mu, \\Sigma)`); P(A | B) is Probability(A, B) instead.
   */
  Given: 'Given',
  /** Percent(x): x% = x/100 (`60\\%`). */
  Percent: 'Percent',
  /** Boundary(D): ∂D, the boundary of a domain (`\\partial \\Omega`; only on a capital or script name). */
  Boundary: 'Boundary',
  /** Restrict(f, A): f restricted to the set A (`f|_A`, `\\mu|_{(0,1]}`). */
  Restrict: 'Restrict',
  /** Permutations(n, k): {}_nP_k = n!/(n−k)!. ({}_nC_k is Binomial(n, k).) */
  Permutations: 'Permutations',
  /**
   * Prescript(x, lower) and Prescript(x, lower, upper): left index labels, `{}_{a}^{b}x` (tensor
   * indices, nuclides); the labels are SymbolNodes named by their LaTeX.
   */
  Prescript: 'Prescript',
  /**
   * Evaluate(expr, a, b): `\\left. expr \\right|_{a}^{b}` = expr at the upper bound minus expr at
   * the lower one; Evaluate(expr, x, a, b) when the bar names the variable (`|_{x=a}^{b}`).
   */
  Evaluate: 'Evaluate',
  /** Substitute(expr, x, a): `\\left. expr \\right|_{x=a}`, expr with x replaced by a. */
  Substitute: 'Substitute',
  /**
   * Probability(event) is P(event); Probability(event, condition) is P(event | condition). Each
   * is a RelationalNode of comparisons (`X = k`, `X \\le 1`) or an expression naming an event (`A`).
   */
  Probability: 'Probability',
  /** Expectation(X) is 𝔼[X]; Expectation(X, condition) is 𝔼[X | condition]. */
  Expectation: 'Expectation',
  /**
   * Cases(v1, c1, v2, c2, …): v1 where c1 holds, else v2 where c2 holds…; each condition is a
   * mathjs RelationalNode (`x < 0`, `0 \\le x < 1`) or the constant `true` for "otherwise".
   */
  Cases: 'Cases',
  /** Compose(f, g): f ∘ g. */
  Compose: 'Compose',
  /** Degrees(x): x°, an angle in degrees (x·π/180 radians). */
  Degrees: 'Degrees',
  /** Arcminutes(x): x′ on a number (x/60 degrees); Arcseconds(x): x″ (x/3600 degrees). */
  Arcminutes: 'Arcminutes',
  Arcseconds: 'Arcseconds',
  /** Inner(a, b): ⟨a, b⟩. */
  Inner: 'Inner',
  /** AngleBrackets(a): ⟨a⟩ (an expectation, a generated subgroup…: not decided). */
  AngleBrackets: 'AngleBrackets',
  /** Ket(a): |a⟩. */
  Ket: 'Ket',
  /** Angle(A, B, C): the geometric angle ∠ABC (one to three vertices, or a number: ∠1). */
  Angle: 'Angle',
  /** AngleMeasure(A, B, C): its measure, m∠ABC. */
  AngleMeasure: 'AngleMeasure',
  /** Triangle(A, B, C): the triangle △ABC. */
  Triangle: 'Triangle',
  /**
   * Accent(expr, accent): an accent over an expression, `\\bar{3 - 2i}` → Accent(3 − 2i, \\bar); the
   * accent is a SymbolNode named by its command. Its meaning (conjugate, closure, mean…) is not
   * decided. (Over a name, an accent makes a new identifier: see above.)
   */
  Accent: 'Accent',
  /**
   * Overset(base, mark), Underset(base, mark): `\\overset{m}{b}`, `\\underset{m}{b}` over a base that
   * is not a relation or a big operator; the mark is a SymbolNode named by its LaTeX.
   */
  Overset: 'Overset',
  Underset: 'Underset',
  /**
   * Uncertainty(v, e) is v ± e (`68.4_{\\pm 1.0}`); Uncertainty(v, lower, upper) is v with the
   * signed deviations as written (`1.03_{-0.16}^{+0.16}` → Uncertainty(1.03, −0.16, 0.16)).
   */
  Uncertainty: 'Uncertainty',
  /** Union(A, B) A ∪ B, Intersect(A, B) A ∩ B, SetMinus(A, B) A ∖ B, DisjointUnion(A, B) A ⊔ B. */
  Union: 'Union',
  Intersect: 'Intersect',
  SetMinus: 'SetMinus',
  DisjointUnion: 'DisjointUnion',
  /**
   * CircledDot(a, b): a ⊙ b, whose meaning (an elementwise product, a group action…) is not
   * decided.
   */
  CircledDot: 'CircledDot',
  /** Tensor(V, W): V ⊗ W; DirectSum(V, W): V ⊕ W. Products of spaces, not of numbers. */
  Tensor: 'Tensor',
  DirectSum: 'DirectSum',
  /** And(p, q), Or(p, q), Not(p): logic on expressions (never on relations: see index.ts). */
  And: 'And',
  Or: 'Or',
  Not: 'Not',
} as const;

/**
 * Reserved symbol names: `Ellipsis` is `…`/`⋯` in a sum (`a_1 + \cdots + a_n`), a product or a
 * list (`1, 2, \ldots, n`): the pattern continues; it has no value of its own. `Placeholder` is
 * `\cdot` as an argument slot (`u(t, \cdot)`, `|\cdot|`): the function of that argument.
 * `Omitted` is the unwritten side of a formula that starts or ends with a relation (`\sim 60`,
 * `3 + 4 =`), or the unwritten body of a big operator that ends a formula with its range
 * (`\sum_{z \in A}`): it is no variable, and nothing with it is checkable.
 */
export const RESERVED_SYMBOLS: ReadonlySet<string> = new Set([
  'Ellipsis',
  'Placeholder',
  'Omitted',
]);

interface AnyNode {
  type: string;
  name?: string;
  value?: unknown;
  fn?: string | { name: string };
  args?: MathNode[];
  items?: MathNode[];
  content?: MathNode;
}

function children(node: MathNode): MathNode[] {
  const n = node as unknown as AnyNode;
  return [...(n.args ?? []), ...(n.items ?? []), ...(n.content ? [n.content] : [])];
}

function walk(node: MathNode, visit: (node: MathNode) => void): void {
  visit(node);
  for (const child of children(node)) walk(child, visit);
}

function isSymbol(node: MathNode | undefined, name: string): boolean {
  return node?.type === 'SymbolNode' && (node as unknown as AnyNode).name === name;
}

function contains(node: MathNode, name: string): boolean {
  let found = false;
  walk(node, (n) => {
    if (isSymbol(n, name)) found = true;
  });
  return found;
}

function opOf(node: MathNode): string | undefined {
  const n = node as unknown as AnyNode;
  if (node.type === 'OperatorNode') return n.fn as string;
  if (node.type === 'FunctionNode') return (n.fn as { name: string }).name;
  return undefined;
}

const isNumber = (node: MathNode | undefined) =>
  node?.type === 'ConstantNode' && typeof (node as unknown as AnyNode).value === 'number';

/** b·i with a number b, or i alone. */
function isImaginaryTerm(node: MathNode): boolean {
  if (isSymbol(node, 'i')) return true;
  const args = (node as unknown as AnyNode).args ?? [];
  return opOf(node) === 'multiply' && isNumber(args[0]) && isSymbol(args[1], 'i');
}

/** Whether the subscript part of an identifier name mentions the letter i (x_i, a_{ij}, t_{i+1}). */
function subscriptMentionsI(name: string): boolean {
  const at = name.indexOf('_');
  if (at < 0) return false;
  return /i/.test(name.slice(at + 1).replace(/\\[A-Za-z]+/g, ''));
}

/**
 * Whether `i` in this formula is the imaginary unit (a documented heuristic; parse trees always
 * keep `i` a SymbolNode, and this tells an evaluator how to bind it).
 *
 * True when `i` appears in an exponent of `e` (`e^{i\theta}`, `\exp(i\theta)`), multiplies π in an exponent
 * (`2^{\pi i}`), appears in `a + bi` / `a - bi` with numeric a and b (`3 + 4i`), or as `i^2`.
 * False — whatever else holds — when `i` is used as an index anywhere in the formula: in an
 * identifier's subscript (`x_i`, `a_{i+1}`), in a Subscript node's index, or as the bound
 * variable of a sum, product, integral or limit.
 */
export function usesImaginaryUnit(parsed: ParsedMath): boolean {
  const roots: MathNode[] = [];
  const collect = (item: ParsedMath) => {
    if (item.kind === 'expression') roots.push(item.node);
    else if (item.kind === 'relation') roots.push(...item.parts);
    else if (item.kind === 'list') item.items.forEach(collect);
  };
  collect(parsed);
  let index = false;
  let unit = false;
  const BOUND = new Set([
    'Sum',
    'Product',
    'Integral',
    'Limit',
    'LimitSuperior',
    'LimitInferior',
    'Derivative',
  ]);
  for (const root of roots) {
    walk(root, (node) => {
      const n = node as unknown as AnyNode;
      const op = opOf(node);
      const args = n.args ?? [];
      if (node.type === 'SymbolNode' && subscriptMentionsI(n.name ?? '')) index = true;
      if (op === 'Subscript' && args[1] !== undefined && contains(args[1], 'i')) index = true;
      if (op !== undefined && BOUND.has(op) && isSymbol(args[1], 'i')) index = true;
      if (op === 'pow') {
        const [base, exponent] = args;
        if (isSymbol(base, 'e') && contains(exponent, 'i')) unit = true;
        if (isSymbol(base, 'i') && isNumber(exponent)) unit = true;
        walk(exponent, (m) => {
          const margs = (m as unknown as AnyNode).args ?? [];
          if (
            opOf(m) === 'multiply' &&
            margs.some((a) => isSymbol(a, 'i')) &&
            margs.some((a) => contains(a, 'pi'))
          )
            unit = true;
        });
      }
      if (op === 'exp' && contains(args[0], 'i')) unit = true;
      if ((op === 'add' || op === 'subtract') && isNumber(args[0]) && isImaginaryTerm(args[1]))
        unit = true;
    });
  }
  return unit && !index;
}

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
  arg: 'arg',
  deg: 'deg',
  dim: 'dim',
  ker: 'ker',
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
  arg: '\\arg',
  deg: '\\deg',
  dim: '\\dim',
  ker: '\\ker',
};
