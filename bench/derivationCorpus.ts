import { format, percentile } from './corpus';
import { join } from 'node:path';
import {
  fixtureDirectory,
  loadFixtureDerivations,
  type FixtureDerivation,
} from './derivationFixtures';

function judged(derivation: FixtureDerivation) {
  return derivation.steps.filter((step) => step.status !== 'given');
}

/**
 * The derivation checker on the fixture corpus (test/fixtures/derivations): on correct versions
 * no step may be refuted and most should be verified; on wrong versions the marked step should
 * be refuted and no other step.
 */
export function derivationCorpus(): string[] {
  return [
    ...corpusReport('test/fixtures/derivations', fixtureDirectory),
    ...corpusReport(
      'test/fixtures/derivations-holdout (written after the checker by a separate author)',
      join(fixtureDirectory, '..', 'derivations-holdout'),
    ),
  ];
}

function corpusReport(label: string, directory: string): string[] {
  const all = loadFixtureDerivations(directory);
  const correct = all.filter((d) => d.version === 'correct');
  const wrong = all.filter((d) => d.version === 'wrong');
  const edge = all.filter((d) => d.version === 'edge');
  const steps = correct.flatMap(judged);
  const verified = steps.filter((s) => s.status === 'verified').length;
  const refutedCorrect = steps.filter((s) => s.status === 'refuted').length;
  const inequality = steps.filter((s) => ['lt', 'le', 'gt', 'ge'].includes(s.relation));
  const inequalityUnknown = inequality.filter((s) => s.status === 'unknown').length;
  const inequalityProved = inequality.filter((s) => s.status === 'verified').length;
  const equalities = steps.filter((s) => !inequality.includes(s));
  const equalitiesVerified = equalities.filter((s) => s.status === 'verified').length;
  // A marked line holds one wrong step; an inline chain puts several steps on that line, so the
  // mistake is caught when one of them is refuted, and any further refutation there is an alarm.
  const marked = wrong.filter((d) => d.wrong.length > 0);
  const refutedOnMark = (d: FixtureDerivation) =>
    d.wrong.filter((k) => d.steps[k].status === 'refuted').length;
  const caught = marked.filter((d) => refutedOnMark(d) > 0).length;
  const falseAlarms = wrong
    .map(
      (d) =>
        d.steps.filter((s, k) => s.status === 'refuted' && !d.wrong.includes(k)).length +
        Math.max(0, refutedOnMark(d) - 1),
    )
    .reduce((a, b) => a + b, 0);
  const edgeRefuted = edge.flatMap((d) => d.steps).filter((s) => s.status === 'refuted').length;
  const byKind = new Map<string, [number, number]>();
  for (const d of marked) {
    const tally = byKind.get(d.kind ?? '?') ?? [0, 0];
    tally[1] += 1;
    tally[0] += refutedOnMark(d) > 0 ? 1 : 0;
    byKind.set(d.kind ?? '?', tally);
  }
  const perStep = all.flatMap((d) => {
    const n = Math.max(1, judged(d).length);
    return judged(d).map(() => d.milliseconds / n);
  });
  const byFile = new Map<string, number>();
  for (const d of all) byFile.set(d.file, (byFile.get(d.file) ?? 0) + d.milliseconds);
  const [largest, largestMs] = [...byFile].sort((a, b) => b[1] - a[1])[0];
  const share = (n: number, of: number) => `${n}/${of} (${format((100 * n) / Math.max(1, of))}%)`;
  const unknownReasons = new Map<string, number>();
  for (const s of steps.filter((s) => s.status === 'unknown')) {
    const reason = s.reason.replace(/\d+/g, 'N');
    unknownReasons.set(reason, (unknownReasons.get(reason) ?? 0) + 1);
  }
  const missed = marked
    .filter((d) => refutedOnMark(d) === 0)
    .map((d) => {
      const first = d.steps[d.wrong[d.wrong.length - 1]];
      return `${d.id} (${d.kind}): ${first.status}: ${first.reason}`;
    });
  return [
    `derivations: ${correct.length} correct and ${wrong.length} wrong versions, ${edge.length} edge cases (${label})`,
    `  correct versions: ${steps.length} judged steps, verified ${share(verified, steps.length)}, refuted ${refutedCorrect} (goal 0; verified goal ≥ 95%)`,
    `    inequalities ${inequality.length}: proved ${inequalityProved}, unknown ${inequalityUnknown} (no counterexample, no proof); equalities ${equalities.length}: verified ${share(equalitiesVerified, equalities.length)}`,
    ...[...unknownReasons]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([reason, n]) => `    ${String(n).padStart(4)}  unknown: ${reason}`),
    `  wrong versions: marked steps refuted ${share(caught, marked.length)} (goal ≥ 98%), correct steps refuted ${falseAlarms} (goal 0)`,
    ...[...byKind].map(([kind, [hit, of]]) => `    ${kind.padEnd(18)} ${hit}/${of}`),
    ...missed.slice(0, 12).map((line) => `    missed ${line}`),
    `  edge cases: refuted steps ${edgeRefuted} (goal 0)`,
    `  time per step (formula time shared among its judged steps, cold cache): median ${format(percentile(perStep, 50), 2)} ms, p99 ${format(percentile(perStep, 99), 2)} ms`,
    `  largest fixture file by checking time: ${largest} ${format(largestMs)} ms`,
  ];
}
