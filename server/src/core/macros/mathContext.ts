import type { DocumentLanguage, MacroDefinition } from '../regions/types';
import type { ProjectContext, SourcedDefinition } from '../project/projectIndex';
import { hashParts } from '../text/hash';
import { buildKatexMacros, type KatexMacroSet } from './katexMacros';
import { isKnownPackage, markdownPackages, withImpliedPackages } from './packages';

/** User settings that shape how formulas are read. */
export interface MathSettings {
  /** Extra macros, as KaTeX's `macros` option takes them: {"\\R": "\\mathbb{R}"}. */
  macros: Readonly<Record<string, string>>;
}

export const defaultMathSettings: MathSettings = { macros: {} };

/**
 * Everything a formula's meaning depends on besides its own text: the document's macros and
 * environments, the packages in effect and KaTeX's macro table built from them. Formulas with the
 * same text and the same context key check and render the same.
 */
export interface MathContext {
  readonly key: string;
  /** The key for display formulas (they check differently from the same text inline). */
  readonly displayKey: string;
  readonly language: DocumentLanguage;
  /** Document macros by name (the definition in effect: the last one). */
  readonly commands: ReadonlyMap<string, SourcedDefinition>;
  readonly settingsCommands: ReadonlySet<string>;
  /** Control words that only delimit \def parameters (\def\seq#1\endseq): never expanded, never unknown. */
  readonly delimiters: ReadonlySet<string>;
  readonly environments: ReadonlyMap<string, SourcedDefinition>;
  /** Packages in effect, with those they load and the kernel. */
  readonly packages: ReadonlySet<string>;
  /**
   * True when MathLens has seen the preamble and knows every package it loads, so a command
   * defined nowhere is an error rather than possibly a package's.
   */
  readonly complete: boolean;
  /** Loaded packages MathLens knows nothing about (named in hints). */
  readonly unknownPackages: readonly string[];
  readonly katex: KatexMacroSet;
  /** What the context was built from, to extend it with definitions local to a group. */
  readonly definitions: readonly SourcedDefinition[];
  readonly settings: MathSettings;
}

const katexCache = new Map<string, KatexMacroSet>();
const KATEX_CACHE_SIZE = 64;

const definitionHashes = new WeakMap<MacroDefinition, string>();

/**
 * What a definition means, hashed once per definition object: the chapters of a book each have a
 * closure, and all of them share the same few hundred definitions of its macro file.
 */
function definitionHash({ definition }: SourcedDefinition): string {
  let hash = definitionHashes.get(definition);
  if (hash === undefined) {
    hash = hashParts([
      `${definition.style}\u0001${definition.name}\u0001${definition.arity}\u0001${definition.parameterText ?? ''}\u0001${definition.optionalDefault ?? ''}\u0001${definition.starred ? '*' : ''}\u0001${definition.closing ?? ''}\u0001${definition.mode}\u0001${definition.body}`,
    ]);
    definitionHashes.set(definition, hash);
  }
  return hash;
}

function cachedKatexMacros(
  key: string,
  definitions: readonly SourcedDefinition[],
  settings: MathSettings,
): KatexMacroSet {
  let set = katexCache.get(key);
  if (set) {
    katexCache.delete(key);
  } else {
    set = buildKatexMacros(definitions, settings.macros);
  }
  katexCache.set(key, set);
  if (katexCache.size > KATEX_CACHE_SIZE) katexCache.delete(katexCache.keys().next().value!);
  return set;
}

