/**
 * evaluateLatex(source, point): the value of one LaTeX expression at a point, through the
 * equivalence engine's restricted compiler (never mathjs `evaluate`). `i` is the imaginary unit
 * or a variable as core/latex's usesImaginaryUnit decides. Total: never throws.
 */
import { evaluateAt, type PointValue } from '../equivalence';
import { parseLatexMath, usesImaginaryUnit } from '../latex';

export type EvaluateLatexResult =
  | { ok: true; value: PointValue; approximate: boolean; imaginaryUnit: boolean }
  | { ok: false; reason: string; start?: number; end?: number };

export function evaluateLatex(
  source: string,
  point: Readonly<Record<string, number>>,
  options: { functions?: ReadonlySet<string> } = {},
): EvaluateLatexResult {
  const parsed = parseLatexMath(
    source,
    options.functions === undefined ? {} : { functions: options.functions },
  );
  if (parsed.kind === 'unsupported') {
    return { ok: false, reason: parsed.reason, start: parsed.start, end: parsed.end };
  }
  if (parsed.kind !== 'expression') {
    return {
      ok: false,
      reason: `not an expression: a ${parsed.kind}`,
      start: 0,
      end: source.length,
    };
  }
  const imaginaryUnit = usesImaginaryUnit(parsed);
  const result = evaluateAt(parsed.node, point, { imaginaryUnit });
  return result.ok ? { ...result, imaginaryUnit } : result;
}
