/**
 * Layouts: matrices ("the 2 by 2 matrix with rows a, b and c, d", ClearSpeak's "the 2 by 2
 * matrix. Row 1: a, b Row 2: c, d", with or without "Column 1, …" labels, "the 3 by 1 column
 * matrix. 1, 2, 3"), determinants, and lines of equations ("2 lines, Line 1: … Line 2: …", also
 * cases, steps and constraints; cells of a line are separated by semicolons).
 */
import { closing, phraseMap, phrases } from '../lexicon';
import { PhraseTable } from '../phraseTable';
import { Power, type Parser } from '../parser';
import { atom, type Formula } from '../tree';
import { operand } from './construct';

const matrixWords = closing('matrix.matrix', 'matrix.determinant');
const rowWord = closing('matrix.row');
const columnWord = closing('matrix.column');
const lineWords = closing('matrix.line');
const withRows = closing('matrix.rows');
const withEntry = closing('matrix.entry');
const layoutEnd = closing('matrix.end');
const caseWords = new Set(phrases('matrix.cases'));
const conditionWords = closing('matrix.caseCondition');

type Words = typeof rowWord;

/**
 * "Row 2:", "Column 3,", "Line 1:" — a label word and a number. A line label also needs its
 * pause: without it the words are part of a line ("Line 1: Equation 1 colon x plus y equals 7").
 */
function atLabel(parser: Parser, words: Words, at = parser.pos): boolean {
  const match = words.match(parser.tokens, at);
  if (match === undefined || parser.tokens[at + match.length]?.kind !== 'number') return false;
  return words !== lineWords || parser.tokens[at + match.length + 1]?.kind === 'pause';
}

function skipLabel(parser: Parser, words: Words): boolean {
  if (!atLabel(parser, words)) return false;
  parser.acceptFrom(words);
  parser.pos++;
  if (parser.peek()?.kind === 'pause') parser.pos++;
  return true;
}

function skipSeparators(parser: Parser): void {
  while (parser.peek()?.kind === 'pause' || parser.peek()?.kind === 'stop') parser.pos++;
}

/** The length of a lone operator word ("plus", "equals") or "blank" at `at`, if one is there. */
function loneWordLength(parser: Parser, at: number): number {
  if (parser.tokens[at]?.text === 'blank') return 1;
  return parser.grammar.operators.match(parser.tokens, at)?.length ?? 0;
}

/**
 * In a line of equations a comma is a pause between cells when it sits next to a cell that is a
 * lone operator or blank ("x plus y, equals, 7") or follows a label's "colon" ("Equation 1
 * colon, x plus y"): such a piece cannot be part of a longer formula. Otherwise it is a pause
 * inside a cell ("2 x, plus 3 y").
 */
function pauseBetweenCells(parser: Parser, cellStart: number): boolean {
  const at = parser.pos;
  if (parser.tokens[at - 1]?.text === 'colon') return true;
  const before = loneWordLength(parser, cellStart);
  if (before > 0 && cellStart + before === at) return true;
  const after = loneWordLength(parser, at + 1);
  if (after === 0) return false;
  const following = parser.tokens[at + 1 + after];
  return following === undefined || following.kind === 'pause' || following.kind === 'stop';
}

interface CellOptions {
  /** A word that ends the row ("and" between rows). */
  endWord?: string;
  /** The cells are a case's value and condition. */
  cases?: boolean;
}

/**
 * Cells of one row, separated by `separator` or each after its "Column n" label; the row ends at
 * `rowEnd`, or at a full stop not followed by another label of `words`.
 */
