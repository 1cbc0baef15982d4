import type {
  DocumentLanguage,
  DocumentScan,
  FileReference,
  MacroDefinition,
  ScanItem,
  Span,
} from '../regions/types';
import { localDefinitionScopes } from '../regions/groupScopes';
import { scanDocument } from '../regions/scannedDocument';
import type { ProjectFiles } from './projectFiles';
import { dirname, extname, resolve } from './uris';

export interface SourcedDefinition {
  uri: string;
  definition: MacroDefinition;
}

/** A definition made inside a TeX group: in effect only from its end to the end of the group. */
export interface LocalDefinition extends SourcedDefinition {
  scope: Span;
}

export interface ResolvedReference {
  uri: string;
  reference: FileReference;
  /** The file it names, when that file exists locally. */
  target?: string;
}

/** What one document sees of its project: the files, macros and packages in effect. */
export interface ProjectContext {
  uri: string;
  /** The top files (those nobody includes) that reach this document; the document itself if none. */
  roots: string[];
  /** Every file of the project reached from the roots, in include order. */
  files: string[];
  /** Global definitions in the order LaTeX meets them. */
  definitions: SourcedDefinition[];
  /** This document's definitions made inside groups (local to them). */
  localDefinitions: LocalDefinition[];
  /** Packages loaded by \usepackage/\RequirePackage that are not local files. */
  packages: string[];
  /** Document classes named by \documentclass. */
  classes: string[];
  /** References whose file does not exist (only those that must exist: \input, \include…). */
  missing: ResolvedReference[];
  /**
   * Whether a missing file may define macros: it is \input before \begin{document}, or in a file
   * that is all preamble or fragment (no \begin{document}). Then an undefined command may be
   * defined there, and is no longer certainly an error.
   */
  missingMayDefineMacros: boolean;
}

interface Entry {
  text: string;
  scan: DocumentScan;
  references?: ResolvedReference[];
  scopes?: Map<MacroDefinition, Span>;
  structure?: Structure;
}

interface Structure {
  items: (MacroDefinition | FileReference)[];
  /**
   * Per item, the definition as closures list it, or undefined for references and definitions
   * local to a group: made once per file, not once per closure that reaches it.
   */
  globals?: (SourcedDefinition | undefined)[];
  resolved: Map<FileReference, ResolvedReference>;
  /** Where \begin{document} is, or -1 (a preamble file or a fragment). */
  bodyStart: number;
}

/** What a set of top files reaches: shared by every document with those roots. */
type Closure = Pick<
  ProjectContext,
  'files' | 'definitions' | 'packages' | 'classes' | 'missing' | 'missingMayDefineMacros'
>;

const MAX_ANCESTOR_LEVELS = 3;

export function languageOf(uri: string): DocumentLanguage {
  const extension = extname(uri).toLowerCase();
  if (extension === '.md' || extension === '.markdown') return 'markdown';
  if (extension === '.spoken') return 'spoken';
  return 'latex';
}

/**
 * The documents of a workspace (or of a CLI run) and how they include each other. Answers, for one
 * document, which macros and packages are in effect: those of every file reached from the roots
 * that include it. Caches scans and the include graph; callers report changes.
 */
export class ProjectIndex {
  private readonly entries = new Map<string, Entry | null>();
  /** Resolved references by including file, then root directory, then reference. */
  private readonly resolutions = new Map<string, Map<string, Map<FileReference, string | null>>>();
  private parents: Map<string, Set<string>> | undefined;
  private readonly contexts = new Map<string, ProjectContext>();
  private readonly closures = new Map<string, Closure>();

  constructor(private readonly files: ProjectFiles) {}

