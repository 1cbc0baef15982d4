import type { ScanItem } from './types';
import type { PartialScan, ScanStop } from './latexScanner';
import { scanMath } from './latexMath';
import { readDefinition } from './latexDefinitions';
import { readControlSequence } from './texText';

interface Line {
  start: number;
  /** End of the line's content (before its newline). */
  end: number;
  /** Start of the next line. */
  next: number;
}

const fenceOpen = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)[^`]*$/;
const listMarker = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:\s|$)/;

/**
 * Scans Markdown from `start` (a line start): $…$ and $$…$$ in paragraphs, ```math fences,
 * ```spoken fences (one spoken formula per line), skipping code spans, fenced and indented code,
 * HTML comments and front matter. Sync points are line starts after blank lines outside blocks.
 */
export function scanMarkdownFrom(text: string, start: number, stop?: ScanStop): PartialScan {
  const items: ScanItem[] = [];
  const syncPoints: number[] = [];
  let pos = start;
  let paragraphStart = -1;
  let previousBlank = true;
  let inList = false;

  const flushParagraph = (end: number) => {
    if (paragraphStart >= 0) scanInline(text, paragraphStart, end, items);
    paragraphStart = -1;
  };

  if (start === 0 && /^---\r?\n/.test(text)) {
    const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
    close.lastIndex = 3;
    const match = close.exec(text);
    if (match) pos = match.index + match[0].length;
  }

  while (pos < text.length) {
    const line = readLine(text, pos);
    const content = text.slice(line.start, line.end);
    const blank = content.trim() === '';

    if (blank) {
      flushParagraph(line.start);
      previousBlank = true;
      pos = line.next;
      if (inList) continue; // a list may continue after a blank line: not the initial state
      syncPoints.push(pos);
      if (stop && pos >= stop.from && stop.accept(pos)) return { items, syncPoints, end: pos };
      continue;
    }

    const fence = fenceOpen.exec(content);
    if (fence && !(fence[2][0] === '`' && fence[3].includes('`'))) {
      flushParagraph(line.start);
      pos = scanFence(text, line, fence[1].length, fence[2], fence[3].toLowerCase(), items);
      previousBlank = false;
      continue;
    }

    const indented = /^(?: {4}|\t)/.test(content);
    if (indented && previousBlank && paragraphStart < 0 && !inList) {
      pos = line.next;
      continue; // indented code block line
    }

    if (listMarker.test(content)) inList = true;
    else if (previousBlank && !indented) inList = false;
    if (paragraphStart < 0) paragraphStart = line.start;
    previousBlank = false;
    pos = line.next;
  }
  flushParagraph(text.length);
  return { items, syncPoints, end: text.length };
}

function readLine(text: string, pos: number): Line {
  let end = pos;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  let next = end;
  if (text.charCodeAt(next) === 13) next++;
  if (text.charCodeAt(next) === 10) next++;
  return { start: pos, end, next };
}

/** A fenced block: math and spoken fences become regions; any other is code. Returns the next line. */
function scanFence(
  text: string,
  open: Line,
  indent: number,
  marker: string,
  info: string,
  items: ScanItem[],
): number {
  let pos = open.next;
  const bodyStart = pos;
  let bodyEnd = text.length;
  let closeEnd = text.length;
  let after = text.length;
  const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
  while (pos < text.length) {
    const line = readLine(text, pos);
    if (closing.test(text.slice(line.start, line.end))) {
      bodyEnd = line.start;
      closeEnd = line.end;
      after = line.next;
      break;
    }
    pos = line.next;
  }
  const terminated = after !== text.length || bodyEnd !== text.length;
  if (info === 'math') {
    const contentEnd = trimTrailingNewline(text, bodyStart, bodyEnd);
    const scan = scanMath(text, bodyStart, { type: 'bound', end: contentEnd }, { comments: true });
    items.push({
      kind: 'math',
      start: open.start + indent,
      end: closeEnd,
      contentStart: bodyStart,
      contentEnd,
      display: true,
      delimiter: 'fence',
      terminated,
      textIslands: scan.textIslands,
      innerEnvironments: scan.innerEnvironments,
      checked: undefined,
    });
    collectDefinitions(text, bodyStart, contentEnd, items);
  } else if (info === 'spoken') {
    for (
      let line = readLine(text, bodyStart);
      line.start < bodyEnd;
      line = readLine(text, line.next)
    ) {
      const content = text.slice(line.start, line.end);
      const trimmed = content.trim();
      if (trimmed) {
        const start = line.start + content.indexOf(trimmed);
        items.push({ kind: 'spoken', start, end: start + trimmed.length });
      }
      if (line.next === line.start) break;
    }
  }
  return after;
}

function trimTrailingNewline(text: string, start: number, end: number): number {
  let at = end;
  if (at > start && text.charCodeAt(at - 1) === 10) at--;
  if (at > start && text.charCodeAt(at - 1) === 13) at--;
  return at;
}

const inlineStops = /[`$\\<]/g;

/** Sorted offsets, searched by bisection: the first one at or after a point. */
class Offsets {
  constructor(readonly values: number[]) {}

  firstFrom(from: number): number {
    let low = 0;
    let high = this.values.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.values[mid] < from) low = mid + 1;
      else high = mid;
    }
    return low < this.values.length ? this.values[low] : -1;
  }
}

/**
 * Where, in one paragraph, math can close and code spans can start, found once. Which dollar can
 * close inline math depends only on its neighbours, so every opening dollar asks the same lists
 * and a paragraph of "$5 and $10" costs linear time, not quadratic.
 */
