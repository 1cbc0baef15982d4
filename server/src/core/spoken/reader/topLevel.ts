/**
 * A piece of LaTeX cut at separators outside braces (a set's `\{ \}` too), brackets and
 * parentheses, never at an escaped character (`\,`): `i,j` is `i` and `j`, `x, y : x < y` is `x`,
 * `y` and `x < y`.
 */
export interface Part {
  text: string;
  /** The separator after the part; undefined for the last one. */
  separator?: string;
}

export function splitAtTopLevel(latex: string, separators: string): Part[] {
  const parts: Part[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < latex.length; i++) {
    let char = latex[i];
    // \{ and \} are braces of a set; other escaped characters (\,) separate nothing.
    if (char === '\\') {
      i++;
      char = '{}'.includes(latex[i]) ? latex[i] : '';
    }
    if (char === '') continue;
    if ('{(['.includes(char)) depth++;
    else if ('})]'.includes(char)) depth--;
    else if (depth === 0 && separators.includes(char)) {
      parts.push({ text: latex.slice(from, i), separator: char });
      from = i + 1;
    }
  }
  parts.push({ text: latex.slice(from) });
  return parts;
}
