/**
 * What printing a calculator tree produces, and the binding levels that decide parentheses: a
 * child is wrapped exactly when its level is below what its place requires, so no parenthesis is
 * lost (a − (b − c)) and none is added ((a + b) + c prints as a + b + c).
 */

export const LEVEL = {
  or: 1,
  xor: 1.5,
  and: 2,
  not: 2.5,
  relation: 3,
  /** mathjs's `x to y`, `x in S`. */
  conversion: 3.5,
  range: 4,
  add: 5,
  multiply: 6,
  unary: 7,
  /** `\frac{a}{b}`: a factor of a product, but not the base of a power (`(\frac{a}{b})^2`). */
  fraction: 7.5,
  power: 8,
  postfix: 9,
  atom: 10,
} as const;

export interface Printed {
  tex: string;
  level: number;
  /** How the LaTeX begins, for choosing between `3x`, `2 \cdot 3` and `a \cdot (-b)`. */
  starts: 'digit' | 'minus' | 'paren' | 'other';
  /** A fraction of numbers (`\frac{1}{2}`): two of them side by side need a `\cdot`. */
  numericFraction?: boolean;
  /**
   * A big operator (`\sum_{i} x_{i}`): its body runs on to the right, so it needs no parentheses
   * where nothing follows it (`2\sum_{i} x_{i}`, `\sum_{i} \sum_{j} a_{ij}`, `a - \sum_{i} x_{i}`,
   * `-\sum_{i} x_{i}`).
   */
  bigOperator?: boolean;
}

export interface Context {
  /**
   * Nothing follows in the same product: `\sin x` may drop its parentheses (`\sin x \, y` would be
   * read as sin(xy)).
   */
  trailing: boolean;
  /** Inside a superscript or subscript, where a short `a/b` reads better than `\frac`. */
  script: boolean;
}

export const TOP: Context = { trailing: true, script: false };

/** `(…)`, growing with its contents when they hold a fraction. */
export function parenthesise(inner: string): Printed {
  const tall = inner.includes('\\frac') || inner.includes('\\begin');
  const tex = tall ? `\\left(${inner}\\right)` : `(${inner})`;
  return { tex, level: LEVEL.atom, starts: 'paren' };
}

export function atLeast(printed: Printed, level: number): Printed {
  return printed.level >= level ? printed : parenthesise(printed.tex);
}