  /**
   * An open document's current text and scan (the server keeps those incrementally). Returns true
   * when its definitions or references changed, so other documents of the project may read
   * differently.
   */
  setDocument(uri: string, text: string, scan: DocumentScan): boolean {
    const previous = this.entries.get(uri);
    this.entries.set(uri, { text, scan });
    if (previous && sameStructure(previous.scan, scan)) {
      // Same definitions and references. Contexts stay valid if they hold the very same definition
      // objects (a ScannedDocument moves those in place) and no definition local to a group here.
      if (!sameDefinitionObjects(previous.scan, scan)) this.forgetContextsWith(uri);
      else this.forgetContextsWithLocalDefinitions(uri);
      return false;
    }
    this.changed(uri);
    return true;
  }

  /** A file changed or disappeared outside the editor: read it again when needed. */
  invalidate(uri: string): void {
    this.entries.delete(uri);
    this.resolutions.clear();
    this.changed(uri);
  }

  /** Forgets everything (e.g. when the set of workspace files changes). */
  reset(): void {
    this.entries.clear();
    this.resolutions.clear();
    this.parents = undefined;
    this.contexts.clear();
    this.closures.clear();
  }

  scanOf(uri: string): DocumentScan | undefined {
    return this.entry(uri)?.scan;
  }

  /** The document's language: as its scan was made (an editor's language id), else from its name. */
  languageOf(uri: string): DocumentLanguage {
    return this.entry(uri)?.scan.language ?? languageOf(uri);
  }

  textOf(uri: string): string | undefined {
    return this.entry(uri)?.text;
  }

  context(uri: string): ProjectContext {
    let context = this.contexts.get(uri);
    if (!context) {
      context = this.computeContext(uri);
      this.contexts.set(uri, context);
    }
    return context;
  }

  private changed(uri: string): void {
    this.contexts.clear();
    this.closures.clear();
    if (this.parents) {
      for (const children of this.parents.values()) children.delete(uri);
      this.addEdges(uri);
    }
  }

  private forgetContextsWith(uri: string): void {
    for (const [key, context] of this.contexts) {
      if (context.files.includes(uri)) this.contexts.delete(key);
    }
    for (const [key, closure] of this.closures) {
      if (closure.files.includes(uri)) this.closures.delete(key);
    }
  }

  private forgetContextsWithLocalDefinitions(uri: string): void {
    const context = this.contexts.get(uri);
    if (context && context.localDefinitions.length > 0) this.contexts.delete(uri);
  }

  private entry(uri: string): Entry | undefined {
    const cached = this.entries.get(uri);
    if (cached !== undefined) return cached ?? undefined;
    const text = this.files.read(uri);
    const entry = text === undefined ? null : { text, scan: scanDocument(languageOf(uri), text) };
    this.entries.set(uri, entry);
    return entry ?? undefined;
  }

  private scopes(uri: string): Map<MacroDefinition, Span> {
    const entry = this.entry(uri);
    if (!entry) return new Map();
    entry.scopes ??=
      entry.scan.language === 'latex' ? localDefinitionScopes(entry.text, entry.scan) : new Map();
    return entry.scopes;
  }

  private references(uri: string): ResolvedReference[] {
    const entry = this.entry(uri);
    if (!entry) return [];
    entry.references ??= entry.scan.items
      .filter((item): item is FileReference => item.kind === 'reference')
      .map((reference) => ({ uri, reference, target: this.resolveReference(uri, reference) }));
    return entry.references;
  }

  /**
   * LaTeX resolves \input against the directory it runs in, the root's. Given the root, try its
   * directory first; then (and without a root, when building the include graph) the including
   * file's directory and its ancestors.
   */
  private resolveReference(
    from: string,
    reference: FileReference,
    rootDirectory?: string,
  ): string | undefined {
    // Nested maps keyed by what the index already holds: a flat key was a long string built and
    // hashed for every reference of every file of every closure. A reference item stands for its
    // command and target (an edit to either makes a new item).
    let byRoot = this.resolutions.get(from);
    if (!byRoot)
      this.resolutions.set(from, (byRoot = new Map<string, Map<FileReference, string | null>>()));
    let byReference = byRoot.get(rootDirectory ?? '');
    if (!byReference)
      byRoot.set(rootDirectory ?? '', (byReference = new Map<FileReference, string | null>()));
    const cached = byReference.get(reference);
    if (cached !== undefined) return cached ?? undefined;
    const directories: string[] = rootDirectory ? [rootDirectory] : [];
    let directory = dirname(from);
    for (let level = 0; level <= MAX_ANCESTOR_LEVELS; level++, directory = dirname(directory))
      directories.push(directory);
    const found = this.firstExisting(from, directories, reference);
    byReference.set(reference, found ?? null);
    return found;
  }

