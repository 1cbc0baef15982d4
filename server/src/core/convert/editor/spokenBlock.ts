import type { Span } from '../../regions/types';

const OPENING = /^[ \t]*(`{3,}|~{3,})[ \t]*spoken[ \t]*$/;

/**
 * The Markdown ```spoken fence around `offset`, from its opening line to the end of its closing
 * line (or of the text, when it is never closed); undefined outside such a block.
 */
export function spokenBlockAround(text: string, offset: number): Span | undefined {
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  while (lineStart > 0) {
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = lineAt(text, previousStart);
    const fence = OPENING.exec(line);
    if (fence) return { start: previousStart, end: closingEnd(text, lineStart, fence[1]) };
    if (/^[ \t]*(`{3,}|~{3,})/.test(line)) return undefined;
    lineStart = previousStart;
  }
  return undefined;
}

function closingEnd(text: string, from: number, opening: string): number {
  const closing = new RegExp(`^[ \\t]*${opening[0]}{${opening.length},}[ \\t]*$`);
  for (let start = from; start < text.length;) {
    const line = lineAt(text, start);
    if (closing.test(line)) return start + line.length;
    const next = text.indexOf('\n', start);
    if (next < 0) break;
    start = next + 1;
  }
  return text.length;
}

function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}
