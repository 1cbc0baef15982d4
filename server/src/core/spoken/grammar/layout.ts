/**
 * Layouts: matrices ("the 2 by 2 matrix with rows a, b and c, d", ClearSpeak's "the 2 by 2
 * matrix. Row 1: a, b. Row 2: c, d" with or without "Column 1, …"), determinants, and lines of
 * equations ("Line 1: … Line 2: …", also cases, steps and constraints).
 */
import { closing, phrases } from '../lexicon';
import type { Parser } from '../parser';
import type { Formula } from '../tree';
import { operand } from './construct';

const matrixWords = closing('matrix.matrix', 'matrix.determinant');
const rowWord = closing('matrix.row');
const columnWord = closing('matrix.column');
const lineWords = closing('matrix.line');
const withRows = closing('matrix.rows');

/** "Row 2:", "Column 3,", "Line 1:" — a label word, a number and a pause. */
function atLabel(parser: Parser, words: typeof rowWord): boolean {
  const match = words.match(parser.tokens, parser.pos);
  if (match === undefined) return false;
  const number = parser.tokens[parser.pos + match.length];
  return (
    number?.kind === 'number' && parser.tokens[parser.pos + match.length + 1]?.kind === 'pause'
  );
}

function skipLabel(parser: Parser, words: typeof rowWord): boolean {
  if (!atLabel(parser, words)) return false;
  parser.acceptFrom(words);
  parser.pos += 2;
  return true;
}

/** Cells of one row: separated by `separator`, or each after its "Column n," label (then by ";"). */
function cells(parser: Parser, rowStop: (parser: Parser) => boolean, separator: string): Formula[] {
  const row: Formula[] = [];
  const labelled = atLabel(parser, columnWord);
  const between = labelled ? ';' : separator;
  const cellStop = (p: Parser) =>
    rowStop(p) || atLabel(p, columnWord) || p.peek()?.text === between;
  while (!parser.atEnd() && !rowStop(parser)) {
    const before = parser.pos;
    if (labelled) skipLabel(parser, columnWord);
    row.push(parser.scope({ stop: cellStop }));
    while (parser.peek()?.kind === 'pause' || parser.peek()?.kind === 'stop') parser.pos++;
    if (parser.pos === before) parser.pos++;
  }
  return row;
}

function rows(parser: Parser, words: typeof rowWord, separator: string): Formula[][] {
  const out: Formula[][] = [];
  while (skipLabel(parser, words)) {
    out.push(cells(parser, (p) => atLabel(p, words), separator));
  }
  return out;
}

/** "the 2 by 3 matrix", "the 2 by 2 determinant". */
const matrix = operand('matrix.sized', ['the', 'a'], (parser) => {
  const rowsCount = parser.peek();
  if (
    rowsCount?.kind !== 'number' ||
    parser.peek(1)?.text !== 'by' ||
    parser.peek(2)?.kind !== 'number'
  )
    return undefined;
  parser.pos += 3;
  const save = parser.pos;
  while (
    parser.peek()?.kind === 'word' &&
    matrixWords.match(parser.tokens, parser.pos) === undefined &&
    parser.pos - save < 3
  )
    parser.pos++;
  const kind =
    parser.acceptFrom(matrixWords) !== undefined ? parser.tokens[parser.pos - 1].text : undefined;
  if (kind === undefined) return undefined;
  const environment = kind === 'determinant' ? 'vmatrix' : 'pmatrix';
  while (parser.peek()?.kind === 'pause' || parser.peek()?.kind === 'stop') parser.pos++;
  if (parser.acceptFrom(withRows) !== undefined) {
    const grid: Formula[][] = [];
    do {
      grid.push(cells(parser, (p) => p.peek()?.text === 'and', ','));
    } while (parser.accept('and'));
    return { kind: 'grid', environment, rows: grid };
  }
  return { kind: 'grid', environment, rows: rows(parser, rowWord, ',') };
});

/** "Line 1: … Line 2: …", optionally after "2 lines,". */
const lines = operand('matrix.lines', phrases('matrix.line'), (parser) => {
  parser.pos--;
  const grid = rows(parser, lineWords, ';');
  return grid.length === 0 ? undefined : { kind: 'grid', environment: 'matrix', rows: grid };
});

export const layoutConstructs = [matrix, lines];