function cells(
  parser: Parser,
  words: Words,
  separator: string,
  { endWord, cases = false }: CellOptions = {},
): Formula[] {
  // A matrix's entries hold no relation: "… and c d equals a d minus b c" says it of the matrix.
  const entries = words === rowWord || words === columnWord;
  const row: Formula[] = [];
  const labelled = atLabel(parser, columnWord);
  const between = labelled ? ';' : separator;
  let cellStart = parser.pos;
  const commaBreak = (p: Parser) =>
    separator === ';' && p.peek()?.text === ',' && pauseBetweenCells(p, cellStart);
  const rowEnd = (p: Parser) =>
    atLabel(p, words) ||
    layoutEnd.match(p.tokens, p.pos) !== undefined ||
    p.peek()?.text === endWord;
  // "negative x if x is less than 0": a case's value ends where its condition begins.
  const atCondition = (p: Parser) => {
    if (!cases || row.length > 0) return false;
    const at = p.peek()?.kind === 'pause' ? p.pos + 1 : p.pos;
    return at > cellStart && conditionWords.match(p.tokens, at) !== undefined;
  };
  const cellEnd = (p: Parser) =>
    rowEnd(p) ||
    atCondition(p) ||
    atLabel(p, columnWord) ||
    p.peek()?.text === between ||
    (between === ',' && p.peek()?.text === 'comma') ||
    commaBreak(p) ||
    p.peek()?.kind === 'stop';
  while (!parser.atEnd() && !rowEnd(parser)) {
    const before = parser.pos;
    if (labelled) skipLabel(parser, columnWord);
    cellStart = parser.pos;
    const cell = parser.scope({ stop: cellEnd, power: entries ? Power.relation : undefined });
    const conditionNext = atCondition(parser);
    row.push(cell);
    const next = parser.peek();
    // An entry ended by a relation ends the matrix.
    if (entries && parser.startsOperator() && !cellEnd(parser)) break;
    if (conditionNext) {
      if (next?.kind === 'pause') parser.pos++;
    } else if (next?.kind === 'stop') {
      // In lines of equations a full stop also separates cells ("x. plus. y. equals. 7.").
      const cellBreak = separator === ';' && parser.pos + 1 < parser.tokens.length;
      if (!cellBreak && !atLabel(parser, words, parser.pos + 1)) break;
      parser.pos++;
    } else if (
      next?.text === between ||
      (between === ',' && next?.text === 'comma') ||
      commaBreak(parser)
    )
      parser.pos++;
    if (parser.pos === before) break;
  }
  return row;
}

/** Labelled rows, at most `count` of them: a layout inside a layout ends after the lines it announced. */
function labelledRows(
  parser: Parser,
  words: Words,
  separator: string,
  count = Infinity,
  cases = false,
): Formula[][] {
  const out: Formula[][] = [];
  while (out.length < count && skipLabel(parser, words))
    out.push(cells(parser, words, separator, { cases }));
  return out;
}

function layout(parser: Parser, environment: string, rows: Formula[][]): Formula | undefined {
  // A matrix said without entries is words, not an empty matrix.
  if (rows.every((row) => row.every((cell) => cell.kind === 'empty'))) return undefined;
  if (
    parser.peek()?.kind === 'stop' &&
    layoutEnd.match(parser.tokens, parser.pos + 1) !== undefined
  )
    parser.pos++;
  parser.acceptClosing(layoutEnd);
  return { kind: 'grid', environment, rows };
}

/**
 * "with rows a b and c d": entries said without pauses read as one product per row; when every
 * row is a product of exactly as many factors as the matrix is wide, the factors are the entries.
 */
function splitUnpausedRows(grid: Formula[][], width: number): Formula[][] {
  const unpaused = grid.every(
    (row) => row.length === 1 && row[0].kind === 'row' && row[0].items.length === width,
  );
  if (width < 2 || !unpaused) return grid;
  return grid.map((row) => (row[0].kind === 'row' ? row[0].items : row));
}

/**
 * Entries said one after another fill the rows in order: "the 2 by 2 matrix 1, 2, 3, 4" and "the
 * 2 by 2 matrix 1 2 3 4" are rows 1 2 and 3 4. Entries that do not fill the shape stay one row.
 */
