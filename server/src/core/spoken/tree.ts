/**
 * The formula the grammar builds, before it is printed as LaTeX (print.ts). Kept small: the
 * spoken side already says where groups begin and end, so nodes record structure, not semantics.
 */
export type Formula =
  /** A letter, number or symbol, printed as it is. `name` marks operator names like \sin. */
  | { kind: 'atom'; tex: string; role?: 'number' | 'letter' | 'symbol' | 'function' }
  /** Juxtaposition (implied product, or a function name followed by its argument). */
  | { kind: 'row'; items: Formula[] }
  /**
   * An infix operator or relation between operands: `a + b`, `a = b < c`. `apart` marks a sign
   * said after a pause ("x over y, plus, 2 over 3"): the terms on either side are read apart.
   */
  | { kind: 'infix'; op: string; left: Formula; right: Formula; power?: number; apart?: boolean }
  /** A prefix operator: `-x`, `\pm x`, `\neg p`. */
  /** A sign before its operand; `apart` when a pause followed it ("negative, 2 x, squared"). */
  | { kind: 'prefix'; op: string; operand: Formula; apart?: boolean }
  /**
   * `inline` marks a fraction said with "over" or "divided by" between operands (its reach is
   * open); `slash` one written on the line, a/b.
   */
  | { kind: 'frac'; numerator: Formula; denominator: Formula; inline?: boolean; slash?: boolean }
  /** `pre` holds scripts on the left of the base: {}_a^b x. */
  | { kind: 'script'; base: Formula; sub?: Formula; sup?: Formula; pre?: Formula }
  | { kind: 'root'; radicand: Formula; index?: Formula }
  /** Delimited group: `(a+b)`, `|x|`, `\{x : x > 0\}`. */
  /** `grouping`: the brackets stand for words that only group ("the quantity"), not written ones. */
  | { kind: 'fence'; open: string; close: string; body: Formula; grouping?: boolean }
  /** A command applied to arguments: `\bar{x}`, `\binom{n}{k}`, `\mathbb{R}`. */
  | { kind: 'command'; name: string; args: Formula[] }
  /** A big operator with limits and body: `\sum_{i=1}^{n} a_i`, `\int_a^b f\,dx`, `\lim_{x\to0}`. */
  | { kind: 'bigop'; op: string; lower?: Formula; upper?: Formula; body?: Formula }
  /** Words kept as words: unknown ones (flagged) and words such as "if". */
  | { kind: 'text'; text: string }
  /** A matrix-like layout: rows of cells inside an environment. */
  | { kind: 'grid'; environment: string; rows: Formula[][] }
  | { kind: 'empty' };

export const empty: Formula = { kind: 'empty' };

type Atom = Formula & { kind: 'atom' };

/** Whether some atom of a formula passes `test`: whether a letter is said in it, or the index i. */
export function someAtom(formula: Formula, test: (atom: Atom) => boolean): boolean {
  const has = (part: Formula | undefined): boolean => part !== undefined && someAtom(part, test);
  switch (formula.kind) {
    case 'atom':
      return test(formula);
    case 'row':
      return formula.items.some(has);
    case 'infix':
      return has(formula.left) || has(formula.right);
    case 'prefix':
      return has(formula.operand);
    case 'frac':
      return has(formula.numerator) || has(formula.denominator);
    case 'script':
      return has(formula.base) || has(formula.sub) || has(formula.sup);
    case 'root':
      return has(formula.radicand);
    case 'fence':
      return has(formula.body);
    case 'command':
      return formula.args.some(has);
    case 'bigop':
      return has(formula.body);
    case 'grid':
      return formula.rows.some((row) => row.some(has));
    default:
      return false;
  }
}

export const isLetter = (atom: Atom): boolean => atom.role === 'letter';

/** `formula` with `change` applied to each of its direct parts. */
export function mapParts(formula: Formula, change: (part: Formula) => Formula): Formula {
  const optional = (part: Formula | undefined) => (part === undefined ? undefined : change(part));
  switch (formula.kind) {
    case 'row':
      return { ...formula, items: formula.items.map(change) };
    case 'infix':
      return { ...formula, left: change(formula.left), right: change(formula.right) };
    case 'prefix':
      return { ...formula, operand: change(formula.operand) };
    case 'frac':
      return {
        ...formula,
        numerator: change(formula.numerator),
        denominator: change(formula.denominator),
      };
    case 'script':
      return {
        ...formula,
        base: change(formula.base),
        sub: optional(formula.sub),
        sup: optional(formula.sup),
        pre: optional(formula.pre),
      };
    case 'root':
      return { ...formula, radicand: change(formula.radicand), index: optional(formula.index) };
    case 'fence':
      return { ...formula, body: change(formula.body) };
    case 'command':
      return { ...formula, args: formula.args.map(change) };
    case 'bigop':
      return {
        ...formula,
        lower: optional(formula.lower),
        upper: optional(formula.upper),
        body: optional(formula.body),
      };
    case 'grid':
      return { ...formula, rows: formula.rows.map((row) => row.map(change)) };
    default:
      return formula;
  }
}

