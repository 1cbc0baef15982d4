import { PLACEHOLDER } from '../macros/katexMacros';
import type { EnvironmentTreatment } from './commands';
import type { MathToken } from './mathTokens';

/** The text handed to KaTeX and the way back from its offsets to the document's. */
export interface KatexInput {
  text: string;
  /** The text the source offsets refer to. */
  document: string;
  /** Document offset of an offset in `text` (inside a replacement: the replaced span's start). */
  toSource(offset: number): number;
  sourceStart: number;
  sourceEnd: number;
}

interface Edit {
  start: number;
  end: number;
  replacement: string;
}

interface Piece {
  inputStart: number;
  sourceStart: number;
  sourceEnd: number;
  verbatim: boolean;
}

/**
 * The source [start, end) with environments KaTeX lacks rewritten: renamed to a KaTeX equivalent
 * (multline → gather) or replaced whole by a placeholder (tikzcd). Offsets map back exactly
 * outside the rewrites.
 */
export function buildKatexInput(
  document: string,
  start: number,
  end: number,
  tokens: readonly MathToken[],
  treatments: ReadonlyMap<number, EnvironmentTreatment>,
): KatexInput {
  const edits: Edit[] = [];
  // TeX drops a comment, its end of line and the next line's indentation; KaTeX keeps the spaces.
  const source = document.slice(start, end);
  const hasComments = source.includes('%');
  for (const match of hasComments ? source.matchAll(/(?<!\\)%[^\n]*(?:\r?\n[ \t]*|$)/g) : []) {
    edits.push({
      start: start + match.index,
      end: start + match.index + match[0].length,
      replacement: '',
    });
  }
  for (let i = 0; i < tokens.length && treatments.size > 0; i++) {
    const begin = tokens[i];
    const treatment = treatments.get(begin.start);
    if (!treatment || begin.kind !== 'begin') continue;
    if (edits.some((edit) => edit.replacement !== '' && begin.start < edit.end)) continue;
    const close = matchingEnd(tokens, i);
    if (close === undefined || close.kind !== 'end') continue;
    if (treatment.kind === 'placeholder') {
      edits.push({ start: begin.start, end: close.end, replacement: PLACEHOLDER });
    } else {
      edits.push({ start: begin.nameStart, end: begin.nameEnd, replacement: treatment.to });
      if (treatment.args)
        edits.push({ start: begin.end, end: begin.end, replacement: treatment.args });
      edits.push({ start: close.nameStart, end: close.nameEnd, replacement: treatment.to });
    }
  }
  // KaTeX reads @ as a letter; in a document, \xymatrix@C is \xymatrix followed by @C.
  for (const token of tokens) {
    if (
      token.kind === 'command' &&
      document[token.end] === '@' &&
      /^\\[a-zA-Z]+$/.test(token.name)
    ) {
      if (!edits.some((edit) => edit.start <= token.start && token.end <= edit.end)) {
        edits.push({ start: token.end, end: token.end, replacement: ' ' });
      }
    }
  }
  if (edits.length === 0) {
    // The common case: KaTeX reads the source as it is.
    return {
      text: source,
      document,
      toSource: (offset) => start + Math.min(offset, source.length),
      sourceStart: start,
      sourceEnd: end,
    };
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);

  const pieces: Piece[] = [];
  let text = '';
  let cursor = start;
  const copy = (to: number) => {
    if (to <= cursor) return;
    pieces.push({ inputStart: text.length, sourceStart: cursor, sourceEnd: to, verbatim: true });
    text += document.slice(cursor, to);
    cursor = to;
  };
  for (const edit of edits) {
    if (edit.start < cursor) continue; // inside an earlier replacement
    copy(edit.start);
    pieces.push({
      inputStart: text.length,
      sourceStart: edit.start,
      sourceEnd: edit.end,
      verbatim: false,
    });
    text += edit.replacement;
    cursor = Math.max(cursor, edit.end);
  }
  copy(end);

  const toSource = (offset: number): number => {
    let low = 0;
    let high = pieces.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (pieces[mid].inputStart <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (found < 0) return start;
    const piece = pieces[found];
    if (!piece.verbatim) return piece.sourceStart;
    return Math.min(piece.sourceStart + (offset - piece.inputStart), piece.sourceEnd);
  };
  return { text, document, toSource, sourceStart: start, sourceEnd: end };
}

function matchingEnd(tokens: readonly MathToken[], beginIndex: number): MathToken | undefined {
  const begin = tokens[beginIndex];
  if (begin.kind !== 'begin') return undefined;
  let depth = 0;
  for (let i = beginIndex + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if ((token.kind === 'begin' || token.kind === 'end') && token.name === begin.name) {
      if (token.kind === 'begin') depth++;
      else if (depth-- === 0) return token;
    }
  }
  return undefined;
}
