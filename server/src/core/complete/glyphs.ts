import katex from 'katex';

const glyphs = new Map<string, string | null>();
/** KaTeX prints these to the console (stdout, in a CLI): never run them for a glyph. */
const printing = new Set(['\\show', '\\message', '\\errmessage']);
// One <mi> or <mo> without a mathvariant (\R is a double-struck R, not the letter R).
const singleToken =
  /^<math[^>]*><semantics><mrow>?<m[io](?![^>]*mathvariant)[^>]*>([^<]{1,10})<\/m[io]><\/?mrow>?<annotation/;

/**
 * The character a command makes on its own (α for \alpha, ∑ for \sum), read from KaTeX's MathML;
 * undefined for commands that take arguments or make more than one symbol.
 */
export function commandGlyph(command: string): string | undefined {
  let glyph = glyphs.get(command);
  if (glyph === undefined) {
    glyph = null;
    if (printing.has(command)) return undefined;
    try {
      const mathml = katex.renderToString(command, {
        output: 'mathml',
        throwOnError: true,
        strict: 'ignore',
        trust: false,
        maxExpand: 100,
      });
      const match = singleToken.exec(mathml.replace(/^<span class="katex">/, ''));
      const decoded = match && decodeEntities(match[1]);
      if (decoded && [...decoded].length === 1) glyph = decoded;
    } catch {
      // Needs arguments (\frac) or is not a math command on its own: no glyph.
    }
    glyphs.set(command, glyph);
  }
  return glyph ?? undefined;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}
