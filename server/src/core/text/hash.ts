const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SECOND_SEED = 0x12345678;
/** What hashParts puts between parts (as if it hashed them joined with it). */
const SEPARATOR = 0;

function step(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

function hex(hash: number): string {
  return hash.toString(16).padStart(8, '0');
}

/** FNV-1a over UTF-16 code units, as 8 hex digits: cache keys, not security. */
export function hashString(text: string, seed = FNV_OFFSET): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) hash = step(hash, text.charCodeAt(i));
  return hex(hash);
}

/**
 * A key for a list of strings (two independent hashes make accidental collisions negligible): the
 * two hashes and the length of the parts joined with U+0000, computed in one pass without joining
 * them (a context's key covers hundreds of definitions).
 */
export function hashParts(parts: readonly string[]): string {
  let first = FNV_OFFSET >>> 0;
  let second = SECOND_SEED;
  let length = 0;
  for (let index = 0; index < parts.length; index++) {
    if (index > 0) {
      first = step(first, SEPARATOR);
      second = step(second, SEPARATOR);
      length++;
    }
    const part = parts[index];
    for (let i = 0; i < part.length; i++) {
      const code = part.charCodeAt(i);
      first = step(first, code);
      second = step(second, code);
    }
    length += part.length;
  }
  return `${hex(first)}${hex(second)}${length.toString(16)}`;
}
