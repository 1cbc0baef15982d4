import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ProjectFiles } from '../core/project/projectFiles';

export const texExtensions = new Set(['.tex', '.sty', '.cls', '.ltx']);
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function toUri(path: string): string {
  return pathToFileURL(path).href;
}

export function toPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

/** Reads a file as UTF-8, or undefined when it is missing, a directory, or too large. */
export function readTextFile(path: string): string | undefined {
  try {
    // Most lookups are for files that do not exist (amsmath.sty beside the document…): no exception.
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size > MAX_FILE_BYTES) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The TeX files directly inside a directory. */
export function texFilesIn(directory: string): string[] {
  try {
    return readdirSync(directory)
      .filter((name) => texExtensions.has(extname(name).toLowerCase()))
      .map((name) => join(directory, name));
  } catch {
    return [];
  }
}

/** The CLI's view of a project: the disk; candidate roots are the given files and their neighbours. */
export class DiskProjectFiles implements ProjectFiles {
  private readonly candidates: string[];

  constructor(givenPaths: readonly string[]) {
    const seen = new Set<string>();
    const listed = new Set<string>();
    for (const path of givenPaths) {
      seen.add(toUri(path));
      const directory = dirname(path);
      if (listed.has(directory)) continue;
      listed.add(directory);
      for (const neighbour of texFilesIn(directory)) seen.add(toUri(neighbour));
    }
    this.candidates = [...seen];
  }

  read(uri: string): string | undefined {
    return readTextFile(toPath(uri));
  }

  texFiles(): Iterable<string> {
    return this.candidates.filter((uri) => texExtensions.has(extname(toPath(uri)).toLowerCase()));
  }
}
