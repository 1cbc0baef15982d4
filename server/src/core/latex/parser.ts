/**
 * A precedence-climbing parser over LaTeX math tokens. The grammar's commands live in
 * constructs/ (one file per family, listed in constructs/registry.ts); this file holds the
 * operator levels, identifiers' shared plumbing and the guards that keep parsing total: every
 * failure is an Unsupported carrying a reason and a source span, and nesting is bounded.
 */
import {
  functionNode,
  numberNode,
  operatorNode,
  symbolNode,
  type MathNode,
  type Operator,
} from './mathjsNodes';
import { GREEK_SET } from './names';
import { ACCENTS, ALPHABETS } from './constructs/accents';
import { parseUncertainty, uncertaintyAhead } from './constructs/uncertainty';
import { parseRepeatingDecimal, repeatingDecimalAhead } from './constructs/repeatingDecimal';
import { parseRestriction, restrictionAhead } from './constructs/restriction';
import { familyAhead, parseFamily } from './constructs/bigOperators';
import {
  canonicalText,
  decorationAhead,
  isArrowLabel,
  parseIdentifierTail,
} from './constructs/scripts';
import { isUndefinedMacro, parseUndefinedMacro } from './constructs/undefinedMacro';
import { modulusAhead } from './constructs/modulus';
import { parseSlashDerivative } from './constructs/fraction';

const COMMANDS_WITH_ARGUMENT: ReadonlySet<string> = new Set([...ACCENTS, ...ALPHABETS]);
import type { Token } from './tokenize';

export interface Span {
  start: number;
  end: number;
}

export interface ParseContext {
  /** Names applied as functions when followed by parentheses. */
  functions: ReadonlySet<string>;
  /** Extra operator names (\DeclareMathOperator) parsed like \sin. */
  operators: ReadonlySet<string>;
  /** Commands the document defines (never read as undefined macros). */
  defined?: ReadonlySet<string>;
  /** The formula applies P to an event somewhere, so each `P(…)` is a probability (probability.ts). */
  probability?: boolean;
  /** Names applied to a derivative's or an integral's variable (scripts.ts), collected here. */
  appliedInCalculus?: Set<string>;
}

export interface Construct {
  readonly commands: readonly string[];
  /** Functions and big operators end the implicit product that is another function's argument. */
  readonly isFunction?: boolean;
  /** When present, decides whether a token of this construct can start an operand. */
  startsOperand?(p: Parser, token: Token): boolean;
  parse(p: Parser, token: Token): MathNode;
}

export class Unsupported extends Error {
  constructor(
    readonly reason: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(reason);
  }
}

const MAX_DEPTH = 120;

/** Why a token cannot start or continue an expression, for the commands we know but do not model. */
const COMMAND_REASONS: Readonly<Record<string, string>> = {
  text: 'text in formula',
  textrm: 'text in formula',
  textit: 'text in formula',
  textbf: 'text in formula',
  mbox: 'text in formula',
  vdots: 'ellipsis',
  ddots: 'ellipsis',
  mid: 'set-builder or divisibility bar',
  forall: 'quantifier',
  exists: 'quantifier',
  circ: 'composition or degree',
  wedge: 'logic or exterior product',
  vee: 'logic operator',
  oplus: 'direct sum',
  otimes: 'tensor product',
  mod: 'modular arithmetic',
  bmod: 'modular arithmetic',
  pmod: 'modular arithmetic',
  nabla: 'vector calculus',
  iint: 'multiple integral',
  iiint: 'multiple integral',
  langle: 'angle brackets',
  rangle: 'angle brackets',
  prime: 'prime outside a superscript',
  '%': 'percent without a number',
  dagger: 'adjoint',
  perp: 'perpendicular',
  parallel: 'parallel',
  triangle: 'geometry',
  overbrace: 'brace annotation',
  underbrace: 'brace annotation',
  stackrel: 'stacked relation',
  end: 'unexpected \\end',
  cdot: 'operator without a left operand',
  times: 'operator without a left operand',
  div: 'operator without a left operand',
  right: 'unmatched \\right',
};

export function reasonForToken(token: Token): string {
  switch (token.kind) {
    case 'command':
      return COMMAND_REASONS[token.value] ?? `unknown command \\${token.value}`;
    case 'eof':
      return 'unexpected end of formula';
    case 'close':
      return "unbalanced '}'";
    case 'rowsep':
      return 'several rows (\\\\)';
    case 'amp':
      return "alignment '&' inside an expression";
    case 'text':
      return 'text in formula';
    case 'sub':
      return 'subscript on a non-identifier';
    case 'prime':
      return 'prime on a non-identifier';
    case 'sup':
      return 'superscript without a base';
    case 'punct':
      if (token.value === ',' || token.value === ';') return 'list of formulas';
      if (token.value === ')' || token.value === ']') return `unbalanced '${token.value}'`;
      if (token.value === ':') return 'colon (map or set-builder)';
      return `unexpected '${token.value}'`;
    default:
      return `unexpected '${token.value}'`;
  }
}

