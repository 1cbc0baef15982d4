/**
 * Conversion of Math-Verify answer pairs to mathjs syntax, for tests and the speed bench. Only
 * plain expressions are converted (numbers, letters, + − · / ^, \frac, \sqrt, \pi, trig); free
 * text, sets, tuples, intervals, relations, units, percentages, matrices, thousands separators
 * and anything else give `undefined` (skipped, and counted).
 */
import { readJsonl } from './support';

export interface MathVerifyRow {
  gold: string;
  pred: string;
  expected: 0 | 1;
  test: string;
  strict?: boolean;
}

export interface ConvertedPair {
  row: MathVerifyRow;
  gold: string;
  pred: string;
}

const FUNCTIONS = new Set([
  'sin',
  'cos',
  'tan',
  'sec',
  'csc',
  'cot',
  'sqrt',
  'nthRoot',
  'log',
  'exp',
  'pi',
]);

/** Replaces `\cmd{a}{b}`-style groups innermost-first; returns undefined on unbalanced braces. */
function convertLatex(text: string): string | undefined {
  let s = text.trim();
  const math = /^\$+([^$]*)\$+$/.exec(s);
  if (math !== null) s = math[1].trim();
  else if (s.includes('$') || /\\[[(]/.test(s)) return undefined;
  s = s.replace(/\\boxed\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g, '$1');
  s = s.replace(/\\left|\\right/g, '');
  s = s.replace(/\\mathrm\{e\}/g, 'e');
  s = s.replace(/\\(sin|cos|tan|sec|csc|cot)\^\{?(\d)\}?\(([^()]*)\)/g, '$1($3)^$2');
  s = s.replace(/\\(sin|cos|tan|sec|csc|cot|log|exp)\b/g, '$1');
  s = s.replace(/\\pi\b/g, ' pi ');
  s = s.replace(/\\cdot|\\times/g, '*');
  // \frac12 and \sqrt3 shorthand.
  s = s.replace(/\\[dtc]?frac(\d)(\d)/g, '(($1)/($2))');
  s = s.replace(/\\[dtc]?frac(\d)\{/g, '\\frac{$1}{');
  s = s.replace(/\\sqrt\s*(\d)/g, 'sqrt($1)');
  for (let round = 0; round < 20; round++) {
    const before = s;
    s = s.replace(/\\[dtc]?frac\{([^{}]*)\}\{([^{}]*)\}/g, '(($1)/($2))');
    s = s.replace(/\\sqrt\[([^[\]{}]*)\]\{([^{}]*)\}/g, 'nthRoot(($2), ($1))');
    s = s.replace(/\\sqrt\{([^{}]*)\}/g, 'sqrt($1)');
    s = s.replace(/\^\{([^{}]*)\}/g, '^($1)');
    s = s.replace(/\{([^{}]*)\}/g, '($1)');
    if (s === before) break;
  }
  if (!/^[0-9a-zA-Z+\-*/^(). ]+$/.test(s)) return undefined;
  if (/\d\s+\d/.test(s)) return undefined; // "1 000": a thousands separator, not a product
  for (const word of s.match(/[a-zA-Z]+/g) ?? []) {
    if (word.length > 1 && !FUNCTIONS.has(word)) return undefined;
  }
  return s.trim() === '' ? undefined : s;
}

/**
 * Rows left out although they convert, with the reason: their label tests something other than
 * exact equality of the two expressions.
 */
export const EXCLUDED: { gold: string; pred: string; reason: string }[] = [
  {
    gold: '$1 - \\frac{1}{\\mathrm{e}}$',
    pred: '$1 + \\frac{1}{\\mathrm{e}}$',
    reason: 'labelled 1 by a string-extraction test; the values differ',
  },
  {
    gold: '$\\frac{1}{12}$',
    pred: '$0.0833333333333333$',
    reason:
      'labelled 1 by rounding to 6 digits; compare() is exact (a truncated decimal is not 1/12)',
  },
  {
    gold: '$f(x)$',
    pred: '$f(y)$',
    reason: 'labelled both 0 (strict) and 1 (non-strict variable matching) by Math-Verify',
  },
];

export function mathVerifyPairs(): { pairs: ConvertedPair[]; skipped: number; excluded: number } {
  const rows = readJsonl<MathVerifyRow>('math_verify_test_pairs.jsonl');
  const pairs: ConvertedPair[] = [];
  let skipped = 0;
  let excluded = 0;
  for (const row of rows) {
    if (EXCLUDED.some((e) => e.gold === row.gold && e.pred === row.pred)) {
      excluded++;
      continue;
    }
    const gold = convertLatex(row.gold);
    const pred = convertLatex(row.pred);
    if (gold === undefined || pred === undefined) skipped++;
    else pairs.push({ row, gold, pred });
  }
  return { pairs, skipped, excluded };
}
