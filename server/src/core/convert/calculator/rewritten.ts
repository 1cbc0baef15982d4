/**
 * Text rewritten for mathjs, with an origin map: for every character of the result, the offset of
 * the source character it came from, so that findings point into the user's text, not ours.
 * Rewriting passes (rewrite.ts, scripts.ts) build their result piece by piece and are chained with
 * `composed`.
 */

/** What the user wrote wrong, found while rewriting: offsets into the rewritten pass's source. */
export interface RewriteProblem {
  start: number;
  end: number;
  message: string;
}

export interface Rewritten {
  text: string;
  /** origin[i]: the source offset of text[i]; origin[text.length] is the source's length. */
  origin: number[];
  problem?: RewriteProblem;
}

export class Builder {
  text = '';
  origin: number[] = [];
  /** `piece`, every character of it coming from the source offset `from`. */
  push(piece: string, from: number): void {
    this.text += piece;
    for (let i = 0; i < piece.length; i++) this.origin.push(from);
  }
  /** source[start, end) as it is, each character from its own offset. */
  copy(source: string, start: number, end: number): void {
    this.text += source.slice(start, end);
    for (let i = start; i < end; i++) this.origin.push(i);
  }
  append(other: Builder): void {
    this.text += other.text;
    for (const from of other.origin) this.origin.push(from);
  }
  /** Drops the characters matching `unwanted` at the end (the space and `*` before a `dx`). */
  trimEnd(unwanted: RegExp): void {
    let end = this.text.length;
    while (end > 0 && unwanted.test(this.text[end - 1])) end--;
    this.text = this.text.slice(0, end);
    this.origin.length = end;
  }
  done(sourceLength: number, problem?: RewriteProblem): Rewritten {
    return { text: this.text, origin: [...this.origin, sourceLength], problem };
  }
}

/** `pass` applied to what `first` made, its origins and problem mapped back to first's source. */
export function composed(first: Rewritten, pass: (text: string) => Rewritten): Rewritten {
  const second = pass(first.text);
  const back = (offset: number) => first.origin[offset];
  const mapped = second.problem && {
    ...second.problem,
    start: back(second.problem.start),
    end: back(second.problem.end),
  };
  return { text: second.text, origin: second.origin.map(back), problem: first.problem ?? mapped };
}
