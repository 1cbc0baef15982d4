import katex, { type KatexOptions } from 'katex';
import { errorIsInInput } from '../check/katexCheck';
import type { KatexMacros } from '../macros/katexMacros';
import { asKatexError } from './katexApi';

export type KatexOutput = 'html' | 'mathml' | 'htmlAndMathml';

export interface KatexRenderOptions {
  display: boolean;
  /** The document's macros. Never written to: KaTeX renders with a copy (see below). */
  macros: KatexMacros;
  output: KatexOutput;
}

export type KatexRenderResult =
  | { ok: true; markup: string }
  /** start/end: UTF-16 offsets into the source, when the error lies in it (not in a macro body). */
  | { ok: false; message: string; start?: number; end?: number };

/**
 * The options the checker gives KaTeX (core/check/katexCheck.ts), so that what renders and what
 * the diagnostics accept never disagree: no \href/\includegraphics/\htmlClass (trust: false), a
 * bounded macro expansion (a recursive \def must not hang a hover), no strict-mode complaints.
 */
const EXPANSION_LIMIT = 10_000;

/**
 * `source` rendered by KaTeX. Never throws. KaTeX writes \gdef/\global definitions into the macro
 * table it is given; the caller's table is shared by every formula of the document, so KaTeX gets
 * a shallow copy (the values, strings or KaTeX's token lists, are never mutated by KaTeX).
 */
export function renderKatex(source: string, options: KatexRenderOptions): KatexRenderResult {
  return renderKatexWith(source, options, { ...options.macros });
}

/**
 * As renderKatex, with the macro table KaTeX may write to: the SVG renderer shares one copy
 * among the rows of a split formula, so that a definition in one row holds in the next.
 */
export function renderKatexWith(
  source: string,
  options: Omit<KatexRenderOptions, 'macros'>,
  writableMacros: KatexMacros,
): KatexRenderResult {
  try {
    const markup = katex.renderToString(source, {
      displayMode: options.display,
      output: options.output,
      throwOnError: true,
      strict: 'ignore',
      trust: false,
      maxExpand: EXPANSION_LIMIT,
      macros: writableMacros as KatexOptions['macros'],
    });
    return { ok: true, markup: options.output === 'mathml' ? mathElement(markup) : markup };
  } catch (error) {
    const parsed = asKatexError(error);
    if (!parsed) {
      // Not a ParseError: a KaTeX bug or a stack overflow on pathological input. Report, not throw.
      return {
        ok: false,
        message: `KaTeX failed: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    if (parsed.position === undefined || !errorIsInInput(parsed, source)) {
      // The position is in a macro's body (or missing): it would point at unrelated text.
      return { ok: false, message: parsed.rawMessage };
    }
    const start = Math.min(parsed.position, source.length);
    const end = Math.min(start + (parsed.length ?? 0), source.length);
    return { ok: false, message: parsed.rawMessage, start, end };
  }
}

/**
 * The <math> element alone: KaTeX wraps its MathML in <span class="katex"> (and
 * <span class="katex-display"> for display math), which is HTML, not MathML.
 */
export function mathElement(katexMarkup: string): string {
  const start = katexMarkup.indexOf('<math');
  const end = katexMarkup.lastIndexOf('</math>');
  return start >= 0 && end > start ? katexMarkup.slice(start, end + '</math>'.length) : katexMarkup;
}
