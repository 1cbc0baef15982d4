import type { DocumentScan, MathRegion } from '../regions/types';
import { mathLabels, withoutComments, type Label } from './labels';

export type MathSymbolKind = 'equation' | 'label';

/** An outline entry, in document offsets. */
export interface MathSymbol {
  name: string;
  detail: string;
  kind: MathSymbolKind;
  start: number;
  end: number;
  selectionStart: number;
  selectionEnd: number;
  children: MathSymbol[];
}

/** Environments LaTeX numbers (the starred forms do not number). */
const numberedEnvironments = new Set([
  'equation',
  'align',
  'gather',
  'multline',
  'eqnarray',
  'alignat',
  'flalign',
  'xalignat',
  'dmath',
  'IEEEeqnarray',
]);

function summary(text: string, region: MathRegion, limit = 60): string {
  const body = withoutComments(text.slice(region.contentStart, region.contentEnd))
    .replace(/\\label\s*\{[^{}]*\}/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return body.length > limit ? `${body.slice(0, limit - 1)}…` : body;
}

/**
 * The outline of a document's math: numbered environments and labelled formulas, each with its
 * labels as children (an align with three labelled rows has three).
 */
export function documentSymbols(text: string, scan: DocumentScan): MathSymbol[] {
  const labelsByRegion = new Map<MathRegion, Label[]>();
  for (const label of mathLabels(text, scan)) {
    const list = labelsByRegion.get(label.region) ?? [];
    list.push(label);
    labelsByRegion.set(label.region, list);
  }
  const symbols: MathSymbol[] = [];
  for (const item of scan.items) {
    if (item.kind !== 'math') continue;
    const labels = labelsByRegion.get(item) ?? [];
    const numbered = item.environment !== undefined && numberedEnvironments.has(item.environment);
    if (!numbered && labels.length === 0) continue;
    const formula = summary(text, item);
    const children = labels.map((label) => ({
      name: label.name,
      detail: '\\label',
      kind: 'label' as const,
      start: label.start,
      end: label.end,
      selectionStart: label.start,
      selectionEnd: label.end,
      children: [],
    }));
    const heading = item.environment ?? (item.display ? 'display math' : 'inline math');
    symbols.push({
      name: labels.length === 1 ? `${heading} (${labels[0].name})` : heading,
      detail: formula,
      kind: 'equation',
      start: item.start,
      end: item.end,
      selectionStart: item.start,
      selectionEnd: Math.min(item.end, item.contentStart),
      children: labels.length === 1 ? [] : children,
    });
  }
  return symbols;
}
