/**
 * parseLatexMath: LaTeX math → mathjs expression trees with source spans. Total: it never throws
 * and never recurses without bound; what it cannot represent faithfully is `unsupported` with a
 * reason and the span of the offending source. The vocabulary of the trees is in names.ts.
 */
import { symbolNode, type MathNode } from './mathjsNodes';
import { Parser, Unsupported, reasonForToken, type ParseContext, type Span } from './parser';
import { REGISTRY } from './constructs/registry';
import {
  mergeNegatedRelations,
  relationAt,
  unbraceRelations,
  type Relation,
} from './constructs/relations';
import { tokenize, type Token } from './tokenize';
import {
  annotationAhead,
  annotationAt,
  leadAt,
  rowAnnotation,
  type Annotation,
  type Lead,
} from './annotations';
import { stackOperators } from './constructs/stacked';
import { expandMacros, type ParserMacros } from './macros';
import { parseEvaluationBar } from './constructs/delimiters';
import { modulusAhead, parseModulus } from './constructs/modulus';
import { measuredAngles } from './constructs/angle';
import { joinTexts } from './constructs/text';
import { usesProbability } from './constructs/probability';
import { GREEK_SET } from './names';
import { spacedBraces } from './spacedBraces';

export type { MathNode } from './mathjsNodes';
export type { Relation } from './constructs/relations';
export type { Span } from './parser';
export type { Annotation, Lead } from './annotations';
export type { ParserMacro, ParserMacros } from './macros';
export { CONSTANT_SYMBOLS, RESERVED_FUNCTIONS, usesImaginaryUnit } from './names';

/** One formula of a list, or a whole formula. */
export type ParsedStatement =
  | { kind: 'expression'; node: MathNode; annotation?: Annotation; lead?: Lead }
  | {
      kind: 'relation';
      parts: MathNode[];
      relations: Relation[];
      /** The mark over a stacked relation (`\stackrel{?}{=}` → '?'), by relation index. */
      marks?: (string | undefined)[];
      /** The modulus of a congruence (`a \equiv b \pmod{n}`; its relations are `congruent`). */
      modulus?: MathNode;
      annotation?: Annotation;
      /** Prose before the math (`\text{If } x > 0 …`); only on a whole formula. */
      lead?: Lead;
    };

export type ParsedMath =
  | ParsedStatement
  /**
   * Formulas separated by top-level commas or semicolons (`x = 1, y = 2`, `a, b, c`,
   * `1, 2, \ldots, n`), or the rows of a matrix/aligned environment that holds relations.
   */
  | { kind: 'list'; items: ParsedStatement[]; annotation?: Annotation; lead?: Lead }
  | { kind: 'unsupported'; reason: string; start: number; end: number };

export interface ParseOptions {
  /** Names known to be functions: `f(x)` is an application, not f·x. */
  functions?: ReadonlySet<string>;
  /** `\DeclareMathOperator` names (without backslash), parsed like `\sin`. */
  operators?: ReadonlySet<string>;
  /** The document's macros (`\R`, `\abs`), expanded before parsing (macros.ts). */
  macros?: ParserMacros;
  /** Commands the document defines (without backslash), including those not in `macros`. */
  defined?: ReadonlySet<string>;
}

const spans = new WeakMap<MathNode, Span>();

/** The source span of a node built by parseLatexMath (offsets into the string it parsed). */
export function spanOf(node: MathNode): Span | undefined {
  return spans.get(node);
}

const DROPPED_WITH_ARGUMENT = new Set([
  'label',
  'tag',
  'hspace',
  'vspace',
  'phantom',
  'hphantom',
  'vphantom',
]);

const SPLIT_DELIMITERS = new Set(['(', ')', '[', ']', '{', '}', 'lbrace', 'rbrace']);

/**
 * Screen-reader test LaTeX writes one delimiter per `\left…\right` pair: `\left(\right. a
 * \left.\right)` is `( a )`. Such halves become the plain delimiter; a middle `\left|\right.` is
 * `\mid` (a bar that never opens an absolute value).
 */