/** A name without a subscript that a group closed (`{d}`), which may take scripts as `d` does. */
function bracedName(node: MathNode, previous: Token | undefined): boolean {
  return (
    previous?.kind === 'close' &&
    node.type === 'SymbolNode' &&
    !(node as unknown as { name: string }).name.includes('_')
  );
}

/** An absolute value or a norm, `|x|`, `\|A\|`: scripts after it may come in either order. */
function isNorm(node: MathNode): boolean {
  if (node.type !== 'FunctionNode') return false;
  const name = (node as unknown as { fn: { name: string } }).fn.name;
  return name === 'norm' || name === 'abs';
}

/** Degrees 1, Arcminutes 2, Arcseconds 3 (-1 for anything else): the order of an angle sum. */
function angleRank(node: MathNode): number {
  if (node.type !== 'FunctionNode') return -1;
  const name = (node as unknown as { fn: { name: string } }).fn.name;
  return name === 'Degrees' ? 1 : name === 'Arcminutes' ? 2 : name === 'Arcseconds' ? 3 : -1;
}

/** Circled operators between factors, whose meaning the formula's context decides: ⊙, ⊗, ⊕. */
const CIRCLED_OPERATORS: Readonly<Record<string, string>> = {
  odot: 'CircledDot',
  otimes: 'Tensor',
  oplus: 'DirectSum',
};

export class Parser {
  private pos = 0;
  /** Inside |…|: a bar in operator position closes rather than opens. */
  absDepth = 0;
  /** Inside `\|…\|` or `\Vert…\Vert`: the bar command closes rather than opens. */
  normDepth = 0;
  /** Inside an integrand: `d x` ends the implicit product. */
  integralDepth = 0;
  /**
   * The variables of the integrals and derivatives whose integrand or operand we are in (innermost
   * last): a letter before one of them in parentheses is applied to it (`\int u(t)\,dt`,
   * `\frac{d}{dt} x(t)`; constructs/scripts.ts).
   */
  readonly calculusVariables: string[] = [];
  /** Inside a superscript: prose there is a label, not a factor. */
  scriptDepth = 0;

  constructor(
    private readonly tokens: Token[],
    readonly context: ParseContext,
    private readonly spans: WeakMap<MathNode, Span>,
    private readonly registry: ReadonlyMap<string, Construct>,
    private depth = 0,
  ) {}

  // ---- token access -------------------------------------------------------------------------

  peek(k = 0): Token {
    return this.tokens[Math.min(this.pos + k, this.tokens.length - 1)];
  }

  /** The token before the current one (undefined at the start). */
  previous(): Token | undefined {
    return this.pos > 0 ? this.tokens[this.pos - 1] : undefined;
  }

  /** The token just before `token` in this parser's stream. */
  previousOf(token: Token): Token | undefined {
    const index = this.tokens.indexOf(token);
    return index > 0 ? this.tokens[index - 1] : undefined;
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.pos++;
    return token;
  }

  is(kind: Token['kind'], value?: string, k = 0): boolean {
    const token = this.peek(k);
    return token.kind === kind && (value === undefined || token.value === value);
  }

  isCommand(name: string, k = 0): boolean {
    return this.is('command', name, k);
  }

  atEnd(): boolean {
    return this.peek().kind === 'eof';
  }

  /** The end offset of the last consumed token. */
  lastEnd(): number {
    return this.pos > 0 ? this.tokens[this.pos - 1].end : 0;
  }

  fail(reason: string, start?: number, end?: number): never {
    const token = this.peek();
    throw new Unsupported(reason, start ?? token.start, end ?? Math.max(token.end, start ?? 0));
  }

  failAt(token: Token, reason = reasonForToken(token)): never {
    throw new Unsupported(reason, token.start, token.end);
  }

  expect(kind: Token['kind'], value: string): Token {
    if (!this.is(kind, value)) {
      const token = this.peek();
      const reason =
        token.kind === 'eof'
          ? `missing '${value}'`
          : `expected '${value}', found ${reasonForToken(token)}`;
      this.failAt(token, reason);
    }
    return this.next();
  }

  /** Splits a multi-digit number token so that only its first digit is consumed (`\frac12`, `x^23`). */
  takeDigit(): Token {
    const token = this.peek();
    if (
      token.kind === 'number' &&
      token.value.length > 1 &&
      token.end - token.start === token.value.length
    ) {
      const first: Token = {
        kind: 'number',
        value: token.value[0],
        start: token.start,
        end: token.start + 1,
      };
      this.tokens[this.pos] = {
        kind: 'number',
        value: token.value.slice(1),
        start: token.start + 1,
        end: token.end,
      };
      return first;
    }
    return this.next();
  }

  // ---- spans ----------------------------------------------------------------------------------

  mark<T extends MathNode>(node: T, start: number, end: number): T {
    this.spans.set(node, { start, end });
    return node;
  }

