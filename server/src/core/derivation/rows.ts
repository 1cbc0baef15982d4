/**
 * The rows of a display environment: split at top-level `\\` and `\intertext{…}`, inside an
 * `aligned`/`split`/`gathered` that makes up the whole formula. Each row's text keeps document
 * offsets: comments, alignment `&`, row breaks and intertext are blanked to spaces, never cut.
 */
import type { Span } from './types';

export interface Row extends Span {
  /** The row's source with comments, top-level `&`, intertext and justification blanked. */
  text: string;
  /** The justification after `&&` (`&& \text{by parts}`), as written. */
  justification: string;
}

const UNWRAPPED = /^\\begin\{(aligned|split|gathered|alignedat|aligned\*)\}(\{\d+\})?(\[[a-z]\])?/;
/**
 * A justification written after a wide space rather than `&&`: `\quad \text{integrate both
 * sides}`, `\qquad (\text{by parts})`. Without this the text would read as a quantity's name.
 */
const SPACED_JUSTIFICATION =
  /\\q?quad\s*(?:\(\s*)?\\(?:text|textrm|mbox)\s*\{[^{}]*\}\s*\)?[\s.,;]*$/;
const ROW_BREAK = /^\\\\\*?(\s*\[[^\]\n]*\])?/;
const INTERTEXT = /^\\(intertext|shortintertext)\s*\{/;

function blank(chars: string[], from: number, to: number): void {
  for (let k = from; k < to; k++) if (chars[k] !== '\n') chars[k] = ' ';
}

/** Offset just past the group that opens at `open` (a `{`), or `end` when it is never closed. */
function groupEnd(text: string, open: number, end: number): number {
  let depth = 0;
  for (let k = open; k < end; k++) {
    const c = text[k];
    if (c === '\\') k++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return k + 1;
  }
  return end;
}

function blankComments(chars: string[], text: string, start: number, end: number): void {
  for (let k = start; k < end; k++) {
    if (text[k] === '\\') k++;
    else if (text[k] === '%') {
      let stop = k;
      while (stop < end && text[stop] !== '\n') stop++;
      blank(chars, k, stop);
      k = stop;
    }
  }
}

/** The body of an aligned/split… that is the whole content, else the content itself. */
function unwrap(text: string, start: number, end: number): Span {
  const body = text.slice(start, end);
  const lead = body.length - body.trimStart().length;
  const match = UNWRAPPED.exec(body.slice(lead));
  if (match === null) return { start, end };
  const closing = `\\end{${match[1]}}`;
  const trimmedEnd = start + body.trimEnd().length;
  if (!text.startsWith(closing, trimmedEnd - closing.length)) return { start, end };
  return unwrap(text, start + lead + match[0].length, trimmedEnd - closing.length);
}

/** Rows of the content [start, end) of a formula in `text` (the whole document). */
export function splitRows(text: string, start: number, end: number): Row[] {
  const chars = text.slice(0, end).split('');
  blankComments(chars, text, start, end);
  const clean = chars.join('');
  const inner = unwrap(clean, start, end);
  const rows: Row[] = [];
  let rowStart = inner.start;
  let depth = 0;
  let environments = 0;
  let justification = -1;
  const close = (at: number) => {
    if (justification < 0) {
      const spaced = SPACED_JUSTIFICATION.exec(clean.slice(rowStart, at));
      if (spaced !== null) justification = rowStart + spaced.index;
    }
    const note = justification < 0 ? '' : clean.slice(justification, at).replace(/^[\s&]+/, '');
    if (justification >= 0) blank(chars, justification, at);
    justification = -1;
    if (at > rowStart)
      rows.push({ start: rowStart, end: at, text: '', justification: note.trim() });
  };
  for (let k = inner.start; k < inner.end; k++) {
    const c = clean[k];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '&' && depth === 0 && environments === 0) {
      chars[k] = ' ';
      if (justification < 0 && /^\s*&/.test(clean.slice(k + 1, k + 40))) justification = k;
    }
    if (c !== '\\') continue;
    const rest = clean.slice(k, Math.min(inner.end, k + 40));
    if (rest.startsWith('\\begin{')) environments++;
    else if (rest.startsWith('\\end{')) environments--;
    if (depth !== 0 || environments !== 0) {
      k++;
      continue;
    }
    const rowBreak = ROW_BREAK.exec(rest);
    const intertext = INTERTEXT.exec(rest);
    if (rowBreak !== null) {
      close(k);
      blank(chars, k, k + rowBreak[0].length);
      k += rowBreak[0].length - 1;
      rowStart = k + 1;
    } else if (intertext !== null) {
      close(k);
      const stop = groupEnd(clean, k + intertext[0].length - 1, inner.end);
      blank(chars, k, stop);
      k = stop - 1;
      rowStart = stop;
    } else {
      k++;
    }
  }
  close(inner.end);
  const blanked = chars.join('');
  return rows
    .map((row) => ({ ...row, text: blanked.slice(row.start, row.end) }))
    .filter((row) => row.text.trim() !== '');
}
