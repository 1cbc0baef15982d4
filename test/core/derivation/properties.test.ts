import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkDerivations } from '../../../server/src/core/derivation';
import { scanDocument } from '../../../server/src/core/regions/scannedDocument';

/** Random small LaTeX expressions in x and y, fully parenthesised. */
const leaf = fc.oneof(fc.constantFrom('x', 'y'), fc.integer({ min: 1, max: 9 }).map(String));
const latex: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(tie('e'), fc.constantFrom('+', '-', '\\cdot'), tie('e'))
      .map(([a, op, b]) => `\\left(${a} ${op} ${b}\\right)`),
    tie('e').map((a) => `\\sin\\left(${a}\\right)`),
  ),
})).e;

/** Rewrites by identities, as a person would write them: (left, right) of a true step. */
const rewrites: ((a: string, b: string) => [string, string])[] = [
  (a, b) => [`\\left(${a} + ${b}\\right)^2`, `${a}^2 + 2 ${a} ${b} + ${b}^2`],
  (a, b) => [`\\left(${a} - ${b}\\right)\\left(${a} + ${b}\\right)`, `${a}^2 - ${b}^2`],
  (a, b) => [`\\frac{${a}}{2} + \\frac{${b}}{2}`, `\\frac{${a} + ${b}}{2}`],
  (a) => [`\\sin^2 ${a} + \\cos^2 ${a}`, '1'],
  (a, b) => [`${a} \\cdot ${b} - ${b} \\cdot ${a}`, '0'],
];

function steps(body: string) {
  const text = `\\begin{align*}\n${body}\n\\end{align*}`;
  return checkDerivations(text, scanDocument('latex', text), {
    stepBudgetMs: 5000,
    formulaBudgetMs: 60_000,
  }).flatMap((result) => result.steps);
}

const runs = { numRuns: 40, seed: 20261202 };

describe('derivations: property tests', () => {
  it('a chain of rewrites by identities is never refuted', () => {
    fc.assert(
      fc.property(latex, latex, fc.nat(rewrites.length - 1), (a, b, k) => {
        const [left, right] = rewrites[k](`\\left(${a}\\right)`, `\\left(${b}\\right)`);
        const found = steps(`${left} &= ${right} \\\\\n  &= ${right} + 0`);
        assert.ok(
          found.every((step) => step.status !== 'refuted'),
          found.map((s) => `${s.status}: ${s.reason}`).join('; '),
        );
      }),
      runs,
    );
  });

  it('a rewrite off by a constant is refuted, and the steps after it are not', () => {
    fc.assert(
      fc.property(
        latex,
        latex,
        fc.nat(rewrites.length - 1),
        fc.integer({ min: 1, max: 5 }),
        (a, b, k, c) => {
          const [left, right] = rewrites[k](`\\left(${a}\\right)`, `\\left(${b}\\right)`);
          // A first equation that is not an identity would be a premise: the mistake comes second.
          const found = steps(
            `${left} &= ${right} \\\\\n  &= ${right} + ${c} \\\\\n  &= ${c} + ${right}`,
          );
          assert.deepEqual(
            found.map((step) => step.status),
            ['verified', 'refuted', 'verified'],
            found.map((s) => `${s.status}: ${s.reason}`).join('; '),
          );
        },
      ),
      runs,
    );
  });
});