  spanOf(node: MathNode): Span {
    return this.spans.get(node) ?? { start: 0, end: 0 };
  }

  binary(fn: Operator, left: MathNode, right: MathNode, implicit = false): MathNode {
    return this.mark(
      operatorNode(fn, [left, right], implicit),
      this.spanOf(left).start,
      this.spanOf(right).end,
    );
  }

  apply(name: string, args: MathNode[], start: number, end: number): MathNode {
    return this.mark(functionNode(name, args), start, end);
  }

  // ---- depth guard ----------------------------------------------------------------------------

  enter(): void {
    this.depth++;
    if (this.depth > MAX_DEPTH) this.fail('nested too deeply');
  }

  leave(): void {
    this.depth--;
  }

  /** A parser over a slice of tokens (a script or a fraction's numerator), sharing everything else. */
  subParser(tokens: Token[], end: number): Parser {
    const sub = new Parser(
      [...tokens, { kind: 'eof', value: '', start: end, end }],
      this.context,
      this.spans,
      this.registry,
      this.depth,
    );
    sub.calculusVariables.push(...this.calculusVariables);
    return sub;
  }

  // ---- operator levels ----------------------------------------------------------------------

  /**
   * Logic level: set expressions joined by \\lor / \\land (one connective per level without
   * parentheses: `p \\land q \\lor r` is ambiguous). Relations bind looser and are handled by the
   * caller, which refuses a connective at the root of a relation's side.
   */
  parseExpression(): MathNode {
    return this.parseJoined(
      { lor: 'Or', vee: 'Or', land: 'And' },
      () => this.parseSetExpression(),
      'mixed logic connectives',
    );
  }

  /** Set level: sums joined by ∪ ∩ ∖ ⊔ (one kind per level without parentheses). */
  parseSetExpression(): MathNode {
    return this.parseJoined(
      {
        cup: 'Union',
        cap: 'Intersect',
        setminus: 'SetMinus',
        backslash: 'SetMinus',
        sqcup: 'DisjointUnion',
      },
      () => this.parseSum(),
      'mixed set operations',
    );
  }

  private parseJoined(
    table: Readonly<Record<string, string>>,
    operand: () => MathNode,
    mixedReason: string,
  ): MathNode {
    this.enter();
    let left = operand();
    let used: string | undefined;
    for (;;) {
      const token = this.peek();
      const name = token.kind === 'command' ? table[token.value] : undefined;
      if (name === undefined || !Object.hasOwn(table, token.value)) break;
      if (used !== undefined && used !== name) this.failAt(token, mixedReason);
      if (used === 'SetMinus') this.failAt(token, 'chained set difference');
      used = name;
      this.next();
      const right = operand();
      left = this.apply(name, [left, right], this.spanOf(left).start, this.spanOf(right).end);
    }
    this.leave();
    return left;
  }

  /** Sum level: terms joined by + − ± ∓, with a leading sign. */
  parseSum(): MathNode {
    this.enter();
    let left = this.parseSignedTerm();
    for (;;) {
      const token = this.peek();
      if (
        token.kind === 'punct' &&
        (token.value === '+' || token.value === '-' || token.value === '−')
      ) {
        this.next();
        const right = this.parseSignedTerm();
        left = this.binary(token.value === '+' ? 'add' : 'subtract', left, right);
      } else if (token.kind === 'command' && (token.value === 'pm' || token.value === 'mp')) {
        this.next();
        const right = this.parseSignedTerm();
        const span = { start: this.spanOf(left).start, end: this.spanOf(right).end };
        left = this.apply(
          token.value === 'pm' ? 'PlusMinus' : 'MinusPlus',
          [left, right],
          span.start,
          span.end,
        );
      } else break;
    }
    this.leave();
    return left;
  }

  parseSignedTerm(): MathNode {
    const token = this.peek();
    if (token.kind === 'punct' && (token.value === '-' || token.value === '−')) {
      this.next();
      this.enter();
      const operand = this.parseSignedTerm();
      this.leave();
      return this.mark(
        operatorNode('unaryMinus', [operand]),
        token.start,
        this.spanOf(operand).end,
      );
    }
    if (token.kind === 'punct' && token.value === '+') {
      this.next();
      return this.parseSignedTerm();
    }
    if (token.kind === 'command' && (token.value === 'neg' || token.value === 'lnot')) {
      this.next();
      this.enter();
      const operand = this.parseSignedTerm();
      this.leave();
      return this.apply('Not', [operand], token.start, this.spanOf(operand).end);
    }
    if (token.kind === 'command' && (token.value === 'pm' || token.value === 'mp')) {
      this.next();
      this.enter();
      const operand = this.parseSignedTerm();
      this.leave();
      return this.apply(
        token.value === 'pm' ? 'PlusMinus' : 'MinusPlus',
        [operand],
        token.start,
        this.spanOf(operand).end,
      );
    }
    return this.parseTerm();
  }

