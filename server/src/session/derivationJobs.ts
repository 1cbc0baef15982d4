/**
 * Derivation checks for open documents, off the request path: one job per document, run in
 * slices of a few milliseconds between which the server answers other requests; a newer edit
 * cancels the job of the version before it. Finished results are kept per document version for
 * code lenses and diagnostics.
 */
import { checkRegion, type DerivationResult, type DerivationSettings } from '../core/derivation';
import type { DocumentScan } from '../core/regions/types';

const SLICE_MS = 15;
/** The longest the server spends on one formula without answering other requests. */
const FORMULA_BUDGET_MS = 400;

interface Job {
  version: number;
  cancelled: { aborted: boolean };
}

/** A document version and what its macros were (a macro edit elsewhere changes the results). */
export interface CheckedVersion {
  version: number;
  contextKey: string;
  results: DerivationResult[];
}

export class DerivationJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly done = new Map<string, CheckedVersion>();

  /** The results for this version of the document, if its check has finished. */
  resultsFor(uri: string, version: number, contextKey?: string): DerivationResult[] | undefined {
    const checked = this.done.get(uri);
    if (checked?.version !== version) return undefined;
    return contextKey === undefined || checked.contextKey === contextKey
      ? checked.results
      : undefined;
  }

  cancel(uri: string): void {
    const job = this.jobs.get(uri);
    if (job) job.cancelled.aborted = true;
    this.jobs.delete(uri);
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.done.delete(uri);
  }

  /** Checks the document; resolves with its results, or undefined when a newer job replaced it. */
  async check(
    uri: string,
    version: number,
    text: string,
    scan: DocumentScan,
    settings: DerivationSettings & { contextKey: string },
  ): Promise<DerivationResult[] | undefined> {
    const finished = this.resultsFor(uri, version, settings.contextKey);
    if (finished) return finished;
    this.cancel(uri);
    const job: Job = { version, cancelled: { aborted: false } };
    this.jobs.set(uri, job);
    const results: DerivationResult[] = [];
    let sliceStart = performance.now();
    for (const item of scan.items) {
      if (item.kind !== 'math') continue;
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
      if (job.cancelled.aborted) return undefined;
      const result = checkRegion(text, item, {
        formulaBudgetMs: FORMULA_BUDGET_MS,
        ...settings,
        signal: job.cancelled,
      });
      if (result !== undefined) results.push(result);
    }
    if (job.cancelled.aborted) return undefined;
    this.jobs.delete(uri);
    this.done.set(uri, { version, contextKey: settings.contextKey, results });
    return results;
  }
}
