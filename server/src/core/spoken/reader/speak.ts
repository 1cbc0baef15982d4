/**
 * The tree walker of the reader aloud: a mathjs tree (as built by parseLatexMath) → English words.
 * All wording comes from the lexicon (reading.json); this file decides only structure: which form
 * a construct takes, and where grouping words are needed so that the speech is unambiguous.
 *
 * Conventions that keep the speech unambiguous:
 * - An operand that binds looser than its context is wrapped in "the quantity … end quantity".
 * - "a over b" is used only when both parts are atoms; any other fraction is "the fraction with
 *   numerator … and denominator …", closed by "end fraction" unless nothing follows it.
 * - A root or absolute value of anything but an atom is closed by "end root"/"end absolute value".
 * - A function of an atom is "sine x"; of anything else "the sine of open paren … close paren".
 */
import { RESERVED_FUNCTIONS, type MathNode } from '../../latex/index';
import lexicon from '../lexicon/en/reading.json';
import { splitAtTopLevel } from './topLevel';
import type { WrittenForm } from './written';

export type ReadingStyle = 'clearspeak' | 'terse';

/** How vectors are written: an arrow, bold, or the gradient. */
const vectorNotation = /\\(?:vec|overrightarrow|mathbf|boldsymbol|bm|nabla)\b/;

type Words = (typeof lexicon.words)['clearspeak'];
type Styled = { clearspeak: string; terse: string };

/** Thrown inside the walker for a tree it cannot voice; caught by readAloud. */
export class Unspeakable extends Error {}

interface Node {
  type: string;
  value?: unknown;
  name?: string;
  fn?: string | { name: string };
  op?: string;
  implicit?: boolean;
  args?: Node[];
  items?: Node[];
  content?: Node;
  /** A chain of relations: `params[0] conditionals[0] params[1] …`. */
  conditionals?: string[];
  params?: Node[];
}

const GREEK = lexicon.greek as Record<string, string>;
/** mathjs's names of a RelationalNode's conditionals → the reader's relation names. */
const MATHJS_RELATIONS: Readonly<Record<string, string>> = {
  equal: 'eq',
  unequal: 'neq',
  smaller: 'lt',
  smallerEq: 'le',
  larger: 'gt',
  largerEq: 'ge',
};
const FUNCTIONS = lexicon.functions as Record<string, Styled>;
const DECORATIONS = lexicon.decorations as Record<string, string>;
const SEGMENT_BARS = new Set(['bar', 'overline']);
/** How tightly each operator binds (see precedence). */
const OPERATOR_LEVEL: Readonly<Record<string, number>> = {
  add: 1,
  subtract: 1,
  unaryMinus: 2,
  multiply: 3,
  divide: 3,
  pow: 4,
};
const INFIX = lexicon.infix as Record<string, Styled>;
const NUMBER_SETS = lexicon.numberSets as Record<string, string>;
const SET_SIGNS = lexicon.setSigns as Record<string, string>;
const TRANSFORMS = lexicon.transforms as Record<string, string>;
const BIG_OPERATORS = lexicon.bigOperators as Record<string, Styled>;
const SYMBOL_MARKS = Object.entries(lexicon.symbolMarks);
const SCRIPT_MARKS = lexicon.scriptMarks as Record<string, string>;
/** Applications said with their own closing words ("end root"): a factor without "the quantity". */
const CLOSED = new Set(['sqrt', 'nthRoot', 'abs', 'norm']);
const MEASURE_PARTS = new Set(['Degrees', 'Arcminutes', 'Arcseconds']);
const INTEGRALS = lexicon.integrals as Record<string, Styled>;
const LIMIT_SIDES = lexicon.limitSides as Record<string, string>;
const LIMIT_KINDS = lexicon.limitKinds as Record<string, string>;
const DENOMINATORS = lexicon.denominators as Record<string, string[]>;
const TRIG = new Set(['sin', 'cos', 'tan', 'cot', 'sec', 'csc', 'sinh', 'cosh', 'tanh']);
const TRIG_LIKE = new Set([...TRIG, 'coth', 'sech', 'csch', 'log', 'ln', 'exp', 'det']);

/** Big operators whose body is said last, running to the end of what is said: ∑, ∏, lim, ∫, ⋃ …. */
function isBigOperator(node: Node): boolean {
  if (node.type !== 'FunctionNode') return false;
  const name = fnName(node);
  return (
    ['Sum', 'Product', 'Limit', 'LimitSuperior', 'LimitInferior', 'Integral'].includes(name) ||
    name.startsWith('MultipleIntegral') ||
    /(?:Over|Where)$/.test(name)
  );
}

/** The slot of a side or body not written: `\sum_{z \in A}` alone has no body. */
function isUnwritten(node: Node | undefined): boolean {
  return node?.type === 'SymbolNode' && node.name === 'Omitted';
}

/** "the sum over z in A": a big operator said without a body drops its "of". */
function withoutUnwrittenBody(said: string, body: Node | undefined): string {
  return isUnwritten(body) ? said.replace(/\s+of\s*$/, '') : said;
}