  isMultiplyOperator(token: Token): boolean {
    return (
      (token.kind === 'punct' &&
        (token.value === '*' || token.value === '·' || token.value === '×')) ||
      (token.kind === 'command' &&
        (token.value === 'cdot' || token.value === 'times' || token.value === 'ast'))
    );
  }

  isDivideOperator(token: Token): boolean {
    return (
      (token.kind === 'punct' && (token.value === '/' || token.value === '÷')) ||
      (token.kind === 'command' && token.value === 'div')
    );
  }

  /** Product level: factors joined by explicit (· × / ÷) and implicit multiplication. */
  parseTerm(): MathNode {
    this.enter();
    const termStart = this.pos;
    let left = this.parseFactor();
    for (;;) {
      const token = this.peek();
      if (this.isMultiplyOperator(token)) {
        this.next();
        left = this.binary('multiply', left, this.parseSignedFactor());
      } else if (this.isDivideOperator(token)) {
        const derivative = parseSlashDerivative(this, () => this.tokens.slice(termStart, this.pos));
        if (derivative !== undefined) {
          left = derivative;
          continue;
        }
        this.next();
        left = this.binary('divide', left, this.parseSignedFactor());
      } else if (token.kind === 'command' && token.value === 'circ') {
        // f \circ g; a number on either side is a degree sign written loosely: 45 \circ 10'
        // is 45° + 10′; a bare `45 \circ 10` is unsupported.
        this.next();
        const right = this.parseFactor();
        if (left.type === 'ConstantNode') {
          if (angleRank(right) < 1) this.failAt(token, 'degree sign without a superscript');
          const degrees = this.apply('Degrees', [left], this.spanOf(left).start, token.end);
          left = this.binary('add', degrees, right);
          continue;
        }
        if (right.type === 'ConstantNode') this.failAt(token, 'degree sign without a superscript');
        left = this.apply(
          'Compose',
          [left, right],
          this.spanOf(left).start,
          this.spanOf(right).end,
        );
      } else if (token.kind === 'command' && Object.hasOwn(CIRCLED_OPERATORS, token.value)) {
        this.next();
        const right = this.parseSignedFactor();
        // A ⊙ B C: whether C joins B or the whole is not decided by any convention.
        if (this.startsOperand(this.peek()))
          this.failAt(this.peek(), `ambiguous extent of \\${token.value}`);
        left = this.apply(
          CIRCLED_OPERATORS[token.value],
          [left, right],
          this.spanOf(left).start,
          this.spanOf(right).end,
        );
      } else if (this.startsOperand(token) && !this.differentialAhead() && !modulusAhead(this)) {
        if (
          token.kind === 'number' &&
          this.pos > 0 &&
          this.tokens[this.pos - 1].kind === 'number'
        ) {
          this.failAt(token, 'adjacent numbers');
        }
        left = this.implicitProduct(left, this.parseFactor(), token);
      } else break;
    }
    this.leave();
    return left;
  }

  /**
   * left·right written by juxtaposition. An ellipsis next to a number (`1 \ldots n`) is a range,
   * not a product: unsupported.
   */
  private implicitProduct(left: MathNode, right: MathNode, at: Token): MathNode {
    // 45° 10′ 20″ is a sum of angle units in decreasing order.
    const rightRank = angleRank(right);
    if (rightRank > 0) {
      let tail = left;
      while (tail.type === 'OperatorNode' && (tail as unknown as { fn: string }).fn === 'add')
        tail = (tail as unknown as { args: MathNode[] }).args[1];
      const leftRank = angleRank(tail);
      if (leftRank >= 0 && leftRank < rightRank) return this.binary('add', left, right);
    }
    let last = left;
    while (last.type === 'OperatorNode' && (last as unknown as { implicit: boolean }).implicit)
      last = (last as unknown as { args: MathNode[] }).args[1];
    const isEllipsis = (n: MathNode) =>
      n.type === 'SymbolNode' && (n as unknown as { name: string }).name === 'Ellipsis';
    if (
      (isEllipsis(last) && right.type === 'ConstantNode') ||
      (isEllipsis(right) && last.type === 'ConstantNode')
    )
      this.failAt(at, 'ellipsis next to a number');
    return this.binary('multiply', left, right, true);
  }

  private parseSignedFactor(): MathNode {
    const token = this.peek();
    if (token.kind === 'punct' && (token.value === '-' || token.value === '−')) {
      this.next();
      this.enter();
      const operand = this.parseSignedFactor();
      this.leave();
      return this.mark(
        operatorNode('unaryMinus', [operand]),
        token.start,
        this.spanOf(operand).end,
      );
    }
    return this.parseFactor();
  }

