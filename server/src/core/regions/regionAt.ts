import type { DocumentScan, MathRegion } from './types';

/**
 * The math region holding `offset` (its delimiters included, and the offset just after the
 * closing delimiter, where a cursor rests after typing it). With `orBefore`, the nearest region
 * ending before the offset when none holds it: the preview keeps showing the formula just left.
 */
export function mathRegionAt(
  scan: DocumentScan,
  offset: number,
  orBefore = false,
): MathRegion | undefined {
  const items = scan.items;
  // Items are in document order: find the last one starting at or before the offset.
  let low = 0;
  let high = items.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (items[middle].start <= offset) {
      last = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  for (let i = last; i >= 0; i--) {
    const item = items[i];
    if (item.kind !== 'math') continue;
    if (offset <= item.end) return item;
    return orBefore ? item : undefined;
  }
  return undefined;
}