/** A template filled in; a slot left empty leaves no double space. */
function fill(template: string, values: Record<string, string>): string {
  return template
    .replace(/\{(\w*)\}/g, (_, key: string) => values[key === '' ? '_' : key] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Words said one after another. Each part is already spaced (a word, a filled template or a
 * join), so only its ends are trimmed: collapsing spaces again at every level made long formulas
 * quadratic.
 */
function join(...parts: string[]): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}

function fnName(node: Node): string {
  return typeof node.fn === 'string' ? node.fn : (node.fn?.name ?? '');
}

function integerValue(node: Node): number | undefined {
  if (node.type === 'ConstantNode' && typeof node.value === 'number') {
    return Number.isInteger(node.value) ? node.value : undefined;
  }
  if (node.type === 'OperatorNode' && node.fn === 'unaryMinus' && node.args?.length === 1) {
    const inner = integerValue(node.args[0]);
    return inner === undefined ? undefined : -inner;
  }
  return undefined;
}

export class Speaker {
  private readonly w: Words;
  /** How many subscripts closed by "end sub" are being said. */
  private closedSubscripts = 0;

  constructor(
    readonly style: ReadingStyle,
    /** The source of nodes (to tell `\ln` from `\log`) and their parentheses. */
    private readonly written: WrittenForm,
    private readonly reparse: (latex: string) => MathNode | undefined,
    /** The formula has degrees: its ′ and ″ are minutes and seconds, not feet and inches. */
    private readonly angle = false,
  ) {
    this.w = lexicon.words[style];
  }

  /** The LaTeX a node was parsed from ("" when unknown): tells \\partial from d, \\oint from \\int. */
  private source(node: Node): string {
    return this.written.sourceOf(node as unknown as MathNode) ?? '';
  }

  private parenthesised(node: Node): boolean {
    return this.written.parenthesised(node as unknown as MathNode);
  }

  private styled(entry: Styled): string {
    return entry[this.style];
  }

  word(key: keyof Words): string {
    return this.w[key];
  }

  relation(name: string): string {
    const entry = (lexicon.relations as Record<string, Styled>)[name];
    if (entry === undefined) throw new Unspeakable(`relation ${name}`);
    return this.styled(entry);
  }

  // ---- atoms -----------------------------------------------------------------------------

  /** A leaf or a leaf-like node: spoken without any risk of absorbing its neighbours. */
  isAtom(node: Node): boolean {
    if (node.type === 'SymbolNode') return true;
    if (node.type === 'ConstantNode') return typeof node.value !== 'number' || node.value >= 0;
    if (node.type === 'ParenthesisNode') return this.isAtom(node.content!);
    return false;
  }

  /** Symbol names: base (letter, Greek, `\hat{x}`…), optional subscript, primes. */
  symbol(name: string): string {
    // U^{\dagger}, c_i^{*}: a mark the name carries as its superscript is said after it.
    for (const [tex, word] of SYMBOL_MARKS) {
      const written = [`^{${tex}}`, `^${tex}`].find((form) => name.endsWith(form));
      if (written !== undefined) return join(this.symbol(name.slice(0, -written.length)), word);
    }
    let primes = 0;
    while (name.endsWith("'")) {
      primes++;
      name = name.slice(0, -1);
    }
    let base = name;
    let sub: string | undefined;
    let depth = 0;
    for (let i = 0; i < name.length; i++) {
      const ch = name[i];
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
      else if (ch === '_' && depth === 0) {
        base = name.slice(0, i);
        sub = name.slice(i + 1);
        break;
      }
    }
    // Primes are said before the subscript: "a prime sub q" is a'_q, "a sub q prime" is a_{q'}.
    let text = this.symbolBase(base);
    if (primes > 0) text = join(text, lexicon.primes[primes] ?? `${primes} primes`);
    if (sub !== undefined) text = join(text, this.subscript(sub));
    return text;
  }

  private symbolBase(base: string): string {
    if (GREEK[base] !== undefined) return GREEK[base];
    // ℤ⁺, ℝ⁻: "the positive integers", "the negative real numbers".
    const signed = /^\\mathbb\{([A-Z])\}\^\{?([+-])\}?$/.exec(base);
    if (signed !== null && NUMBER_SETS[signed[1]] !== undefined)
      return NUMBER_SETS[signed[1]].replace(/^the /, `the ${SET_SIGNS[signed[2]]} `);
    const command = /^\\([a-zA-Z]+)\s*\{(.*)\}$/.exec(base);
    if (command !== null) {
      const [, cmd, arg] = command;
      if (cmd === 'mathbb' && NUMBER_SETS[arg] !== undefined) return NUMBER_SETS[arg];
      // \overline{AB} joins two points: "the line segment A B", as ClearSpeak says it.
      if (SEGMENT_BARS.has(cmd) && /^[A-Z]{2}$/.test(arg))
        return join(this.w.segment, [...arg].join(' '));
      const template = DECORATIONS[cmd];
      if (template === undefined) throw new Unspeakable(`\\${cmd}`);
      const inner = /^[A-Za-z]+$/.test(arg) ? arg : this.symbol(arg.replace(/^\\/, ''));
      // \bar{f_1}: "f sub 1, bar", the pause keeping the accent off the subscript.
      const scripted = /[_^]/.test(arg) && template.startsWith('{}');
      return fill(template, { _: scripted ? `${inner},` : inner });
    }
    const bare = base.replace(/^\\/, '');
    if (GREEK[bare] !== undefined) return GREEK[bare];
    if (/^[A-Za-z0-9]+$/.test(bare)) return bare;
    throw new Unspeakable(`symbol ${base}`);
  }

  private subscript(raw: string): string {
    const latex = raw.startsWith('{') && raw.endsWith('}') ? raw.slice(1, -1) : raw;
    // n_{\pm}, r_*: a mark that is the whole subscript is said by its name.
    const mark = SCRIPT_MARKS[latex.trim()];
    if (mark !== undefined) return join(this.w.sub, mark);
    // x_{i,j}: "x sub i comma j end sub", each index said on its own.
    const indices = splitAtTopLevel(latex, ',');
    if (indices.length > 1) {
      const nodes = indices.map((index) => this.index(index.text.trim(), raw));
      return join(this.w.sub, this.list(nodes), this.w.endSub);
    }
    const node = this.index(latex, raw);
    // A primed subscript is closed with "end sub", so what follows is not read into it; inside a
    // closed one every subscript is closed, so that its "end sub" is not taken for the inner one's.
    const atomic = this.isAtom(node) && !latex.includes("'");
    if (atomic && this.closedSubscripts === 0) {
      const spoken = this.speak(node, true);
      return this.style === 'terse' ? spoken : join(this.w.sub, spoken);
    }
    this.closedSubscripts++;
    try {
      return join(this.w.sub, this.indexWords(node), this.w.endSub);
    } finally {
      this.closedSubscripts--;
    }
  }

  /** p_{i1}, \Omega_{m0}: indices written in a row are said in a row, "sub i 1 end sub". */
  private indexWords(node: Node): string {
    const factors = this.factors(node);
    const indexRow =
      factors.length > 1 &&
      factors.every((factor) => factor.type === 'SymbolNode' || (integerValue(factor) ?? -1) >= 0);
    return indexRow
      ? join(...factors.map((factor) => this.speak(factor, false)))
      : this.speak(node, true);
  }

  private index(latex: string, raw: string): Node {
    const node = this.reparse(latex) as Node | undefined;
    if (node === undefined) throw new Unspeakable(`subscript ${raw}`);
    return node;
  }

  number(node: Node): string {
    const value = node.value;
    if (typeof value !== 'number') return String(value);
    if (value === Infinity) return GREEK.Infinity;
    // 1.40 and 0.50 keep the digits written: trailing zeros say how precise a value is.
    const written = this.source(node).trim();
    return /^\d*\.\d+$/.test(written) && Number(written) === value ? written : String(value);
  }

  // ---- the walk ----------------------------------------------------------------------------

  /** `tail`: nothing follows this node in the utterance, so it needs no closing words. */
  speak(node: Node, tail: boolean): string {
    switch (node.type) {
      case 'ConstantNode':
        return this.number(node);
      case 'SymbolNode':
        if (node.name === 'Placeholder') throw new Unspeakable('argument slot');
        if (node.name === 'Omitted') throw new Unspeakable('an unwritten side');
        return this.symbol(node.name ?? '');
      case 'ParenthesisNode':
        return this.speak(node.content!, tail);
      case 'OperatorNode':
        return this.operator(node, tail);
      case 'FunctionNode':
        return this.application(node, tail);
      case 'ArrayNode':
        return this.matrix(node);
      default:
        throw new Unspeakable(node.type);
    }
  }

  private group(node: Node): string {
    return join(this.w.groupOpen, this.speak(node, true), this.w.groupClose);
  }

  /** Speaks `node` as an operand, grouped when it binds looser than `level`. */
  private operand(node: Node, level: number, tail: boolean): string {
    return this.precedence(node) < level ? this.group(node) : this.speak(node, tail);
  }

  /** 1 relation-like/sum, 2 unary minus, 3 product, 4 power, 5 atom-like. */
  private precedence(node: Node): number {
    if (node.type === 'ParenthesisNode') return this.precedence(node.content!);
    if (node.type === 'ConstantNode')
      return typeof node.value === 'number' && node.value < 0 ? 2 : 5;
    if (node.type === 'OperatorNode') {
      if (node.fn === 'divide' && this.spelledFraction(node) !== undefined) return 5;
      return OPERATOR_LEVEL[fnName(node)] ?? 5;
    }
    if (node.type === 'FunctionNode') {
      const name = fnName(node);
      if (name === 'PlusMinus' || name === 'MinusPlus') return node.args!.length === 1 ? 2 : 1;
      if (name === 'Binomial') return 3;
      // {}_a^b x: a symbol with scripts on its left.
      if (name === 'Prescript') return 5;
      // "the derivative of x with respect to t" ends with its variable, as a factor does; a power
      // of it still needs "the quantity".
      if (name === 'Derivative') return 4;
      if (INFIX[name] !== undefined) return 1;
      // Big operators and functions of compound arguments run to the right: treat as products.
      return 3;
    }
    return 5;
  }

  private operator(node: Node, tail: boolean): string {
    const args = node.args!;
    const w = this.w;
    switch (node.fn) {
      case 'add':
      case 'subtract': {
        // 45° 10′ 20″, 16′ 10″: the parts of an angle or a length are said one after another.
        if (node.fn === 'add' && this.measureParts(node))
          return `${this.speak(args[0], false)}, ${this.speak(args[1], tail)}`;
        const word = node.fn === 'add' ? w.plus : w.minus;
        // Left-associative: a - (b - c) needs the quantity, (a - b) - c does not.
        const left = this.operand(args[0], 1, false);
        // "x sub i plus 1" is x_{i+1} in dictation: a pause keeps x_i + 1 apart.
        // "a over b plus 1" is a/(b + 1) in dictation: a pause keeps a/b + 1 apart too.
        const pause =
          (this.endsWithSubscript(args[0]) || this.endsWithOverVariable(args[0])) &&
          args[1].type === 'ConstantNode'
            ? ','
            : '';
        return join(left + pause, word, this.operand(args[1], 2, tail));
      }
      case 'unaryMinus': {
        // −π/8: "negative pi over 8" is (−π)/8 as ClearSpeak says it, so the fraction is said whole.
        const [operand] = args;
        const shortFraction =
          this.isShortFraction(operand) && this.spelledFraction(operand) === undefined;
        if (shortFraction)
          return join(w.negative, this.longFraction(operand.args![0], operand.args![1], tail));
        return join(w.negative, this.operand(operand, 2, tail));
      }
      case 'multiply':
        return this.product(node, tail);
      case 'divide': {
        // a/b and a ÷ b are said as written, their operands grouped where parentheses are.
        const sign = this.divisionSign(args[0], args[1]);
        if (sign === 'fraction') return this.fraction(args[0], args[1], tail);
        const side = (operand: Node, last: boolean) =>
          this.parenthesised(operand) ? this.group(operand) : this.speak(operand, last);
        return join(
          side(args[0], false),
          sign === '/' ? w.slash : w.dividedBy,
          side(args[1], tail),
        );
      }
      case 'pow':
        return this.power(args[0], args[1], tail);
      case 'factorial':
        return join(this.operand(args[0], 5, false), w.factorial);
      default:
        throw new Unspeakable(`operator ${fnName(node)}`);
    }
  }

  /** A sum whose terms are all degrees, minutes and seconds (or feet and inches). */
  private measureParts(node: Node): boolean {
    const isPart = (term: Node) => term.type === 'FunctionNode' && MEASURE_PARTS.has(fnName(term));
    // Walked down the sum's spine without copying, so a long sum is read in linear time.
    const pending = [node];
    for (let term = pending.pop(); term !== undefined; term = pending.pop()) {
      if (term.type === 'OperatorNode' && term.fn === 'add') pending.push(...term.args!);
      else if (!isPart(term)) return false;
    }
    return true;
  }

  /** Whether what is said of `node` ends in a subscript said without its "end sub". */
  endsWithSubscript(node: Node): boolean {
    const factors = this.factors(node);
    const last = factors[factors.length - 1];
    // \hat{x_i} is said "x sub i, hat": its subscript is inside the accent's words.
    return last.type === 'SymbolNode' && /_/.test((last.name ?? '').replace(/\{[^{}]*\}/g, ''));
  }

  /**
   * Between symbols u × v is "cross"; a · b is "times" in ClearSpeak and "dot" tersely, and "dot" in
   * both between vectors (the dot product); between numbers both are "times".
   */
  private productWord(a: Node, b: Node, written: string): string {
    const w = this.w;
    if (integerValue(a) !== undefined || integerValue(b) !== undefined) return w.times;
    if (written.includes('\\times')) return w.cross;
    if (!written.includes('\\cdot')) return w.times;
    return vectorNotation.test(written) ? w.dotProduct : w.dot;
  }

  /** Whether `node` ends with a fraction said "a over b" with a letter below. */
  private endsWithOverVariable(node: Node): boolean {
    if (node.type === 'OperatorNode' && (node.fn === 'add' || node.fn === 'subtract'))
      return this.endsWithOverVariable(node.args![node.args!.length - 1]);
    if (node.type !== 'OperatorNode' || node.fn !== 'divide') return false;
    const [numerator, denominator] = node.args!;
    return (
      this.spelledFraction(node) === undefined &&
      this.isAtom(numerator) &&
      this.isAtom(denominator) &&
      denominator.type === 'SymbolNode'
    );
  }

  /** The factors of an implied product; a product written in parentheses, `x(y z)`, is one. */
  private factors(node: Node, outermost = true): Node[] {
    const product = node.type === 'OperatorNode' && node.fn === 'multiply' && node.implicit;
    if (!product || (!outermost && this.parenthesised(node))) return [node];
    return node.args!.flatMap((a) => this.factors(a, false));
  }

  /**
   * P(A), Γ(z), x(t): a symbol before parentheses is read as applied to them, "P of A", as screen
   * readers say it; so is a capital before a compound argument, "O of open paren n log n close
   * paren". `a(b + c)` and `\alpha(1 + x)` stay products.
   */
  private appliedToParentheses(previous: Node, factor: Node): boolean {
    if (previous.type !== 'SymbolNode' || !this.parenthesised(factor)) return false;
    // g(h(x)): an application inside is one too.
    if (this.isAtom(factor) || this.isLetterOfAtom(factor)) return true;
    return /^[A-Z]/.test(previous.name ?? '');
  }

  private product(node: Node, tail: boolean): string {
    const w = this.w;
    if (!node.implicit) {
      const [a, b] = node.args!;
      // ∇·F and ∇×F are the divergence and the curl, never a product.
      const written = this.source(node);
      if (a.type === 'SymbolNode' && a.name === 'nabla') {
        const operator = written.includes('\\times')
          ? w.curl
          : written.includes('\\cdot')
            ? w.divergence
            : undefined;
        if (operator !== undefined) return fill(operator, { body: this.bigBody(b, tail) });
      }
      const word = this.productWord(a, b, written);
      return join(this.operand(a, 3, false), word, this.operand(b, 4, tail));
    }
    const factors = this.factors(node);
    const transform = this.transform(factors, tail);
    if (transform !== undefined) return transform;
    const parts: string[] = [];
    factors.forEach((factor, i) => {
      const last = i === factors.length - 1;
      if (i > 0 && this.appliedToParentheses(factors[i - 1], factor)) {
        parts.push(this.bodyOf(factor, tail && last));
        return;
      }
      const applied = this.isPlainApplication(factor);
      // (1/n) Σ xᵢ: a big operator said last runs to the end anyway, "1 over n times the sum of …".
      const runsToEnd = last && tail && isBigOperator(factor);
      // 5 3/224: "5 and 3 over 224", a mixed number, needs no grouping.
      const mixed = i > 0 && this.isMixedNumber(factors[i - 1], factor);
      const grouped =
        this.precedence(factor) < 3 ||
        (i > 0 && this.precedence(factor) < 4 && !applied && !runsToEnd && !mixed);
      // f(x) sin x: "f of x times the sine of x", which a letter's argument does not run into.
      const afterApplication =
        i > 0 && this.isLetterOfAtom(factors[i - 1]) && this.isTrigOfAtom(factor);
      const spoken = grouped
        ? this.group(factor)
        : afterApplication
          ? join(
              this.w.the,
              this.functionWord(factor),
              this.w.of,
              this.speak(factor.args![0], tail && last),
            )
          : this.speak(factor, tail && last);
      if (i > 0) {
        const previous = factors[i - 1];
        const needsTimes =
          grouped ||
          applied ||
          runsToEnd ||
          // "v sub 0 times t": a letter said after an open subscript would be read into it.
          (this.endsWithSubscript(previous) && !parts[parts.length - 1].endsWith(w.endSub)) ||
          this.precedence(previous) < 4 ||
          (previous.type === 'OperatorNode' && previous.fn === 'pow') ||
          integerValue(factor) !== undefined ||
          (factor.type === 'OperatorNode' && factor.fn === 'divide');
        // 3½ is a mixed number, "3 and one half", as ClearSpeak says it.
        if (this.isMixedNumber(previous, factor)) parts.push(w.mixedNumber);
        else if (needsTimes) parts.push(w.times);
      }
      parts.push(spoken);
    });
    return join(...parts);
  }

  /** 2x, 2πt: a number times symbols, which "cosine 2 x" reads as the argument whole. */
  private isCoefficientProduct(node: Node): boolean {
    const factors = this.factors(node);
    return (
      factors.length > 1 &&
      integerValue(factors[0]) !== undefined &&
      factors.slice(1).every((factor) => factor.type === 'SymbolNode')
    );
  }

  private isTrigOfAtom(node: Node): boolean {
    return (
      node.type === 'FunctionNode' &&
      TRIG_LIKE.has(fnName(node)) &&
      node.args?.length === 1 &&
      this.isAtom(node.args[0])
    );
  }

  /**
   * f(x), sin θ: a function applied to an atom, set apart as a factor by "times" alone ("f of x
   * times g of x") rather than "the quantity".
   */
  private isPlainApplication(node: Node): boolean {
    if (node.type !== 'FunctionNode' || node.args?.length !== 1) return false;
    const name = fnName(node);
    // A named function's argument is closed by "close paren" when it is no atom.
    if (TRIG_LIKE.has(name) || CLOSED.has(name)) return true;
    // A letter's argument is an atom or said in parentheses ("T of open paren n over 2 close
    // paren"); a named function's atom ends it ("a squared times Var of X").
    return /^[a-zA-Z]'*$/.test(name) || (this.isAtom(node.args[0]) && /^[a-zA-Z]+$/.test(name));
  }

  /** ℒ{f(t)}, ℒ⁻¹{F}: "the Laplace transform of f of t", "the inverse Laplace transform of F". */
  private transform(factors: Node[], tail: boolean): string | undefined {
    if (factors.length !== 2) return undefined;
    const [name, braced] = factors;
    if (braced.type !== 'FunctionNode' || fnName(braced) !== 'Set' || braced.args?.length !== 1)
      return undefined;
    const inverse =
      name.type === 'OperatorNode' && name.fn === 'pow' && integerValue(name.args![1]) === -1;
    const symbol = inverse ? name.args![0] : name;
    const transform = symbol.type === 'SymbolNode' ? TRANSFORMS[symbol.name ?? ''] : undefined;
    if (transform === undefined) return undefined;
    const said = fill(this.w.transform, {
      inverse: inverse ? this.w.inverse : '',
      name: transform,
    });
    return join(said, this.operand(braced.args[0], 3, tail));
  }

  // ---- fractions ---------------------------------------------------------------------------

  /** "one half", "three fourths" for small positive integers; undefined otherwise. */
  private spelledFraction(node: Node): string | undefined {
    const [a, b] = node.args!;
    const n = integerValue(a);
    const d = integerValue(b);
    if (n === undefined || d === undefined || n <= 0 || n >= 20) return undefined;
    if (a.type !== 'ConstantNode') return undefined;
    const names = DENOMINATORS[String(d)];
    if (names === undefined) return undefined;
    return join(lexicon.cardinals[n], n === 1 ? names[0] : names[1]);
  }

  /** How a division was written: as a fraction (`\frac`), inline with `/`, or with `\div`. */
  private divisionSign(numerator: Node, denominator: Node): 'fraction' | '/' | '÷' {
    const between = this.written.between(
      numerator as unknown as MathNode,
      denominator as unknown as MathNode,
    );
    if (between === undefined) return 'fraction';
    if (/\\div\b/.test(between)) return '÷';
    return between.includes('/') ? '/' : 'fraction';
  }

  private fraction(numerator: Node, denominator: Node, tail: boolean): string {
    const w = this.w;
    const spelled = this.spelledFraction({ type: 'OperatorNode', args: [numerator, denominator] });
    if (spelled !== undefined) return spelled;
    if (this.isAtom(numerator) && this.isAtom(denominator)) {
      return join(this.speak(numerator, false), w.over, this.speak(denominator, tail));
    }
    return this.longFraction(numerator, denominator, tail);
  }

  /** "the fraction with numerator … and denominator …", closed unless nothing follows. */
  private longFraction(numerator: Node, denominator: Node, tail: boolean): string {
    const w = this.w;
    return join(
      w.fractionOpen,
      this.speak(numerator, true),
      w.fractionMiddle,
      this.speak(denominator, tail),
      tail ? '' : w.fractionClose,
    );
  }

  // ---- powers ------------------------------------------------------------------------------

  private ordinal(n: number): string {
    return lexicon.ordinals[n] ?? `${n}th`;
  }

  /** The words after the base: "squared", "to the fifth power", "raised to the exponent …". */
  private exponent(exp: Node, tail: boolean): string {
    const w = this.w;
    const n = integerValue(exp);
    if (n === 2) return w.squared;
    if (n === 3) return w.cubed;
    if (this.style === 'terse') {
      if (n !== undefined && n >= 0) return join(w.toThe, this.ordinal(n));
      if (this.isAtom(exp) || n !== undefined) return join(w.toThe, this.speak(exp, tail));
      return join(w.exponentOpen, this.speak(exp, true), tail ? '' : w.exponentClose);
    }
    if (n !== undefined && n >= 0) return join(w.toThe, this.ordinal(n), w.power);
    if (n !== undefined) return join(w.toThe, this.speak(exp, false), w.power);
    if (exp.type === 'SymbolNode' && /^[a-zA-Z]$/.test(exp.name ?? '')) {
      return join(w.toThe, `${exp.name}-th`, w.power);
    }
    if (this.simpleExponent(exp)) return join(w.raisedTo, this.speak(exp, false), w.power);
    return join(w.exponentOpen, this.speak(exp, true), w.exponentClose);
  }

  /** An exponent made of atoms, sums and products only ("raised to the y plus 2 power"). */
  private simpleExponent(node: Node): boolean {
    if (this.isAtom(node)) return true;
    if (
      node.type === 'OperatorNode' &&
      ['add', 'subtract', 'multiply', 'unaryMinus'].includes(fnName(node))
    ) {
      return node.args!.every((a) => this.simpleExponent(a));
    }
    return false;
  }

  private power(base: Node, exp: Node, tail: boolean): string {
    // sin^2 x: "sine squared x".
    if (base.type === 'FunctionNode' && TRIG_LIKE.has(fnName(base)) && base.args!.length === 1) {
      const name = this.functionWord(base);
      const n = integerValue(exp);
      const arg = this.argument(base.args![0], tail);
      if (n === 2 || n === 3) return join(name, n === 2 ? this.w.squared : this.w.cubed, arg);
      // sinⁿ x: "sine to the n of x", the "of" telling the exponent from the argument.
      if (this.isAtom(exp)) {
        const applied = this.isAtom(base.args![0]) ? join(this.w.of, arg) : arg;
        const power = n !== undefined && n >= 0 ? this.ordinal(n) : this.speak(exp, false);
        return join(name, this.w.toThe, power, applied);
      }
    }
    // Mᵀ, (AB)ᵀ: "M transpose", as a capital T raised on a matrix is.
    if (exp.type === 'SymbolNode' && exp.name === 'T') {
      const matrix = this.precedence(base) >= 5 ? this.speak(base, false) : this.group(base);
      return join(matrix, this.w.transpose);
    }
    // f^{-1}: "f inverse".
    if (base.type === 'SymbolNode' && integerValue(exp) === -1 && /^[a-zA-Z]/.test(base.name!)) {
      return join(this.speak(base, false), this.w.inverse);
    }
    // |s_j|², ‖f − g‖²: a base said with its own closing words needs no "the quantity".
    const closed =
      base.type === 'FunctionNode' && CLOSED.has(fnName(base)) && base.args?.length === 1;
    const baseWords =
      this.precedence(base) >= 5 || closed ? this.speak(base, false) : this.group(base);
    return join(baseWords, this.exponent(exp, tail));
  }

  // ---- functions and big operators ---------------------------------------------------------

  private functionWord(node: Node): string {
    let name = fnName(node);
    if (name === 'log' && node.args!.length === 1) {
      const source = this.source(node);
      if (/^\s*\\ln\b/.test(source)) name = 'ln';
    }
    // \arctan x is the arctangent, tan⁻¹ x the inverse tangent: the same function, written apart.
    const arc = /^\s*\\(arc(?:sin|cos|tan))\b/.exec(this.source(node));
    if (arc !== null) name = arc[1];
    const entry = FUNCTIONS[name];
    return entry !== undefined ? this.styled(entry) : this.symbol(name);
  }

  /** The argument of a one-argument function: "x", or "of open paren … close paren". */
  private argument(arg: Node, tail: boolean): string {
    if (this.isAtom(arg)) return this.speak(arg, tail);
    return join(this.w.of, this.w.argsOpen, this.speak(arg, true), this.w.argsClose);
  }

  private list(args: Node[]): string {
    return args.map((a) => this.speak(a, true)).join(` ${this.w.comma} `);
  }

  private application(node: Node, tail: boolean): string {
    const name = fnName(node);
    const args = node.args!;
    const w = this.w;
    const the = w.the;
    switch (name) {
      case 'Cases':
        return this.cases(args);
      case 'sqrt':
        return this.root(w.sqrt, args[0], tail);
      case 'nthRoot': {
        const n = integerValue(args[1]);
        const prefix =
          n === 3
            ? w.cbrt
            : fill(w.nthRoot, {
                _:
                  n !== undefined && n > 0
                    ? this.ordinal(n)
                    : args[1].type === 'SymbolNode'
                      ? `${this.speak(args[1], false)}-th`
                      : this.group(args[1]),
              });
        return this.root(prefix, args[0], tail);
      }
      case 'abs':
        return this.root(w.abs, args[0], tail, w.absClose);
      case 'norm':
        if (args.length === 1) return this.root(w.norm, args[0], tail, w.normClose);
        break;
      case 'PlusMinus':
      case 'MinusPlus': {
        const word = name === 'PlusMinus' ? w.plusMinus : w.minusPlus;
        if (args.length === 1) return join(word, this.operand(args[0], 2, tail));
        return join(this.operand(args[0], 1, false), word, this.operand(args[1], 2, tail));
      }
      case 'Union':
      case 'Intersect':
      case 'SetMinus':
      case 'DisjointUnion':
      case 'Compose':
      case 'CircledDot':
      case 'Tensor':
      case 'DirectSum':
      case 'And':
      case 'Or': {
        const word = this.styled(INFIX[name]);
        // A ∩ B ∩ C: the same operation on the left associates, said without "the quantity".
        const chained = args[0].type === 'FunctionNode' && fnName(args[0]) === name;
        const left = chained ? this.speak(args[0], false) : this.operand(args[0], 2, false);
        return join(left, word, this.operand(args[1], 3, tail));
      }
      case 'Not':
        return join(w.not, this.operand(args[0], 3, tail));
      case 'Degrees':
        return join(this.operand(args[0], 4, false), w.degrees);
      // ′ and ″ are an angle's minutes and seconds after degrees, else feet and inches.
      case 'Arcminutes':
        return join(this.operand(args[0], 4, false), this.angle ? w.arcminutes : w.feet);
      case 'Arcseconds':
        return join(this.operand(args[0], 4, false), this.angle ? w.arcseconds : w.inches);
      case 'Uncertainty': {
        // 17.2 ± 0.5 as a subscript, 1.03 with −0.16 below and +0.16 above.
        const [value, low, high] = args;
        if (high === undefined)
          return join(this.speak(value, false), w.uncertainty, this.speak(low, tail));
        return join(
          this.speak(value, false),
          w.sub,
          this.speak(low, false),
          w.superscript,
          w.plus,
          this.speak(high, tail),
        );
      }
      case 'Inner':
        return fill(w.inner, { a: this.operand(args[0], 3, false), b: this.speak(args[1], tail) });
      case 'Tuple':
        return join(w.tuple, this.list(args), tail ? '' : w.argsClose);
      case 'Brackets':
        return join(w.bracketOpen, this.list(args), w.bracketClose);
      case 'Interval': {
        const [a, b, left, right] = args;
        const from = this.speak(a, true);
        const to = this.speak(b, true);
        const closed = (flag: Node | undefined) => flag?.value === true;
        const clauses: string[] = [];
        if (closed(left) && closed(right)) clauses.push(join(w.including, from, 'and', to));
        else if (closed(left)) clauses.push(join(w.including, from), join(w.notIncluding, to));
        else if (closed(right)) clauses.push(join(w.notIncluding, from), join(w.including, to));
        else clauses.push(join(w.notIncluding, from, 'or', to));
        return join(fill(w.interval, { a: from, b: to }), ...clauses);
      }
      case 'Subscript': {
        // ‖x‖₂: "the 2 norm of x", as its index is said before the norm.
        const [base, index] = args;
        const norm =
          base.type === 'FunctionNode' && fnName(base) === 'norm' && base.args!.length === 1;
        if (norm && this.isAtom(index))
          return this.root(
            fill(w.indexedNorm, { index: this.speak(index, false) }),
            base.args![0],
            tail,
            w.normClose,
          );
        return join(this.group(base), w.sub, this.speak(index, true), w.endSub);
      }
      case 'Permutations':
        return join(this.operand(args[0], 5, false), w.permute, this.operand(args[1], 5, tail));
      case 'Binomial': {
        // "2 n choose 2 k": a number's multiple is one side as it is.
        const side = (arg: Node, last: boolean) =>
          this.isCoefficientProduct(arg) ? this.speak(arg, last) : this.operand(arg, 5, last);
        return join(side(args[0], false), w.choose, side(args[1], tail));
      }
      case 'Set':
        if (args.length === 0) return w.emptySet;
        return join(w.set, this.list(args), tail ? '' : w.argsClose);
      case 'SumOver':
      case 'SumWhere':
      case 'ProductOver':
      case 'ProductWhere':
      case 'UnionOver':
      case 'UnionWhere':
      case 'IntersectOver':
      case 'IntersectWhere':
      case 'SupOver':
      case 'SupWhere':
      case 'InfOver':
      case 'InfWhere':
      case 'MinOver':
      case 'MinWhere':
      case 'MaxOver':
      case 'MaxWhere':
      case 'ArgMaxOver':
      case 'ArgMaxWhere':
      case 'ArgMinOver':
      case 'ArgMinWhere':
      case 'DirectSumOver':
      case 'DirectSumWhere':
      case 'TensorOver':
      case 'TensorWhere':
        return this.bigOver(name, args, tail);
      case 'Derivative':
        return this.derivative(node, args);
      // ∠ABC, m∠ABC, △ABC: the vertices said one by one.
      case 'Angle':
      case 'AngleMeasure':
      case 'Triangle': {
        const figure = { Angle: w.angle, AngleMeasure: w.angleMeasure, Triangle: w.triangle }[name];
        return join(figure, ...args.map((vertex) => this.speak(vertex, false)));
      }
      // {}_a^b x: "left sub a left super b x", as ClearSpeak says a tensor's left scripts.
      case 'Prescript': {
        const [base, sub, sup] = args;
        return join(
          isUnwritten(sub) ? '' : join(w.leftSub, this.speak(sub, false)),
          sup === undefined || isUnwritten(sup) ? '' : join(w.leftSuper, this.speak(sup, false)),
          this.speak(base, tail),
        );
      }
      case 'Percent':
        return join(this.operand(args[0], 4, false), w.percent);
      case 'Probability':
      case 'Expectation': {
        // P(X = k): an event that is a relation is said as a clause, "the probability that X
        // equals k", which ends before a relation said of the probability.
        const relation = args[0].type === 'RelationalNode';
        const event = relation
          ? this.condition(args[0])
          : this.speak(args[0], args.length === 1 && tail);
        const given = args.length === 2 ? join(w.given, this.condition(args[1])) : '';
        const words =
          name === 'Probability' ? (relation ? w.probabilityThat : w.probability) : w.expectation;
        return join(fill(words, { event }), given);
      }
      case 'Given':
        // φ(x | M, Σ): the condition may be a list.
        return join(this.speak(args[0], false), w.given, this.list(args.slice(1)));
      case 'Substitute':
        return fill(w.substitute, {
          body: this.speak(args[0], true),
          var: this.speak(args[1], false),
          value: this.speak(args[2], tail),
        });
      case 'Evaluate':
        return fill(w.evaluate, {
          body: this.speak(args[0], true),
          from: this.speak(args[1], true),
          to: this.speak(args[2], true),
        });
      case 'SetBuilder': {
        // {x ∈ ℝ : x² = 1}: the domain is said with the variable.
        const [variable, domain, condition] =
          args.length === 3 ? args : [args[0], undefined, args[1]];
        const said = this.speak(variable, false);
        // {n ∉ B : …}: the parser writes the domain as B's complement.
        const outside = domain?.type === 'FunctionNode' && fnName(domain) === 'Complement';
        const domainWords =
          domain === undefined
            ? undefined
            : outside
              ? join(w.notMemberOf, this.speak(domain.args![0], false))
              : join(w.memberOf, this.speak(domain, false));
        return fill(w.setBuilder, {
          var: join(said, domainWords ?? ''),
          condition: this.condition(condition),
        });
      }
      case 'IntegralOver': {
        const contour = this.source(node).includes('\\oint');
        return fill(w.integralOver, {
          kind: this.styled(INTEGRALS[contour ? 'oint' : 'int']),
          body: this.bigBody(args[0]),
          var: this.speak(args[1], false),
          domain: this.speak(args[2], false),
        });
      }
      case 'MultipleIntegral':
      case 'MultipleIntegralOver': {
        // ∬_D f dA, ∭ ρ dx dy dz: "the double integral over D of f d A", each differential said.
        const over = name === 'MultipleIntegralOver';
        const values = {
          kind: this.styled(INTEGRALS[integerValue(args[1]) === 3 ? 'iiint' : 'iint']),
          body: this.bigBody(args[0]),
          domain: over ? this.speak(args[2], false) : '',
          var: args
            .slice(over ? 3 : 2)
            .map((variable) => this.speak(variable, false))
            .join(' d '),
        };
        return fill(over ? w.integralOver : w.multipleIntegral, values);
      }
      case 'Integral': {
        const values = {
          body: this.bigBody(args[0]),
          var: this.speak(args[1], false),
          from: args[2] ? this.speak(args[2], true) : '',
          to: args[3] ? this.speak(args[3], true) : '',
        };
        return fill(args.length >= 4 ? w.integralFromTo : w.integral, values);
      }
      case 'Sum':
      case 'Product': {
        const values = {
          body: this.bigBody(args[0], tail),
          index: this.speak(args[1], false),
          from: args[2] ? this.speak(args[2], true) : '',
          to: args[3] ? this.speak(args[3], true) : '',
        };
        const sum = name === 'Sum';
        const bounded = args.length >= 4;
        const said = fill(
          sum ? (bounded ? w.sumFromTo : w.sum) : bounded ? w.productFromTo : w.product,
          values,
        );
        return withoutUnwrittenBody(said, args[0]);
      }
      case 'Limit':
      case 'LimitSuperior':
      case 'LimitInferior': {
        const side = args[3] === undefined ? undefined : LIMIT_SIDES[String(args[3].value)];
        if (args.length !== 3 && side === undefined) throw new Unspeakable('one-sided limit');
        const kind = LIMIT_KINDS[name];
        return fill(side === undefined ? w.limit : w.limitSide, {
          kind,
          var: this.speak(args[1], false),
          to: this.speak(args[2], true),
          side: side ?? '',
          body: this.bigBody(args[0], tail),
        });
      }
      case 'log':
        if (args.length === 2) {
          return join(
            fill(w.logBase, { _: this.speak(args[1], true) }),
            this.bodyOf(args[0], tail),
          );
        }
        break;
      default:
        break;
    }
    // The parser's reserved names without words here (names.ts): refused, never spelt out.
    if (Object.hasOwn(RESERVED_FUNCTIONS, name)) throw new Unspeakable(name);
    const word = this.functionWord(node);
    const known = FUNCTIONS[name] !== undefined;
    if (args.length === 1 && known && TRIG_LIKE.has(name === 'log' ? 'log' : name)) {
      const arg = args[0];
      if (this.isAtom(arg) || this.isCoefficientProduct(arg))
        return join(word, this.speak(arg, tail));
      // sin sin x, log log n: a function of an atom said bare is the argument as it is written.
      if (this.isTrigOfAtom(arg)) return join(word, this.speak(arg, tail));
      // ln f(x): "the natural log of f of x", the application saying where it ends.
      if (this.isLetterOfAtom(arg)) return join(the, word, w.of, this.speak(arg, tail));
      // "the determinant of the 2 by 2 matrix …": the matrix says where it ends.
      if (arg.type === 'ArrayNode') return join(the, word, w.of, this.speak(arg, tail));
      if (this.isShortFraction(arg)) return join(the, word, w.of, this.speak(arg, tail));
      return join(the, word, w.of, w.argsOpen, this.speak(arg, true), w.argsClose);
    }
    if (known && args.length === 1 && !TRIG_LIKE.has(name)) {
      // asin, sinh, floor, norm…: "the inverse sine of x", "the arctangent of y over x".
      if (this.isAtom(args[0]) || this.isShortFraction(args[0]))
        return join(the, word, w.of, this.speak(args[0], tail));
      return join(the, word, w.of, w.argsOpen, this.speak(args[0], true), w.argsClose);
    }
    // f(x), f(x, y), max(a, b).
    if (args.length === 1 && this.isAtom(args[0])) {
      return join(known ? join(the, word) : word, w.of, this.speak(args[0], tail));
    }
    return join(known ? join(the, word) : word, w.of, w.argsOpen, this.list(args), w.argsClose);
  }

  private isMixedNumber(whole: Node, fraction: Node): boolean {
    return (
      integerValue(whole) !== undefined &&
      fraction.type === 'OperatorNode' &&
      fraction.fn === 'divide' &&
      fraction.args!.every((part) => integerValue(part) !== undefined)
    );
  }

  /** f(x), Γ(z): a letter applied to an atom, as the parser applies it or as read (appliedToParentheses). */
  private isLetterOfAtom(node: Node): boolean {
    if (node.type === 'OperatorNode' && node.fn === 'multiply' && node.implicit) {
      const [name, argument] = node.args!;
      return (
        node.args!.length === 2 &&
        this.isAtom(argument) &&
        this.appliedToParentheses(name, argument)
      );
    }
    return (
      node.type === 'FunctionNode' &&
      FUNCTIONS[fnName(node)] === undefined &&
      node.args?.length === 1 &&
      this.isAtom(node.args[0])
    );
  }

  /** y/x written as a fraction of atoms: said "y over x", which ends there. */
  private isShortFraction(node: Node): boolean {
    return (
      node.type === 'OperatorNode' &&
      node.fn === 'divide' &&
      this.fractionIsShort(node) &&
      this.divisionSign(node.args![0], node.args![1]) === 'fraction'
    );
  }

  private fractionIsShort(node: Node): boolean {
    const [a, b] = node.args!;
    return this.isAtom(a) && this.isAtom(b);
  }

  /** `the log base b of x`: the argument after "of". */
  private bodyOf(arg: Node, tail: boolean): string {
    if (this.isAtom(arg)) return join(this.w.of, this.speak(arg, tail));
    return join(this.w.of, this.w.argsOpen, this.speak(arg, true), this.w.argsClose);
  }

  /** The body of a sum, product or limit: a sum inside is grouped; an integral's runs to "d x". */
  private bigBody(body: Node, tail = true): string {
    if (isUnwritten(body)) return '';
    if (this.precedence(body) <= 2) return this.group(body);
    return this.speak(body, tail);
  }

  private root(prefix: string, radicand: Node, tail: boolean, close = this.w.rootClose): string {
    // "the absolute value of x end absolute value plus 1": with more to come, even an atom's scope
    // is closed (a pause would close an enclosing root's too).
    if (this.isAtom(radicand)) return join(prefix, this.speak(radicand, tail), tail ? '' : close);
    return join(prefix, this.speak(radicand, true), close);
  }

  /**
   * ∑_i, ⋃_{i=1}^{n}, min_{k ≤ b}: "the sum over i of …", "the union from i equals 1 to n of …",
   * "the minimum over k less than or equal to b of …"; a bare ∑ a is "the sum of a".
   */
  private bigOver(name: string, args: Node[], tail: boolean): string {
    return withoutUnwrittenBody(this.bigOverWords(name, args, tail), args[0]);
  }

  private bigOverWords(name: string, args: Node[], tail: boolean): string {
    const op = this.styled(BIG_OPERATORS[name.replace(/(?:Over|Where)$/, '')]);
    const body = this.bigBody(args[0], tail);
    if (args.length === 1) return fill(this.w.bigOf, { op, body });
    if (name.endsWith('Where'))
      return fill(this.w.bigOver, { op, index: this.condition(args[2]), body });
    const index = this.speak(args[1], false);
    if (args.length === 4) {
      const [from, to] = [this.speak(args[2], true), this.speak(args[3], true)];
      return fill(this.w.bigFromTo, { op, index, from, to, body });
    }
    if (args.length === 2) return fill(this.w.bigOver, { op, index, body });
    const domain = args[2];
    const excluded = domain.type === 'FunctionNode' && fnName(domain) === 'Complement';
    const set = this.speak(excluded ? domain.args![0] : domain, true);
    const member = excluded ? this.w.notMemberOf : this.w.memberOf;
    return fill(this.w.bigOver, { op, index: join(index, member, set), body });
  }

  private derivative(node: Node, args: Node[]): string {
    const [body, variable, orderNode] = args;
    const order = orderNode === undefined ? 1 : integerValue(orderNode);
    const values = {
      body: this.precedence(body) <= 2 ? this.group(body) : this.speak(body, true),
      var: this.speak(variable, false),
      order: '',
    };
    const partial = this.source(node).includes('\\partial');
    // ∂²f/∂x∂y: "the partial derivative of f with respect to x and y".
    const inner = body.type === 'FunctionNode' && fnName(body) === 'Derivative' ? body.args! : [];
    const firstOrder = inner.length === 2 || (inner.length === 3 && integerValue(inner[2]) === 1);
    if (partial && order === 1 && firstOrder && this.isAtom(inner[0])) {
      const second = this.speak(inner[1], false);
      return fill(this.w.partialDerivativeMixed, {
        ...values,
        body: this.speak(inner[0], true),
        second,
      });
    }
    if (order === 1) return fill(partial ? this.w.partialDerivative : this.w.derivative, values);
    values.order =
      this.style === 'terse'
        ? order !== undefined
          ? String(order)
          : this.speak(orderNode, false)
        : order !== undefined
          ? this.ordinal(order)
          : `${this.speak(orderNode, false)}-th`;
    return fill(partial ? this.w.partialDerivativeN : this.w.derivativeN, values);
  }

  /**
   * `\begin{cases}` as ClearSpeak says it, which the converter reads back: "2 cases, Case 1: −x if
   * x < 0. Case 2: x otherwise". The parser gives value, condition pairs; `true` is "otherwise".
   */
  private cases(args: Node[]): string {
    const count = Math.floor(args.length / 2);
    const parts = [`${fill(this.w.cases, { count: String(count) })},`];
    for (let i = 0; i < count; i++) {
      const [value, condition] = [args[2 * i], args[2 * i + 1]];
      const always = condition.type === 'ConstantNode' && condition.value === true;
      const said = always
        ? this.w.otherwise
        : join(this.conditionWord(value, condition), this.condition(condition));
      const label = `${this.w.case.replace(/^./, (c) => c.toUpperCase())} ${i + 1}:`;
      parts.push(`${join(label, this.speak(value, true), said)}${i < count - 1 ? '.' : ''}`);
    }
    return join(...parts);
  }

  /** The word before a case's condition as written, `\text{for } t < 1`, or "if". */
  private conditionWord(value: Node, condition: Node): string {
    const between = this.written.between(
      value as unknown as MathNode,
      condition as unknown as MathNode,
    );
    return /\\text\{\s*(for|when)\b/.exec(between ?? '')?.[1] ?? this.w.caseIf;
  }

  /** A case's condition: a chain of relations ("x is less than 0") or any other formula. */
  private condition(node: Node): string {
    if (node.type !== 'RelationalNode') return this.speak(node, true);
    const words = [this.speak(node.params![0], true)];
    node.conditionals!.forEach((conditional, i) => {
      const relation = MATHJS_RELATIONS[conditional] ?? conditional;
      words.push(this.relation(relation), this.speak(node.params![i + 1], true));
    });
    return join(...words);
  }

  private matrix(node: Node): string {
    const rows = node.items!;
    if (rows.length === 0 || rows.some((r) => r.type !== 'ArrayNode')) {
      return join(this.w.argsOpen, this.list(rows), this.w.argsClose);
    }
    const cols = rows[0].items!.length;
    const parts = [fill(this.w.matrix, { rows: String(rows.length), cols: String(cols) })];
    rows.forEach((row, i) => parts.push(join(this.w.row, String(i + 1), this.list(row.items!))));
    return join(...parts);
  }
}
