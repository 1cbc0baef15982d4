/**
 * parseLatexMath: LaTeX math → mathjs expression trees with source spans. Total: it never throws
 * and never recurses without bound; what it cannot represent faithfully is `unsupported` with a
 * reason and the span of the offending source. The vocabulary of the trees is in names.ts.
 */
import type { MathNode } from './mathjsNodes';
import { Parser, Unsupported, reasonForToken, type Span } from './parser';
import { REGISTRY } from './constructs/registry';
import { relationAt, type Relation } from './constructs/relations';
import { tokenize, type Token } from './tokenize';

export type { MathNode } from './mathjsNodes';
export type { Relation } from './constructs/relations';
export type { Span } from './parser';
export { CONSTANT_SYMBOLS, RESERVED_FUNCTIONS } from './names';

export type ParsedMath =
  | { kind: 'expression'; node: MathNode }
  | { kind: 'relation'; parts: MathNode[]; relations: Relation[] }
  | { kind: 'unsupported'; reason: string; start: number; end: number };

export interface ParseOptions {
  /** Names known to be functions: `f(x)` is an application, not f·x. */
  functions?: ReadonlySet<string>;
  /** `\DeclareMathOperator` names (without backslash), parsed like `\sin`. */
  operators?: ReadonlySet<string>;
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
  const eof = out.pop()!;
  while (out.length > 0) {
    const last = out[out.length - 1];
    if (
      (last.kind === 'punct' && (last.value === '.' || last.value === ',' || last.value === ';')) ||
      last.kind === 'rowsep' ||
      last.kind === 'amp'
    )
      out.pop();
    else break;
  }
  out.push(eof);
  return out;
}

/** `f(x, y) = …` at the start defines f as a function (DESIGN §4). */
function definedFunctions(tokens: readonly Token[]): string[] {
  const first = tokens[0];
  if (first?.kind !== 'letter' || tokens[1]?.kind !== 'punct' || tokens[1].value !== '(') return [];
  let i = 2;
  while (tokens[i]?.kind === 'letter' || (tokens[i]?.kind === 'punct' && tokens[i].value === ','))
    i++;
  if (tokens[i]?.kind !== 'punct' || tokens[i].value !== ')' || i === 2) return [];
  i++;
  if (tokens[i]?.kind === 'amp') i++;
  const after = tokens[i];
  const isDefinition =
    (after?.kind === 'punct' &&
      (after.value === '=' || (after.value === ':' && tokens[i + 1]?.value === '='))) ||
    (after?.kind === 'command' && (after.value === 'coloneqq' || after.value === 'equiv'));
  return isDefinition ? [first.value] : [];
}

export function parseLatexMath(source: string, options: ParseOptions = {}): ParsedMath {
  try {
    const tokens = clean(tokenize(source));
    const functions = new Set(options.functions ?? []);
    for (const name of definedFunctions(tokens)) functions.add(name);
    const parser = new Parser(
      tokens,
      { functions, operators: options.operators ?? new Set() },
      spans,
      REGISTRY,
    );
    if (parser.atEnd())
      return { kind: 'unsupported', reason: 'empty formula', start: 0, end: source.length };
    const skipAmps = () => {
      while (parser.is('amp')) parser.next();
    };
    skipAmps();
    const parts = [parser.parseExpression()];
    const relations: Relation[] = [];
    for (;;) {
      skipAmps();
      const relation = relationAt(parser);
      if (relation === undefined) break;
      for (let i = 0; i < relation.length; i++) parser.next();
      relations.push(relation.relation);
      skipAmps();
      parts.push(parser.parseExpression());
    }
    if (!parser.atEnd()) {
      const token = parser.peek();
      return {
        kind: 'unsupported',
        reason: reasonForToken(token),
        start: token.start,
        end: token.end,
      };
    }
    if (relations.length === 0) return { kind: 'expression', node: parts[0] };
    return { kind: 'relation', parts, relations };
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
