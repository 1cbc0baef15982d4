/** A 0-based line and UTF-16 character, the unit LSP and the CLI's JSON speak. */
export interface LineCharacter {
  line: number;
  character: number;
}

const LF = 10;
const CR = 13;

/**
 * Converts UTF-16 offsets of one text to lines and characters and back. Core works in offsets;
 * this is for the edges (the CLI and tests) that must print positions.
 */
export class LineMap {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === CR) {
        if (text.charCodeAt(i + 1) === LF) i++;
        this.lineStarts.push(i + 1);
      } else if (code === LF) {
        this.lineStarts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): LineCharacter {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offset(position: LineCharacter): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[Math.max(0, position.line)];
    const next =
      position.line + 1 < this.lineStarts.length
        ? this.lineStarts[position.line + 1]
        : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }
}
