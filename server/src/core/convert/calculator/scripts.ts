/**
 * AsciiMath's scripts, as people paste them from chats and forums, in spellings mathjs reads. A
 * pass after rewrite.ts's (it sees `=` inside brackets as `==`):
 * - a grouped subscript on a name is an index, which the printer writes as a subscript:
 *   `a_(n-1)`, `a_{n-1}` → `a[n-1]`; a braced superscript is a parenthesised one:
 *   `x^{n+1}` → `x^(n+1)` (mathjs reads `{` as an object);
 * - a big operator written without its backslash (calculus.ts's WRITTEN_OPERATORS) becomes
 *   `BigOperator(head, body)`, its scripts on the head in mathjs's spelling:
 *   `sum_(i=1)^n i^2` → `BigOperator(sum[i==1]^(n), i^2)`; in a limit's subscript `->` is
 *   mathjs's `to` (`lim_(x->0) f(x)` → `BigOperator(lim[x to 0], f(x))`) and a one-sided limit's
 *   side a last subscript (`lim_(x->0^+)` → `lim[x to 0, "+"]`); an integral's differential is a
 *   last argument (`int_0^1 x^2 dx` → `BigOperator(int[0]^(1), x^2, x)`). Limits may be one
 *   token, AsciiMath's unbracketed `sum_n=1^oo` and `lim_x->0` too.
 * mathjs would read `sum_` and `a_` as names applied to the parenthesis, and `int_0` as one name.
 *
 * A body is the rest of its term: it ends at a `+` or `-` between terms, a relation, a comma or the
 * bracket that closes around it (`sum_i a_i + 1` is (∑ a_i) + 1, as the printed LaTeX reads). An
 * integral's body runs on to its differential (`int_0^1 x^2 + 1 dx`) when it has one.
 */
import { GREEK_SET } from '../../latex/names';
import { WRITTEN_OPERATORS } from './calculus';
import { Builder, type RewriteProblem, type Rewritten } from './rewritten';

/** Longest first, so that a longer name is not read as a shorter one and a rest. */
const OPERATOR_NAMES = Object.keys(WRITTEN_OPERATORS).sort((a, b) => b.length - a.length);

/** Before an operator's name: nothing that would make it the end of a longer name (`x_sum`). */
const PART_OF_NAME = /[A-Za-z0-9_.']/;
/** A script that is one token: `_0`, `^n`, `^-1`, `^oo`, `_x1`. */
const TOKEN = /-?(?:\d+(?:\.\d+)?|[A-Za-z]+\d*)/y;
/** A one-sided limit's side at the end of its subscript: `x->0^+`, `x->0-`. */
const SIDE = /(?<=[^\s>])\s*\^?([+-])\s*$/;
/** Where a body ends: a relation (`==` is one too), a comma, a bar (“given”); `!=`, `~=`, `:=`. */
const BODY_STOPS = new Set([...'=<>,;|']);
const BEFORE_EQUALS = new Set([...'!~:']);
/** A `+` or `-` after one of these is between terms, not a sign (`sum_i -x_i`, `x^-1`). */
const OPERAND_END = /[A-Za-z0-9)\]}!']/;
/**
 * `dx`, `d x`, `dtheta`, `d theta` (the variable is one letter or a Greek name), not followed by
 * what would make it something else: a name (`dxy`), an application (`dx(t)`), a power or index.
 */
