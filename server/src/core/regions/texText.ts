/**
 * Small readers over TeX source shared by the scanners: control sequences, groups, optional
 * arguments, blank lines. All take and return UTF-16 offsets and never throw.
 */

const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

// The readers below may look well past what they return: at a group that never closes, a name
// that never ends. An incremental scan may resume only where nothing before depended on later
// text, so they record how far they looked, and a scanner resets and reads the mark.
let lookedTo = 0;

function look(offset: number): void {
  if (offset > lookedTo) lookedTo = offset;
}

/** Starts measuring how far the readers look, from `offset`. */
export function resetLookahead(offset: number): void {
  lookedTo = offset;
}

/** The offset just past the furthest character a reader has looked at since the reset. */
export function lookahead(): number {
  return lookedTo;
}

/** A set of ASCII characters to stop at, for nextStopIn. */
export function stopSet(characters: string): Uint8Array {
  const set = new Uint8Array(128);
  for (let i = 0; i < characters.length; i++) set[characters.charCodeAt(i)] = 1;
  return set;
}

/**
 * The first offset in [pos, end) whose character is in `stops`, or end. Where stops come every few
 * characters (TeX source), walking costs less than a regex search and its match array per stop.
 */
export function nextStopIn(text: string, pos: number, end: number, stops: Uint8Array): number {
  for (; pos < end; pos++) {
    const code = text.charCodeAt(pos);
    if (code < 128 && stops[code] === 1) return pos;
  }
  return end;
}

export function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 64; // a-z A-Z @
}

/** A-Z and a-z: what TeX counts as letters in a document body, where @ is not one. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

export function isHorizontalSpace(code: number): boolean {
  return code === SPACE || code === TAB;
}

export function isNewline(code: number): boolean {
  return code === LF || code === CR;
}

/**
 * The control sequence starting at `pos` (which holds a backslash): "\\foo" or a control symbol
 * "\\$". Returns its end. A lone backslash at the end of text yields "\\". @ counts as a letter
 * unless `atIsLetter` is false: packages and macro files (\makeatletter) use it in names, a
 * document body does not.
 */
export function readControlSequence(
  text: string,
  pos: number,
  atIsLetter = true,
): { name: string; end: number } {
  let end = pos + 1;
  if (end >= text.length) return { name: '\\', end };
  const letter = atIsLetter ? isLetter : isAsciiLetter;
  if (letter(text.charCodeAt(end))) {
    while (end < text.length && letter(text.charCodeAt(end))) end++;
    look(end + 1);
  } else {
    const code = text.charCodeAt(end);
    end += code >= 0xd800 && code <= 0xdbff && end + 1 < text.length ? 2 : 1;
  }
  return { name: text.slice(pos, end), end };
}

/** Skips spaces and tabs, and at most one newline (TeX's "optional spaces" before an argument). */
export function skipSpaces(text: string, pos: number): number {
  let sawNewline = false;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (isHorizontalSpace(code)) pos++;
    else if (isNewline(code) && !sawNewline) {
      sawNewline = true;
      pos += code === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
    } else break;
  }
  look(pos + 1);
  return pos;
}

/** The offset of the end of the line containing `pos` (before its newline). */
export function lineEnd(text: string, pos: number): number {
  // indexOf is native and fast; a text with carriage returns (rare) is walked by hand.
  if (!hasCarriageReturns(text)) {
    const newline = text.indexOf('\n', pos);
    return newline < 0 ? text.length : newline;
  }
  while (pos < text.length && !isNewline(text.charCodeAt(pos))) pos++;
  return pos;
}

let carriageReturnsOf: string | undefined;
let carriageReturns = false;

function hasCarriageReturns(text: string): boolean {
  if (carriageReturnsOf !== text) {
    carriageReturnsOf = text;
    carriageReturns = text.includes('\r');
  }
  return carriageReturns;
}

export interface Group {
  /** Whole group including braces (or the single token). */
  start: number;
  end: number;
  /** The inside of the braces (or the single token). */
  innerStart: number;
  innerEnd: number;
  braced: boolean;
}

/**
 * Reads one TeX argument at `pos` after optional spaces: a balanced {…} group or a single token.
 * Returns undefined at end of text or when the group never closes within `limit` characters
 * (so a stray brace cannot swallow a whole document).
 */
