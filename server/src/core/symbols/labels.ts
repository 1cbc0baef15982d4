import type { ProjectIndex } from '../project/projectIndex';
import { mathRegionAt } from '../regions/regionAt';
import type { DocumentScan, MathRegion } from '../regions/types';

const labelPattern = /\\label\s*\{([^{}]*)\}/g;
const comment = /(?<!\\)%[^\n]*/g;

/** The text with % comments blanked out (offsets kept): a commented-out \label is not a label. */
export function withoutComments(text: string): string {
  return text.replace(comment, (match) => ' '.repeat(match.length));
}

export interface Label {
  name: string;
  /** The \label command. */
  start: number;
  end: number;
  region: MathRegion;
}

/** A \label anywhere in a document: in math (an equation) or in text (a section, a theorem…). */
export interface DocumentLabel {
  name: string;
  start: number;
  end: number;
  region?: MathRegion;
}

/** Every \label inside math, in document order. */
export function mathLabels(text: string, scan: DocumentScan): Label[] {
  const labels: Label[] = [];
  for (const item of scan.items) {
    if (item.kind !== 'math') continue;
    const content = withoutComments(text.slice(item.contentStart, item.contentEnd));
    for (const match of content.matchAll(labelPattern)) {
      const start = item.contentStart + match.index;
      labels.push({ name: match[1].trim(), start, end: start + match[0].length, region: item });
    }
  }
  return labels;
}

/** Every \label of a document, with the math region holding it, if any. */
export function documentLabels(text: string, scan: DocumentScan): DocumentLabel[] {
  const labels: DocumentLabel[] = [];
  for (const match of withoutComments(text).matchAll(labelPattern)) {
    const start = match.index;
    const region = mathRegionAt(scan, start);
    labels.push({
      name: match[1].trim(),
      start,
      end: start + match[0].length,
      region: region && region.start < start ? region : undefined,
    });
  }
  return labels;
}

export interface ProjectLabel {
  uri: string;
  text: string;
  label: DocumentLabel;
}

const labelMemo = new Map<string, { text: string; labels: DocumentLabel[] }>();
const LABEL_MEMO_LIMIT = 500;

function labelsOf(uri: string, text: string, scan: DocumentScan): DocumentLabel[] {
  const memo = labelMemo.get(uri);
  if (memo && memo.text === text) return memo.labels;
  const labels = documentLabels(text, scan);
  if (labelMemo.size >= LABEL_MEMO_LIMIT) labelMemo.clear();
  labelMemo.set(uri, { text, labels });
  return labels;
}

/**
 * The labels a document can refer to: its own first, then those of every file of its project
 * (a chapter refers to equations of other chapters).
 */
export function projectLabels(index: ProjectIndex, uri: string): ProjectLabel[] {
  const files = index.languageOf(uri) === 'latex' ? [uri, ...index.context(uri).files] : [uri];
  const seen = new Set<string>();
  const result: ProjectLabel[] = [];
  for (const file of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = index.textOf(file);
    const scan = index.scanOf(file);
    if (text === undefined || !scan) continue;
    for (const label of labelsOf(file, text, scan)) result.push({ uri: file, text, label });
  }
  return result;
}

/** Where a label is defined in the project, the document's own definition first. */
export function findLabel(
  index: ProjectIndex,
  uri: string,
  name: string,
): ProjectLabel | undefined {
  return projectLabels(index, uri).find((entry) => entry.label.name === name);
}