const DIFFERENTIAL = /d\s*([A-Za-z]+)(?![A-Za-z0-9_([^])/y;
/** Space, and an explicit product before a differential: `int x^2 * dx`. */
const BEFORE_DIFFERENTIAL = /[\s*]/;

interface Piece {
  built: Builder;
  end: number;
}

interface Span {
  start: number;
  end: number;
}

/** Where an operator's body ends, and what comes after it. */
interface Extent {
  body: number;
  /** After the body, or after an integral's differential. */
  end: number;
  /** An integral's differential: where its `d` is, and its variable. */
  differential?: { at: number; variable: Span };
}

/** A script before it is placed on its operator: what it holds, where its `_` or `^` is. */
interface Script extends Piece {
  at: number;
}

/** The offset of the bracket that closes the one at `open` (of any kind), before `to`. */
function closing(source: string, open: number, to: number): number | undefined {
  let depth = 0;
  for (let i = open; i < to; i++) {
    if ('([{'.includes(source[i])) depth++;
    else if (')]}'.includes(source[i]) && --depth === 0) return i;
  }
  return undefined;
}

/** The last character before `at` that is not space, no further back than `from`. */
function lastNonSpace(source: string, from: number, at: number): string {
  for (let i = at - 1; i >= from; i--) if (!/\s/.test(source[i])) return source[i];
  return '';
}

function operatorNameAt(source: string, at: number): string | undefined {
  if (at > 0 && PART_OF_NAME.test(source[at - 1])) return undefined;
  return OPERATOR_NAMES.find(
    (name) => source.startsWith(name, at) && /[_^\s]/.test(source[at + name.length] ?? ''),
  );
}

/** The variable of the differential at `at` (`theta` in `d theta`), if it ends before `to`. */
function differentialAt(source: string, at: number, to: number): Span | undefined {
  DIFFERENTIAL.lastIndex = at;
  const match = /[A-Za-z_.]/.test(source[at - 1] ?? '') ? null : DIFFERENTIAL.exec(source);
  if (match === null) return undefined;
  const name = match[1];
  const end = at + match[0].length;
  if ((name.length > 1 && !GREEK_SET.has(name)) || end > to) return undefined;
  return { start: end - name.length, end };
}

class ScriptReader {
  problem?: RewriteProblem;
  /** Operators already read, by offset and limit: a failed `int` is not read again and again. */
  private readonly operators = new Map<number, Piece | undefined>();

  constructor(private readonly source: string) {}

  /**
   * source[from, to) rewritten; `arrows`: in a limit's subscript. `limit`: how far what starts in
   * the range may reach (a body is rewritten with the limit it was scanned with, so that it holds
   * the same operators as the scan saw).
   */
  range(from: number, to: number, arrows = false, limit = to): Builder {
    const out = new Builder();
    for (let at = from; at < to;) at = this.step(at, limit, out, arrows);
    return out;
  }

  private fail(start: number, end: number, message: string): undefined {
    this.problem ??= { start, end, message };
    return undefined;
  }

  /** Rewrites what starts at `at` into `out`; where the next thing starts. */
  private step(at: number, to: number, out: Builder, arrows: boolean): number {
    const source = this.source;
    const operator = this.operatorAt(at, to);
    if (operator !== undefined) {
      out.append(operator.built);
      return operator.end;
    }
    const close = this.groupedScriptAt(at, to);
    if (close !== undefined) {
      const [open, shut] = source[at] === '_' ? ['[', ']'] : ['^(', ')'];
      out.push(open, at);
      out.append(this.range(at + 2, close, arrows));
      out.push(shut, close);
      return close + 1;
    }
    if (arrows && source.startsWith('->', at)) {
      if (source.slice(at + 2, to).trim() === '')
        this.fail(at, at + 2, 'nothing after “->”: what does the variable approach?');
      out.push(' to ', at);
      return at + 2;
    }
    out.copy(source, at, at + 1);
    return at + 1;
  }

  /**
   * The closing bracket of `_(…)` or `_{…}` after a name (`a_(n-1)`), or of `^{…}`, at `at`.
   * (A bracketed subscript after anything else, `(a+b)_(n)`, has no reading here.)
   */
  private groupedScriptAt(at: number, to: number): number | undefined {
    const source = this.source;
    const [script, open] = [source[at], source[at + 1]];
    const grouped =
      (script === '^' && open === '{') ||
      (script === '_' &&
        (open === '(' || open === '{') &&
        /[A-Za-z0-9]/.test(source[at - 1] ?? ''));
    return grouped ? closing(source, at + 1, to) : undefined;
  }

  /** Where what starts at `at` ends: an operator or a grouped script whole, else one character. */
  private skip(at: number, to: number): number {
    const operator = this.operatorAt(at, to);
    if (operator !== undefined) return operator.end;
    const close = this.groupedScriptAt(at, to);
    return close === undefined ? at + 1 : close + 1;
  }

  private operatorAt(at: number, to: number): Piece | undefined {
    const name = operatorNameAt(this.source, at);
    if (name === undefined) return undefined;
    const key = at * (this.source.length + 1) + to;
    if (!this.operators.has(key)) this.operators.set(key, this.readOperator(name, at, to));
    return this.operators.get(key);
  }

  /** `sum_(i=1)^n body`, `int_0^1 body dx`, `int body dx` at `at`, or undefined. */
  private readOperator(name: string, at: number, to: number): Piece | undefined {
    const source = this.source;
    const { differential, arrow } = WRITTEN_OPERATORS[name];
    const scripts: { _?: Script; '^'?: Script } = {};
    let next = at + name.length;
    while (source[next] === '_' || source[next] === '^') {
      const place = source[next] as '_' | '^';
      if (scripts[place] !== undefined) break;
      const script = this.scriptAt(next + 1, to, place === '_' && arrow === true);
      // An unclosed bracket: unbalancedBracket says where.
      if (script === 'unclosed') return undefined;
      if (script === undefined) return this.fail(next, next + 1, `no limit after “${place}”`);
      scripts[place] = { ...script, at: next };
      next = script.end;
    }
    const scripted = scripts._ !== undefined || scripts['^'] !== undefined;
    if (!scripted && differential !== true) return undefined;
    let start = next;
    while (start < to && /\s/.test(source[start])) start++;
    const extent = this.bodyAt(start, to, differential === true);
    // `int x` without scripts or a `dx` is a name, as mathjs reads it.
    if (!scripted && extent.differential === undefined) return undefined;
    if (source.slice(start, extent.body).trim() === '') {
      return this.fail(at, next, `nothing after “${name}” and its limits for it to apply to`);
    }
    const body = this.range(start, extent.body, false, to);
    if (extent.differential !== undefined) body.trimEnd(BEFORE_DIFFERENTIAL);
    const out = new Builder();
    out.push('BigOperator(', at);
    out.copy(source, at, at + name.length);
    const wrapped = (script: Script | undefined, open: string, close: string) => {
      if (script === undefined) return;
      out.push(open, script.at);
      out.append(script.built);
      out.push(close, script.at);
    };
    wrapped(scripts._, '[', ']');
    wrapped(scripts['^'], '^(', ')');
    out.push(', ', start);
    out.append(body);
    if (extent.differential !== undefined) {
      const { at: d, variable } = extent.differential;
      out.push(', ', d);
      out.copy(source, variable.start, variable.end);
    }
    out.push(')', extent.end - 1);
    return { built: out, end: extent.end };
  }

  /** What follows an operator's `_` or `^` at `at`: a bracketed group or one token. */
  private scriptAt(at: number, to: number, arrows: boolean): Piece | 'unclosed' | undefined {
    const source = this.source;
    if (source[at] === '(' || source[at] === '{') {
      const close = closing(source, at, to);
      if (close === undefined) return 'unclosed';
      const inside = source.slice(at + 1, close);
      if (inside.trim() === '') return undefined;
      const side = arrows && inside.includes('->') ? SIDE.exec(inside) : null;
      const end = side === null ? close : close - side[0].length;
      const built = this.range(at + 1, end, arrows);
      // One-sided: the side is a last subscript, the string "+" or "-" (calculus.ts's sideOf).
      if (side !== null) built.push(`, "${side[1]}"`, end);
      return { built, end: close + 1 };
    }
    const first = this.tokenAt(at, to);
    if (first === undefined) return undefined;
    const built = new Builder();
    built.copy(source, at, first);
    // AsciiMath without brackets: `sum_n=1^oo`, `lim_x->0`.
    const relation = arrows ? '->' : '=';
    const second = source.startsWith(relation, first)
      ? this.tokenAt(first + relation.length, to)
      : undefined;
    if (second === undefined) return { built, end: first };
    built.push(arrows ? ' to ' : '==', first);
    built.copy(source, first + relation.length, second);
    return { built, end: second };
  }

  /** The end of the one-token script at `at`. */
  private tokenAt(at: number, to: number): number | undefined {
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(this.source);
    return match === null || at + match[0].length > to ? undefined : at + match[0].length;
  }

  /**
   * An operator's body from `from`: to the end of its term, or an integral's to its `dx`. Only
   * scanned: it is rewritten once the operator is known to be one (`int x` without a `dx` is not).
   */
  private bodyAt(from: number, to: number, integral: boolean): Extent {
    const source = this.source;
    /** The first `+` or `-` between terms, where an integral without a `dx` ends. */
    let termEnd: number | undefined;
    let depth = 0;
    let at = from;
    while (at < to) {
      const ch = source[at];
      if (')]}'.includes(ch)) {
        if (depth === 0) break;
        depth--;
      } else if ('([{'.includes(ch)) depth++;
      const stop = BODY_STOPS.has(ch) || (BEFORE_EQUALS.has(ch) && source[at + 1] === '=');
      if (depth === 0 && stop) break;
      if (depth === 0 && '+-'.includes(ch) && OPERAND_END.test(lastNonSpace(source, from, at))) {
        if (!integral) break;
        termEnd ??= at;
      }
      const variable =
        integral && ch === 'd' && depth === 0 && at > from
          ? differentialAt(source, at, to)
          : undefined;
      if (variable !== undefined)
        return { body: at, end: variable.end, differential: { at, variable } };
      at = this.skip(at, to);
    }
    return { body: termEnd ?? at, end: termEnd ?? at };
  }
}

export function rewriteScripts(source: string): Rewritten {
  const reader = new ScriptReader(source);
  return reader.range(0, source.length).done(source.length, reader.problem);
}
