import { readdirSync } from 'node:fs';
import { extname, join, relative, isAbsolute } from 'node:path';
import type { ProjectFiles } from '../core/project/projectFiles';
import { readTextFile, texExtensions, toPath, toUri } from '../node/diskFiles';
import type { OpenDocuments } from './openDocuments';

const MAX_FILES = 5000;

/** Whether `path` is `directory` or lies below it (not merely shares a prefix: /ws vs /ws-other). */
function isInside(path: string, directory: string): boolean {
  const fromDirectory = relative(directory, path);
  return fromDirectory === '' || (!fromDirectory.startsWith('..') && !isAbsolute(fromDirectory));
}
const MAX_DEPTH = 8;
const skippedDirectories = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'out',
  'dist',
  '.vscode-test',
]);

/**
 * The server's view of a project: open documents first, then the disk, but only inside the
 * workspace folders (a document outside them may still read its own directory).
 */
export class WorkspaceFiles implements ProjectFiles {
  private roots: string[] = [];
  private listing: string[] | undefined;

  constructor(private readonly open: OpenDocuments) {}

  setRoots(rootUris: readonly string[]): void {
    this.roots = rootUris.map((uri) => toPath(uri));
    this.listing = undefined;
  }

  /** Forget the file listing (files were created or deleted). */
  refreshListing(): void {
    this.listing = undefined;
  }

  read(uri: string): string | undefined {
    const open = this.open.get(uri);
    if (open) return open.scanned.text;
    if (!uri.startsWith('file:')) return undefined;
    const path = toPath(uri);
    if (
      this.roots.length > 0 &&
      !this.roots.some((root) => isInside(path, root)) &&
      !this.isBesideOpenDocument(path)
    ) {
      return undefined;
    }
    return readTextFile(path);
  }

  texFiles(): Iterable<string> {
    this.listing ??= this.list();
    const open = [...this.open.all()]
      .map(([uri]) => uri)
      .filter((uri) => texExtensions.has(extname(uri).toLowerCase()));
    return new Set([...this.listing, ...open]);
  }

  private isBesideOpenDocument(path: string): boolean {
    for (const [uri] of this.open.all()) {
      if (!uri.startsWith('file:')) continue;
      const directory = toPath(uri).replace(/[\\/][^\\/]*$/, '');
      if (isInside(path, directory)) return true;
    }
    return false;
  }

  private list(): string[] {
    const found: string[] = [];
    const walk = (directory: string, depth: number) => {
      if (found.length >= MAX_FILES || depth > MAX_DEPTH) return;
      let entries;
      try {
        entries = readdirSync(directory, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (found.length >= MAX_FILES) return;
        if (entry.isDirectory()) {
          if (!skippedDirectories.has(entry.name) && !entry.name.startsWith('.'))
            walk(join(directory, entry.name), depth + 1);
        } else if (texExtensions.has(extname(entry.name).toLowerCase())) {
          found.push(toUri(join(directory, entry.name)));
        }
      }
    };
    for (const root of this.roots) walk(root, 0);
    return found;
  }
}
