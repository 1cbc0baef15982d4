import { commandStatus } from '../check/commands';
import type { MathContext } from '../macros/mathContext';
import {
  allPackageCommands,
  katexEnvironments,
  katexMathCommands,
  packagesDefiningCommand,
} from '../macros/packages';
import { basename } from '../project/uris';
import { mathRegionAt } from '../regions/regionAt';
import { mathEnvironments } from '../regions/latexVocabulary';
import type { DocumentScan } from '../regions/types';
import type { ProjectLabel } from '../symbols/labels';

export type MathCompletionKind = 'command' | 'macro' | 'environment' | 'label';

export interface MathCompletionItem {
  label: string;
  kind: MathCompletionKind;
  /** One line beside the name: the symbol it makes (α), its package, or where it is defined. */
  detail: string;
  /** Snippet text (with $1… placeholders) when the command takes arguments. */
  snippet?: string;
  /** LaTeX that shows what the item makes, rendered in the item's documentation on demand. */
  example?: string;
}

export interface MathCompletions {
  /** The span the chosen item replaces (the partial word, its backslash included). */
  start: number;
  end: number;
  items: MathCompletionItem[];
}

export interface CompletionSources {
  text: string;
  scan: DocumentScan;
  context: MathContext;
  /** Labels of the document's project, asked for only after \ref{. */
  labels: () => readonly ProjectLabel[];
  /** The single character a command makes (α for \alpha), when it makes one. */
  glyph?: (command: string) => string | undefined;
}

const referenceOpen =
  /\\(?:eqref|ref|pageref|autoref|nameref|[cC]ref|[cC]pageref|labelcref|vref|Vref)\*?\{([^{}\\]*)$/;
const environmentOpen = /\\(?:begin|end)\s*\{([a-zA-Z*]*)$/;
const commandPrefix = /\\([a-zA-Z@]*)$/;
/** How far back a completion trigger may start. */
const LOOK_BEHIND = 200;

/**
 * What may be typed at `offset`: labels inside \ref{…}, environment names after \begin{, and
 * inside math every command usable there (KaTeX's, the loaded packages', the document's macros).
 */
export function mathCompletions(
  offset: number,
  sources: CompletionSources,
): MathCompletions | undefined {
  const { text } = sources;
  const before = text.slice(Math.max(0, offset - LOOK_BEHIND), offset);
  const wordEnd = endOfWord(text, offset);

  const reference = referenceOpen.exec(before);
  if (reference) {
    // \cref{a,b|}: only the key being typed is replaced.
    const typed = reference[1].slice(reference[1].lastIndexOf(',') + 1).trimStart();
    return {
      start: offset - typed.length,
      end: endOfKey(text, offset),
      items: labelItems(sources.labels()),
    };
  }
  const environment = environmentOpen.exec(before);
  if (environment) {
    return {
      start: offset - environment[1].length,
      end: wordEnd,
      items: environmentItems(sources.context),
    };
  }
  const command = commandPrefix.exec(before);
  if (!command) return undefined;
  const region = mathRegionAt(sources.scan, offset);
  const start = offset - command[0].length;
  if (!region || start < region.contentStart || offset > region.contentEnd) return undefined;
  return { start, end: wordEnd, items: commandItems(sources) };
}

function endOfWord(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && /[a-zA-Z@*]/.test(text[end])) end++;
  return end;
}

function endOfKey(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && !/[,}\s\\{]/.test(text[end])) end++;
  return end;
}

function labelItems(labels: readonly ProjectLabel[]): MathCompletionItem[] {
  const seen = new Set<string>();
  const items: MathCompletionItem[] = [];
  for (const { uri, text, label } of labels) {
    if (seen.has(label.name)) continue;
    seen.add(label.name);
    const file = basename(uri);
    const region = label.region;
    items.push({
      label: label.name,
      kind: 'label',
      detail: region ? `${region.environment ?? 'formula'} in ${file}` : `label in ${file}`,
      example: region
        ? text.slice(region.contentStart, region.contentEnd).replace(/\\label\s*\{[^{}]*\}/g, '')
        : undefined,
    });
  }
  return items;
}

const environmentItemsOf = new WeakMap<MathContext, MathCompletionItem[]>();

function environmentItems(context: MathContext): MathCompletionItem[] {
  let items = environmentItemsOf.get(context);
  if (items) return items;
  const names = new Map<string, string>();
  for (const name of mathEnvironments.keys()) names.set(name, 'display math');
  for (const name of katexEnvironments) if (!names.has(name)) names.set(name, 'KaTeX');
  for (const [name, { uri }] of context.environments)
    names.set(name, `defined in ${basename(uri)}`);
  items = [...names].map(([label, detail]) => ({ label, kind: 'environment' as const, detail }));
  environmentItemsOf.set(context, items);
  return items;
}

const commandItemsOf = new WeakMap<MathContext, MathCompletionItem[]>();

function commandItems({ context, glyph }: CompletionSources): MathCompletionItem[] {
  let items = commandItemsOf.get(context);
  if (items) return items;
  const byName = new Map<string, MathCompletionItem>();
  for (const name of katexMathCommands) {
    if (!typedByName(name)) continue;
    if (commandStatus(name, context).kind !== 'katex') continue;
    byName.set(name, {
      label: name,
      kind: 'command',
      detail: glyph?.(name) ?? 'KaTeX',
      example: name,
    });
  }
  for (const name of allPackageCommands()) {
    if (byName.has(name) || !typedByName(name)) continue;
    const loaded = packagesDefiningCommand(name).find((match) =>
      context.packages.has(match.package),
    );
    if (!loaded || loaded.command.kind === 'unsupported') continue;
    byName.set(name, { label: name, kind: 'command', detail: loaded.package });
  }
  for (const [name, { uri, definition }] of context.commands) {
    if (definition.style === 'opaque' || !typedByName(name)) continue;
    const arguments_ = Array.from(
      { length: definition.arity },
      (_, i) => `{\${${i + 1}:#${i + 1}}}`,
    ).join('');
    byName.set(name, {
      label: name,
      kind: 'macro',
      detail: `${definition.arity > 0 ? `${definition.arity} argument${definition.arity > 1 ? 's' : ''}, ` : ''}defined in ${basename(uri)}`,
      snippet: definition.arity > 0 ? `${escapeSnippet(name)}${arguments_}` : undefined,
      example: `${name}${'{x}'.repeat(definition.arity)}`,
    });
  }
  items = [...byName.values()];
  commandItemsOf.set(context, items);
  return items;
}

/** Internal helpers (\@binrel, \my@aux) and one-character controls (\, \;) are not typed by name. */
function typedByName(name: string): boolean {
  return /^\\[a-zA-Z]{2,}$/.test(name);
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}
