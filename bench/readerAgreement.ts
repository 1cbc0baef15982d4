/**
 * Agreement of the reader aloud (clearspeak style) with speech-rule-engine's ClearSpeak test
 * expectations in ../shared/data/spoken/sre-tests.dev.jsonl (rows whose id starts with
 * `clearspeak/`; all preference styles are included, so 100 % is not reachable). Both texts are
 * normalised (lowercase, punctuation and articles dropped); prints the share of exact matches, the
 * mean word error rate, and a few mismatches.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readAloud } from '../server/src/core/spoken/reader/index';

const dataFile = resolve(process.cwd(), '../shared/data/spoken/sre-tests.dev.jsonl');

interface Row {
  id: string;
  spoken: string;
  latex: string;
}

export function normalise(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/-th\b/g, 'th')
    .replace(/[^a-z0-9.\s]|(?<!\d)\.|\.(?!\d)/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && word !== 'the' && word !== 'a' && word !== 'an');
}

/** Word-level Levenshtein distance. */
export function wordDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

export function readerAgreement(): string[] {
  const rows: Row[] = readFileSync(dataFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row)
    .filter((row) => row.id.startsWith('clearspeak/'));
  let exact = 0;
  let unsupported = 0;
  let werSum = 0;
  const mismatches: string[] = [];
  for (const row of rows) {
    const result = readAloud(row.latex, { style: 'clearspeak' });
    const expected = normalise(row.spoken);
    const got = 'text' in result ? normalise(result.text) : [];
    if (!('text' in result)) unsupported++;
    const distance = wordDistance(expected, got);
    werSum += Math.min(1, distance / Math.max(1, expected.length));
    if (distance === 0) exact++;
    else if ('text' in result && mismatches.length < 5 && rows.indexOf(row) % 37 === 0) {
      mismatches.push(
        `  ${row.id}: ${row.latex}\n    sre: ${row.spoken}\n    ours: ${result.text}`,
      );
    }
  }
  const pct = (n: number) => `${((100 * n) / Math.max(1, rows.length)).toFixed(1)}%`;
  return [
    `reader aloud vs SRE ClearSpeak (${rows.length} rows, all preference styles): ` +
      `exact ${exact} (${pct(exact)}), mean WER ${(werSum / Math.max(1, rows.length)).toFixed(3)} ` +
      `(capped at 1 per row), unsupported ${unsupported} (${pct(unsupported)})`,
    'examples of mismatches:',
    ...mismatches,
  ];
}

if (require.main === module) {
  for (const line of readerAgreement()) console.log(line);
}
