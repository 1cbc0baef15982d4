import type { DocumentLanguage, DocumentScan, MathRegion } from '../../regions/types';

/** The math region whose formula source holds [start, end), outside its text islands. */
function mathAround(scan: DocumentScan, start: number, end: number): MathRegion | undefined {
  for (const item of scan.items) {
    if (item.kind !== 'math' || item.contentStart > start || end > item.contentEnd) continue;
    const inText = item.textIslands.some((island) => island.start <= start && end <= island.end);
    return inText ? undefined : item;
  }
  return undefined;
}

/**
 * The text that puts converted LaTeX at [start, end): bare inside math and in spoken files;
 * elsewhere wrapped as inline math, in the delimiters the document already prefers (`\(…\)` in a
 * LaTeX document that uses it more than `$…$`).
 */
export function latexInsertion(
  language: DocumentLanguage,
  scan: DocumentScan,
  start: number,
  end: number,
  latex: string,
): string {
  if (language === 'spoken' || mathAround(scan, start, end)) return latex;
  if (language === 'latex' && prefersParens(scan)) return `\\(${latex}\\)`;
  return `$${latex}$`;
}

function prefersParens(scan: DocumentScan): boolean {
  let parens = 0;
  let dollars = 0;
  for (const item of scan.items) {
    if (item.kind !== 'math') continue;
    if (item.delimiter === 'paren') parens++;
    else if (item.delimiter === 'dollar') dollars++;
  }
  return parens > dollars;
}