export function readArgument(
  text: string,
  pos: number,
  limit = 200_000,
  raw = false,
): Group | undefined {
  const start = skipSpaces(text, pos);
  if (start >= text.length) return undefined;
  const code = text.charCodeAt(start);
  if (code === OPEN_BRACE) {
    const close = findGroupEnd(text, start, OPEN_BRACE, CLOSE_BRACE, limit, raw);
    if (close < 0) return undefined;
    return { start, end: close + 1, innerStart: start + 1, innerEnd: close, braced: true };
  }
  if (code === CLOSE_BRACE) return undefined;
  if (code === BACKSLASH) {
    const { end } = readControlSequence(text, start);
    return { start, end, innerStart: start, innerEnd: end, braced: false };
  }
  const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  look(start + width);
  return { start, end: start + width, innerStart: start, innerEnd: start + width, braced: false };
}

/** Reads an optional [...] argument (brackets inside braces do not count). */
export function readOptionalArgument(text: string, pos: number, limit = 2_000): Group | undefined {
  const start = skipSpaces(text, pos);
  if (text.charCodeAt(start) !== OPEN_BRACKET) return undefined;
  const close = findGroupEnd(text, start, OPEN_BRACKET, CLOSE_BRACKET, limit);
  if (close < 0) return undefined;
  return { start, end: close + 1, innerStart: start + 1, innerEnd: close, braced: true };
}

const DIRECT_SEARCH = 4096;

let bracesOf: string | undefined;
let braceMatches: Map<number, number> = new Map();

/** The } matching the { at `open` as TeX reads the whole text (escapes, % comments), or -1. */
function matchingBrace(text: string, open: number): number {
  if (bracesOf !== text) {
    bracesOf = text;
    braceMatches = new Map();
    const stack: number[] = [];
    for (let pos = 0; pos < text.length; pos++) {
      const code = text.charCodeAt(pos);
      if (code === BACKSLASH) pos++;
      else if (code === 37 /* % */) pos = lineEnd(text, pos);
      else if (code === OPEN_BRACE) stack.push(pos);
      else if (code === CLOSE_BRACE && stack.length > 0) braceMatches.set(stack.pop()!, pos);
    }
  }
  return braceMatches.get(open) ?? -1;
}

/**
 * The offset of the closer matching the opener at `open`, honouring nested braces, escaped
 * characters and % comments (unless `raw`, as in URLs); -1 if it is not found within `limit`
 * characters.
 */
export function findGroupEnd(
  text: string,
  open: number,
  opener: number,
  closer: number,
  limit: number,
  raw = false,
): number {
  if (opener === OPEN_BRACE && !raw && limit > DIRECT_SEARCH) {
    // Look nearby first; a brace unclosed after that is settled by one pass over the whole text,
    // so a thousand unbalanced definitions cost one pass, not a thousand.
    const near = findGroupEnd(text, open, opener, closer, DIRECT_SEARCH);
    if (near >= 0 || open + DIRECT_SEARCH >= text.length) return near;
    const close = matchingBrace(text, open);
    const found = close >= 0 && close - open < limit;
    look(found ? close + 1 : Math.min(text.length, open + limit));
    return found ? close : -1;
  }
  const stop = Math.min(text.length, open + limit);
  let depth = 0;
  let braceDepth = 0;
  let pos = open;
  for (; pos < stop; pos++) {
    const code = text.charCodeAt(pos);
    if (code === BACKSLASH) {
      pos++;
      continue;
    }
    if (code === 37 /* % */ && !raw) {
      pos = lineEnd(text, pos);
      continue;
    }
    if (opener !== OPEN_BRACE) {
      if (code === OPEN_BRACE) braceDepth++;
      else if (code === CLOSE_BRACE) braceDepth--;
      if (braceDepth > 0) continue;
    }
    if (code === opener) depth++;
    else if (code === closer) {
      depth--;
      if (depth === 0) {
        look(pos + 1);
        return pos;
      }
    }
  }
  look(Math.max(stop, pos));
  return -1;
}

/** Reads "{name}" after optional spaces, e.g. the argument of \begin. */
export function readBracedName(
  text: string,
  pos: number,
): { name: string; start: number; end: number } | undefined {
  const start = skipSpaces(text, pos);
  if (text.charCodeAt(start) !== OPEN_BRACE) return undefined;
  let end = start + 1;
  while (end < text.length && end - start < 100) {
    const code = text.charCodeAt(end);
    look(end + 1);
    if (code === CLOSE_BRACE)
      return { name: text.slice(start + 1, end).trim(), start, end: end + 1 };
    if (code === OPEN_BRACE || code === BACKSLASH || isNewline(code)) return undefined;
    end++;
  }
  return undefined;
}