function inRows(entries: Formula[], height: number, width: number): Formula[][] {
  const single = entries.length === 1 && entries[0].kind === 'row' ? entries[0].items : entries;
  const said = single.length === height * width ? single : entries;
  if (said.length !== height * width || height === 1) return [said];
  return Array.from({ length: height }, (_, row) => said.slice(row * width, (row + 1) * width));
}

/** The rows after "with rows", each a list of cells: "a, b and c, d", "a b and c d". */
function saidRows(parser: Parser): Formula[][] {
  const grid: Formula[][] = [];
  do
    grid.push(
      cells(parser, rowWord, ',', { endWord: 'and' }).filter((cell) => cell.kind !== 'empty'),
    );
  while (parser.accept('and'));
  return grid;
}

/** The width rows said without pauses share ("a b and c d": 2), or 0. */
function sharedWidth(grid: Formula[][]): number {
  const widths = grid.map((row) =>
    row.length === 1 && row[0].kind === 'row' ? row[0].items.length : 0,
  );
  return widths.every((width) => width === widths[0]) ? widths[0] : 0;
}

/**
 * "a b c, d e f, g h i": cells that are all products of one width, two or more, are rows said
 * between commas; undefined otherwise.
 */
function rowsBetweenCommas(grid: Formula[][]): Formula[][] | undefined {
  const said = grid.flat();
  const width = sharedWidth(said.map((cell) => [cell]));
  if (said.length < 2 || width < 2) return undefined;
  return said.map((cell) => (cell.kind === 'row' ? cell.items : [cell]));
}

/**
 * "the matrix with rows a b and c d", "the matrix with rows a b c, d e f, g h i", "the matrix a b,
 * c d": without its size, the rows say it.
 */
function unsizedMatrix(parser: Parser): Formula | undefined {
  if (parser.acceptFrom(matrixWords) === undefined) return undefined;
  const environment = parser.tokens[parser.pos - 1].text === 'determinant' ? 'vmatrix' : 'pmatrix';
  const named = parser.acceptFrom(withRows) !== undefined;
  const grid = saidRows(parser);
  const betweenCommas = rowsBetweenCommas(grid);
  if (betweenCommas !== undefined) return layout(parser, environment, betweenCommas);
  if (!named || grid.length < 2) return undefined;
  return layout(parser, environment, splitUnpausedRows(grid, sharedWidth(grid)));
}

const vectorShapes = new PhraseTable([...phraseMap('matrix.vectorShape')]);

/** "the column vector x, y, z", "the row vector 1, 2, 3": entries between commas in one line. */
function shapedVector(parser: Parser): Formula | undefined {
  const shape = vectorShapes.match(parser.tokens, parser.pos);
  if (shape === undefined) return undefined;
  parser.pos += shape.length;
  const entries = cells(parser, rowWord, ',').filter((cell) => cell.kind !== 'empty');
  if (entries.length < 2) return undefined;
  const rows = shape.value === 'column' ? entries.map((entry) => [entry]) : [entries];
  return layout(parser, 'pmatrix', rows);
}

