import { analyzeDocument } from '../server/src/core/check/analyze';
import { warmUpChecker } from '../server/src/core/check/warmUp';
import { ProjectIndex } from '../server/src/core/project/projectIndex';
import { ScannedDocument } from '../server/src/core/regions/scannedDocument';
import { DiskProjectFiles, toUri } from '../server/src/node/diskFiles';
import { format, percentile, type CorpusFile } from './corpus';

const settings = { macros: {} };

/**
 * What the language server does on a keystroke in the largest file: apply the change to the
 * incremental scan, update the project index and produce the document's findings again (formula
 * results are cached, so only the touched formula goes through KaTeX).
 */
export function editRecheck(files: readonly CorpusFile[], edits = 200): string[] {
  // As the server does once it is initialized, before any document is typed in.
  warmUpChecker();
  const largest = [...files].sort((a, b) => b.text.length - a.text.length)[0];
  const index = new ProjectIndex(new DiskProjectFiles(files.map((file) => file.path)));
  const uri = toUri(largest.path);
  const document = new ScannedDocument('latex', largest.text);
  index.setDocument(uri, document.text, document.scan);
  analyzeDocument(index, uri, settings);

  const regions = document.regions.filter((region) => region.contentEnd > region.contentStart);
  const times: number[] = [];
  const keystroke = (change: { start: number; end: number; text: string }) => {
    const started = performance.now();
    document.update([change]);
    index.setDocument(uri, document.text, document.scan);
    analyzeDocument(index, uri, settings);
    times.push(performance.now() - started);
  };
  for (let i = 0; i < edits / 2; i++) {
    const region = regions[(i * 7919) % regions.length];
    const at = region.contentStart + Math.floor((region.contentEnd - region.contentStart) / 2);
    // Type a character into a formula, then delete it: two one-character edits.
    keystroke({ start: at, end: at, text: 'x' });
    keystroke({ start: at, end: at + 1, text: '' });
  }
  return [
    `re-check after a one-character edit in ${largest.path.split('/').pop()} (${format(largest.text.length / 1000, 0)} k chars, ${regions.length} formulas), ${times.length} edits:`,
    `  median ${format(percentile(times, 50), 2)} ms, p95 ${format(percentile(times, 95), 2)} ms, max ${format(Math.max(...times), 2)} ms  (goal < 20 ms)`,
  ];
}