  /**
   * Factors multiplied by juxtaposition, for an operator's operand. A function's argument
   * ('argument') stops before the next function or big operator and at an explicit space
   * (`\sin x \cos x` and `\sin x \, y` are two factors). A derivative's operand ('operand')
   * runs through functions, as SymPy prints it and as people read it (`\frac{d}{dx} x^2 \sin x`
   * is (x² sin x)′); an explicit space inside it (`\frac{d}{dx} f(x) \, g(x)`) could separate the
   * operand from a factor or only set the product apart, so it is refused as ambiguous.
   * Either ends at a differential in an integrand, and at anything that is not a factor
   * (`+`, `-`, a relation).
   */
  parseImplicitProduct(mode: 'argument' | 'operand'): MathNode {
    this.enter();
    let left = this.parseFactor();
    for (;;) {
      const token = this.peek();
      if (!this.startsOperand(token) || this.differentialAhead()) break;
      if (mode === 'argument' && (this.startsFunction(token) || token.spaced === true)) break;
      if (mode === 'operand' && token.spaced === true)
        this.failAt(token, 'ambiguous extent of a derivative (an explicit space in its operand)');
      if (token.kind === 'number' && this.tokens[this.pos - 1]?.kind === 'number')
        this.failAt(token, 'adjacent numbers');
      left = this.implicitProduct(left, this.parseFactor(), token);
    }
    this.leave();
    return left;
  }

  /** A primary with its superscripts and factorials. */
  parseFactor(): MathNode {
    this.enter();
    let node = this.parsePrimary();
    let powered = false;
    for (;;) {
      const token = this.peek();
      if (!powered && uncertaintyAhead(this, node)) {
        node = parseUncertainty(this, node);
        powered = true;
      } else if (node.type === 'ConstantNode' && !powered && this.primesAhead() > 0) {
        // 10' and 10^{\prime}: arcminutes; 20'' and 20^{''}: arcseconds.
        const count = this.primesAhead();
        if (count > 2) this.failAt(token, 'prime on a non-identifier');
        if (token.kind === 'prime') {
          for (let i = 0; i < count; i++) this.next();
        } else {
          this.next();
          this.takeArgumentTokens();
        }
        node = this.apply(
          count === 1 ? 'Arcminutes' : 'Arcseconds',
          [node],
          this.spanOf(node).start,
          this.lastEnd(),
        );
        powered = true;
      } else if (
        (token.kind === 'sub' || (token.kind === 'sup' && decorationAhead(this) !== undefined)) &&
        !powered &&
        bracedName(node, this.previous()) &&
        !(token.kind === 'sup' && (node as unknown as { name: string }).name.includes('^'))
      ) {
        // {d}_{\text{1SD}} is d_{\text{1SD}}, {u}^{\pm} is u^{\pm}: braces around a name change nothing.
        const span = this.spanOf(node);
        node = parseIdentifierTail(
          this,
          (node as unknown as { name: string }).name,
          span.start,
          this.lastEnd(),
        );
      } else if (token.kind === 'sup' && this.degreeAhead()) {
        if (powered) this.failAt(token, 'double superscript');
        this.next();
        const circ = this.takeArgumentTokens();
        node = this.apply('Degrees', [node], this.spanOf(node).start, circ.end);
        powered = true;
      } else if (
        token.kind === 'command' &&
        token.value === 'circ' &&
        this.looseDegreeAhead(node)
      ) {
        this.next();
        node = this.apply('Degrees', [node], this.spanOf(node).start, token.end);
        powered = true;
      } else if (token.kind === 'punct' && token.value === '°') {
        this.next();
        node = this.apply('Degrees', [node], this.spanOf(node).start, token.end);
      } else if (token.kind === 'sup') {
        if (powered) this.failAt(token, 'double superscript');
        this.next();
        this.scriptDepth++;
        const exponent = this.parseScriptArgument();
        // \|A\|^2_F: both scripts belong to the norm, so it is (‖A‖_F)² as with `_F^2`.
        if (this.is('sub') && isNorm(node)) {
          this.next();
          const index = this.parseScriptArgument();
          node = this.apply('Subscript', [node, index], this.spanOf(node).start, this.lastEnd());
        }
        this.scriptDepth--;
        node = this.mark(
          operatorNode('pow', [node, exponent]),
          this.spanOf(node).start,
          this.lastEnd(),
        );
        powered = true;
      } else if (token.kind === 'command' && token.value === '%') {
        // 60\%: a percentage, x/100.
        this.next();
        node = this.apply('Percent', [node], this.spanOf(node).start, token.end);
      } else if (restrictionAhead(this, node)) {
        node = parseRestriction(this, node);
      } else if (token.kind === 'punct' && token.value === '!') {
        this.next();
        node = this.mark(operatorNode('factorial', [node]), this.spanOf(node).start, token.end);
      } else if (!powered && familyAhead(this, node)) {
        node = parseFamily(this, node);
        powered = true;
      } else if (token.kind === 'sub' && !powered && node.type !== 'ConstantNode') {
        // (a+b)_n, \{x\}_i: an indexed expression (identifiers take their subscript in their name).
        this.next();
        this.scriptDepth++;
        const index = this.parseScriptIndex();
        this.scriptDepth--;
        node = this.apply('Subscript', [node, index], this.spanOf(node).start, this.lastEnd());
      } else if (token.kind === 'sub' || token.kind === 'prime') {
        this.failAt(token);
      } else break;
    }
    this.leave();
    return node;
  }

