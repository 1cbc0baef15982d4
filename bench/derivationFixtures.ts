import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  checkRegion,
  clearDerivationCache,
  type DerivationSettings,
  type StepResult,
} from '../server/src/core/derivation';
import { scanDocument } from '../server/src/core/regions/scannedDocument';
import type { MathRegion } from '../server/src/core/regions/types';
import { LineMap } from '../server/src/core/text/lineMap';

/** The derivation corpus of test/fixtures/derivations (its README has the marking format). */
export const fixtureDirectory = resolve(__dirname, '../../test/fixtures/derivations');

export interface FixtureDerivation {
  file: string;
  id: string;
  version: 'correct' | 'wrong' | 'edge';
  kind?: string;
  /** 0-based line of the marker comment. */
  line: number;
  steps: StepResult[];
  /** Indexes into steps of the steps on a line marked `% wrong`. */
  wrong: number[];
  /** Milliseconds to check the formula, with the per-formula cache cleared first. */
  milliseconds: number;
}

const MARKER = /^% derivation: (\S+) (correct|wrong|edge)(?: (\S+))?\s*$/;

/** The first math region that starts after `offset` (the formula a marker announces). */
function regionAfter(regions: readonly MathRegion[], offset: number): MathRegion | undefined {
  return regions.find((region) => region.start >= offset);
}

/** Every marked derivation of the directory's .tex files, checked (with `settings`' budgets). */
export function loadFixtureDerivations(
  directory = fixtureDirectory,
  settings: Omit<DerivationSettings, 'now'> = {},
): FixtureDerivation[] {
  const derivations: FixtureDerivation[] = [];
  for (const name of readdirSync(directory)
    .filter((n) => n.endsWith('.tex'))
    .sort()) {
    const text = readFileSync(join(directory, name), 'utf8');
    const lines = new LineMap(text);
    const lineStarts = [0];
    for (let k = 0; k < text.length; k++) if (text[k] === '\n') lineStarts.push(k + 1);
    const regions = scanDocument('latex', text).items.filter(
      (item): item is MathRegion => item.kind === 'math',
    );
    const sourceLines = text.split('\n');
    sourceLines.forEach((source, line) => {
      const marker = MARKER.exec(source);
      if (marker === null) return;
      const region = regionAfter(regions, lineStarts[line + 1] ?? text.length);
      if (region === undefined) return;
      clearDerivationCache();
      const started = performance.now();
      const steps =
        checkRegion(text, region, { ...settings, now: () => performance.now() })?.steps ?? [];
      const milliseconds = performance.now() - started;
      const wrongLines = new Set(
        sourceLines
          .map((s, k) => (/% wrong\s*$/.test(s) ? k : -1))
          .filter(
            (k) =>
              k >= 0 &&
              k >= lines.position(region.start).line &&
              k <= lines.position(region.end).line,
          ),
      );
      derivations.push({
        file: name,
        id: marker[1],
        version: marker[2] as FixtureDerivation['version'],
        ...(marker[3] === undefined ? {} : { kind: marker[3] }),
        line,
        steps,
        wrong: steps
          .map((step, k) => (wrongLines.has(lines.position(step.end).line) ? k : -1))
          .filter((k) => k >= 0),
        milliseconds,
      });
    });
  }
  return derivations;
}
