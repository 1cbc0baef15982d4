import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compare } from '../../../server/src/core/equivalence/compare';
import { parseExpr } from './support';

/** Random small expressions in x, y (as mathjs text, parsed by the restricted test helper). */
const leaf = fc.oneof(
  fc.constantFrom('x', 'y'),
  fc.integer({ min: 1, max: 9 }).map(String),
  fc.constantFrom('0.5', '1.5', '2.25'),
);
const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(tie('e'), fc.constantFrom('+', '-', '*'), tie('e'))
      .map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie('e').map((a) => `sin(${a})`),
    tie('e').map((a) => `exp(${a} / 4)`),
  ),
})).e;

const options = { timeBudgetMs: 5000 };
const runs = { numRuns: 60, seed: 20261128 };

/** Value of a test-data expression at a point (mathjs compile of a test tree, never document text). */
function valueAt(text: string, x: number, y: number): number {
  const value: unknown = parseExpr(text).compile().evaluate({ x, y });
  return typeof value === 'number' ? value : NaN;
}

describe('equivalence: property tests', () => {
  it('rewrites by known identities are equal', () => {
    const rewrites: [string, (a: string, b: string) => [string, string]][] = [
      ['commutativity', (a, b) => [`(${a}) + (${b})`, `(${b}) + (${a})`]],
      ['product commutativity', (a, b) => [`(${a}) * (${b})`, `(${b}) * (${a})`]],
      ['distributivity', (a, b) => [`x * ((${a}) + (${b}))`, `x * (${a}) + x * (${b})`]],
      [
        'square of a sum',
        (a, b) => [`((${a}) + (${b}))^2`, `(${a})^2 + 2 * (${a}) * (${b}) + (${b})^2`],
      ],
      ['pythagorean', (a) => [`sin(${a})^2 + cos(${a})^2`, '1']],
      [
        'exp of a sum',
        (a, b) => [`exp((${a}) / 4 + (${b}) / 4)`, `exp((${a}) / 4) * exp((${b}) / 4)`],
      ],
    ];
    for (const [name, rewrite] of rewrites) {
      fc.assert(
        fc.property(expr, expr, (a, b) => {
          const [lhs, rhs] = rewrite(a, b);
          const result = compare(parseExpr(lhs), parseExpr(rhs), options);
          assert.notEqual(
            result.verdict,
            'different',
            `${name}: ${lhs} vs ${rhs}: ${result.reason}`,
          );
          // `unknown` only when the sides are undefined nearly everywhere (overflow).
          if (result.verdict === 'unknown') assert.match(result.reason, /too few points|budget/);
        }),
        runs,
      );
    }
  });

  it('small mutations are never equal when they change the value', () => {
    const mutations: ((e: string) => string | undefined)[] = [
      (e) => (/\d/.test(e) ? e.replace(/\d/, (d) => String((Number(d) + 1) % 10)) : undefined),
      (e) => (e.includes('+') ? e.replace('+', '-') : undefined),
      (e) => (e.includes('*') ? e.replace('*', '+') : undefined),
      (e) => `${e} + 0.001`,
      (e) => `${e} * (1 + 1e-10)`,
    ];
    fc.assert(
      fc.property(expr, fc.nat(mutations.length - 1), (e, k) => {
        const mutated = mutations[k](e);
        if (mutated === undefined) return;
        // The mutation must really change the value somewhere (checked in plain JS at a few points).
        const changes = [0.3, 1.7, -2.2].some((x) =>
          [0.6, -1.3].some((y) => {
            const p = valueAt(e, x, y);
            const q = valueAt(mutated, x, y);
            return Number.isFinite(p) && Number.isFinite(q) && p !== q;
          }),
        );
        if (!changes) return;
        const result = compare(parseExpr(e), parseExpr(mutated), options);
        assert.notEqual(result.verdict, 'equal', `${e} vs ${mutated}: ${result.reason}`);
      }),
      runs,
    );
  });
});
