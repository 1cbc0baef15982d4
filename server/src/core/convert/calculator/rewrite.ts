/**
 * Calculator spellings that mathjs does not read, rewritten into ones it does, keeping for every
 * character of the result the offset of the source character it came from (findings point into
 * the user's text, not ours): `2**3` → `2^3`, `|x - 1|` → `abs(x - 1)` (an odd number of bars
 * stays: `P(A|B)` is mathjs's bitOr, printed \mid), `||v||` → `norm(v)`, `2.5e8` → `(2.5*10^8)`
 * (mathjs would keep only the number's value and print 250000000), `(a, b)` → `Tuple(a, b)`
 * (core/latex's name for a tuple; mathjs refuses a bracketed list), `=` inside brackets → `==`
 * (`P(X = k)`; mathjs would read an assignment), `&&` and ` || ` → `and` and `or`, `...` → `Ellipsis`, `12,000` → `12000`, `60%` → `Percent(60)`, and a
 * final `.`, `,` or `;` (the end of a sentence) is dropped. Then AsciiMath's scripts and big
 * operators (scripts.ts), which read the brackets and relations as spelled here.
 */
import { Builder, composed, type Rewritten } from './rewritten';
import { rewriteScripts } from './scripts';

/** After one of these (or at the start), a bar opens an absolute value; elsewhere it closes one. */
const BEFORE_OPERAND = /[-+*/^,([=<>!;:]$/;

const SCIENTIFIC = /(\d+\.?\d*|\.\d+)[eE]([+-]?\d+)/y;
const PART_OF_NAME = /[A-Za-z0-9_.]/;

/** `2.5e8` at `i` (not inside a name such as `x1e5`): its length and its rewriting. */
function scientificAt(source: string, i: number): { length: number; text: string } | undefined {
  if (i > 0 && PART_OF_NAME.test(source[i - 1])) return undefined;
  SCIENTIFIC.lastIndex = i;
  const match = SCIENTIFIC.exec(source);
  if (match === null) return undefined;
  const power = `10^${match[2].replace(/^\+/, '')}`;
  const text = /^1(?:\.0*)?$/.test(match[1]) ? `(${power})` : `(${match[1]}*${power})`;
  return { length: match[0].length, text };
}

const PERCENT = /(\d+\.?\d*|\.\d+)%(?!\s*[\w(.])/y;

/** `60%` at `i`: mathjs would read 60/100, printed as a fraction; Percent(60) prints `60\%`. */
function percentAt(source: string, i: number): { length: number; text: string } | undefined {
  if (i > 0 && PART_OF_NAME.test(source[i - 1])) return undefined;
  PERCENT.lastIndex = i;
  const match = PERCENT.exec(source);
  return match === null ? undefined : { length: match[0].length, text: `Percent(${match[1]})` };
}

/** `|x|` and `||v||`: whether a bar at `before` opens (else it closes the innermost open one). */
function opens(before: string, open: string[], kind: string): boolean {
  if (open[open.length - 1] !== kind) return true;
  const trimmed = before.trimEnd();
  return trimmed === '' || BEFORE_OPERAND.test(trimmed);
}

interface Brackets {
  /** depth[i]: how many brackets are open at i. */
  depth: number[];
  /** Offsets of the `(` whose own level holds a comma: a tuple unless it applies a function. */
  listOpeners: Set<number>;
}

function brackets(source: string): Brackets {
  const depth: number[] = [];
  const listOpeners = new Set<number>();
  const stack: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (')]}'.includes(ch)) stack.pop();
    depth.push(stack.length);
    if ('([{'.includes(ch)) stack.push(i);
    const top = stack[stack.length - 1];
    if (ch === ',' && top !== undefined && source[top] === '(') listOpeners.add(top);
  }
  return { depth, listOpeners };
}

/**
 * A name (`f`, `x1`) before `(` makes it an application, not a tuple. (`f'(a, b)` is a tuple
 * after a primed name, which normalise.ts applies.)
 */
const APPLIES = /[A-Za-z_][A-Za-z0-9_]*$/;
const RELATION_NEIGHBOURS = /[=<>!:~]/;

export function rewriteCalculator(source: string): Rewritten {
  return composed(rewriteSpellings(source), rewriteScripts);
}

function rewriteSpellings(source: string): Rewritten {
  const out = new Builder();
  const open: string[] = [];
  const { depth, listOpeners } = brackets(source);
  const singleBars = source.replace(/\|\|/g, '').split('|').length - 1;
  const last = source.trimEnd().length - 1;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (i === last && '.,;'.includes(ch)) continue; // the end of a sentence
    if (ch === '(' && listOpeners.has(i) && !APPLIES.test(out.text.trimEnd())) {
      out.push('Tuple(', i);
      continue;
    }
    if (ch === '=' && depth[i] > 0) {
      const lone =
        !RELATION_NEIGHBOURS.test(source[i - 1] ?? '') && !/[=>]/.test(source[i + 1] ?? '');
      if (lone) {
        out.push('==', i);
        continue;
      }
    }
    if (source.startsWith('...', i)) {
      out.push(' Ellipsis ', i);
      i += 2;
      continue;
    }
    if (
      ch === ',' &&
      /\d/.test(source[i - 1] ?? '') &&
      /^\d{3}(?!\d)/.test(source.slice(i + 1, i + 5))
    ) {
      continue; // a thousands separator
    }
    // `a && b`, `a || b`: C's logic, mathjs's `and` and `or`.
    if (source.startsWith('&&', i) || (source.startsWith(' || ', i - 1) && i > 0)) {
      out.push(ch === '&' ? ' and ' : ' or ', i);
      i++;
      continue;
    }
    if (ch === '|' && source[i + 1] !== '|' && singleBars % 2 === 1) {
      out.push(ch, i);
      continue;
    }
    const number = scientificAt(source, i) ?? percentAt(source, i);
    if (number !== undefined) {
      out.push(number.text, i);
      i += number.length - 1;
      continue;
    }
    if (ch === '|') {
      const kind = source[i + 1] === '|' ? 'norm' : 'abs';
      if (opens(out.text, open, kind)) {
        open.push(kind);
        out.push(` ${kind}(`, i);
      } else {
        open.pop();
        out.push(')', i);
      }
      if (kind === 'norm') i++;
      continue;
    }
    if (ch === '*' && source[i + 1] === '*') {
      out.push('^', i);
      i++;
      continue;
    }
    out.push(ch, i);
  }
  return out.done(source.length);
}