/** `packages`: those in effect, with the packages they load (withImpliedPackages). */
function build(
  language: DocumentLanguage,
  definitions: readonly SourcedDefinition[],
  packages: ReadonlySet<string>,
  complete: boolean,
  unknownPackages: readonly string[],
  settings: MathSettings,
): MathContext {
  const commands = new Map<string, SourcedDefinition>();
  const environments = new Map<string, SourcedDefinition>();
  for (const sourced of definitions) {
    const target = sourced.definition.style === 'environment' ? environments : commands;
    if (sourced.definition.mode === 'provide' && target.has(sourced.definition.name)) continue;
    target.set(sourced.definition.name, sourced);
  }
  const settingsEntries = Object.entries(settings.macros).sort(([a], [b]) => a.localeCompare(b));
  const macroKey = hashParts([
    ...definitions.map(definitionHash),
    ...settingsEntries.map(([name, body]) => `s${name}\u0001${body}`),
  ]);
  const key = hashParts([macroKey, language, [...packages].sort().join(','), String(complete)]);
  return {
    key,
    displayKey: `D${key}`,
    language,
    commands,
    settingsCommands: new Set(Object.keys(settings.macros)),
    delimiters: parameterDelimiters(definitions),
    environments,
    packages,
    complete,
    unknownPackages,
    katex: cachedKatexMacros(macroKey, definitions, settings),
    definitions,
    settings,
  };
}

function parameterDelimiters(definitions: readonly SourcedDefinition[]): Set<string> {
  const delimiters = new Set<string>();
  for (const { definition } of definitions) {
    if (definition.style !== 'def' || !definition.parameterText) continue;
    for (const word of definition.parameterText.match(/\\[a-zA-Z@]+/g) ?? []) delimiters.add(word);
  }
  return delimiters;
}

const extended = new Map<string, MathContext>();

/** The context with definitions made inside a group added (they win over the global ones). */
export function withLocalDefinitions(
  context: MathContext,
  local: readonly SourcedDefinition[],
): MathContext {
  if (local.length === 0) return context;
  const key = hashParts([context.key, ...local.map(definitionHash)]);
  let result = extended.get(key);
  if (!result) {
    result = build(
      context.language,
      [...context.definitions, ...local],
      context.packages,
      context.complete,
      context.unknownPackages,
      context.settings,
    );
    if (extended.size >= KATEX_CACHE_SIZE) extended.delete(extended.keys().next().value!);
    extended.set(key, result);
  }
  return result;
}

/** The context of a LaTeX document from its project. */
export function latexMathContext(
  project: ProjectContext,
  settings: MathSettings = defaultMathSettings,
): MathContext {
  // Documents that share a project closure share its definitions list: build the context once.
  const settingsKey = JSON.stringify(settings.macros);
  const known = builtFor.get(project.definitions);
  if (
    known &&
    known.settingsKey === settingsKey &&
    known.packages === project.packages &&
    known.classes === project.classes
  ) {
    return known.context;
  }
  const loaded = withImpliedPackages([...project.packages, ...project.classes]);
  const unknownPackages = project.packages.filter((name) => !isKnownPackage(name));
  // A missing \input in the preamble may define anything: then undefined commands are only hints.
  const complete =
    project.classes.length > 0 && unknownPackages.length === 0 && !project.missingMayDefineMacros;
  const context = build('latex', project.definitions, loaded, complete, unknownPackages, settings);
  builtFor.set(project.definitions, {
    settingsKey,
    packages: project.packages,
    classes: project.classes,
    context,
  });
  return context;
}

const builtFor = new WeakMap<
  readonly SourcedDefinition[],
  {
    settingsKey: string;
    packages: readonly string[];
    classes: readonly string[];
    context: MathContext;
  }
>();

let markdownPackagesInEffect: ReadonlySet<string> | undefined;

/** The context of a Markdown document: its own definitions (renderers keep them across formulas). */
export function markdownMathContext(
  uri: string,
  definitions: readonly MacroDefinition[],
  settings: MathSettings = defaultMathSettings,
): MathContext {
  markdownPackagesInEffect ??= withImpliedPackages(markdownPackages);
  return build(
    'markdown',
    definitions.map((definition) => ({ uri, definition })),
    markdownPackagesInEffect,
    true,
    [],
    settings,
  );
}