  /** The first file that exists among the reference's target in each directory (with each extension). */
  private firstExisting(
    from: string,
    directories: readonly string[],
    reference: FileReference,
  ): string | undefined {
    const extensions = extensionsFor(reference);
    for (const directory of directories) {
      for (const extension of extensions) {
        const candidate = resolve(directory, reference.target + extension);
        if (candidate !== from && this.entry(candidate) !== undefined) return candidate;
      }
    }
    return undefined;
  }

  private ensureGraph(): Map<string, Set<string>> {
    if (!this.parents) {
      this.parents = new Map();
      for (const uri of this.files.texFiles()) this.addEdges(uri);
    }
    return this.parents;
  }

  private addEdges(uri: string): void {
    const parents = this.parents;
    if (!parents) return;
    for (const { target } of this.references(uri)) {
      if (!target) continue;
      let set = parents.get(target);
      if (!set) parents.set(target, (set = new Set()));
      set.add(uri);
    }
  }

  private rootsOf(uri: string): string[] {
    const directive = this.entry(uri)?.scan.items.find((item) => item.kind === 'root-directive');
    if (directive?.kind === 'root-directive') {
      const root = resolve(dirname(uri), directive.target);
      if (root !== uri && this.entry(root)) return [root];
    }
    const parents = this.ensureGraph();
    const roots: string[] = [];
    const seen = new Set<string>([uri]);
    const queue = [uri];
    while (queue.length > 0) {
      const current = queue.shift()!;
      const up = [...(parents.get(current) ?? [])].filter((parent) => this.entry(parent));
      if (up.length === 0) roots.push(current);
      for (const parent of up) {
        if (!seen.has(parent)) {
          seen.add(parent);
          queue.push(parent);
        }
      }
    }
    return roots.length > 0 ? roots.sort() : [uri];
  }

  private computeContext(uri: string): ProjectContext {
    const roots = this.languageOf(uri) === 'latex' ? this.rootsOf(uri) : [uri];
    let closure = this.closureOf(roots);
    if (!closure.files.includes(uri)) closure = this.closureOf([...roots, uri]);
    const scopes = this.scopes(uri);
    const localDefinitions: LocalDefinition[] = [];
    for (const item of this.structure(uri).items) {
      const scope = item.kind === 'definition' ? scopes.get(item) : undefined;
      if (scope && item.kind === 'definition')
        localDefinitions.push({ uri, definition: item, scope });
    }
    return { uri, roots, ...closure, localDefinitions };
  }

