/**
 * Calculator spellings that mathjs does not read, rewritten into ones it does, keeping for every
 * character of the result the offset of the source character it came from (findings point into
 * the user's text, not ours): `2**3` → `2^3`, `|x - 1|` → `abs(x - 1)`.
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

export function rewriteCalculator(source: string): Rewritten {
  const out = new Builder();
  let openBars = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '*' && source[i + 1] === '*') {
      out.push('^', i);
      i++;
      continue;
    }
    if (ch === '|' && source[i + 1] !== '|') {
      const before = out.text.trimEnd();
      const opens = openBars === 0 || before === '' || BEFORE_OPERAND.test(before);
      if (opens) {
        openBars++;
        out.push('abs(', i);
      } else {
        openBars--;
        out.push(')', i);
      }
      continue;
    }
    out.push(ch, i);
  }
  out.origin.push(source.length);
  return { text: out.text, origin: out.origin };
}