/** "the 2 by 3 matrix", "the 3 by 1 column matrix", "the 2 by 2 determinant". */
const matrix = operand('matrix.sized', ['the', 'a'], (parser) => {
  const height = parser.peek();
  const width = parser.peek(2);
  if (height?.kind !== 'number' || parser.peek(1)?.text !== 'by' || width?.kind !== 'number')
    return parser.attempt(() => unsizedMatrix(parser)) ?? shapedVector(parser);
  parser.pos += 3;
  let shape = '';
  while (
    parser.peek()?.kind === 'word' &&
    matrixWords.match(parser.tokens, parser.pos) === undefined &&
    shape.length < 20
  ) {
    shape += parser.peek()?.text ?? '';
    parser.pos++;
  }
  if (parser.acceptFrom(matrixWords) === undefined) return undefined;
  // "the 3 by 3 identity matrix" is I₃.
  if (shape === 'identity' && height.text === width.text)
    return { kind: 'script', base: atom('I', 'letter'), sub: atom(height.text, 'number') };
  const environment = parser.tokens[parser.pos - 1].text === 'determinant' ? 'vmatrix' : 'pmatrix';
  skipSeparators(parser);
  if (parser.acceptFrom(withEntry) !== undefined)
    return layout(parser, environment, [[parser.scope({ until: layoutEnd })]]);
  if (parser.acceptFrom(withRows) !== undefined)
    return layout(parser, environment, splitUnpausedRows(saidRows(parser), Number(width.text)));
  if (atLabel(parser, rowWord))
    return layout(parser, environment, labelledRows(parser, rowWord, ','));
  // Unlabelled entries of a row or column matrix: "1, 2, 3".
  const entries = atLabel(parser, columnWord)
    ? labelledRows(parser, columnWord, ',').flat()
    : cells(parser, rowWord, ',');
  // "a 2 by 3 matrix A": one letter where more entries are due names the matrix.
  const [only] = entries;
  const cellsDue = Number(height.text) * Number(width.text);
  if (entries.length === 1 && cellsDue > 1 && only.kind === 'atom' && only.role === 'letter')
    return only;
  const entered = layout(
    parser,
    environment,
    inRows(entries, Number(height.text), Number(width.text)),
  );
  // "a 2 by 3 matrix" with no entries said names its size.
  const size: Formula = {
    kind: 'infix',
    op: '\\times',
    left: atom(height.text, 'number'),
    right: atom(width.text, 'number'),
  };
  const noun = parser.tokens[parser.pos - 1]?.raw ?? 'matrix';
  return entered ?? { kind: 'row', items: [size, { kind: 'text', text: noun }] };
});

/** "2 cases, Case 1: …": lines of cases are a brace's, each a value and its condition. */
function linesEnvironment(word: string): 'cases' | 'matrix' {
  return caseWords.has(word) ? 'cases' : 'matrix';
}

/** "Line 1: … Line 2: …", optionally after "2 lines,". */
const lines = operand('matrix.lines', phrases('matrix.line'), (parser, trigger) => {
  parser.pos--;
  const environment = linesEnvironment(trigger);
  const grid = labelledRows(parser, lineWords, ';', Infinity, environment === 'cases');
  return grid.length === 0 ? undefined : layout(parser, environment, grid);
});

/** "Equation 1 colon x plus y": a numbered name said inside a line is text, number included. */
const lineName = operand('matrix.lineName', phrases('matrix.line'), (parser) => {
  const number = parser.peek();
  if (number?.kind !== 'number' || parser.peek(1)?.kind === 'pause') return undefined;
  parser.pos++;
  return { kind: 'text', text: `${parser.tokens[parser.pos - 2].raw} ${number.text}` };
});

/**
 * A line said without a label ends at a full stop; semicolons separate its cells, and in cases a
 * value ends where its condition begins ("negative x if x is less than 0").
 */
function unlabelledLine(parser: Parser, cases: boolean): Formula[] {
  const start = parser.pos;
  const condition = (p: Parser) =>
    cases && p.pos > start && conditionWords.match(p.tokens, p.pos) !== undefined;
  const cellEnd = (p: Parser) => p.peek()?.kind === 'stop' || p.peek()?.text === ';';
  const row = [parser.scope({ stop: (p) => cellEnd(p) || condition(p) })];
  while (parser.peek()?.text === ';' || condition(parser)) {
    if (parser.peek()?.text === ';') parser.pos++;
    row.push(parser.scope({ stop: cellEnd }));
  }
  return row;
}

