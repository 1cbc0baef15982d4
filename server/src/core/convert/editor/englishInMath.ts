import { convertSpoken } from '../../spoken/convert';
import type { Conversion } from '../types';

/** Any LaTeX markup: a formula with it is LaTeX, however many words it has. */
const LATEX_MARKUP = /[\\^_{}&]/;
const WORD = /[A-Za-z]+/g;
/** What a conversion adds that plain letters do not have: commands, scripts, operators. */
const STRUCTURE = /[\\^_{}+\-=<>/|!()[\]]/g;

/**
 * A formula written in words (`$x squared plus one$`, as dictation software types it): its
 * conversion to LaTeX, or undefined when the formula is not English that the spoken grammar reads
 * completely. Letters that merely sit side by side (`$xy z$`) are valid LaTeX and stay alone.
 */
export function englishInMath(content: string): Conversion | undefined {
  if (LATEX_MARKUP.test(content)) return undefined;
  const words = content.match(WORD) ?? [];
  if (words.length < 2 || !words.some((word) => word.length >= 2)) return undefined;
  const conversion = convertSpoken(content);
  if (conversion.findings.length > 0) return undefined;
  if (structureOf(conversion.latex) === structureOf(content)) return undefined;
  return conversion;
}

function structureOf(text: string): string {
  return (text.match(STRUCTURE) ?? []).join('');
}
