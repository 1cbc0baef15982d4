/**
 * Spoken English → LaTeX on the development sets in ../shared/data/spoken: for each file, the rows
 * scored (gold LaTeX that KaTeX renders), the share converted to the same formula
 * (../shared/eval/latex-match.mjs `sameFormula`), the mean character error rate (capped at 1 per
 * row, as latex-match does) and conversions per second; and the exact share when the form is
 * detected first (convertToLatex, what the editor and the CLI do), since a row read as calculator or
 * Unicode notation gets a different converter.
 *
 * Alone: `node out/bench/spokenCorpus.js [--misses FILE]` from the project root; with `--misses`
 * (or SPOKEN_MISSES=FILE) every miss is written as one JSON line {id, spoken, gold, ours}.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { convertToLatex } from '../server/src/core/convert/index';
import { convertSpoken } from '../server/src/core/spoken/convert';

const spokenDirectory = resolve(process.cwd(), '../shared/data/spoken');
const metricFile = resolve(process.cwd(), '../shared/eval/latex-match.mjs');

interface Row {
  id: string;
  spoken: string;
  latex: string;
}

interface Metric {
  sameFormula(gold: string, pred: string): boolean | null;
  cer(gold: string, pred: string): number;
}

interface Miss {
  id: string;
  spoken: string;
  gold: string;
  ours: string;
}

function readRows(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
}

/** Conversions per second over all rows, repeated until at least half a second has passed. */
function throughput(rows: readonly Row[]): number {
  let conversions = 0;
  const started = performance.now();
  while (performance.now() - started < 500) {
    for (const row of rows) convertSpoken(row.spoken);
    conversions += rows.length;
  }
  return conversions / ((performance.now() - started) / 1000);
}

function missesFile(): string | undefined {
  const flag = process.argv.indexOf('--misses');
  if (flag >= 0) return process.argv[flag + 1];
  return process.env.SPOKEN_MISSES;
}

export async function spokenCorpus(): Promise<string[]> {
  if (!existsSync(spokenDirectory) || !existsSync(metricFile)) {
    return [
      'spoken corpus: ../shared/data/spoken or ../shared/eval not found (run from the project root)',
    ];
  }
  const metric = (await import(pathToFileURL(metricFile).href)) as Metric;
  const lines = ['spoken English → LaTeX (exact = same formula after normalisation):'];
  const misses: Miss[] = [];
  const files = readdirSync(spokenDirectory)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  for (const name of files) {
    const rows = readRows(join(spokenDirectory, name));
    let scored = 0;
    let exact = 0;
    let errorSum = 0;
    let detectedExact = 0;
    for (const row of rows) {
      const ours = convertSpoken(row.spoken).latex;
      const same = metric.sameFormula(row.latex, ours);
      if (same === null) continue;
      scored++;
      if (same) exact++;
      else misses.push({ id: row.id, spoken: row.spoken, gold: row.latex, ours });
      errorSum += Math.min(1, metric.cer(row.latex, ours));
      if (metric.sameFormula(row.latex, convertToLatex(row.spoken).latex)) detectedExact++;
    }
    const perSecond = throughput(rows);
    lines.push(
      `  ${name.padEnd(24)} ${String(scored).padStart(5)} rows  exact ${percent(exact, scored)}` +
        `  CER ${(scored ? errorSum / scored : 0).toFixed(3)}  ${Math.round(perSecond)} conversions/s` +
        `  (form detected: exact ${percent(detectedExact, scored)})`,
    );
  }
  const target = missesFile();
  if (target !== undefined) {
    writeFileSync(target, misses.map((miss) => JSON.stringify(miss)).join('\n') + '\n');
    lines.push(`  ${misses.length} misses written to ${target}`);
  }
  return lines;
}

function percent(part: number, whole: number): string {
  return `${((whole ? part / whole : 0) * 100).toFixed(1).padStart(5)} %`;
}

if (require.main === module) {
  spokenCorpus()
    .then((lines) => {
      for (const line of lines) console.log(line);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