function splitDelimiters(tokens: Token[]): void {
  const isDot = (t: Token | undefined) => t?.kind === 'punct' && t.value === '.';
  const isRight = (t: Token | undefined) => t?.kind === 'command' && t.value === 'right';
  const isLeft = (t: Token | undefined) => t?.kind === 'command' && t.value === 'left';
  for (let i = 0; i + 3 < tokens.length; i++) {
    const [a, b, c, d] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if (!isLeft(a) || !isRight(c)) continue;
    const delimiter = isDot(d) ? b : isDot(b) ? d : undefined;
    if (delimiter === undefined || isDot(delimiter)) continue;
    const bar = delimiter.kind === 'punct' && delimiter.value === '|';
    if (!bar && !SPLIT_DELIMITERS.has(delimiter.value)) continue;
    if (bar && !isDot(d)) continue;
    const replacement: Token = bar
      ? { kind: 'command', value: 'mid', start: a.start, end: d.end }
      : { ...delimiter, start: a.start, end: d.end };
    tokens.splice(i, 4, replacement);
  }
}

/** Removes `\label{…}`, `\tag{…}`, spacing with arguments, and end-of-sentence punctuation. */
function clean(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'command' && DROPPED_WITH_ARGUMENT.has(token.value)) {
      let j = i + 1;
      if (tokens[j]?.kind === 'punct' && tokens[j].value === '*') j++;
      if (tokens[j]?.kind === 'open') {
        let level = 0;
        for (; j < tokens.length - 1; j++) {
          if (tokens[j].kind === 'open') level++;
          if (tokens[j].kind === 'close' && --level === 0) break;
        }
        i = j;
        continue;
      }
    }
    out.push(token);
  }
  splitDelimiters(out);
  joinTexts(out);
  mergeNegatedRelations(out);
  unbraceRelations(out);
  stackOperators(out);
  measuredAngles(out);
  const eof = out.pop()!;
  while (out.length > 0) {
    const last = out[out.length - 1];
    if (
      (last.kind === 'punct' &&
        (last.value === '.' || last.value === ',' || last.value === ';') &&
        !(out[out.length - 2]?.kind === 'command' && out[out.length - 2].value === 'right')) ||
      last.kind === 'rowsep' ||
      last.kind === 'amp'
    )
      out.pop();
    else break;
  }
  out.push(eof);
  return out;
}

const OPERATOR_PUNCT = new Set(['+', '-', '−', '=', '<', '>', '*', '/']);
const OPERATOR_COMMANDS = new Set([
  'cdot',
  'times',
  'div',
  'pm',
  'mp',
  'le',
  'leq',
  'ge',
  'geq',
  'ne',
  'neq',
  'approx',
  'equiv',
  'lt',
  'gt',
  'end',
]);

function isRelationToken(token: Token): boolean {
  if (token.kind === 'punct')
    return token.value === '=' || token.value === '<' || token.value === '>';
  return (
    token.kind === 'command' &&
    OPERATOR_COMMANDS.has(token.value) &&
    !['cdot', 'times', 'div', 'pm', 'mp', 'end'].includes(token.value)
  );
}

function isOperatorToken(token: Token | undefined): boolean {
  if (token === undefined) return true;
  if (token.kind === 'punct') return OPERATOR_PUNCT.has(token.value);
  if (token.kind === 'command') return OPERATOR_COMMANDS.has(token.value);
  return token.kind === 'rowsep' || token.kind === 'amp' || token.kind === 'eof';
}

/**
 * In a formula that is one alignment environment, `&` next to an operator, a row break or another
 * `&` only aligns (`x & + & y & = & 7`): dropped. An `&` between two operands stays (it separates
 * cells, and the parser refuses it rather than multiply them).
 */
function dropAlignmentAmps(tokens: Token[]): Token[] {
  if (tokens[0]?.kind !== 'command' || tokens[0].value !== 'begin') return tokens;
  const name = tokens
    .slice(
      2,
      tokens.findIndex((t) => t.kind === 'close'),
    )
    .map((t) => t.value)
    .join('');
  if (!ROW_ENVIRONMENTS.has(name)) return tokens;
  const bodyStart = tokens.findIndex((t) => t.kind === 'close') + 1;
  const kept = tokens.filter((token, i) => {
    if (token.kind !== 'amp' || i < bodyStart) return true;
    let before = i - 1;
    while (before >= bodyStart && tokens[before].kind === 'amp') before--;
    let after = i + 1;
    while (tokens[after]?.kind === 'amp') after++;
    const previous = before < bodyStart ? undefined : tokens[before];
    const next = tokens[after];
    const drop =
      isOperatorToken(previous) ||
      next === undefined ||
      next.kind === 'rowsep' ||
      next.kind === 'eof' ||
      (next.kind === 'command' && next.value === 'end') ||
      isRelationToken(next) ||
      // `x & + & y`: an operator between two alignment marks. (`a & -b` keeps its `&`: it may
      // separate two cells, and parsing then stops there rather than subtract.)
      (isOperatorToken(next) && tokens[after + 1]?.kind === 'amp');
    return !drop;
  });
  return kept.some(isRelationToken) ? kept : tokens;
}

