import { convertToLatex } from './index';
import type { Conversion } from './types';

const CACHE_LIMIT = 4096;
/** Conversions by text: spoken lines are re-checked and hovered on every edit, and rarely change. */
const cache = new Map<string, Conversion>();

/** convertToLatex, remembered for the texts seen lately. */
export function convertCached(text: string): Conversion {
  let conversion = cache.get(text);
  if (!conversion) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    conversion = convertToLatex(text);
    cache.set(text, conversion);
  }
  return conversion;
}
