import type { ScanItem } from './types';
import type { PartialScan, ScanStop } from './latexScanner';

/** A .spoken file: every non-empty line is one formula. Every line start is a sync point. */
export function scanSpokenFrom(text: string, start: number, stop?: ScanStop): PartialScan {
  const items: ScanItem[] = [];
  const syncPoints: number[] = [];
  let pos = start;
  while (pos < text.length) {
    let end = pos;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    let contentStart = pos;
    let contentEnd = end;
    while (contentStart < contentEnd && /\s/.test(text[contentStart])) contentStart++;
    while (contentEnd > contentStart && /\s/.test(text[contentEnd - 1])) contentEnd--;
    if (contentEnd > contentStart)
      items.push({ kind: 'spoken', start: contentStart, end: contentEnd });
    pos = end;
    if (text[pos] === '\r') pos++;
    if (text[pos] === '\n') pos++;
    if (pos === end) break;
    syncPoints.push(pos);
    if (stop && pos >= stop.from && stop.accept(pos)) return { items, syncPoints, end: pos };
  }
  return { items, syncPoints, end: text.length };
}
