import type { Finding } from '../findings';
import type { MathContext } from '../macros/mathContext';
import type { MathRegion } from '../regions/types';
import { checkCommands, contextFingerprint } from './commands';
import { buildKatexInput } from './katexInput';
import { katexCheck } from './katexCheck';
import { tokenizeMath, type MathToken } from './mathTokens';
import { isPlainFormula } from './plainFormula';
import { checkStructure } from './structure';

/** Top-level environments whose body alone is the formula (KaTeX takes the others whole). */
const bodyOnlyEnvironments = new Set(['math', 'displaymath']);

/** The part of a region handed to the checks, and whether KaTeX reads it as display math. */
export function checkedSpan(region: MathRegion): { start: number; end: number; display: boolean } {
  if (region.delimiter === 'environment' && !bodyOnlyEnvironments.has(region.environment ?? '')) {
    return { start: region.start, end: region.end, display: true };
  }
  return { start: region.contentStart, end: region.contentEnd, display: region.display };
}

const CACHE_LIMIT = 100_000;
const MAX_FINDINGS_PER_FORMULA = 20;

interface CachedResult {
  /** A context key, or what the formula's names mean there (shared across contexts). */
  group: string;
  findings: readonly Finding[];
}

/**
 * Results by formula text, each list holding one entry per group it was checked in: a cold check
 * hashes a formula's text once and probes one map (a map per group cost a tenth of a full check).
 */
class FormulaCache {
  private readonly bySource = new Map<string, CachedResult[]>();
  private size = 0;

  resultsFor(source: string): CachedResult[] | undefined {
    return this.bySource.get(source);
  }

  add(source: string, results: CachedResult[] | undefined, added: CachedResult[]): void {
    if (this.size >= CACHE_LIMIT) this.clear();
    else if (results) {
      results.push(...added);
      this.size += added.length;
      return;
    }
    this.bySource.set(source, added);
    this.size += added.length;
  }

  clear(): void {
    this.bySource.clear();
    this.size = 0;
  }
}

function findIn(
  results: readonly CachedResult[] | undefined,
  group: string,
): readonly Finding[] | undefined {
  if (!results) return undefined;
  for (const result of results) if (result.group === group) return result.findings;
  return undefined;
}

const cache = new FormulaCache();
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
const NO_NAMES: readonly string[] = Object.freeze([]);

/** Forgets every cached result (benchmarks measure cold checks with it). */
export function clearFormulaCache(): void {
  cache.clear();
}

/**
 * All findings for one formula, in document offsets: unpaired braces, delimiters and environments;
 * unknown or unsupported commands; then, if the structure is sound, KaTeX's verdict. Results are
 * cached by formula text and what its names mean in the context, so an edit re-checks only the
 * formulas it changed, and a formula without macros of its own is checked once for all documents.
 */
export function checkFormula(
  text: string,
  region: MathRegion,
  context: MathContext,
): readonly Finding[] {
  if (!region.terminated) return NO_FINDINGS;
  const span = checkedSpan(region);
  // A region object a ScannedDocument kept across an edit still covers the same text (edits make
  // new regions), so its last result holds while the context does: nothing to slice or hash.
  const memo = region.checked;
  if (memo && memo.contextKey === context.key && memo.length === span.end - span.start) {
    return shift(memo.findings, span.start);
  }
  const source = text.slice(span.start, span.end);
  if (isPlainFormula(source, context)) return NO_FINDINGS;
  // Then by the context itself, then by what the formula's names mean (shared across contexts).
  const mode = span.display ? 'D' : 'I';
  const contextGroup = span.display ? context.displayKey : context.key;
  const results = cache.resultsFor(source);
  let findings = findIn(results, contextGroup);
  if (!findings) {
    const tokens = tokenizeMath(source, 0, source.length);
    const fingerprint = contextFingerprint(tokens, context);
    const sharedGroup = fingerprint === context.key ? contextGroup : `${mode}${fingerprint}`;
    const shared = findIn(results, sharedGroup);
    findings = shared ?? checkTokens(source, tokens, span.display, context);
    // Most formulas have nothing to say: they all keep the one empty list.
    if (findings.length === 0) findings = NO_FINDINGS;
    const added = [{ group: contextGroup, findings }];
    if (!shared && sharedGroup !== contextGroup) added.push({ group: sharedGroup, findings });
    cache.add(source, results, added);
  }
  region.checked = { contextKey: context.key, length: source.length, findings };
  return shift(findings, span.start);
}

/** Checks a formula's source on its own (offsets relative to `source`). */
export function checkSource(source: string, display: boolean, context: MathContext): Finding[] {
  return checkTokens(source, tokenizeMath(source, 0, source.length), display, context);
}

function checkTokens(
  source: string,
  tokens: readonly MathToken[],
  display: boolean,
  context: MathContext,
): Finding[] {
  const structure = checkStructure(tokens, source);
  const commands = checkCommands(tokens, context);
  // Both lists are this call's own: the common case (nothing found) copies neither.
  const findings =
    structure.length === 0 ? commands.findings : [...structure, ...commands.findings];
  if (structure.length === 0) {
    // Unknown names get a stand-in so that KaTeX can check the rest of the formula.
    const unknown =
      findings.length === 0
        ? NO_NAMES
        : findings
            .filter(
              (finding) =>
                finding.code === 'latex.unknown-command' ||
                finding.code === 'latex.unverified-command',
            )
            .map((finding) => source.slice(finding.start, finding.end));
    const input = buildKatexInput(source, 0, source.length, tokens, commands.environments);
    const verdict = katexCheck(input, display, context, commands.documentMacros, tokens, unknown);
    if (
      verdict &&
      !findings.some((finding) => overlaps(finding, verdict) && finding.code !== verdict.code)
    ) {
      findings.push(verdict);
    }
  }
  findings.sort((a, b) => a.start - b.start);
  // Ten thousand unclosed braces are one mistake repeated: the first few say all there is to say.
  return findings.length > MAX_FINDINGS_PER_FORMULA
    ? findings.slice(0, MAX_FINDINGS_PER_FORMULA)
    : findings;
}

function overlaps(a: Finding, b: Finding): boolean {
  return (
    a.start < b.end && b.start < a.end && a.code.startsWith('latex.') && b.code.startsWith('latex.')
  );
}

function shift(findings: readonly Finding[], by: number): readonly Finding[] {
  if (findings.length === 0) return NO_FINDINGS;
  return findings.map((finding) => ({
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    related: finding.related?.map((related) =>
      related.uri === undefined
        ? { ...related, start: related.start + by, end: related.end + by }
        : related,
    ),
  }));
}
