/**
 * Unicode math → LaTeX (form `unicode`): tokenize.ts, then structure.ts. Never throws; unknown
 * characters and unbalanced brackets are findings with their UTF-16 range, and the LaTeX shows
 * what could be read.
 */
import type { Conversion } from '../types';
import { tokenizeUnicode } from './tokenize';
import { UnicodeReader } from './structure';

/** Longer input is not one formula. */
export const MAX_UNICODE_LENGTH = 20_000;

export function convertUnicode(text: string): Conversion {
  if (text.trim() === '') {
    return {
      form: 'unicode',
      latex: '',
      alternatives: [],
      findings: [
        { code: 'unicode.empty', start: 0, end: text.length, message: 'nothing to convert' },
      ],
    };
  }
  if (text.length > MAX_UNICODE_LENGTH) {
    return {
      form: 'unicode',
      latex: '',
      alternatives: [],
      findings: [
        {
          code: 'unicode.too-long',
          start: 0,
          end: text.length,
          message: `longer than ${MAX_UNICODE_LENGTH} characters: not read as one formula`,
        },
      ],
    };
  }
  const reader = new UnicodeReader(tokenizeUnicode(text));
  const latex = reader.sequence();
  return { form: 'unicode', latex, alternatives: [], findings: reader.findings };
}
