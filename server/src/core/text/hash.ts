/** FNV-1a over UTF-16 code units, as 8 hex digits: cache keys, not security. */
export function hashString(text: string, seed = 0x811c9dc5): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A key for a list of strings (two independent hashes make accidental collisions negligible). */
export function hashParts(parts: readonly string[]): string {
  const joined = parts.join('\u0000');
  return `${hashString(joined)}${hashString(joined, 0x12345678)}${joined.length.toString(16)}`;
}