  /** The number of primes at `'`, `''`, `^\\prime`, `^{'}`, `^{''}`, `^{\\prime\\prime}` (0 if none). */
  primesAhead(): number {
    const isPrime = (t: Token) =>
      t.kind === 'prime' || (t.kind === 'command' && t.value === 'prime');
    if (this.is('prime')) {
      let k = 0;
      while (this.is('prime', undefined, k)) k++;
      return k;
    }
    if (!this.is('sup')) return 0;
    if (this.isCommand('prime', 1)) return 1;
    const inner = this.is('open', undefined, 1) ? this.peekArgumentTokens(1) : undefined;
    if (inner === undefined || inner.length === 0 || !inner.every(isPrime)) return 0;
    return inner.length;
  }

  /**
   * At `\\circ` after a number with no operand after it but a function (`\\tan 35 \\circ`,
   * `\\sin 30 \\circ \\cos 15 \\circ`): a degree sign written loosely. (`45 \\circ 10` is not.)
   */
  private looseDegreeAhead(node: MathNode): boolean {
    if (node.type !== 'ConstantNode' || !this.isCommand('circ')) return false;
    const after = this.peek(1);
    return !this.startsOperand(after) || this.startsFunction(after);
  }

  /** At `^\\circ` or `^{\\circ}`. */
  degreeAhead(): boolean {
    if (!this.is('sup')) return false;
    if (this.isCommand('circ', 1)) return true;
    return (
      this.is('open', undefined, 1) && this.isCommand('circ', 2) && this.is('close', undefined, 3)
    );
  }

  startsOperand(token: Token): boolean {
    switch (token.kind) {
      case 'text':
        return this.registry.get('#text')?.startsOperand?.(this, token) ?? false;
      case 'letter':
      case 'number':
      case 'open':
        return true;
      case 'punct':
        return (
          token.value === '(' || token.value === '[' || (token.value === '|' && this.absDepth === 0)
        );
      case 'command':
        // Inside |…| or ‖…‖ written with commands, the same command closes.
        if ((token.value === '|' || token.value === 'Vert') && this.normDepth > 0) return false;
        if (token.value === 'vert' && this.absDepth > 0) return false;
        if (this.context.operators.has(token.value)) return true;
        return (
          this.registry.get(token.value)?.startsOperand?.(this, token) ??
          (this.registry.has(token.value) || this.undefinedMacroAhead(token))
        );
      default:
        return false;
    }
  }

  /** A command no one defines, without arguments: an opaque name (constructs/undefinedMacro.ts). */
  undefinedMacroAhead(token: Token): boolean {
    return isUndefinedMacro(
      this,
      token,
      (name) =>
        name in COMMAND_REASONS ||
        this.registry.has(name) ||
        this.context.operators.has(name) ||
        this.context.defined?.has(name) === true,
    );
  }

  startsFunction(token: Token): boolean {
    if (token.kind !== 'command') return false;
    if (this.context.operators.has(token.value)) return true;
    return this.registry.get(token.value)?.isFunction === true;
  }

  /** At `d x`, `\mathrm{d} x` or `\operatorname{d} x` inside an integrand. */
  differentialAhead(): boolean {
    if (this.integralDepth === 0) return false;
    return this.differentialLength(0) > 0;
  }

  /** The number of tokens of the `d` of a differential at offset k (0 when none), followed by a variable. */
  differentialLength(k: number): number {
    let length = 0;
    if (this.is('letter', 'd', k)) length = 1;
    else if (
      (this.isCommand('mathrm', k) || this.isCommand('operatorname', k)) &&
      this.is('open', undefined, k + 1) &&
      this.is('letter', 'd', k + 2) &&
      this.is('close', undefined, k + 3)
    )
      length = 4;
    if (length === 0) return 0;
    const after = this.peek(k + length);
    const isVariable =
      after.kind === 'letter' || (after.kind === 'command' && GREEK_SET.has(after.value));
    return isVariable ? length : 0;
  }

  parsePrimary(): MathNode {
    this.enter();
    const token = this.peek();
    let node: MathNode;
    switch (token.kind) {
      case 'number': {
        if (repeatingDecimalAhead(this)) {
          node = parseRepeatingDecimal(this);
          break;
        }
        this.next();
        node = this.mark(numberNode(Number(token.value)), token.start, token.end);
        break;
      }
      case 'open': {
        const prescript = this.registry.get('#{}');
        if (this.is('close', undefined, 1) && this.is('sub', undefined, 2) && prescript)
          node = prescript.parse(this, token);
        else node = this.parseBraceGroup();
        break;
      }
      case 'letter':
      case 'punct':
      case 'text':
      case 'command': {
        const key =
          token.kind === 'command'
            ? token.value
            : token.kind === 'letter'
              ? '#letter'
              : token.kind === 'text'
                ? '#text'
                : `#${token.value}`;
        const construct =
          this.registry.get(key) ??
          (token.kind === 'command' && this.context.operators.has(token.value)
            ? this.registry.get('#operator')
            : undefined);
        if (construct === undefined && this.undefinedMacroAhead(token)) {
          node = parseUndefinedMacro(this, token);
          break;
        }
        if (construct === undefined) this.failAt(token);
        node = construct.parse(this, token);
        break;
      }
      default:
        this.failAt(token);
    }
    this.leave();
    return node;
  }

