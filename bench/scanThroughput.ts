import { scanDocument } from '../server/src/core/regions/scannedDocument';
import { format, percentile, time, type CorpusFile } from './corpus';

/**
 * The region scanner against the cheapest thing that could pretend to do its job: one regex pass
 * that finds math delimiters (and nothing else: no comments, verbatim, definitions, nesting).
 */
const delimiters =
  /\$\$?|\\[()[\]]|\\(?:begin|end)\{(?:equation|align|gather|multline|eqnarray|displaymath|math)\*?\}/g;

export function scanThroughput(files: readonly CorpusFile[], rounds = 21, warmup = 5): string[] {
  const megabytes = files.reduce((sum, file) => sum + file.text.length, 0) / 1e6;
  let regions = 0;
  let matches = 0;
  const scanTimes: number[] = [];
  const regexTimes: number[] = [];
  for (let round = 0; round < rounds + warmup; round++) {
    if (round === warmup) {
      regexTimes.length = 0;
      scanTimes.length = 0;
    }
    regexTimes.push(
      time(() => {
        matches = 0;
        for (const file of files) matches += file.text.match(delimiters)?.length ?? 0;
      }),
    );
    scanTimes.push(
      time(() => {
        regions = 0;
        for (const file of files)
          for (const item of scanDocument('latex', file.text).items)
            if (item.kind === 'math') regions++;
      }),
    );
  }
  const scan = megabytes / (percentile(scanTimes, 50) / 1000);
  const regex = megabytes / (percentile(regexTimes, 50) / 1000);
  return [
    `scan: ${format(megabytes, 2)} MB (UTF-16 code units / 1e6), ${regions} math regions; median of ${rounds} rounds after ${warmup} warm-up rounds, alternating`,
    `  MathLens scanner     ${format(scan)} MB/s`,
    `  single regex pass    ${format(regex)} MB/s  (${matches} delimiter matches)`,
    `  ratio scanner/regex  ${format(scan / regex, 2)}  (goal ≥ 0.5)`,
  ];
}
