/**
 * Derivation checking for a whole document: every display formula, and every inline formula with
 * two or more relations, is one derivation (DESIGN §4). Results are cached per formula text (a
 * derivation's scope is its own formula), so an edit re-checks only the formulas it touched.
 */
import type { Finding } from '../findings';
import type { ParserDefinitions } from '../macros/parserMacros';
import type { DocumentScan, MathRegion } from '../regions/types';
import { warmUpEquivalence } from '../semantics/warmUp';
import { checkDerivation } from './derivation';
import type { DerivationResult, StepResult } from './types';

export type { DerivationResult, StepResult, StepStatus } from './types';

export interface DerivationSettings {
  /** The document's macros and operator names, for reading its formulas. */
  definitions?: ParserDefinitions;
  /** What the definitions are (MathContext.key): results are cached per formula and key. */
  contextKey?: string;
  /** Budget per step (ms, default 100); past it the step is `unknown`. */
  stepBudgetMs?: number;
  /** Budget per formula (ms). */
  formulaBudgetMs?: number;
  signal?: { aborted: boolean };
  now?: () => number;
}

const SINGLE_ROW = new Set(['multline', 'multline*']);
const CACHE_LIMIT = 2000;
const cache = new Map<string, StepResult[]>();

/** Forgets every cached result (for benchmarks that measure cold checks). */
export function clearDerivationCache(): void {
  cache.clear();
}

function cached(key: string): StepResult[] | undefined {
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
  }
  return hit;
}

function remember(key: string, steps: StepResult[]): void {
  cache.set(key, steps);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
}

function shift(steps: readonly StepResult[], by: number): StepResult[] {
  return steps.map((step) => ({
    ...step,
    start: step.start + by,
    end: step.end + by,
    premises: step.premises.map((p) => ({ start: p.start + by, end: p.end + by })),
  }));
}

/** Derivations of the document with at least two relations, in document order. */
export function checkDerivations(
  text: string,
  scan: DocumentScan,
  settings: DerivationSettings = {},
): DerivationResult[] {
  const now = settings.now ?? (() => performance.now());
  const results: DerivationResult[] = [];
  for (const item of scan.items) {
    if (item.kind !== 'math') continue;
    const result = checkRegion(text, item, { ...settings, now });
    if (result !== undefined) results.push(result);
  }
  return results;
}

/** The derivation in one math region, if it has two or more relations. */
export function checkRegion(
  text: string,
  region: MathRegion,
  settings: DerivationSettings = {},
): DerivationResult | undefined {
  if (!region.terminated) return undefined;
  const steps = stepsOf(text, region, settings, settings.now ?? (() => performance.now()));
  return steps === undefined ? undefined : { start: region.start, end: region.end, steps };
}

function stepsOf(
  text: string,
  region: MathRegion,
  settings: DerivationSettings,
  now: () => number,
): StepResult[] | undefined {
  const source = text.slice(region.contentStart, region.contentEnd);
  // Cheap filter: no relation symbol at all, nothing to check.
  if (!/[=<>]|\\(le|ge|neq|ne|approx|equiv|implies|iff|Rightarrow|lt|gt)(?![A-Za-z])/.test(source))
    return undefined;
  const key = `${settings.contextKey ?? ''}\u0000${region.environment ?? region.delimiter}\u0000${source}`;
  warmUpEquivalence();
  const hit = cached(key);
  if (hit !== undefined) return hit.length === 0 ? undefined : shift(hit, region.contentStart);
  const result = checkSafely(
    source,
    {
      start: 0,
      end: source.length,
      contentStart: 0,
      contentEnd: source.length,
      singleRow: SINGLE_ROW.has(region.environment ?? ''),
    },
    {
      timeBudgetMs: settings.stepBudgetMs ?? 100,
      inline: !region.display,
      ...(settings.definitions === undefined ? {} : { definitions: settings.definitions }),
      formulaBudgetMs: settings.formulaBudgetMs ?? 1000,
      now,
      ...(settings.signal === undefined ? {} : { signal: settings.signal }),
    },
  );
  const steps = result.relations >= 2 ? result.steps : [];
  // A formula cut short by cancellation or the clock is not remembered.
  if (!steps.some((step) => step.reason === 'cancelled' || step.reason.startsWith('time budget')))
    remember(key, steps);
  return steps.length === 0 ? undefined : shift(steps, region.contentStart);
}

/**
 * checkDerivation, total: a bug is no reason for the caller to fail. The formula then gets one
 * unknown step that says so (in the JSON, never as a diagnostic), so the bug is not silent.
 */
function checkSafely(...args: Parameters<typeof checkDerivation>) {
  try {
    return checkDerivation(...args);
  } catch (error) {
    const [, formula] = args;
    const step: StepResult = {
      status: 'unknown',
      reason: `internal error: ${error instanceof Error ? error.message : String(error)}`,
      relation: 'eq',
      start: formula.contentStart,
      end: formula.contentEnd,
      premises: [],
      computation: false,
    };
    return { steps: [step], relations: 2 };
  }
}

/** Refuted steps as errors, undecided computations as hints. */
export function derivationFindings(derivations: readonly DerivationResult[]): Finding[] {
  const findings: Finding[] = [];
  for (const derivation of derivations) {
    for (const step of derivation.steps) {
      if (step.status === 'refuted') {
        findings.push({
          code: 'derivation.step-refuted',
          start: step.start,
          end: step.end,
          message: `This step does not follow: ${step.reason}.`,
          related: step.premises.map((premise) => ({
            start: premise.start,
            end: premise.end,
            message: 'used as a premise',
          })),
          ...(step.difference === undefined ? {} : { detail: `left − right = ${step.difference}` }),
        });
      } else if (step.status === 'unknown' && step.computation) {
        findings.push({
          code: 'derivation.step-unknown',
          start: step.start,
          end: step.end,
          message: `Step not checked: ${step.reason}.`,
        });
      }
    }
  }
  return findings;
}
