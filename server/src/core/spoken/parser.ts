/**
 * The parser: a precedence-climbing (Pratt) loop over the tokens, with the constructs of
 * grammar/index.ts as its operands and operators. Scopes carry the words that end them ("end
 * root", "close paren", "and denominator"); a pause (comma) either closes the innermost scope that
 * may be closed by a pause ("the absolute value of x, plus 1") or, at the level of a scope, makes
 * the next operator take everything said so far ("a plus b, over c"). Each token is consumed at
 * most a bounded number of times, so time is linear in the input (no backtracking beyond a
 * construct's own trigger check).
 */
import type { OperandConstruct, OperatorConstruct } from './grammar/construct';
import type { PhraseTable } from './phraseTable';
import type { Token } from './tokens';
import { empty, type Formula } from './tree';
import type { ConversionFinding } from '../convert/types';

/** Binding powers, loosest first. */
export const Power = {
  list: 5,
  logic: 10,
  relation: 20,
  allOver: 25,
  additive: 30,
  multiplicative: 40,
  prefix: 45,
  implicit: 50,
  postfix: 60,
} as const;

/** Choices between readings that the words leave open; the ranker tries each. */
export interface Reading {
  /** A comma between operands is a pause (SRE style) rather than a written comma. */
  commaIsPause: boolean;
  /** "over" takes the products on its left and right (a b over c d) rather than single factors. */
  overTakesProducts: boolean;
  /** An inline "over" between sums takes the sums (wholeFractions.ts). */
  overTakesSums: boolean;
  /** An inline "over" takes the whole sum after it ("a over b plus c" as a/(b+c)). */
  overTakesSumAfter?: boolean;
  /** A radicand without "end root" is one factor ("the square root of x plus 1" as √x + 1). */
  radicandIsFactor?: boolean;
  /** A bare "to the" takes the sum after it ("x to the n plus 1" as x^{n+1}). */
  exponentTakesSum?: boolean;
  /** A signed bare exponent is one factor ("e to the minus x squared over 2" as e^{−x²}/2). */
  signedExponentIsFactor?: boolean;
  /** An index letter said right after a letter is its subscript ("x i plus x j" as x_i + x_j). */
  letterIndices?: boolean;
  /** Index letters bound by a sum or product: their letter after a letter is its subscript. */
  boundIndices?: ReadonlySet<string>;
}

interface Scope {
  until?: PhraseTable<true>;
  /** Ends the scope where words alone cannot say it (an integral's "d x"). */
  stop?: (parser: Parser) => boolean;
  /** A pause closes this scope (arguments of "of", implicit subscripts and exponents). */
  closedByPause: boolean;
  /** Read as a written comma, a comma separates items of this scope instead (arguments of "f of"). */
  listByComma: boolean;
  /** Whether what a list's comma is followed by (at token `at`) is the next formula, not an item. */
  listEnd?: (tokens: readonly Token[], at: number) => boolean;
  /** A pause inside joins what it separates, as in pause-separated speech ("raised to the negative one half, x squared power"). */
  pausesJoin?: boolean;
  /** Indices said in a row ("sub i 1 end sub"): a number after a letter is no subscript of it. */
  indices?: boolean;
  /** "all over" said inside divides what this scope holds, not what encloses it (a limit's body). */
  holdsAllOver?: boolean;
  floor: number;
}

/** Pauses that do not end what is being said; `at` is the first token after the pause. */
export interface PauseRules {
  /** The pause sits inside a name's application: it is passed over at any level. */
  withinApplication(tokens: readonly Token[], at: number): boolean;
  /** In pause-separated speech, `left` continues past the pause rather than closing its scope. */
  keepsScope(left: Formula, tokens: readonly Token[], at: number): boolean;
  /** "all over", "all to the": words after a pause that take what was said before it whole. */
  takesWhole(tokens: readonly Token[], at: number): boolean;
}

