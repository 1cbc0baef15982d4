import type { DocumentLanguage, DocumentScan, MathRegion, ScanItem } from './types';
import { scanLatexFrom, type PartialScan, type ScanStop } from './latexScanner';
import { scanMarkdownFrom } from './markdownScanner';
import { scanSpokenFrom } from './spokenScanner';

/** A replacement of [start, end) (offsets in the text as it is before this change) by `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

type Scanner = (text: string, start: number, stop?: ScanStop) => PartialScan;

const scanners: Record<DocumentLanguage, Scanner> = {
  latex: scanLatexFrom,
  markdown: scanMarkdownFrom,
  spoken: scanSpokenFrom,
};

export function scanDocument(language: DocumentLanguage, text: string): DocumentScan {
  const { items, syncPoints } = scanners[language](text, 0);
  return { language, items, syncPoints };
}

/**
 * A document's text and its scan, kept up to date edit by edit. An edit re-scans from the last
 * sync point before it until the new scan meets an old sync point after it; everything else is
 * shifted, not re-scanned.
 */
export class ScannedDocument {
  private currentText: string;
  private currentScan: DocumentScan;
  private regionCache: MathRegion[] | undefined;
  /** The span of new text that the last update re-scanned (for tests and benchmarks). */
  lastRescan = { start: 0, end: 0 };

  constructor(
    readonly language: DocumentLanguage,
    text: string,
  ) {
    this.currentText = text;
    this.currentScan = scanDocument(language, text);
    this.lastRescan = { start: 0, end: text.length };
  }

  get text(): string {
    return this.currentText;
  }

  get scan(): DocumentScan {
    return this.currentScan;
  }

  get regions(): MathRegion[] {
    this.regionCache ??= this.currentScan.items.filter(
      (item): item is MathRegion => item.kind === 'math',
    );
    return this.regionCache;
  }

  /** Replaces the whole text (a full sync). */
  setText(text: string): void {
    this.currentText = text;
    this.currentScan = scanDocument(this.language, text);
    this.regionCache = undefined;
    this.lastRescan = { start: 0, end: text.length };
  }

  /** Applies changes in order, each in the coordinates of the text left by the previous one. */
  update(changes: readonly TextChange[]): void {
    for (const change of changes) this.applyChange(change);
    this.regionCache = undefined;
  }

  private applyChange(change: TextChange): void {
    const old = this.currentScan;
    const oldText = this.currentText;
    const start = Math.max(0, Math.min(change.start, oldText.length));
    const end = Math.max(start, Math.min(change.end, oldText.length));
    const text = oldText.slice(0, start) + change.text + oldText.slice(end);
    const delta = change.text.length - (end - start);
    const insertedEnd = start + change.text.length;

    const restart = lastBefore(old.syncPoints, start);
    const partial = scanners[this.language](text, restart, {
      from: Math.max(insertedEnd, restart + 1),
      accept: (point) => point - delta >= end && contains(old.syncPoints, point - delta),
    });

    // Items and sync points before the restart stay; after the resynchronisation point they move
    // by delta, in place (so what holds them, such as a project's definitions, sees the new
    // offsets); only the span in between was scanned again.
    const resumeOld = partial.end - delta;
    const resumed = partial.end < text.length;
    const items = old.items.slice(
      0,
      firstIndex(old.items, (item) => item.start >= restart),
    );
    items.push(...partial.items);
    const syncPoints = old.syncPoints.slice(
      0,
      firstIndex(old.syncPoints, (point) => point > restart),
    );
    syncPoints.push(...partial.syncPoints.filter((point) => point > restart));
    if (resumed) {
      for (
        let i = firstIndex(old.items, (item) => item.start >= resumeOld);
        i < old.items.length;
        i++
      ) {
        items.push(shiftInPlace(old.items[i], delta));
      }
      for (
        let i = firstIndex(old.syncPoints, (point) => point > resumeOld);
        i < old.syncPoints.length;
        i++
      ) {
        syncPoints.push(old.syncPoints[i] + delta);
      }
    }
    this.currentText = text;
    this.currentScan = { language: this.language, items, syncPoints };
    this.lastRescan = { start: restart, end: partial.end };
  }
}

/** The first index of a list sorted so that `after` turns from false to true, or the length. */
function firstIndex<T>(list: readonly T[], after: (value: T) => boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (after(list[mid])) high = mid;
    else low = mid + 1;
  }
  return low;
}

function contains(sorted: readonly number[], value: number): boolean {
  const index = firstIndex(sorted, (point) => point >= value);
  return sorted[index] === value;
}

/** The largest sync point strictly before `offset`, or 0. */
function lastBefore(points: readonly number[], offset: number): number {
  let low = 0;
  let high = points.length - 1;
  let best = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (points[mid] < offset) {
      best = points[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return best;
}

function shiftSpans(spans: { start: number; end: number }[], delta: number): void {
  for (const span of spans) {
    span.start += delta;
    span.end += delta;
  }
}

function shiftInPlace(item: ScanItem, delta: number): ScanItem {
  if (delta === 0) return item;
  item.start += delta;
  item.end += delta;
  switch (item.kind) {
    case 'math':
      item.contentStart += delta;
      item.contentEnd += delta;
      shiftSpans(item.textIslands, delta);
      shiftSpans(item.innerEnvironments, delta);
      break;
    case 'definition':
      item.nameStart += delta;
      item.nameEnd += delta;
      break;
    case 'reference':
      item.targetStart += delta;
      item.targetEnd += delta;
      break;
    case 'finding':
      item.finding.start += delta;
      item.finding.end += delta;
      break;
  }
  return item;
}
