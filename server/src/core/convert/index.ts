/**
 * convertToLatex: plain text in any of the forms people paste or dictate → LaTeX. Detects the form
 * (detect.ts) unless told, and hands the formula, without its `$…$` or `\(…\)`, to that form's
 * converter. Never throws (total.ts); time is bounded by the length limit here and in each
 * converter.
 */
import type { Conversion, SourceForm } from './types';
import { detectForm } from './detect';
import { formulaBody } from './delimiters';
import { convertCalculator } from './calculator/convert';
import { convertUnicode } from './unicode/convert';
import { convertSpoken } from '../spoken/convert';
import { total } from './total';
import { checkSource } from '../check/checkFormula';
import { markdownMathContext, type MathContext } from '../macros/mathContext';

export type { Conversion, ConversionFinding, SourceForm } from './types';

export interface ConvertOptions {
  /** The form of the text, when the caller knows it; detected otherwise. */
  form?: SourceForm;
}

/** No formula is this long; longer text is refused before any converter sees it. */
export const MAX_INPUT_LENGTH = 50_000;

/** The context LaTeX given to convert is checked in: KaTeX's commands, no document's macros. */
let latexContext: MathContext | undefined;

/** LaTeX is already what we want; what would not render is reported, as in a document. */
function convertLatex(text: string): Conversion {
  latexContext ??= markdownMathContext('mathlens:convert', []);
  const findings = checkSource(text, false, latexContext).map(({ code, start, end, message }) => ({
    code,
    start,
    end,
    message,
  }));
  return { form: 'latex', latex: text, alternatives: [], findings };
}

const CONVERTERS: Readonly<Record<SourceForm, (text: string) => Conversion>> = {
  latex: convertLatex,
  unicode: convertUnicode,
  calculator: convertCalculator,
  spoken: total('spoken', convertSpoken),
};

function refused(form: SourceForm, text: string, code: string, message: string): Conversion {
  const findings = [{ code, start: 0, end: text.length, message }];
  return { form, latex: '', alternatives: [], findings };
}

export function convertToLatex(text: string, options: ConvertOptions = {}): Conversion {
  if (text.length > MAX_INPUT_LENGTH) {
    const message = `longer than ${MAX_INPUT_LENGTH} characters: not read as one formula`;
    return refused(options.form ?? 'spoken', text, 'convert.too-long', message);
  }
  const form = options.form ?? detectForm(text);
  const body = formulaBody(text);
  if (body.text === '') return refused(form, text, 'convert.empty', 'nothing to convert');
  const result = CONVERTERS[form](body.text);
  // The converter saw the formula alone; its findings point into `text`.
  const findings = result.findings.map((finding) => ({
    ...finding,
    start: finding.start + body.offset,
    end: finding.end + body.offset,
  }));
  return { ...result, findings };
}
