import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The HoTT book's sources, beside the project in ../shared (run from the project root). */
export const hottDirectory = resolve(process.cwd(), '../shared/corpus/hott-book');

export interface CorpusFile {
  path: string;
  text: string;
}

export function loadHott(): CorpusFile[] {
  return readdirSync(hottDirectory)
    .filter((name) => name.endsWith('.tex'))
    .sort()
    .map((name) => ({
      path: join(hottDirectory, name),
      text: readFileSync(join(hottDirectory, name), 'utf8'),
    }));
}

/** Median and a chosen percentile of a list of durations (ms). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

export function format(value: number, digits = 1): string {
  return value.toFixed(digits);
}
