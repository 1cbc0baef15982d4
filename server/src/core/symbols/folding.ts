import type { DocumentScan } from '../regions/types';

export interface FoldingSpan {
  start: number;
  end: number;
}

/** Display math that spans more than one line folds (the edge drops spans that end on their first line). */
export function mathFoldingSpans(scan: DocumentScan): FoldingSpan[] {
  const spans: FoldingSpan[] = [];
  for (const item of scan.items) {
    if (item.kind === 'math' && item.display) spans.push({ start: item.start, end: item.end });
  }
  return spans;
}
