import { checkCommands } from '../check/commands';
import { checkedSpan } from '../check/checkFormula';
import { buildKatexInput } from '../check/katexInput';
import { tokenizeMath } from '../check/mathTokens';
import type { MathContext } from '../macros/mathContext';
import { mathRegionAt } from '../regions/regionAt';
import type { DocumentScan, MathRegion } from '../regions/types';

/** A formula ready to render: what KaTeX reads, as the checker hands it over. */
export interface RenderableFormula {
  region: MathRegion;
  /** The formula as written (the environment whole, or the content between delimiters). */
  latex: string;
  /** What KaTeX is given: comments dropped, environments KaTeX lacks renamed or stood in for. */
  katexSource: string;
  display: boolean;
}

/**
 * The formula `region` as KaTeX should render it: the same text the checker gave KaTeX, so that
 * hover, preview and diagnostics agree on what is valid.
 */
export function renderableFormula(
  text: string,
  region: MathRegion,
  context: MathContext,
): RenderableFormula {
  const span = checkedSpan(region);
  const latex = text.slice(span.start, span.end);
  return { region, latex, katexSource: katexSourceOf(latex, context), display: span.display };
}

/** LaTeX as the checker hands it to KaTeX: comments dropped, environments KaTeX lacks rewritten. */
export function katexSourceOf(latex: string, context: MathContext): string {
  const tokens = tokenizeMath(latex, 0, latex.length);
  const { environments } = checkCommands(tokens, context);
  return buildKatexInput(latex, 0, latex.length, tokens, environments).text;
}

/** The formula at an offset (or, with `orBefore`, the nearest before it), ready to render. */
export function formulaAt(
  text: string,
  scan: DocumentScan,
  offset: number,
  context: MathContext,
  orBefore = false,
): RenderableFormula | undefined {
  const region = mathRegionAt(scan, offset, orBefore);
  if (!region || !region.terminated) return undefined;
  return renderableFormula(text, region, context);
}
