/**
 * An aligned derivation, `a &= b \\ &= c`, goes on from one row to the next: a row that starts
 * with a relation continues the row before it, and is read as one chain, "a equals b equals c".
 * Rows of their own (`x &= 1 \\ y &= 2`) stay apart.
 */

/** What may open a row that continues the one before it (after `&` and spacing). */
const continuation =
  /^(?:&|\s|\\[,;:!]|\\q?quad\b)*(?:[=<>]|\\(?:le|leq|ge|geq|leqslant|geqslant|lt|gt|ne|neq|approx|equiv|sim|simeq|cong|propto|ll|gg|doteq|to|implies|impliedby|iff|Rightarrow|Longrightarrow|Leftrightarrow|Longleftrightarrow|subset|subseteq|supset|supseteq)(?![a-zA-Z]))/;

/** The top-level row breaks `\\` of `latex`: outside braces and any environment. */
export function rowBreaks(latex: string): number[] {
  const breaks: number[] = [];
  let braces = 0;
  let environments = 0;
  for (let i = 0; i < latex.length; i++) {
    const char = latex[i];
    if (char === '{') braces++;
    else if (char === '}') braces--;
    else if (char !== '\\') continue;
    else if (latex.startsWith('\\begin{', i)) environments++;
    else if (latex.startsWith('\\end{', i)) environments--;
    else if (latex[i + 1] === '\\' && braces === 0 && environments === 0) breaks.push(i);
    // An escaped character (`\{`, `\\`) is passed over whole.
    if (char === '\\') i++;
  }
  return breaks;
}

/** A row break's extra space, `\\[2pt]`: layout, not math. */
const breakSpace = /^\s*\[[^\]]*\]/;

/** `latex` with the row breaks before continuing rows taken out, and the space after breaks. */
export function joinContinuedRows(latex: string): string {
  let joined = latex;
  for (const at of rowBreaks(latex).reverse()) {
    const space = breakSpace.exec(latex.slice(at + 2))?.[0].length ?? 0;
    const row = latex.slice(at + 2 + space);
    const rest = joined.slice(at + 2 + space);
    joined = `${joined.slice(0, at)}${continuation.test(row) ? '  ' : '\\\\'}${rest}`;
  }
  return joined;
}
