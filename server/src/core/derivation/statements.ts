/**
 * Rows → statements: each row parsed as LaTeX math, with a row that starts with a relation
 * (`&= x + 1`) marked as continuing the previous right-hand side, and a row that starts with an
 * operator (`&\quad + c`) joined to the row before (one expression broken across lines).
 */
import {
  parseLatexMath,
  spanOf,
  type MathNode,
  type ParsedStatement,
  type Relation,
} from '../latex';
import type { ParserDefinitions } from '../macros/parserMacros';
import type { Row } from './rows';
import type { Span } from './types';

/**
 * Parts whose source juxtaposes a letter and a parenthesis (`f(x + h)`, `q(a)`): the parser reads
 * an unknown letter's `(…)` as a product, but it may be a function application, so such a part
 * is never the ground of a refutation. The letter, by part node.
 */
export const possibleApplications = new WeakMap<MathNode, string>();

/** Names used on their own (not right before a parenthesis) in a part, by part node. */
export const namesUsedAlone = new WeakMap<MathNode, Set<string>>();

const LETTER_THEN_PAREN = /^\s*(\\left\s*|\\[bB]igg?l?\s*)?\(/;

function findPossibleApplication(part: MathNode, source: string): string | undefined {
  const { beforeParen, alone } = letterUses(part, source);
  namesUsedAlone.set(part, alone);
  const nameOf = (node: MathNode) => (node as unknown as { name: string }).name;
  // `x(x + 1)`, `n(n - 1)`: a letter that is also used on its own is a number, not a function.
  return [...beforeParen].map(nameOf).find((name) => !alone.has(name));
}

/**
 * Letters right before a parenthesis (`f(x)`, `a(b + c)`, also powered: `f^{-1}(c)`,
 * `g^2(x)`), and the names used otherwise.
 */
function letterUses(part: MathNode, source: string) {
  const beforeParen = new Set<MathNode>();
  part.traverse((child) => {
    if (child.type !== 'OperatorNode') return;
    const op = child as unknown as { fn: string; implicit?: boolean; args: MathNode[] };
    if (op.fn !== 'multiply' || op.implicit !== true) return;
    const [left, right] = op.args;
    const letter = letterOf(left);
    if (letter === undefined || right === undefined) return;
    const leftSpan = spanOf(left);
    const rightSpan = spanOf(right);
    if (leftSpan === undefined || rightSpan === undefined) return;
    const between = source.slice(leftSpan.end, Math.max(leftSpan.end, rightSpan.start + 1));
    if (LETTER_THEN_PAREN.test(between)) beforeParen.add(letter);
  });
  const alone = new Set<string>();
  part.traverse((child) => {
    if (child.type === 'SymbolNode' && !beforeParen.has(child))
      alone.add((child as unknown as { name: string }).name);
  });
  return { beforeParen, alone };
}

/** The letter of `f` or of a power `f^{-1}`, `f^2`. */
function letterOf(node: MathNode | undefined): MathNode | undefined {
  if (node?.type === 'SymbolNode') return node;
  const op = node as unknown as { fn?: string; args?: MathNode[] } | undefined;
  if (node?.type === 'OperatorNode' && op?.fn === 'pow' && op.args?.[0]?.type === 'SymbolNode')
    return op.args[0];
  return undefined;
}

export interface Statement {
  /** For a continued row, parts[0] is a placeholder for the previous right-hand side. */
  parts: MathNode[];
  relations: Relation[];
  continued: boolean;
  annotation: string;
  /** Prose that opens the row (`\text{If } x > 0`, `\text{Let } a = 1`), if any. */
  lead?: string;
  row: Span;
  /** Document span of parts[k]. */
  spans: Span[];
}

export type RowReading =
  | { kind: 'statements'; statements: Statement[] }
  | { kind: 'expression'; node: MathNode; row: Span }
  | { kind: 'unread'; reason: string; row: Span; relations: number };

const LEADING_RELATION =
  /^\s*(=|<|>|:=|\\(?:le|leq|leqslant|ge|geq|geqslant|neq|ne|approx|equiv|implies|Rightarrow|Longrightarrow|iff|Leftrightarrow|Longleftrightarrow|lt|gt|coloneqq|simeq|cong|sim|propto)(?![A-Za-z]))/;
const LEADING_OPERATOR =
  /^\s*(?:\\(?:quad|qquad|[,;:! ])\s*)*(\+|-|\\cdot(?![A-Za-z])|\\times(?![A-Za-z])|\\pm(?![A-Za-z]))/;
const RELATION_TOKEN =
  /=|<|>|\\(le|leq|ge|geq|neq|ne|approx|equiv|implies|iff|Rightarrow|lt|gt)(?![A-Za-z])/;

/**
 * Joins rows that begin with a binary operator and hold no relation of their own (`&\quad + 3x +
 * 1`) to the row before them; `-2x &< 4` is a row of its own.
 */
export function joinContinuations(rows: readonly Row[]): Row[] {
  const joined: Row[] = [];
  for (const row of rows) {
    const previous = joined[joined.length - 1];
    if (
      previous !== undefined &&
      LEADING_OPERATOR.test(row.text) &&
      !RELATION_TOKEN.test(row.text)
    ) {
      const gap = ' '.repeat(row.start - previous.end);
      joined[joined.length - 1] = {
        start: previous.start,
        end: row.end,
        text: previous.text + gap + row.text,
        justification: [previous.justification, row.justification].filter(Boolean).join(' '),
      };
    } else {
      joined.push(row);
    }
  }
  return joined;
}

/** The row without its leading and trailing blanks (what a diagnostic should underline). */
function trimmed(row: Row): Span {
  const lead = row.text.length - row.text.trimStart().length;
  return { start: row.start + lead, end: row.start + row.text.trimEnd().length };
}

function toStatement(
  parsed: ParsedStatement,
  source: string,
  row: Row,
  offset: number,
  continued: boolean,
): Statement | undefined {
  if (parsed.kind !== 'relation') return undefined;
  for (const part of parsed.parts) {
    const name = findPossibleApplication(part, source);
    if (name !== undefined) possibleApplications.set(part, name);
  }
  const spans = parsed.parts.map((part) => {
    const span = spanOf(part) ?? { start: 0, end: row.text.length };
    return { start: row.start + span.start - offset, end: row.start + span.end - offset };
  });
  return {
    parts: parsed.parts,
    relations: parsed.relations,
    continued,
    annotation: [parsed.annotation?.text, row.justification].filter(Boolean).join(' '),
    ...(parsed.lead === undefined ? {} : { lead: parsed.lead.text }),
    row: trimmed(row),
    spans,
  };
}

/** Longer rows are not read: their trees would be too deep to walk safely. */
const MAX_ROW_LENGTH = 2000;

export function readRow(
  row: Row,
  functions: ReadonlySet<string>,
  definitions?: ParserDefinitions,
): RowReading {
  if (row.text.length > MAX_ROW_LENGTH) {
    return { kind: 'unread', reason: 'a row too long to check', row: trimmed(row), relations: 1 };
  }
  const lead = LEADING_RELATION.exec(row.text);
  // A continued row is parsed with a stand-in `0` for the previous right-hand side.
  const offset = lead === null ? 0 : 1;
  const source = lead === null ? row.text : `0${row.text}`;
  const parsed = parseLatexMath(source, {
    functions,
    ...(definitions === undefined
      ? {}
      : {
          macros: definitions.macros,
          operators: definitions.operators,
          defined: definitions.defined,
        }),
  });
  const span = trimmed(row);
  switch (parsed.kind) {
    case 'unsupported':
      return {
        kind: 'unread',
        reason: parsed.reason,
        row: span,
        relations: RELATION_TOKEN.test(row.text) ? 1 : 0,
      };
    case 'expression':
      return { kind: 'expression', node: parsed.node, row: span };
    case 'relation': {
      const statement = toStatement(parsed, source, row, offset, lead !== null);
      return { kind: 'statements', statements: statement === undefined ? [] : [statement] };
    }
    case 'list': {
      const statements = parsed.items
        .map((item, k) =>
          // Prose that opens the row (`\text{Let } a = 1, b = 2`) is the first item's.
          k === 0 && item.kind === 'relation' && parsed.lead !== undefined
            ? toStatement({ ...item, lead: parsed.lead }, source, row, offset, lead !== null)
            : toStatement(item, source, row, offset, lead !== null && k === 0),
        )
        .filter((s): s is Statement => s !== undefined);
      return { kind: 'statements', statements };
    }
  }
}

const DEFINES_FUNCTION =
  /^\s*([A-Za-z])\s*(?:\\left)?\(\s*[A-Za-z](?:\s*,\s*[A-Za-z])*\s*(?:\\right)?\)\s*(?:=|:=|\\coloneqq|\\equiv)/;

/** Names defined as functions by some row (`f(x) = …`), so `f(2)` elsewhere is an application. */
export function definedFunctionNames(rows: readonly Row[]): Set<string> {
  const names = new Set<string>();
  for (const row of rows) {
    const match = DEFINES_FUNCTION.exec(row.text);
    if (match !== null) names.add(match[1]);
  }
  return names;
}
