import type { Finding } from '../findings';
import {
  latexMathContext,
  markdownMathContext,
  type MathContext,
  type MathSettings,
} from '../macros/mathContext';
import type { ProjectIndex } from '../project/projectIndex';
import type { MacroDefinition } from '../regions/types';
import { checkDocument } from './checkDocument';

/** The math context of a document of the index: its project's macros for LaTeX, its own for Markdown. */
export function mathContextFor(
  index: ProjectIndex,
  uri: string,
  settings: MathSettings,
): MathContext {
  const language = index.languageOf(uri);
  if (language === 'latex') return latexMathContext(index.context(uri), settings);
  // Markdown and spoken documents: their own definitions only.
  const definitions = (index.scanOf(uri)?.items ?? []).filter(
    (item): item is MacroDefinition => item.kind === 'definition',
  );
  return markdownMathContext(uri, definitions, settings);
}

/** Every finding for one document of the index; undefined when the document cannot be read. */
export function analyzeDocument(
  index: ProjectIndex,
  uri: string,
  settings: MathSettings,
): Finding[] | undefined {
  const text = index.textOf(uri);
  const scan = index.scanOf(uri);
  if (text === undefined || !scan) return undefined;
  const context = mathContextFor(index, uri, settings);
  const project = index.languageOf(uri) === 'latex' ? index.context(uri) : undefined;
  return checkDocument({
    uri,
    text,
    scan,
    context,
    missing: project?.missing,
    localDefinitions: project?.localDefinitions,
  });
}
