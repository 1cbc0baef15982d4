import { convertToLatex } from '../convert';
import type { Conversion } from '../convert/types';
import { findingCodes, type Finding, type FindingCode } from '../findings';
import type { SpokenRegion } from '../regions/types';

const CACHE_LIMIT = 4096;
/** Conversions by line text: a spoken file is re-checked on every edit, its lines rarely change. */
const cache = new Map<string, Conversion>();

/** The conversion of one spoken line (cached). */
export function convertSpokenLine(line: string): Conversion {
  let conversion = cache.get(line);
  if (!conversion) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    conversion = convertToLatex(line);
    cache.set(line, conversion);
  }
  return conversion;
}

/** What the converter could not read in one line of spoken math, at document offsets. */
export function checkSpokenLine(text: string, region: SpokenRegion): Finding[] {
  const conversion = convertSpokenLine(text.slice(region.start, region.end));
  return conversion.findings.map((finding) => ({
    code: finding.code in findingCodes ? (finding.code as FindingCode) : 'convert.unreadable',
    start: region.start + finding.start,
    end: region.start + finding.end,
    message: finding.message,
  }));
}
