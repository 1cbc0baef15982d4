/**
 * Calculator spellings that mathjs does not read, rewritten into ones it does, keeping for every
 * character of the result the offset of the source character it came from (findings point into
 * the user's text, not ours): `2**3` → `2^3`, `|x - 1|` → `abs(x - 1)`, `||v||` → `norm(v)`, and
 * `2.5e8` → `(2.5*10^8)` (mathjs would keep only the number's value and print 250000000).
 */

export interface Rewritten {
  text: string;
  /** origin[i]: the source offset of text[i]; origin[text.length] is the source's length. */
  origin: number[];
}

class Builder {
  text = '';
  origin: number[] = [];
  push(piece: string, from: number): void {
    this.text += piece;
    for (let i = 0; i < piece.length; i++) this.origin.push(from);
  }
}

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

/** `|x|` and `||v||`: whether a bar at `before` opens (else it closes the innermost open one). */
function opens(before: string, open: string[], kind: string): boolean {
  if (open[open.length - 1] !== kind) return true;
  const trimmed = before.trimEnd();
  return trimmed === '' || BEFORE_OPERAND.test(trimmed);
}

export function rewriteCalculator(source: string): Rewritten {
  const out = new Builder();
  const open: string[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    const scientific = scientificAt(source, i);
    if (scientific !== undefined) {
      out.push(scientific.text, i);
      i += scientific.length - 1;
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
  out.origin.push(source.length);
  return { text: out.text, origin: out.origin };
}