export interface Grammar {
  operands: PhraseTable<OperandConstruct[]>;
  operators: PhraseTable<OperatorConstruct[]>;
  /** Reads the next token when no construct claims it (letters, numbers, unknown words). */
  fallback(parser: Parser): Formula;
  /** Whether a word read as text after `left` (at token `at`) ends a tight operand instead. */
  wordEndsOperand(left: Formula, tokens: readonly Token[], at: number): boolean;
  /** Two operands said in a row, `right` from token `at`: a product, or a script ("x i"). */
  juxtapose(parser: Parser, left: Formula, right: Formula, at: number): Formula;
  pauses: PauseRules;
}

const maxDepth = 150;

function endsWithGroup(formula: Formula): boolean {
  return (
    formula.kind === 'fence' ||
    (formula.kind === 'row' && endsWithGroup(formula.items[formula.items.length - 1]))
  );
}

export class Parser {
  pos = 0;
  readonly findings: ConversionFinding[] = [];
  /** The sentence itself is the first scope; convert.ts opens one more per run of words it reads. */
  private readonly scopes: Scope[] = [{ closedByPause: false, listByComma: false, floor: 0 }];
  private depth = 0;
  private reportedDepth = false;
  /** Where the last full stop is (-1 for none), found on first use. */
  private lastStop: number | undefined;

  constructor(
    readonly tokens: readonly Token[],
    readonly grammar: Grammar,
    readonly reading: Reading,
  ) {}

  /**
   * Whether the sentence from here on ends with a full stop: it is written as prose, whose
   * formulas are written as in a paper's text (a/b, cos(2φ)) rather than displayed.
   */
  inProse(): boolean {
    if (this.lastStop === undefined) {
      this.lastStop = -1;
      this.tokens.forEach((token, i) => {
        if (token.kind === 'stop' && !this.endsLayoutItem(i)) this.lastStop = i;
      });
    }
    return this.lastStop >= this.pos;
  }

  /** "Case 1: 1 over x if x is not 0. Case 2: …": the stop before a layout's next item is no prose. */
  private endsLayoutItem(stop: number): boolean {
    const label = this.tokens[stop + 1]?.text;
    return (
      (label === 'case' || label === 'line' || label === 'constraint') &&
      this.tokens[stop + 2]?.kind === 'number'
    );
  }

  /** How many scopes are open: a construct's stop can tell its own level from a nested one. */
  get scopeDepth(): number {
    return this.scopes.length;
  }

  /** Whether an open scope lists its items with commas: a function's arguments, a set's members. */
  inList(): boolean {
    return this.scopes.some((scope) => scope.listByComma);
  }

  peek(offset = 0): Token | undefined {
    return this.tokens[this.pos + offset];
  }

  atEnd(): boolean {
    return this.pos >= this.tokens.length;
  }

  /** Consumes `phrase` (space-separated words) if it comes next. */
  accept(phrase: string): boolean {
    const words = phrase.split(' ');
    for (let i = 0; i < words.length; i++) {
      const token = this.tokens[this.pos + i];
      if (token === undefined || token.text !== words[i]) return false;
    }
    this.pos += words.length;
    return true;
  }

  /** Consumes the longest phrase of `table` if one comes next. */
  /** Runs `read`; where it gives undefined, the cursor and the findings are as they were. */
  attempt<T>(read: () => T | undefined): T | undefined {
    const start = this.pos;
    const reported = this.findings.length;
    const result = read();
    if (result === undefined) {
      this.pos = start;
      this.findings.length = reported;
    }
    return result;
  }

  acceptFrom<T>(table: PhraseTable<T>): T | undefined {
    const match = table.match(this.tokens, this.pos);
    if (match === undefined) return undefined;
    this.pos += match.length;
    return match.value;
  }

  /** Skips commas (not semicolons or colons, which separate cells and label rows). */
  skipPauses(): void {
    while (this.peek()?.text === ',') this.pos++;
  }

  /** Where the token after the commas from here is (this position if none). */
  private pastPauses(): number {
    let at = this.pos;
    while (this.tokens[at]?.text === ',') at++;
    return at;
  }

