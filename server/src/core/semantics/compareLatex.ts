/**
 * compareLatex(a, b): are two LaTeX formulas the same expression? Parses both with
 * parseLatexMath, decides what `i` means, and hands the trees to the equivalence engine
 * (core/equivalence compare, whose documented semantics — `generic` vs `strict` domains, indefinite
 * integrals equal up to a constant — apply unchanged). Total: it never throws.
 *
 * Only expressions are compared: a relation (`a = b`), a list or anything the parser marks
 * `unsupported` gives `unknown`, with the source spans of the parts that could not be read.
 */
import { compare, type CompareResult, type PointValue } from '../equivalence';
import { parseLatexMath, usesImaginaryUnit, type MathNode, type ParsedMath } from '../latex';
import { warmUpEquivalence } from './warmUp';

export { warmUpEquivalence } from './warmUp';

export interface CompareLatexOptions {
  /** Names known to be functions: `f(x)` is an application, not f·x. */
  functions?: ReadonlySet<string>;
  /** `generic` (default) or `strict`: see core/equivalence/compare.ts. */
  domain?: 'generic' | 'strict';
  /** Wall-clock budget of the comparison proper (default 50 ms; parsing is not counted). */
  timeBudgetMs?: number;
  /** Cancellation, checked between sample points. */
  signal?: { aborted: boolean };
  /** Seed of the sampler (default fixed: verdicts are reproducible). */
  seed?: number;
}

/** A part of one formula that could not be compared, as an offset range into that formula. */
export interface UnreadPart {
  side: 'left' | 'right';
  reason: string;
  start: number;
  end: number;
}

interface Common {
  reason: string;
  /** Whether `i` was read as the imaginary unit (false: an ordinary variable, or absent). */
  imaginaryUnit: boolean;
}

export type CompareLatexResult =
  | (Common & { verdict: 'equal'; method: 'symbolic' | 'numeric' })
  | (Common & {
      verdict: 'different';
      /** The counterexample: a value for every free variable. */
      point: Record<string, PointValue>;
      left: PointValue;
      right: PointValue;
    })
  | (Common & { verdict: 'unknown'; unsupported: UnreadPart[] });

function describe(parsed: ParsedMath): string {
  switch (parsed.kind) {
    case 'expression':
      return 'an expression';
    case 'relation':
      return `a relation (${parsed.relations.join(', ')})`;
    case 'unsupported':
      return parsed.reason;
    default:
      return `a ${(parsed as { kind: string }).kind}`;
  }
}

/** The span of a parsed formula that is not an expression (the whole formula but for `unsupported`). */
function unread(side: 'left' | 'right', parsed: ParsedMath, source: string): UnreadPart {
  if (parsed.kind === 'unsupported') {
    return { side, reason: parsed.reason, start: parsed.start, end: parsed.end };
  }
  return { side, reason: `not an expression: ${describe(parsed)}`, start: 0, end: source.length };
}

function fromEngine(result: CompareResult, imaginaryUnit: boolean): CompareLatexResult {
  switch (result.verdict) {
    case 'equal':
      return { ...result, imaginaryUnit };
    case 'different':
      return { ...result, imaginaryUnit };
    case 'unknown':
      return { ...result, imaginaryUnit, unsupported: [] };
  }
}

export function compareLatex(
  a: string,
  b: string,
  options: CompareLatexOptions = {},
): CompareLatexResult {
  try {
    const parseOptions = options.functions === undefined ? {} : { functions: options.functions };
    const left = parseLatexMath(a, parseOptions);
    const right = parseLatexMath(b, parseOptions);
    if (left.kind !== 'expression' || right.kind !== 'expression') {
      const parts: UnreadPart[] = [];
      if (left.kind !== 'expression') parts.push(unread('left', left, a));
      if (right.kind !== 'expression') parts.push(unread('right', right, b));
      const reason = parts
        .map((part) =>
          part.reason.startsWith('not an expression')
            ? `${part.side} side: ${part.reason}`
            : `${part.side} side not read: ${part.reason}`,
        )
        .join('; ');
      return { verdict: 'unknown', reason, imaginaryUnit: false, unsupported: parts };
    }
    return compareTrees(left.node, right.node, options);
  } catch (error) {
    // parseLatexMath and compare are total; this is a bug, still never thrown at the caller.
    return {
      verdict: 'unknown',
      reason: `internal error: ${String(error)}`,
      imaginaryUnit: false,
      unsupported: [],
    };
  }
}

/**
 * Compares two trees of parseLatexMath. What `i` means is decided from both together (one
 * meaning per comparison), by core/latex's usesImaginaryUnit.
 */
export function compareTrees(
  left: MathNode,
  right: MathNode,
  options: CompareLatexOptions = {},
): CompareLatexResult {
  warmUpEquivalence();
  const imaginaryUnit = usesImaginaryUnit({
    kind: 'list',
    items: [
      { kind: 'expression', node: left },
      { kind: 'expression', node: right },
    ],
  });
  const result = compare(left, right, {
    imaginaryUnit,
    domain: options.domain ?? 'generic',
    ...(options.timeBudgetMs === undefined ? {} : { timeBudgetMs: options.timeBudgetMs }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  return fromEngine(result, imaginaryUnit);
}
