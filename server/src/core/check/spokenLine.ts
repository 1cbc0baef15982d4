import { convertCached } from '../convert/cached';
import { findingCodes, type Finding, type FindingCode } from '../findings';
import type { SpokenRegion } from '../regions/types';

/** What the converter could not read in one line of spoken math, at document offsets. */
export function checkSpokenLine(text: string, region: SpokenRegion): Finding[] {
  const conversion = convertCached(text.slice(region.start, region.end));
  return conversion.findings.map((finding) => ({
    code: finding.code in findingCodes ? (finding.code as FindingCode) : 'convert.unreadable',
    start: region.start + finding.start,
    end: region.start + finding.end,
    message: finding.message,
  }));
}