  /**
   * Everything reached from some top files, in the order LaTeX meets it. Documents with the same
   * roots (every chapter of a book) share one closure, and with it one macro table.
   */
  private closureOf(starts: readonly string[]): Closure {
    const key = starts.join('\u0000');
    let closure = this.closures.get(key);
    if (closure) return closure;
    const files: string[] = [];
    const definitions: SourcedDefinition[] = [];
    const packages = new Set<string>();
    const classes = new Set<string>();
    const missing: ResolvedReference[] = [];
    let missingMayDefineMacros = false;
    const visited = new Set<string>();

    const visit = (start: string) => {
      const rootDirectory = dirname(start);
      // An explicit stack instead of recursion: include chains can be long and cyclic.
      // Each frame keeps its file's structure rather than looking it up again for every item
      // (every chapter is walked once per closure that reaches it).
      const stack: {
        file: string;
        index: number;
        structure: Structure;
      }[] = [];
      const enter = (file: string) => {
        if (visited.has(file) || !this.entry(file)) return;
        visited.add(file);
        files.push(file);
        stack.push({ file, index: 0, structure: this.structure(file) });
      };
      enter(start);
      while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        const { structure } = frame;
        if (frame.index >= structure.items.length) {
          stack.pop();
          continue;
        }
        const item = structure.items[frame.index++];
        if (item.kind === 'definition') {
          const global = this.globalDefinitions(frame.file, structure)[frame.index - 1];
          if (global) definitions.push(global);
          continue;
        }
        const resolved = structure.resolved.get(item);
        const target = resolved && this.resolveReference(frame.file, item, rootDirectory);
        if (target) {
          enter(target);
          continue;
        }
        if (item.command === 'package') packages.add(item.target);
        else if (item.command === 'class') classes.add(item.target);
        else if (resolved && mustExist(item)) {
          missing.push(resolved);
          if (structure.bodyStart < 0 || item.start < structure.bodyStart)
            missingMayDefineMacros = true;
        }
      }
    };
    for (const start of starts) visit(start);
    closure = {
      files,
      definitions,
      packages: [...packages],
      classes: [...classes],
      missing,
      missingMayDefineMacros,
    };
    this.closures.set(key, closure);
    return closure;
  }

  private globalDefinitions(uri: string, structure: Structure): (SourcedDefinition | undefined)[] {
    if (!structure.globals) {
      const scopes = this.scopes(uri);
      structure.globals = structure.items.map((item) =>
        item.kind === 'definition' && !scopes.has(item) ? { uri, definition: item } : undefined,
      );
    }
    return structure.globals;
  }

  /** A file's definitions and references in order, with where each reference points. */
  private structure(uri: string): Structure {
    const entry = this.entry(uri);
    if (!entry) return { items: [], resolved: new Map(), bodyStart: -1 };
    if (!entry.structure) {
      const items = entry.scan.items.filter(
        (item): item is MacroDefinition | FileReference =>
          item.kind === 'definition' || item.kind === 'reference',
      );
      const resolved = new Map(
        this.references(uri).map((reference) => [reference.reference, reference]),
      );
      entry.structure = { items, resolved, bodyStart: entry.text.indexOf('\\begin{document}') };
    }
    return entry.structure;
  }
}

function extensionsFor(reference: FileReference): string[] {
  if (reference.command === 'package') return ['.sty'];
  if (reference.command === 'class') return ['.cls'];
  return extname(reference.target) === '' ? ['.tex', ''] : ['', '.tex'];
}

/** \input{x} and \include{x} must name a file; generated ones (main.labels, .bbl) are exempt. */
function mustExist(reference: FileReference): boolean {
  if (reference.command === 'package' || reference.command === 'class') return false;
  const extension = extname(reference.target);
  return extension === '' || extension === '.tex';
}

function definitionsOf(scan: DocumentScan): ScanItem[] {
  return scan.items.filter((item) => item.kind === 'definition' || item.kind === 'reference');
}

function sameDefinitionObjects(a: DocumentScan, b: DocumentScan): boolean {
  const first = definitionsOf(a);
  const second = definitionsOf(b);
  return first.length === second.length && first.every((item, index) => item === second[index]);
}

/** Whether two scans define the same macros and reference the same files (offsets aside). */
function sameStructure(a: DocumentScan, b: DocumentScan): boolean {
  return structureKey(a) === structureKey(b);
}

function structureKey(scan: DocumentScan): string {
  const parts: string[] = [];
  for (const item of scan.items) {
    if (item.kind === 'definition') {
      parts.push(
        `d${item.name}\u0001${item.arity}\u0001${item.parameterText ?? ''}\u0001${item.optionalDefault ?? ''}\u0001${item.body}`,
      );
    } else if (item.kind === 'reference') parts.push(`r${item.command}\u0001${item.target}`);
    else if (item.kind === 'root-directive') parts.push(`t${item.target}`);
  }
  return parts.join('\u0000');
}
