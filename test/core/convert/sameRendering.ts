/**
 * Test support: "do these two LaTeX strings render as the same formula?". Both sides go through
 * KaTeX's MathML output, so brace style, spacing commands and \left/\right sizing do not count,
 * while structure (what is a fraction, a script, a root) does.
 */
import katex from 'katex';

const sizing = /\\(?:left|right|bigl|bigr|Bigl|Bigr|big|Big|bigg|Bigg)(?![a-zA-Z])\s*/g;
// `\,dx` is a space before dx; `\ ` is a space, but not the second half of a row break `\\ ` (hence the lookbehind).
const spacing = /\\(?:[,;:!]|(?:quad|qquad)(?![a-zA-Z]))|(?<!\\)\\ |~/g;

function mathml(latex: string): string {
  const normalised = latex
    .replace(sizing, '')
    .replace(spacing, ' ')
    .replace(/\\[dt]frac(?![a-zA-Z])/g, '\\frac')
    .replace(/\\times(?![a-zA-Z])/g, '\\cdot');
  return katex
    .renderToString(normalised, { output: 'mathml', throwOnError: true, strict: 'ignore' })
    .replace(/<annotation[^>]*>[\s\S]*?<\/annotation>/g, '')
    .replace(/<\/?(?:semantics|mrow|math|span)[^>]*>/g, '')
    .replace(/ (?:stretchy|fence|separator|lspace|rspace|accent|form)="[^"]*"/g, '')
    .replace(/<mspace[^>]*\/?>(?:<\/mspace>)?/g, '');
}

/** True when both render to the same MathML; a side KaTeX cannot parse never matches. */
export function sameRendering(expected: string, actual: string): boolean {
  try {
    return mathml(expected) === mathml(actual);
  } catch {
    return false;
  }
}
