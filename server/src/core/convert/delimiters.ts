/** Math delimiters around a whole formula: `$…$`, `$$…$$`, `\(…\)`, `\[…\]` (and the space inside). */

const DELIMITERS: readonly [string, string][] = [
  ['$$', '$$'],
  ['$', '$'],
  ['\\(', '\\)'],
  ['\\[', '\\]'],
];

export interface Body {
  /** The formula without delimiters or surrounding space. */
  text: string;
  /** Where it starts in the original text. */
  offset: number;
}

export function formulaBody(text: string): Body {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  for (const [open, close] of DELIMITERS) {
    const fits = trimmed.length >= open.length + close.length;
    if (fits && trimmed.startsWith(open) && trimmed.endsWith(close)) {
      const inner = trimmed.slice(open.length, trimmed.length - close.length);
      const innerLead = inner.length - inner.trimStart().length;
      return { text: inner.trim(), offset: lead + open.length + innerLead };
    }
  }
  return { text: trimmed, offset: lead };
}
