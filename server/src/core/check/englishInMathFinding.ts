import { englishInMath, mayBeEnglish } from '../convert/editor/englishInMath';
import type { Finding } from '../findings';
import type { MathRegion } from '../regions/types';

/** A hint on a formula written in words, with its LaTeX (and runners-up) as replacements. */
export function englishInMathFinding(text: string, region: MathRegion): Finding | undefined {
  // Most formulas are LaTeX: told in place, before the copy the conversion needs.
  if (!mayBeEnglish(text, region.contentStart, region.contentEnd)) return undefined;
  const conversion = englishInMath(text.slice(region.contentStart, region.contentEnd));
  if (!conversion) return undefined;
  return {
    code: 'spoken.english-in-math',
    start: region.contentStart,
    end: region.contentEnd,
    message: `This formula is written in words; in LaTeX it is ${conversion.latex}`,
    suggestions: [conversion.latex, ...conversion.alternatives.slice(0, 2)],
  };
}