  /** Consumes "," before an optional closing phrase if that phrase follows it. */
  acceptClosing(table: PhraseTable<true>): boolean {
    const save = this.pos;
    this.skipPauses();
    if (this.acceptFrom(table) !== undefined) return true;
    this.pos = save;
    return false;
  }

  /**
   * Whether `closer` comes later at this nesting level (openers and closers counted), within a
   * bounded number of tokens: "the square root of x plus 1, end root" says where the root ends, so
   * its pauses do not end it. Words of `barrier` at this level end the search.
   */
  closesLater(
    openers: PhraseTable<true>,
    closer: PhraseTable<true>,
    { limit = 48, barrier }: { limit?: number; barrier?: PhraseTable<true> } = {},
  ): boolean {
    let depth = 0;
    const end = Math.min(this.tokens.length, this.pos + limit);
    for (let i = this.pos; i < end; i++) {
      if (depth === 0 && barrier?.match(this.tokens, i) !== undefined) return false;
      const closes = closer.match(this.tokens, i);
      if (closes !== undefined) {
        if (depth === 0) return true;
        depth--;
        // "end sub" is no opener "sub".
        i += closes.length - 1;
      } else if (openers.match(this.tokens, i) !== undefined) depth++;
    }
    return false;
  }

  /** The index of the full stop that ends the current sentence, or the end of the tokens. */
  sentenceEnd(): number {
    for (let at = this.pos; at < this.tokens.length; at++)
      if (this.tokens[at].kind === 'stop') return at;
    return this.tokens.length;
  }

  /**
   * Whether a phrase of `table` is said later in the sentence: a construct that needs it ("the
   * fraction … over …") checks first, as reading on in vain and again another way would take
   * time exponential in the nesting.
   */
  saidLater(table: PhraseTable<true>): boolean {
    return table.occursIn(this.tokens, this.pos, this.sentenceEnd());
  }

  /** Whether the innermost scope reads indices said in a row (see Scope.indices). */
  readsIndices(): boolean {
    return this.scopes[this.scopes.length - 1]?.indices === true;
  }

  /** Whether an open scope ends at `closer` (so a construct inside must not claim it). */
  awaits(closer: PhraseTable<true>): boolean {
    return this.scopes.some((scope) => scope.until === closer);
  }

  report(code: string, start: number, end: number, message: string): void {
    this.findings.push({ code, start, end, message });
  }

