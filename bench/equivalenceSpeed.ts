import { compare } from '../server/src/core/equivalence/compare';

interface TestHelpers {
  parseExpr: (text: string) => Parameters<typeof compare>[0];
  readJsonl: <T>(file: string) => T[];
}
/** Shapes of ../test/core/equivalence/mathVerifyData.ts (loaded at run time, not type-checked here). */
interface ConvertedPair {
  row: { expected: 0 | 1 };
  gold: string;
  pred: string;
}
interface MathVerifyData {
  mathVerifyPairs: () => { pairs: ConvertedPair[]; skipped: number; excluded: number };
}

/** The compiled test helpers (out/test/…): the same parsing and conversion as the tests. */
function load<T>(path: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path) as T;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

/**
 * Speed and outcome of compare() over the tricky pairs and the Math-Verify pairs the tests handle.
 * Run after `npx tsc -b`: node -e "console.log(require('./out/bench/equivalenceSpeed').equivalenceSpeed().join('\n'))"
 */
export function equivalenceSpeed(): string[] {
  const { parseExpr, readJsonl } = load<TestHelpers>('../test/core/equivalence/support');
  const { mathVerifyPairs } = load<MathVerifyData>('../test/core/equivalence/mathVerifyData');
  const cases: { a: string; b: string; expected: 'equal' | 'different' | 'either' }[] = [];
  for (const row of readJsonl<{ lhs_mathjs: string; rhs_mathjs: string; label: string }>(
    'tricky_pairs.jsonl',
  )) {
    const expected =
      row.label === 'different' ? 'different' : row.label === 'domain' ? 'either' : 'equal';
    cases.push({ a: row.lhs_mathjs, b: row.rhs_mathjs, expected });
  }
  const { pairs } = mathVerifyPairs();
  for (const { row, gold, pred } of pairs) {
    cases.push({ a: gold, b: pred, expected: row.expected === 1 ? 'equal' : 'different' });
  }
  const trees = cases.map((c) => ({ ...c, left: parseExpr(c.a), right: parseExpr(c.b) }));
  for (const t of trees) compare(t.left, t.right); // warm-up (instances, JIT)
  const times: number[] = [];
  const counts = { equal: 0, different: 0, unknown: 0, wrong: 0 };
  for (let round = 0; round < 5; round++) {
    for (const t of trees) {
      const start = performance.now();
      const result = compare(t.left, t.right);
      times.push(performance.now() - start);
      if (round > 0) continue;
      counts[result.verdict]++;
      if (
        result.verdict !== 'unknown' &&
        t.expected !== 'either' &&
        result.verdict !== t.expected
      ) {
        counts.wrong++;
      }
    }
  }
  times.sort((x, y) => x - y);
  return [
    `equivalence: ${trees.length} pairs (32 tricky + ${pairs.length} Math-Verify), 5 rounds, default 50 ms budget`,
    `  compare: median ${percentile(times, 0.5).toFixed(3)} ms, p99 ${percentile(times, 0.99).toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms`,
    `  verdicts: equal ${counts.equal}, different ${counts.different}, unknown ${counts.unknown}, wrong ${counts.wrong}`,
  ];
}