class Paragraph {
  readonly singleClosers: Offsets;
  readonly doubleClosers: Offsets;
  readonly backticks: Offsets;
  /** Backtick runs by length: where a code span of that many backticks can close. */
  private readonly runs = new Map<number, Offsets>();

  constructor(
    text: string,
    start: number,
    readonly end: number,
  ) {
    const single: number[] = [];
    const double: number[] = [];
    const backticks: number[] = [];
    const runs = new Map<number, number[]>();
    for (let at = start; at < end; at++) {
      const char = text[at];
      if (char === '`') {
        backticks.push(at);
        let run = at;
        while (run < end && text[run] === '`') run++;
        const list = runs.get(run - at) ?? [];
        list.push(at);
        runs.set(run - at, list);
        at = run - 1;
      } else if (char === '$' && !isEscaped(text, at)) {
        if (text[at + 1] === '$') double.push(at);
        if (
          text[at + 1] !== '$' &&
          !/\s/.test(text[at - 1] ?? ' ') &&
          !/[0-9]/.test(text[at + 1] ?? '')
        )
          single.push(at);
      }
    }
    this.singleClosers = new Offsets(single);
    this.doubleClosers = new Offsets(double);
    this.backticks = new Offsets(backticks);
    for (const [length, list] of runs) this.runs.set(length, new Offsets(list));
  }

  /** The run of exactly `length` backticks closing a code span opened before `from`, or -1. */
  codeSpanClose(from: number, length: number): number {
    const close = this.runs.get(length)?.firstFrom(from) ?? -1;
    return close >= 0 && close < this.end ? close : -1;
  }
}

function isEscaped(text: string, at: number): boolean {
  return text[at - 1] === '\\' && !isEscapedBackslash(text, at - 1);
}

/** Inline math inside one paragraph [start, end): code spans and escapes hide dollars. */
function scanInline(text: string, start: number, end: number, items: ScanItem[]): void {
  let paragraph: Paragraph | undefined;
  let pos = start;
  while (pos < end) {
    inlineStops.lastIndex = pos;
    const found = inlineStops.exec(text);
    if (!found || found.index >= end) return;
    pos = found.index;
    const char = text[pos];
    if (char === '\\') {
      pos = readControlSequence(text, pos).end;
      continue;
    }
    paragraph ??= new Paragraph(text, start, end);
    if (char === '`') {
      let run = pos;
      while (text[run] === '`') run++;
      const close = paragraph.codeSpanClose(run, run - pos);
      pos = close >= 0 ? close + (run - pos) : run;
      continue;
    }
    if (char === '<') {
      if (text.startsWith('<!--', pos)) {
        const close = text.indexOf('-->', pos + 4);
        pos = close >= 0 && close < end ? close + 3 : end;
      } else pos++;
      continue;
    }
    pos = scanDollar(text, pos, paragraph, items);
  }
}

/**
 * A dollar at `pos`. $$…$$ is display math; $…$ follows Pandoc's rule: the opening $ is not
 * followed by a space, the closing $ is not preceded by a space nor followed by a digit (so
 * "$5 and $10" stays text). A code span starting first wins: no math across a backtick.
 */
function scanDollar(text: string, pos: number, paragraph: Paragraph, items: ScanItem[]): number {
  const { end } = paragraph;
  const double = text[pos + 1] === '$';
  const contentStart = pos + (double ? 2 : 1);
  if (!double && (contentStart >= end || /\s/.test(text[contentStart]))) return contentStart;
  const backtick = paragraph.backticks.firstFrom(contentStart);
  const searchEnd = backtick >= 0 ? backtick : end;
  const close = (double ? paragraph.doubleClosers : paragraph.singleClosers).firstFrom(
    contentStart,
  );
  if (close < 0 || close >= searchEnd) return contentStart;
  if (close === contentStart) return close + 1;
  pushInline(text, pos, contentStart, close, close + (double ? 2 : 1), double, items);
  return close + (double ? 2 : 1);
}

function isEscapedBackslash(text: string, backslash: number): boolean {
  let count = 0;
  for (let at = backslash; at >= 0 && text[at] === '\\'; at--) count++;
  return count % 2 === 0;
}

function pushInline(
  text: string,
  start: number,
  contentStart: number,
  contentEnd: number,
  end: number,
  display: boolean,
  items: ScanItem[],
): void {
  const scan = scanMath(text, contentStart, { type: 'bound', end: contentEnd }, { comments: true });
  items.push({
    kind: 'math',
    start,
    end,
    contentStart,
    contentEnd,
    display,
    delimiter: display ? 'double-dollar' : 'dollar',
    terminated: true,
    textIslands: scan.textIslands,
    innerEnvironments: scan.innerEnvironments,
    checked: undefined,
  });
  collectDefinitions(text, contentStart, contentEnd, items);
}

/**
 * Markdown renderers keep \newcommand and \gdef from one formula for the later ones, so
 * definitions inside math count as document macros.
 */
function collectDefinitions(text: string, start: number, end: number, items: ScanItem[]): void {
  const pattern =
    /\\(?:newcommand|renewcommand|providecommand|def|gdef|edef|xdef|let|DeclareMathOperator)(?![a-zA-Z@])/g;
  const slice = text.slice(start, end);
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    const commandStart = start + match.index;
    const read = readDefinition(text, commandStart, match[0], commandStart + match[0].length);
    if (!read) continue;
    for (const definition of read.definitions) if (definition.end <= end) items.push(definition);
    pattern.lastIndex = Math.max(pattern.lastIndex, read.end - start);
  }
}
