/**
 * `\ {a, b\ }`: speech-to-LaTeX systems write the set braces `\{ \}` with a space, which TeX reads
 * as a control space and then a group — no brace is shown. When such a formula does not parse,
 * that is the reason to give, at its first `\ {`.
 */

/** The offset of the first `\ ` + `brace` in source (a backslash not itself escaped), -1 if none. */
function spacedBraceAt(source: string, brace: '{' | '}', from = 0): number {
  for (
    let i = source.indexOf(`\\ ${brace}`, from);
    i >= 0;
    i = source.indexOf(`\\ ${brace}`, i + 1)
  ) {
    let backslashes = 0;
    while (source[i - 1 - backslashes] === '\\') backslashes++;
    // `\\ {` is a row break before a group, not a control space.
    if (backslashes % 2 === 0) return i;
  }
  return -1;
}

export interface SpacedBraces {
  reason: string;
  start: number;
  end: number;
}

/** The finding for a formula written with `\ { … \ }`, or undefined when it has none. */
export function spacedBraces(source: string): SpacedBraces | undefined {
  const open = spacedBraceAt(source, '{');
  if (open < 0 || spacedBraceAt(source, '}', open) < 0) return undefined;
  return {
    reason: '`\\ {` is a space and a group, not a brace (write `\\{`)',
    start: open,
    end: open + 3,
  };
}