  /** `{ … }` as grouping. */
  parseBraceGroup(): MathNode {
    const open = this.expect('open', '{');
    if (this.is('close')) this.fail('empty group', open.start, this.peek().end);
    const saved = this.absDepth;
    this.absDepth = 0;
    const inner = this.parseExpression();
    this.absDepth = saved;
    this.expect('close', '}');
    return inner;
  }

  /** The argument of `^`, `\frac`, `\sqrt`: a braced group, one digit, or one primary. */
  parseScriptArgument(): MathNode {
    const token = this.peek();
    if (token.kind === 'open') return this.parseBraceGroup();
    if (token.kind === 'number') {
      const digit = this.takeDigit();
      return this.mark(numberNode(Number(digit.value)), digit.start, digit.end);
    }
    if (token.kind === 'letter') {
      this.next();
      return this.mark(this.symbolFor(token.value), token.start, token.end);
    }
    if (token.kind === 'eof') this.failAt(token, 'missing argument');
    if (token.kind === 'punct' && (token.value === '-' || token.value === '+'))
      this.failAt(token, 'sign as a bare script');
    return this.parsePrimary();
  }

  /** A subscript's index: an expression, or a map's label kept as a symbol (`\|P\|_{L^2 \to L^p}`). */
  private parseScriptIndex(): MathNode {
    const inner = this.is('open') ? this.peekArgumentTokens() : undefined;
    if (inner === undefined || !isArrowLabel(inner)) return this.parseScriptArgument();
    const argument = this.takeArgumentTokens();
    return this.mark(symbolNode(canonicalText(argument.tokens)), argument.start, argument.end);
  }

  symbolFor(name: string): MathNode {
    return symbolNode(name);
  }

  /** Consumes an argument and returns its tokens: a braced group's inside, or one token. */
  takeArgumentTokens(): { tokens: Token[]; start: number; end: number } {
    const token = this.peek();
    if (token.kind === 'open') {
      this.next();
      const tokens: Token[] = [];
      let level = 0;
      for (;;) {
        const t = this.peek();
        if (t.kind === 'eof') this.failAt(token, "unbalanced '{'");
        if (t.kind === 'open') level++;
        if (t.kind === 'close') {
          if (level === 0) break;
          level--;
        }
        tokens.push(this.next());
      }
      const close = this.next();
      return { tokens, start: token.start, end: close.end };
    }
    if (token.kind === 'eof' || token.kind === 'close') this.failAt(token, 'missing argument');
    const t = token.kind === 'number' ? this.takeDigit() : this.next();
    // `_\mathcal{I}`, `^\hat x`: an accent or alphabet takes its own argument along.
    if (t.kind === 'command' && COMMANDS_WITH_ARGUMENT.has(t.value) && !this.atEnd()) {
      // A braced argument keeps its braces (`\mathcal{IJ}`), found by position: the tokens of an
      // expanded macro (`\nil` → `\mathsf{nil}`) all share the macro's offsets.
      const from = this.pos;
      const inner = this.takeArgumentTokens();
      const tokens =
        this.tokens[from]?.kind === 'open'
          ? [t, ...this.tokens.slice(from, this.pos)]
          : [t, ...inner.tokens];
      return { tokens, start: t.start, end: inner.end };
    }
    return { tokens: [t], start: t.start, end: t.end };
  }

  /** Tokens of the argument at offset k without consuming (undefined when unbalanced). */
  peekArgumentTokens(k = 0): Token[] | undefined {
    const token = this.peek(k);
    if (token.kind !== 'open') return token.kind === 'eof' ? undefined : [token];
    const tokens: Token[] = [];
    let level = 0;
    for (let i = k + 1; ; i++) {
      const t = this.peek(i);
      if (t.kind === 'eof') return undefined;
      if (t.kind === 'open') level++;
      if (t.kind === 'close') {
        if (level === 0) return tokens;
        level--;
      }
      tokens.push(t);
    }
  }

  /** The number of tokens the argument at offset k spans (a group with braces, or one token). */
  argumentLength(k: number): number {
    const inner = this.peekArgumentTokens(k);
    if (inner === undefined) return 1;
    return this.is('open', undefined, k) ? inner.length + 2 : 1;
  }

  /** Parses a whole token slice as one expression (for scripts and fraction parts). */
  parseWhole(): MathNode {
    const node = this.parseExpression();
    if (!this.atEnd()) this.failAt(this.peek());
    return node;
  }