/** The operators of a sum's terms. */
export const additiveSigns: ReadonlySet<string> = new Set(['+', '-', '\\pm', '\\mp']);

export function atom(tex: string, role?: 'number' | 'letter' | 'symbol' | 'function'): Formula {
  return role === undefined ? { kind: 'atom', tex } : { kind: 'atom', tex, role };
}

/** Juxtaposes two formulas, flattening rows and dropping empties. */
export function juxtapose(left: Formula, right: Formula): Formula {
  if (left.kind === 'empty') return right;
  if (right.kind === 'empty') return left;
  const items = [
    ...(left.kind === 'row' ? left.items : [left]),
    ...(right.kind === 'row' ? right.items : [right]),
  ];
  return { kind: 'row', items };
}

/** A superscript of primes, the apostrophes of a'. */
/** A number as said: 7, 0.1. */
export function isNumberAtom(formula: Formula | undefined): boolean {
  return formula?.kind === 'atom' && formula.role === 'number';
}

/** A name applied to its parenthesised argument: f(x), sin(x + y), g₁(t). */
export function isApplication(formula: Formula): boolean {
  if (formula.kind !== 'row' || formula.items.length !== 2) return false;
  const [name, argument] = formula.items;
  const named = name.kind === 'atom' || name.kind === 'script' || name.kind === 'command';
  return named && argument.kind === 'fence' && argument.open === '(';
}

export function isPrimeMark(formula: Formula): formula is Formula & { kind: 'atom' } {
  return formula.kind === 'atom' && /^'+$/.test(formula.tex);
}

/** `formula` with its last factor changed: what a postfix word said after a product takes. */
/** The last factor of a product said in a row, or the formula itself. */
export function lastFactor(formula: Formula): Formula {
  return formula.kind === 'row' && formula.items.length > 0
    ? formula.items[formula.items.length - 1]
    : formula;
}

export function onLastFactor(formula: Formula, change: (factor: Formula) => Formula): Formula {
  if (formula.kind !== 'row' || formula.items.length === 0) return change(formula);
  const items = formula.items.slice();
  items[items.length - 1] = change(items[items.length - 1]);
  return { kind: 'row', items };
}

/** Attaches a superscript or subscript to the last factor of a formula ("2 x squared" → 2x²). */
export function attachScript(base: Formula, slot: 'sub' | 'sup', script: Formula): Formula {
  if (base.kind === 'row' && base.items.length > 0) {
    const items = base.items.slice();
    items[items.length - 1] = attachScript(items[items.length - 1], slot, script);
    return { kind: 'row', items };
  }
  if (base.kind === 'script' && base[slot] === undefined) return { ...base, [slot]: script };
  // "y prime prime" is y'': primes gather in one superscript.
  if (base.kind === 'script' && slot === 'sup' && isPrimeMark(script) && base.sup !== undefined)
    if (isPrimeMark(base.sup)) return { ...base, sup: atom(base.sup.tex + script.tex) };
  // "U dagger to the power of n": a power of a raised symbol is written (U^†)^n, not U^{†}{}^n.
  const raised = slot === 'sup' && base.kind === 'script' && base.sup !== undefined;
  if (raised && !(base.sup !== undefined && isPrimeMark(base.sup)))
    return {
      kind: 'script',
      base: { kind: 'fence', open: '(', close: ')', body: base },
      sup: script,
    };
  if (slot === 'sup' && (base.kind === 'frac' || base.kind === 'infix' || base.kind === 'prefix')) {
    // A power of a fraction or a sum needs its parentheses: (1/2)⁴, (−2)³.
    return {
      kind: 'script',
      base: { kind: 'fence', open: '(', close: ')', body: base },
      sup: script,
    };
  }
  return { kind: 'script', base, [slot]: script };
}

/** Words, maybe negated, and nothing of mathematics: "an even number", "not continuous". */
export function onlyWords(formula: Formula): boolean {
  if (formula.kind === 'text') return true;
  if (formula.kind === 'prefix') return formula.op === '\\neg' && onlyWords(formula.operand);
  if (formula.kind !== 'row') return false;
  // A spoken "period" ends the words.
  return formula.items.every(
    (item) =>
      onlyWords(item) || (item.kind === 'atom' && (item.tex === '\\neg' || item.tex === '.')),
  );
}