/** `f(x, y) = …` at the start defines f as a function (DESIGN §4). */
function definedFunctions(tokens: readonly Token[]): string[] {
  const first = tokens[0];
  const isCommand = (t: Token | undefined, name: string) =>
    t?.kind === 'command' && t.value === name;
  const left = isCommand(tokens[1], 'left') ? 1 : 0;
  if (
    first?.kind !== 'letter' ||
    tokens[1 + left]?.kind !== 'punct' ||
    tokens[1 + left].value !== '('
  )
    return [];
  let i = 2 + left;
  while (tokens[i]?.kind === 'letter' || (tokens[i]?.kind === 'punct' && tokens[i].value === ','))
    i++;
  if (i === 2 + left) return [];
  if (left === 1) {
    if (!isCommand(tokens[i], 'right')) return [];
    i++;
  }
  if (tokens[i]?.kind !== 'punct' || tokens[i].value !== ')') return [];
  i++;
  if (tokens[i]?.kind === 'amp') i++;
  const after = tokens[i];
  const isDefinition =
    (after?.kind === 'punct' &&
      (after.value === '=' || (after.value === ':' && tokens[i + 1]?.value === '='))) ||
    (after?.kind === 'command' && (after.value === 'coloneqq' || after.value === 'equiv'));
  return isDefinition ? [first.value] : [];
}

const LOGIC = new Set(['And', 'Or']);

function isConnective(node: MathNode): boolean {
  return (
    node.type === 'FunctionNode' && LOGIC.has((node as unknown as { fn: { name: string } }).fn.name)
  );
}

/**
 * A formula that starts with a relation (`\sim 60`, `\propto c^{-2}`: about the quantity under
 * discussion) or ends with one (`(5 + 9) - 4 + 3 =`, an exercise) leaves that side unwritten: the
 * reserved symbol `Omitted` stands for it (names.ts). Only for a whole formula: in an aligned row
 * `&= c` the left side is the row above's, which the caller must supply.
 */
function omittedSide(parser: Parser, at: number): MathNode {
  return parser.mark(symbolNode('Omitted'), at, at);
}

/** The first side of a statement (`Omitted` when an omittable one starts with a relation). */
function firstSide(parser: Parser, omittable: boolean): MathNode {
  if (omittable && relationAt(parser) !== undefined)
    return omittedSide(parser, parser.peek().start);
  const side = parser.parseExpression();
  // `x^2 + 2x \left|\right._{x=2}` (the bar's halves merged into \mid by splitDelimiters): the
  // bar evaluates everything before it.
  if (parser.isCommand('mid') && parser.is('sub', undefined, 1)) {
    parser.next();
    return parseEvaluationBar(parser, side, spans.get(side)?.start ?? 0);
  }
  return side;
}

type RelationStatement = Extract<ParsedStatement, { kind: 'relation' }>;

function skipAmps(parser: Parser): void {
  while (parser.is('amp')) parser.next();
}

/**
 * An expression or a chain of relations, up to a top-level comma or the end; with `continued`,
 * the rest of that chain (an aligned row `&= c` that goes on from the row above).
 */
function parseStatement(
  parser: Parser,
  omittable = false,
  continued?: RelationStatement,
): ParsedStatement {
  skipAmps(parser);
  const parts = continued === undefined ? [firstSide(parser, omittable)] : [...continued.parts];
  const relations: Relation[] = [...(continued?.relations ?? [])];
  const marks: (string | undefined)[] = relations.map((_, i) => continued?.marks?.[i]);
  for (;;) {
    skipAmps(parser);
    const relation = relationAt(parser);
    if (relation === undefined) break;
    for (let i = 0; i < relation.length; i++) parser.next();
    relations.push(relation.relation);
    marks.push(relation.note);
    skipAmps(parser);
    const trailing = omittable && (parser.atEnd() || annotationAhead(parser));
    parts.push(trailing ? omittedSide(parser, parser.lastEnd()) : parser.parseExpression());
  }
  const modulus = modulusAhead(parser) ? parseCongruenceModulus(parser, relations) : undefined;
  if (relations.length === 0) return { kind: 'expression', node: parts[0] };
  const isOmitted = (part: MathNode) =>
    part.type === 'SymbolNode' && (part as unknown as { name: string }).name === 'Omitted';
  if (parts.length === 2 && parts.every(isOmitted))
    throw new Unsupported('relation without either side', 0, parser.lastEnd());
  // p \land q = r: a connective binds looser than a relation; our levels would say otherwise.
  const connective = parts.find(isConnective);
  if (connective !== undefined) {
    const span = spans.get(connective) ?? { start: 0, end: 0 };
    throw new Unsupported('logic connective between relations', span.start, span.end);
  }
  return {
    kind: 'relation',
    parts,
    relations: modulus === undefined ? relations : relations.map(() => 'congruent'),
    ...(marks.some((mark) => mark !== undefined) ? { marks } : {}),
    ...(modulus === undefined ? {} : { modulus }),
  };
}

