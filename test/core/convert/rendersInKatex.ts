/** Test support: does KaTeX render this LaTeX (strictly: no unknown commands, no errors)? */
import katex from 'katex';

export function rendersInKatex(latex: string): boolean {
  try {
    katex.renderToString(latex, { throwOnError: true, strict: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