  /** A terminator of any open scope comes next. */
  atTerminator(): boolean {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const { until, stop } = this.scopes[i];
      if (until !== undefined && until.match(this.tokens, this.pos) !== undefined) return true;
      if (stop?.(this) === true) return true;
    }
    return false;
  }

  /**
   * Parses a scope: an operand that ends at one of `until`, at a pause when `closedByPause`, or at
   * an enclosing scope's end. Leading pauses are skipped ("the square root of, x").
   */
  scope(options: {
    until?: PhraseTable<true>;
    stop?: (parser: Parser) => boolean;
    closedByPause?: boolean;
    listByComma?: boolean;
    listEnd?: Scope['listEnd'];
    pausesJoin?: boolean;
    indices?: boolean;
    holdsAllOver?: boolean;
    power?: number;
  }): Formula {
    // A scope that a pause may close (an argument, a script) never spans a relation.
    const floor = options.power ?? (options.closedByPause === true ? Power.relation : 0);
    this.skipPauses();
    this.scopes.push({
      until: options.until,
      stop: options.stop,
      closedByPause: options.closedByPause ?? false,
      listByComma: options.listByComma ?? false,
      listEnd: options.listEnd,
      pausesJoin: options.pausesJoin,
      indices: options.indices,
      holdsAllOver: options.holdsAllOver,
      floor,
    });
    try {
      return this.expression(floor);
    } finally {
      this.scopes.pop();
    }
  }

  /** Parses an operand and the operators that bind tighter than `power`. */
  expression(power: number): Formula {
    return this.extend(undefined, power);
  }

  /** Applies to `left` the operators that come next and bind tighter than `power`. */
  extend(left: Formula | undefined, power: number): Formula {
    if (this.depth >= maxDepth) return left ?? this.flat();
    this.depth++;
    try {
      return this.climb(power, left);
    } finally {
      this.depth--;
    }
  }

  private climb(power: number, start?: Formula): Formula {
    let left = start ?? this.operand();
    for (;;) {
      const token = this.peek();
      if (token === undefined || this.atTerminator()) return left;
      if (token.kind === 'pause' || token.kind === 'stop') {
        const next = this.pause(left, power);
        if (next === undefined) return left;
        left = next;
        continue;
      }
      if (this.atScopeCloser()) return left;
      const listed = this.andInList(left, power);
      if (listed !== undefined) {
        left = listed;
        continue;
      }
      const applied = this.operator(left, power);
      if (applied !== undefined) {
        left = applied;
        continue;
      }
      // An operator that failed to apply here may apply to an enclosing level's left side; at the
      // outermost level nothing encloses, so its words are read as an operand ("the word feet").
      const outermost = this.scopes.length <= 2 && power === 0;
      if (
        Power.implicit <= power ||
        (outermost ? this.startsOperatorLooserThan(power) : this.startsOperator())
      )
        return left;
      const before = this.pos;
      const reported = this.findings.length;
      const right = this.expression(Power.implicit);
      if (this.pos === before) return left;
      // A word of prose ends a tight operand: "2x over 3 for x > 3", "an n by n matrix".
      if (
        right.kind === 'text' &&
        power >= Power.multiplicative &&
        this.grammar.wordEndsOperand(left, this.tokens, before)
      ) {
        this.pos = before;
        this.findings.length = reported;
        return left;
      }
      left = this.grammar.juxtapose(this, left, right, before);
    }
  }

  /**
   * "the gcd of a and b", "f of x and y": in a scope that lists with commas (a function's
   * arguments), "and" separates items as a comma does.
   */
  private andInList(left: Formula, power: number): Formula | undefined {
    const scope = this.scopes[this.scopes.length - 1];
    if (!scope.listByComma || power > scope.floor || this.peek()?.text !== 'and') return undefined;
    const start = this.pos;
    this.pos++;
    const right = this.expression(Math.max(Power.list, scope.floor));
    if (right.kind === 'empty') {
      this.pos = start;
      return undefined;
    }
    return { kind: 'infix', op: ',', left, right };
  }

  /** A pause after `left`: returns the formula to continue with, or undefined to end this level. */
  private pause(left: Formula, power: number): Formula | undefined {
    const scope = this.scopes[this.scopes.length - 1];
    if (this.grammar.pauses.withinApplication(this.tokens, this.pastPauses())) {
      this.skipPauses();
      return left;
    }
    if (power > scope.floor) return undefined;
    const after = this.peek(1);
    if (after === undefined) {
      this.pos++;
      return left;
    }
    // Read as a written comma (a list), a comma does not close an argument: "G of e sub j, e sub k".
    const listComma =
      scope.listByComma && !this.reading.commaIsPause && this.tokens[this.pos].text === ',';
    const continues =
      this.reading.commaIsPause &&
      this.grammar.pauses.keepsScope(left, this.tokens, this.pastPauses());
    // "the limit … of one plus one over n, all to the n": a scope that holds "all" keeps it.
    const whole =
      scope.holdsAllOver === true && this.grammar.pauses.takesWhole(this.tokens, this.pos + 1);
    if (scope.closedByPause && !listComma && !continues && !whole) return undefined;
    if (listComma && scope.listEnd?.(this.tokens, this.pos + 1) === true) return undefined;
    this.pos++;
    this.skipPauses();
    // A postfix word that does not apply may start the next operand instead ("a, tilde b").
    let startsOperand = false;
    if (this.startsPostfix()) {
      const applied = this.postfixOnLastOperand(left);
      if (applied !== undefined) return applied;
      startsOperand = this.grammar.operands.match(this.tokens, this.pos) !== undefined;
    }
    const next = this.operatorPower();
    if (
      left.kind === 'infix' &&
      left.power !== undefined &&
      next !== undefined &&
      !startsOperand &&
      next > left.power
    ) {
      // "f of x, equals, f of x, over g of x": the operator after the pause takes the right side
      // of the looser operator before it, not the whole equation.
      return { ...left, right: this.climb(left.power, left.right) };
    }
    if (this.atEnd() || this.atTerminator() || (this.startsOperator() && !startsOperand))
      return left;
    if (
      this.reading.commaIsPause ||
      scope.pausesJoin === true ||
      this.tokens[this.pos - 1].kind === 'stop'
    ) {
      // Operands said apart stay apart: a postfix after the next pause takes only the last one.
      const right = this.expression(Power.list);
      if (right.kind === 'empty') return left;
      return { kind: 'infix', op: '', left, right, power: Power.list };
    }
    const right = this.expression(Math.max(Power.list, scope.floor));
    return { kind: 'infix', op: ',', left, right };
  }

  /** An operator construct binding tighter than `power` applied to `left`, if one comes next. */
  private operator(left: Formula, power: number): Formula | undefined {
    const shadow = this.operandPhraseLength();
    for (const match of this.grammar.operators.matches(this.tokens, this.pos)) {
      if (match.length < shadow) continue;
      for (const construct of match.value) {
        if (construct.power <= power) continue;
        // attempt() by hand: this is the parser's innermost loop, and a closure per try costs.
        const start = this.pos;
        const reported = this.findings.length;
        this.pos += match.length;
        const result = construct.parse(this, left, this.phraseAt(start, match.length));
        if (result !== undefined) return result;
        this.pos = start;
        this.findings.length = reported;
      }
    }
    return undefined;
  }

  /** The words said from token `start` on, `length` of them, as phrases are keyed. */
  phraseAt(start: number, length: number): string {
    return this.tokens
      .slice(start, start + length)
      .map((token) => token.text)
      .join(' ');
  }

  private startsPostfix(): boolean {
    const match = this.grammar.operators.match(this.tokens, this.pos);
    return (
      match !== undefined &&
      match.length >= this.operandPhraseLength() &&
      match.value.some(
        (construct) => construct.power >= Power.postfix && construct.implied !== true,
      )
    );
  }

  /**
   * After a pause, a postfix operator takes the operand just said, whole: "2 x, squared" is (2x)²,
   * "a plus b, squared" is a + b² (the pause ends the operand b, the sum stays a sum).
   */
  private postfixOnLastOperand(left: Formula): Formula | undefined {
    if (left.kind === 'infix') {
      const right = this.postfixOnLastOperand(left.right);
      return right === undefined ? undefined : { ...left, right };
    }
    if (left.kind === 'prefix' && (endsWithGroup(left.operand) || left.apart === true)) {
      // "negative, open paren, 2 x, close paren, squared" and "negative, 2 x, squared" are −(2x)²,
      // "negative 2 x, squared" (−2x)².
      const operand = this.postfixOnLastOperand(left.operand);
      return operand === undefined ? undefined : { ...left, operand };
    }
    if (left.kind === 'row' && left.items[left.items.length - 1].kind === 'fence') {
      // "2, open paren, 3 plus 4, close paren, squared": the group just closed is the operand.
      const last = this.operator(left.items[left.items.length - 1], Power.postfix - 1);
      return last === undefined
        ? undefined
        : { kind: 'row', items: [...left.items.slice(0, -1), last] };
    }
    const target: Formula =
      left.kind === 'row' ? { kind: 'fence', open: '(', close: ')', body: left } : left;
    return this.operator(target, Power.postfix - 1);
  }

  /** An operator that ends every scope a pause may close ("all over") comes next inside one. */
  private atScopeCloser(): boolean {
    const scope = this.scopes[this.scopes.length - 1];
    if (!scope.closedByPause || scope.holdsAllOver === true) return false;
    const match = this.grammar.operators.match(this.tokens, this.pos);
    return match !== undefined && match.value.some((construct) => this.closesScopesHere(construct));
  }

  private closesScopesHere({ closesScopes }: OperatorConstruct): boolean {
    return typeof closesScopes === 'function' ? closesScopes(this) : closesScopes === true;
  }

  /** The loosest binding power of the operators whose phrase comes next, if any. */
  private operatorPower(): number | undefined {
    const match = this.grammar.operators.match(this.tokens, this.pos);
    const explicit = match?.value.filter((construct) => construct.implied !== true) ?? [];
    if (explicit.length === 0) return undefined;
    return Math.min(...explicit.map((construct) => construct.power));
  }

  /** Whether an operator phrase starts at token `at`. */
  startsOperatorAt(at: number): boolean {
    const saved = this.pos;
    this.pos = at;
    try {
      return this.startsOperator();
    } finally {
      this.pos = saved;
    }
  }

  private startsOperatorLooserThan(power: number): boolean {
    const match = this.grammar.operators.match(this.tokens, this.pos);
    if (match === undefined || match.length < this.operandPhraseLength()) return false;
    return match.value.some(
      (construct) => this.saidAsOperator(construct) && construct.power <= power,
    );
  }

  startsOperator(): boolean {
    const match = this.grammar.operators.match(this.tokens, this.pos);
    if (match === undefined || match.length < this.operandPhraseLength()) return false;
    return match.value.some((construct) => this.saidAsOperator(construct));
  }

  /**
   * An implied operator's words are an operand's unless what follows makes them the operator that
   * closes scopes: "x plus 2 if x < 0 and 3 if x > 0" are cases of the whole sum.
   */
  private saidAsOperator(construct: OperatorConstruct): boolean {
    if (construct.operandHere?.(this) === true) return false;
    return construct.implied !== true || this.closesScopesHere(construct);
  }

  /** A longer operand phrase wins over an operator phrase: "dot dot dot" is an ellipsis, not a product. */
  operandPhraseLength(): number {
    return this.grammar.operands.match(this.tokens, this.pos)?.length ?? 0;
  }

  /** One operand: an operand construct, or the fallback (letters, numbers, unknown words). */
  operand(): Formula {
    this.skipPauses();
    // A full stop ends a sentence; it is no operand ("the absolute value of center dot.").
    if (this.atEnd() || this.atTerminator() || this.peek()?.kind === 'stop') return empty;
    for (const match of this.grammar.operands.matches(this.tokens, this.pos)) {
      for (const construct of match.value) {
        // attempt() by hand, as in operator().
        const start = this.pos;
        const reported = this.findings.length;
        this.pos += match.length;
        const result = construct.parse(this, this.phraseAt(start, match.length));
        if (result !== undefined) return result;
        this.pos = start;
        this.findings.length = reported;
      }
    }
    if (this.startsOperator()) {
      // An operator with nothing on its left ("plus one", "equals b"): the operator applies to nothing.
      return this.operator(empty, -1) ?? this.grammar.fallback(this);
    }
    return this.grammar.fallback(this);
  }

  /** Past the nesting limit, the rest of the scope is read as a flat row of operands. */
  /** Past the nesting limit, where the rest is read word by word and no construct may nest further. */
  get tooDeep(): boolean {
    return this.depth >= maxDepth;
  }

  private flat(): Formula {
    const start = this.peek();
    if (start !== undefined && !this.reportedDepth) {
      this.reportedDepth = true;
      this.report(
        'spoken.too-deep',
        start.start,
        this.tokens[this.tokens.length - 1].end,
        `nested more than ${maxDepth} levels deep; the rest is read flat`,
      );
    }
    const items: Formula[] = [];
    while (!this.atEnd() && !this.atTerminator()) {
      if (this.peek()?.kind === 'pause' || this.peek()?.kind === 'stop') {
        this.pos++;
        continue;
      }
      items.push(this.grammar.fallback(this));
    }
    return items.length === 0 ? empty : { kind: 'row', items };
  }
}