/** "3 lines, x ≥ 0. y ≥ 0. …": a count of lines, then lines with or without labels. */
const counted = operand(
  'matrix.counted',
  phrases('matrix.lines').map((word) => `<number> ${word}`),
  (parser, trigger) => {
    const said = Number(parser.tokens[parser.pos - 2].text);
    const count = Number.isInteger(said) && said > 0 ? said : Infinity;
    const environment = linesEnvironment(trigger.split(' ').pop() ?? '');
    skipSeparators(parser);
    if (lineWords.match(parser.tokens, parser.pos) !== undefined) {
      const cases = environment === 'cases';
      return layout(parser, environment, labelledRows(parser, lineWords, ';', count, cases));
    }
    const grid: Formula[][] = [];
    while (!parser.atEnd() && !parser.atTerminator()) {
      const before = parser.pos;
      grid.push(unlabelledLine(parser, environment === 'cases'));
      skipSeparators(parser);
      if (parser.pos === before) break;
    }
    return layout(parser, environment, grid);
  },
);

const mathspeakEnd = closing('matrix.mathspeakEnd');
const mathspeakSize = closing('matrix.matrix', 'matrix.determinant');

/** "1st Row", "2nd Column": MathSpeak's ordinal labels. */
function atOrdinalLabel(parser: Parser, words: Words, at = parser.pos): boolean {
  return parser.tokens[at]?.ordinal === true && words.match(parser.tokens, at + 1) !== undefined;
}

/**
 * Rows of "1st Row 1st Column a 2nd Column b 2nd Row …" up to EndMatrix/EndLayout. Without column
 * labels ("1st Row a b"), a row of as many symbols as the size says columns is one per column.
 */
function ordinalRows(parser: Parser, width = 0): Formula[][] {
  const grid: Formula[][] = [];
  const rowEnd = (p: Parser) =>
    atOrdinalLabel(p, rowWord) || mathspeakEnd.match(p.tokens, p.pos) !== undefined;
  const cellEnd = (p: Parser) => rowEnd(p) || atOrdinalLabel(p, columnWord);
  while (atOrdinalLabel(parser, rowWord)) {
    parser.pos += 2;
    const row: Formula[] = [];
    while (atOrdinalLabel(parser, columnWord)) {
      parser.pos += 2;
      row.push(parser.scope({ stop: cellEnd }));
    }
    if (row.length === 0) {
      const cell = parser.scope({ stop: rowEnd });
      row.push(...(cell.kind === 'row' && cell.items.length === width ? cell.items : [cell]));
    }
    grid.push(row);
  }
  parser.acceptFrom(mathspeakEnd);
  return grid;
}

/** MathSpeak's "Start 2 By 2 Matrix 1st Row 1st Column … EndMatrix" (and Determinant). */
const mathspeakMatrix = operand('matrix.mathspeak', phrases('matrix.mathspeak'), (parser) => {
  if (
    parser.peek()?.kind !== 'number' ||
    parser.peek(1)?.text !== 'by' ||
    parser.peek(2)?.kind !== 'number'
  )
    return undefined;
  const width = Number(parser.peek(2)?.text);
  parser.pos += 3;
  const kind =
    parser.acceptFrom(mathspeakSize) === undefined ? undefined : parser.tokens[parser.pos - 1].text;
  if (kind === undefined) return undefined;
  return {
    kind: 'grid',
    environment: kind === 'determinant' ? 'vmatrix' : 'pmatrix',
    rows: ordinalRows(parser, width),
  };
});

const enlargedBrace = closing('matrix.mathspeakBrace');

/** MathSpeak's "StartLayout 1st Row … EndLayout", "StartLayout Enlarged left brace …" (cases). */
const mathspeakLayout = operand(
  'matrix.mathspeakLayout',
  phrases('matrix.mathspeakLayout'),
  (parser): Formula => {
    const braced = parser.acceptFrom(enlargedBrace) !== undefined;
    const grid: Formula = { kind: 'grid', environment: 'matrix', rows: ordinalRows(parser) };
    return braced ? { kind: 'fence', open: '\\{', close: '.', body: grid } : grid;
  },
);

export const mathspeakLayouts = [mathspeakMatrix, mathspeakLayout];
export const layoutConstructs = [matrix, lines, lineName, counted, ...mathspeakLayouts];
