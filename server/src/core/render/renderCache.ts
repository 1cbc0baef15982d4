import { renderSvg, type SvgRenderOptions, type SvgRenderResult } from './svg';

/**
 * Recently rendered SVGs, least recently used first out. A hover re-renders the same formula
 * every time the pointer rests on it; MathJax takes a few milliseconds per formula, the cache
 * a map lookup. The key holds everything the image depends on; the caller names the macro table
 * by a key (MathContext.key) instead of the table, which cannot be compared cheaply.
 */
export interface SvgCacheOptions extends SvgRenderOptions {
  /** Identifies `macros`: equal keys must mean equal tables (MathContext.key). */
  macrosKey: string;
}

export class SvgRenderCache {
  private readonly entries = new Map<string, SvgRenderResult>();
  private characters = 0;

  /**
   * @param maxEntries the most renders kept
   * @param maxCharacters the most characters of SVG and data URIs kept together (an image can
   *   take 180,000 with its data URI: entries alone would not bound the memory)
   */
  constructor(
    readonly maxEntries = 500,
    readonly maxCharacters = 20_000_000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  render(source: string, options: SvgCacheOptions): SvgRenderResult {
    const key = [
      options.display ? 'D' : 'I',
      options.macrosKey,
      options.color,
      options.fontSize,
      options.maxLength ?? '',
      options.maxWidth ?? '',
      source,
    ].join('\u0000');
    const cached = this.entries.get(key);
    if (cached) {
      // Move to the most recently used end.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const result = renderSvg(source, options);
    this.entries.set(key, result);
    this.characters += weight(result);
    for (const [oldest, value] of this.entries) {
      if (this.entries.size <= 1) break;
      if (this.entries.size <= this.maxEntries && this.characters <= this.maxCharacters) break;
      this.entries.delete(oldest);
      this.characters -= weight(value);
    }
    return result;
  }

  clear(): void {
    this.entries.clear();
    this.characters = 0;
  }
}

function weight(result: SvgRenderResult): number {
  if (result.kind !== 'svg') return result.message.length;
  let total = 0;
  for (const image of result.images) total += image.svg.length + image.dataUri.length;
  return total;
}
