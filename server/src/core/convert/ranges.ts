/**
 * Finding ranges in UTF-16 offsets that never split a surrogate pair: an offending character
 * outside the Basic Multilingual Plane (`𝑥`, an emoji) is two code units, and its range covers both.
 */

export interface Range {
  start: number;
  end: number;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The character at `offset` (the last one when `offset` is at or past the end). */
export function characterAt(text: string, offset: number): Range {
  if (text.length === 0) return { start: 0, end: 0 };
  let start = Math.min(Math.max(offset, 0), text.length - 1);
  if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
  const pair = isHigh(text.charCodeAt(start)) && isLow(text.charCodeAt(start + 1));
  return { start, end: start + (pair ? 2 : 1) };
}

/** The range without its surrounding white space (or the range itself when it is all space). */
export function trimmed(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : range;
}

export interface Bracket {
  open: string;
  close: string;
}

const DEFAULT_BRACKETS: readonly Bracket[] = [
  { open: '(', close: ')' },
  { open: '[', close: ']' },
  { open: '{', close: '}' },
];

/** The first bracket without a partner (an unclosed `(` or a stray `)`), or undefined. */
export function unbalancedBracket(
  text: string,
  brackets: readonly Bracket[] = DEFAULT_BRACKETS,
): { offset: number; problem: string } | undefined {
  const open: { offset: number; bracket: Bracket }[] = [];
  for (let i = 0; i < text.length; i++) {
    const opening = brackets.find((b) => b.open === text[i]);
    if (opening !== undefined) {
      open.push({ offset: i, bracket: opening });
      continue;
    }
    const closing = brackets.find((b) => b.close === text[i]);
    if (closing === undefined) continue;
    const last = open.pop();
    if (last === undefined) return { offset: i, problem: `“${text[i]}” closes nothing` };
    if (last.bracket !== closing)
      return { offset: i, problem: `“${text[i]}” does not match “${last.bracket.open}”` };
  }
  const unclosed = open.pop();
  return unclosed === undefined
    ? undefined
    : { offset: unclosed.offset, problem: `“${unclosed.bracket.open}” is never closed` };
}