/** The modulus after a chain of `=` or `\equiv` (anything else modulo n is unsupported). */
function parseCongruenceModulus(parser: Parser, relations: readonly Relation[]): MathNode {
  const at = parser.peek();
  if (relations.length === 0 || relations.some((r) => r !== 'eq' && r !== 'equiv'))
    parser.failAt(at, 'modulus without a congruence');
  return parseModulus(parser);
}

const ROW_ENVIRONMENTS = new Set([
  'matrix',
  'aligned',
  'align',
  'align*',
  'gathered',
  'gather',
  'gather*',
  'alignedat',
  'split',
  'eqnarray',
  'eqnarray*',
]);

/**
 * A formula that is one `\begin{matrix}…\end{matrix}` (or aligned…) whose rows hold relations:
 * a list with one statement per row (`x + y &= 7 \\ 2x + 3y &= 17`). Undefined when the formula
 * is something else (a matrix of expressions is parsed as a matrix by the parser).
 */
function environmentRows(parser: Parser, source: string): ParsedMath | undefined {
  if (!parser.isCommand('begin') || !parser.is('open', undefined, 1)) return undefined;
  const nameTokens = parser.peekArgumentTokens(1) ?? [];
  const name = nameTokens.map((t) => t.value).join('');
  if (!ROW_ENVIRONMENTS.has(name)) return undefined;
  const bodyStart = 1 + parser.argumentLength(1);
  // The whole formula must be this environment, and some row must hold a relation.
  let level = 0;
  let hasRelation = false;
  let endIndex = -1;
  for (let k = bodyStart; !parser.is('eof', undefined, k); k++) {
    if (parser.isCommand('begin', k)) level++;
    if (parser.isCommand('end', k)) {
      if (level === 0) {
        endIndex = k;
        break;
      }
      level--;
    }
    if (level === 0 && relationAtOffset(parser, k)) hasRelation = true;
  }
  if (endIndex < 0 || !hasRelation) return undefined;
  const afterEnd = endIndex + 1 + parser.argumentLength(endIndex + 1);
  if (!parser.is('eof', undefined, afterEnd)) return undefined;
  if (name !== 'matrix' && !ROW_ENVIRONMENTS.has(name)) return undefined;
  for (let k = 0; k < bodyStart; k++) parser.next();
  const items: ParsedStatement[] = [];
  for (;;) {
    while (parser.is('rowsep')) parser.next();
    if (parser.isCommand('end')) break;
    // `\\text{Equation 1}: & x + y = 7`: a row label, kept as the row's annotation.
    let label: Annotation | undefined;
    if (parser.is('text') && parser.is('punct', ':', 1)) {
      const text = parser.next();
      const colon = parser.next();
      while (parser.is('text') && parser.peek().value.trim() === '') parser.next();
      label = { text: source.slice(text.start, colon.end), start: text.start, end: colon.end };
    }
    // `a &= b \\ &= c`: a row that starts with a relation goes on with the chain above.
    skipAmps(parser);
    const above = items[items.length - 1];
    const continues =
      label === undefined &&
      relationAt(parser) !== undefined &&
      above?.kind === 'relation' &&
      above.annotation === undefined;
    let item = parseStatement(parser, false, continues ? above : undefined);
    if (continues) items.pop();
    if (label !== undefined) item = { ...item, annotation: label };
    const annotation = rowAnnotation(parser, source);
    if (annotation !== undefined) item = { ...item, annotation };
    items.push(item);
    if (parser.is('rowsep')) continue;
    if (!parser.isCommand('end')) parser.failAt(parser.peek());
  }
  if (items.length === 0) return undefined;
  return items.length === 1 ? items[0] : { kind: 'list', items };
}