  /** `( … )` or `\left( … \right)` at offset k. */
  parenAhead(k = 0): boolean {
    return this.is('punct', '(', k) || (this.isCommand('left', k) && this.is('punct', '(', k + 1));
  }

  /** `( a, b … )` or `\\left( a, b … \\right)` at offset 0 with a comma or semicolon at its top level. */
  parenListAhead(): boolean {
    if (!this.parenAhead()) return false;
    let level = 0;
    for (let k = this.isCommand('left') ? 1 : 0; ; k++) {
      const t = this.peek(k);
      if (t.kind === 'eof') return false;
      const opens =
        t.kind === 'open' ||
        (t.kind === 'punct' && (t.value === '(' || t.value === '[')) ||
        (t.kind === 'command' && (t.value === 'langle' || t.value === '{' || t.value === 'lbrace'));
      const closes =
        t.kind === 'close' ||
        (t.kind === 'punct' && (t.value === ')' || t.value === ']')) ||
        (t.kind === 'command' && (t.value === 'rangle' || t.value === '}' || t.value === 'rbrace'));
      if (opens) level++;
      else if (closes) {
        if (--level === 0) return false;
      } else if (level === 1 && t.kind === 'punct' && (t.value === ',' || t.value === ';'))
        return true;
    }
  }

  /**
   * `( x \mid z )`, `\left( x_d | M, \Sigma \right)` at offset `at`: a conditioning bar at the top
   * level of parentheses — `\mid`, `\vert`, or a lone `|` (two are an absolute value: `(2|x|)`).
   */
  conditionalListAhead(at = 0): boolean {
    if (!this.parenAhead(at)) return false;
    let level = 0;
    let bars = 0;
    for (let k = at + (this.isCommand('left', at) ? 1 : 0); ; k++) {
      const t = this.peek(k);
      if (t.kind === 'eof') return false;
      if (t.kind === 'open' || (t.kind === 'punct' && (t.value === '(' || t.value === '[')))
        level++;
      else if (t.kind === 'close' || (t.kind === 'punct' && (t.value === ')' || t.value === ']'))) {
        if (--level === 0) return bars === 1;
      } else if (level === 1 && t.kind === 'command' && (t.value === 'mid' || t.value === 'vert'))
        return true;
      // `\mu|_{(0,1]}` inside is a restriction, no conditioning bar.
      else if (
        level === 1 &&
        t.kind === 'punct' &&
        t.value === '|' &&
        !this.is('sub', undefined, k + 1)
      )
        bars++;
    }
  }

  /** SymPy's application group `{\left( … \right)}` at offset k. */
  sympyGroupAhead(k = 0): boolean {
    if (
      !this.is('open', undefined, k) ||
      !this.isCommand('left', k + 1) ||
      !this.is('punct', '(', k + 2)
    )
      return false;
    const inner = this.peekArgumentTokens(k);
    if (inner === undefined || inner.length < 4) return false;
    const last = inner[inner.length - 1];
    const beforeLast = inner[inner.length - 2];
    return (
      last.kind === 'punct' &&
      last.value === ')' &&
      beforeLast.kind === 'command' &&
      beforeLast.value === 'right'
    );
  }

  private isConditioningBar(): boolean {
    return this.is('punct', '|') || this.isCommand('mid') || this.isCommand('vert');
  }

  /** Comma-separated arguments in `( … )`, `\left( … \right)` or SymPy's `{\left( … \right)}`. */
  parseArguments(): MathNode[] {
    const braced = this.is('open');
    if (braced) this.next();
    const conditional = this.conditionalListAhead();
    const left = this.isCommand('left');
    if (left) this.next();
    const open = this.expect('punct', '(');
    const saved = this.absDepth;
    // Before a conditioning bar, a bar in operator position separates rather than opens.
    this.absDepth = conditional ? 1 : 0;
    const args: MathNode[] = [];
    if (this.is('punct', ')') && !left)
      this.fail('empty argument list', open.start, this.peek().end);
    for (;;) {
      args.push(this.parseExpression());
      if (conditional && args.length === 1 && this.isConditioningBar()) {
        // p(x | z), \phi(x | \mu, \sigma): Given(x, z…) is the one argument.
        this.next();
        this.absDepth = 0;
        const given = [args[0], this.parseExpression()];
        while (this.is('punct', ',')) {
          this.next();
          given.push(this.parseExpression());
        }
        args[0] = this.apply('Given', given, this.spanOf(given[0]).start, this.lastEnd());
        break;
      }
      // f(x; \theta): parameters after a semicolon are arguments like the others.
      if (this.is('punct', ',') || this.is('punct', ';')) {
        this.next();
        continue;
      }
      break;
    }
    this.absDepth = saved;
    if (left) this.expect('command', 'right');
    this.expect('punct', ')');
    if (braced) this.expect('close', '}');
    return args;
  }
}
