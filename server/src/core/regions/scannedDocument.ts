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
    const oldSyncSet = new Set(old.syncPoints);
    const partial = scanners[this.language](text, restart, {
      from: Math.max(insertedEnd, restart + 1),
      accept: (point) => point - delta >= end && oldSyncSet.has(point - delta),
    });

    const resumeOld = partial.end - delta;
    const resumed = partial.end < text.length;
    const items: ScanItem[] = old.items.filter((item) => item.start < restart);
    items.push(...partial.items);
    const syncPoints = old.syncPoints.filter((point) => point <= restart);
    syncPoints.push(...partial.syncPoints.filter((point) => point > restart));
    if (resumed) {
      for (const item of old.items) if (item.start >= resumeOld) items.push(shiftItem(item, delta));
      for (const point of old.syncPoints) if (point > resumeOld) syncPoints.push(point + delta);
    }
    this.currentText = text;
    this.currentScan = { language: this.language, items, syncPoints };
    this.lastRescan = { start: restart, end: partial.end };
  }
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

function shiftItem<T extends ScanItem>(item: T, delta: number): T {
  if (delta === 0) return item;
  const shifted: ScanItem = { ...item, start: item.start + delta, end: item.end + delta };
  switch (shifted.kind) {
    case 'math':
      shifted.contentStart += delta;
      shifted.contentEnd += delta;
      shifted.textIslands = shifted.textIslands.map((span) => ({
        start: span.start + delta,
        end: span.end + delta,
      }));
      shifted.innerEnvironments = shifted.innerEnvironments.map((env) => ({
        ...env,
        start: env.start + delta,
        end: env.end + delta,
      }));
      break;
    case 'definition':
      shifted.nameStart += delta;
      shifted.nameEnd += delta;
      break;
    case 'reference':
      shifted.targetStart += delta;
      shifted.targetEnd += delta;
      break;
    case 'finding':
      shifted.finding = {
        ...shifted.finding,
        start: shifted.finding.start + delta,
        end: shifted.finding.end + delta,
      };
      break;
  }
  return shifted as T;
}