function relationAtOffset(parser: Parser, k: number): boolean {
  const token = parser.peek(k);
  if (token.kind === 'punct')
    return token.value === '=' || token.value === '<' || token.value === '>';
  return (
    token.kind === 'command' &&
    ['le', 'leq', 'ge', 'geq', 'neq', 'ne', 'approx', 'equiv', 'in', 'lt', 'gt'].includes(
      token.value,
    )
  );
}

/** One parse of a formula's cleaned tokens (it may throw Unsupported). */
function parseTokens(
  tokens: Token[],
  source: string,
  context: ParseContext & { functions: Set<string> },
): ParsedMath {
  const parser = new Parser(tokens, context, spans, REGISTRY);
  // p(x | z) anywhere makes p a function in the whole formula: p(x) beside it is no product.
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    const isName = t.kind === 'letter' || (t.kind === 'command' && GREEK_SET.has(t.value));
    if (isName && parser.conditionalListAhead(k + 1)) context.functions.add(t.value);
  }
  if (parser.atEnd())
    return { kind: 'unsupported', reason: 'empty formula', start: 0, end: source.length };
  const lead = leadAt(parser, source);
  if (lead !== undefined && parser.atEnd())
    return { kind: 'unsupported', reason: 'text in formula', start: lead.start, end: lead.end };
  const rows = lead === undefined ? environmentRows(parser, source) : undefined;
  if (rows !== undefined) return rows;
  const items: ParsedStatement[] = [parseStatement(parser, true)];
  // Rows broken by `\\` outside an environment are formulas one under the other, as listed.
  while (parser.is('punct', ',') || parser.is('punct', ';') || parser.is('rowsep')) {
    parser.next();
    if (parser.atEnd() || annotationAhead(parser)) break;
    items.push(parseStatement(parser));
  }
  const annotation = annotationAt(parser, source);
  if (!parser.atEnd()) {
    const token = parser.peek();
    return {
      kind: 'unsupported',
      reason: reasonForToken(token),
      start: token.start,
      end: token.end,
    };
  }
  const result: ParsedMath = items.length === 1 ? items[0] : { kind: 'list', items };
  return {
    ...result,
    ...(annotation === undefined ? {} : { annotation }),
    ...(lead === undefined ? {} : { lead }),
  };
}

export function parseLatexMath(source: string, options: ParseOptions = {}): ParsedMath {
  const parsed = parseFormula(source, options);
  if (parsed.kind !== 'unsupported') return parsed;
  const spaced = spacedBraces(source);
  return spaced === undefined ? parsed : { kind: 'unsupported', ...spaced };
}

function parseFormula(source: string, options: ParseOptions): ParsedMath {
  try {
    const tokens = dropAlignmentAmps(
      clean(expandMacros(tokenize(source), options.macros ?? new Map())),
    );
    const functions = new Set(options.functions ?? []);
    for (const name of definedFunctions(tokens)) functions.add(name);
    // Inside a single environment, each row may define a function: `f(x) &= …`.
    if (tokens[0]?.kind === 'command' && tokens[0].value === 'begin') {
      const bodyStart = tokens.findIndex((t) => t.kind === 'close') + 1;
      for (let k = bodyStart; k > 0 && k < tokens.length; k++) {
        if (k === bodyStart || tokens[k - 1].kind === 'rowsep')
          for (const name of definedFunctions(tokens.slice(k))) functions.add(name);
      }
    }
    const context: ParseContext & { functions: Set<string> } = {
      functions,
      operators: options.operators ?? new Set(),
      defined: options.defined ?? new Set(),
      probability: usesProbability(tokens),
      appliedInCalculus: new Set(),
    };
    const result = parseTokens([...tokens], source, context);
    // `\frac{d}{dt} x(t)` applies x: then `x(t)` elsewhere in the formula is no product either.
    const applied = [...(context.appliedInCalculus ?? [])].filter((name) => !functions.has(name));
    if (applied.length === 0) return result;
    for (const name of applied) functions.add(name);
    return parseTokens([...tokens], source, context);
  } catch (error) {
    if (error instanceof Unsupported) {
      return {
        kind: 'unsupported',
        reason: error.reason,
        start: error.start,
        end: Math.max(error.start, error.end),
      };
    }
    // A bug, not bad input: still never throw at the caller.
    return {
      kind: 'unsupported',
      reason: `internal error: ${String(error)}`,
      start: 0,
      end: source.length,
    };
  }
}
