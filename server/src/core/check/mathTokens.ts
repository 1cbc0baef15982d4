import {
  nextStopIn,
  readBracedName,
  readControlSequence,
  readOptionalArgument,
  skipSpaces,
  stopSet,
} from '../regions/texText';
import { textModeCommands } from '../regions/latexVocabulary';

export type Mode = 'math' | 'text';

export interface EnvironmentToken {
  kind: 'begin' | 'end';
  name: string;
  nameStart: number;
  nameEnd: number;
  start: number;
  end: number;
  mode: Mode;
}

export type MathToken =
  | { kind: 'command'; name: string; start: number; end: number; mode: Mode }
  | { kind: 'open' | 'close'; start: number; end: number; mode: Mode }
  | EnvironmentToken
  | { kind: 'left' | 'middle' | 'right'; start: number; end: number; mode: Mode }
  | { kind: 'shift'; start: number; end: number; mode: Mode };

/** What the tokenizer stops at; a formula has one every few characters. */
const stops = stopSet('\\{}%$');

interface Frame {
  mode: Mode;
  /** Brace depth at which this frame's group closes (text arguments), or -1 for math shifts. */
  closesAtDepth: number;
}

/**
 * Tokens of a formula in [start, end) that matter for checking: control sequences (with the mode
 * they are read in), braces, \begin/\end with their names, \left/\middle/\right with their
 * delimiter, and $ shifts inside text. Skips % comments. Linear, iterative, never throws.
 */
export function tokenizeMath(
  text: string,
  start: number,
  end: number,
  comments = true,
): MathToken[] {
  const tokens: MathToken[] = [];
  const frames: Frame[] = [{ mode: 'math', closesAtDepth: -2 }];
  let depth = 0;
  let pendingTextGroup = false;
  let pos = start;
  while (pos < end) {
    pos = nextStopIn(text, pos, end, stops);
    if (pos >= end) break;
    const mode = frames[frames.length - 1].mode;
    const char = text[pos];
    if (char === '%') {
      if (!comments) {
        pos++;
        continue;
      }
      while (pos < end && text[pos] !== '\n' && text[pos] !== '\r') pos++;
      continue;
    }
    if (char === '{') {
      depth++;
      tokens.push({ kind: 'open', start: pos, end: pos + 1, mode });
      if (pendingTextGroup) {
        frames.push({ mode: 'text', closesAtDepth: depth - 1 });
        pendingTextGroup = false;
      }
      pos++;
      continue;
    }
    if (char === '}') {
      depth--;
      const frame = frames[frames.length - 1];
      if (frame.mode === 'text' && frame.closesAtDepth === depth && frames.length > 1) frames.pop();
      tokens.push({
        kind: 'close',
        start: pos,
        end: pos + 1,
        mode: frames[frames.length - 1].mode,
      });
      pos++;
      continue;
    }
    if (char === '$') {
      const width = text[pos + 1] === '$' ? 2 : 1;
      tokens.push({ kind: 'shift', start: pos, end: pos + width, mode });
      const frame = frames[frames.length - 1];
      if (mode === 'text') frames.push({ mode: 'math', closesAtDepth: -1 });
      else if (frame.closesAtDepth === -1) frames.pop();
      pos += width;
      continue;
    }
    const { name, end: nameEnd } = readControlSequence(text, pos, false);
    if (nameEnd > end) break;
    if (name === '\\begin' || name === '\\end') {
      const environment = readBracedName(text, nameEnd);
      if (environment && environment.end <= end) {
        tokens.push({
          kind: name === '\\begin' ? 'begin' : 'end',
          name: environment.name,
          nameStart: environment.start + 1,
          nameEnd: environment.end - 1,
          start: pos,
          end: environment.end,
          mode,
        });
        pos = environment.end;
        continue;
      }
    }
    if (mode === 'math' && (name === '\\left' || name === '\\middle' || name === '\\right')) {
      const delimiterStart = skipSpaces(text, nameEnd);
      let delimiterEnd = delimiterStart;
      if (delimiterStart < end) {
        delimiterEnd =
          text[delimiterStart] === '\\'
            ? readControlSequence(text, delimiterStart).end
            : delimiterStart + 1;
      }
      tokens.push({
        kind: name.slice(1) as 'left' | 'middle' | 'right',
        start: pos,
        end: Math.min(delimiterEnd, end),
        mode,
      });
      pos = Math.min(delimiterEnd, end);
      continue;
    }
    if (name === '\\(' && mode === 'text') {
      frames.push({ mode: 'math', closesAtDepth: -1 });
    } else if (name === '\\)' && mode === 'math' && frames.length > 1) {
      frames.pop();
    }
    tokens.push({ kind: 'command', name, start: pos, end: nameEnd, mode });
    pos = nameEnd;
    const argumentsBefore = mode === 'math' ? textModeCommands.get(name) : undefined;
    if (argumentsBefore !== undefined) {
      pos = skipToTextGroup(text, pos, end, argumentsBefore);
      pendingTextGroup = text[skipSpaces(text, pos)] === '{';
    }
  }
  return tokens;
}

/**
 * After a text command: past its star and options and the arguments before the text one, so the
 * next { opens text mode. Arguments skipped here are not tokenized (widths, colours).
 */
function skipToTextGroup(text: string, pos: number, end: number, argumentsBefore: number): number {
  let at = skipSpaces(text, pos);
  if (text[at] === '*') at++;
  for (
    let option = readOptionalArgument(text, at);
    option && option.end <= end;
    option = readOptionalArgument(text, at)
  )
    at = option.end;
  for (let i = 0; i < argumentsBefore; i++) {
    at = skipSpaces(text, at);
    if (text[at] !== '{') return at;
    let depth = 0;
    for (; at < end; at++) {
      if (text[at] === '\\') at++;
      else if (text[at] === '{') depth++;
      else if (text[at] === '}' && --depth === 0) {
        at++;
        break;
      }
    }
  }
  return Math.min(at, end);
}
