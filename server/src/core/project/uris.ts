/**
 * Path arithmetic on document URIs ("file:///home/a/paper.tex") or plain slash paths, without
 * Node's path module (core/ stays pure). Backslashes are not separators here: the edges hand core
 * URIs.
 */

function splitPrefix(uri: string): { prefix: string; path: string } {
  const match = /^[a-zA-Z][\w+.-]*:\/\/[^/]*/.exec(uri);
  return match ? { prefix: match[0], path: uri.slice(match[0].length) } : { prefix: '', path: uri };
}

export function dirname(uri: string): string {
  const { prefix, path } = splitPrefix(uri);
  const slash = path.lastIndexOf('/');
  return prefix + (slash <= 0 ? '/' : path.slice(0, slash));
}

export function basename(uri: string): string {
  const slash = uri.lastIndexOf('/');
  return uri.slice(slash + 1);
}

export function extname(uri: string): string {
  const name = basename(uri);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot);
}

/** Resolves `relative` (slash-separated, may hold . and ..) against a directory URI. */
export function resolve(directory: string, relative: string): string {
  const { prefix, path } = splitPrefix(directory);
  const isAbsolute = relative.startsWith('/');
  const parts = (isAbsolute ? relative : `${path}/${relative}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `${prefix}/${out.join('/')}`;
}
