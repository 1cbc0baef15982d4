import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { compare, type CompareContext } from '../../../server/src/core/equivalence/compare';
import {
  checkInequality,
  type InequalityRelation,
} from '../../../server/src/core/equivalence/inequality';
import { compareLatex } from '../../../server/src/core/semantics';
import { parseExpr } from './support';

const slow: CompareContext = { timeBudgetMs: 5000 };

function under(a: string, b: string, premises: string[], context: CompareContext = {}) {
  return compare(parseExpr(a), parseExpr(b), {
    ...slow,
    ...context,
    constraints: premises.map(parseExpr),
  });
}

describe('equivalence: dependent symbols and primes', () => {
  const cases: [string, string, string][] = [
    [String.raw`\frac{dy}{dx}`, '0', 'different'],
    [String.raw`\frac{d}{dx}(x y)`, String.raw`y + x \frac{dy}{dx}`, 'equal'],
    [String.raw`\frac{d}{dx}(x y)`, String.raw`x \frac{dy}{dx}`, 'different'],
    [String.raw`\frac{d}{dx}(a x^2)`, '2 a x', 'equal'],
    [String.raw`\frac{d}{dx} y^2`, "2 y y'", 'equal'],
    [String.raw`\frac{d}{dx} y^2`, "2 y'", 'different'],
    [String.raw`\frac{d}{dt} f(t)`, "f'(t)", 'equal'],
    [String.raw`\frac{d^2}{dt^2} f(t)`, "f''(t)", 'equal'],
    [String.raw`\frac{d^2}{dt^2} f(t)`, "f'(t)", 'different'],
  ];
  for (const [a, b, expected] of cases) {
    it(`${a} vs ${b}: ${expected}`, () => {
      const result = compareLatex(a, b, { timeBudgetMs: 5000, functions: new Set(['f']) });
      assert.equal(result.verdict, expected, result.reason);
    });
  }
});

describe('equivalence: comparing where premises hold', () => {
  it('samples the solution set of a linear system', () => {
    assert.equal(under('x', '3', ['x + y - 5', 'x - y - 1']).verdict, 'equal');
    assert.equal(under('y', '2', ['x + y - 5', 'x - y - 1']).verdict, 'equal');
    assert.equal(under('x', '2', ['x + y - 5', 'x - y - 1']).verdict, 'different');
  });

  it('samples a curve and keeps its free direction', () => {
    assert.equal(under('y^2', '1 - x^2', ['x^2 + y^2 - 1']).verdict, 'equal');
    const result = under('y', 'sqrt(1 - x^2)', ['x^2 + y^2 - 1']);
    assert.equal(result.verdict, 'different');
    if (result.verdict === 'different') {
      const { x, y } = result.point as { x: number; y: number };
      assert.ok(Math.abs(x * x + y * y - 1) < 1e-9, 'the counterexample satisfies the premise');
      assert.ok(y < 0);
    }
  });

  it('finds the root a cancelled factor hid', () => {
    const result = under('x', '1', ['x^2 - x']);
    assert.equal(result.verdict, 'different');
  });

  it('is unknown when the premises cannot hold together', () => {
    assert.equal(under('x', '1', ['x - 1', 'x - 2']).verdict, 'unknown');
  });

  it('samples positive values only when asked', () => {
    assert.equal(compare(parseExpr('sqrt(x^2)'), parseExpr('x'), slow).verdict, 'different');
    const positive = compare(parseExpr('sqrt(x^2)'), parseExpr('x'), { ...slow, positive: true });
    assert.equal(positive.verdict, 'equal');
  });
});

describe('equivalence: inequalities are refuted, never proved, by sampling', () => {
  const cases: [string, InequalityRelation, string, string][] = [
    ['2', 'lt', '3', 'holds'],
    ['3', 'lt', '3', 'fails'],
    ['3', 'le', '3', 'holds'],
    // Proved, not sampled: the gap is a positive semidefinite quadratic.
    ['x^2 + 1', 'ge', '2 x', 'holds'],
    ['a^2 + b^2', 'ge', '2 a b', 'holds'],
    ['x^2 + 2', 'gt', '2 x', 'holds'],
    ['x^2 - x y + y^2', 'ge', '0', 'holds'],
    // x^2 + 1 - 2x is 0 at x = 1, a point sampling never hits: neither refuted nor proved.
    ['x^2 + 1', 'gt', '2 x', 'unknown'],
    ['x^4 + 1', 'ge', '2 x^2', 'unknown'],
    ['x^2', 'ge', 'x', 'fails'],
    ['x^2', 'le', 'x', 'fails'],
    ['abs(x + y)', 'le', 'abs(x) + abs(y)', 'holds'],
    ['abs(x - y)', 'le', 'abs(x) - abs(y)', 'fails'],
    ['f(x)', 'le', '1', 'unknown'],
  ];
  for (const [a, relation, b, expected] of cases) {
    it(`${a} ${relation} ${b}: ${expected}`, () => {
      const result = checkInequality(parseExpr(a), parseExpr(b), relation, slow);
      assert.equal(result.verdict, expected, result.reason);
      if (result.verdict === 'fails' && Object.keys(result.point).length > 0) {
        const { left, right } = result as { left: number; right: number };
        assert.ok(relation === 'le' || relation === 'lt' ? left > right : left < right);
      }
    });
  }
});

describe('equivalence: reserved constructs of the parser', () => {
  const cases: [string, string, string][] = [
    [String.raw`45^\circ`, String.raw`\frac{\pi}{4}`, 'equal'],
    [String.raw`30^\circ 30'`, String.raw`\frac{61\pi}{360}`, 'equal'],
    [String.raw`\sin 30^\circ`, String.raw`\frac{1}{2}`, 'equal'],
    [String.raw`{}_5P_2`, '20', 'equal'],
    [String.raw`{}_5P_2`, '10', 'different'],
    [String.raw`\left. \frac{x^3}{3} \right|_0^1`, String.raw`\frac{1}{3}`, 'equal'],
    [String.raw`\left. x^2 y \right|_{x=0}^{2}`, '4y', 'equal'],
    [String.raw`\left. x^2 y \right|_{0}^{2}`, '4y', 'unknown'],
    // A limit of a continuous expression where it is defined is its value; elsewhere unknown.
    [String.raw`\lim_{x \to 2} (x + 2)`, '4', 'equal'],
    [String.raw`\lim_{x \to 1} x^2`, '2', 'different'],
    [String.raw`\lim_{x \to 2} \frac{x^2 - 4}{x - 2}`, '4', 'unknown'],
    [String.raw`\lim_{x \to 0} \sqrt{x}`, '0', 'unknown'],
    [String.raw`\lim_{x \to 0^+} x`, '0', 'unknown'],
    // Tuples and sets are not numbers: a random function would call (a, b) and (b, a) different.
    ['(a, b)', '(b, a)', 'unknown'],
    [String.raw`\{a, b\}`, String.raw`\{b, a\}`, 'unknown'],
  ];
  for (const [a, b, expected] of cases) {
    it(`${a} vs ${b}: ${expected}`, () => {
      const result = compareLatex(a, b, { timeBudgetMs: 5000 });
      assert.equal(result.verdict, expected, result.reason);
    });
  }
});

describe('equivalence: inequalities proved from their structure and the assumptions', () => {
  const cases: [
    string,
    InequalityRelation,
    string,
    [string, 'positive' | 'nonnegative'][],
    string,
  ][] = [
    ['(x - 1)^2 / x + 2', 'ge', '2', [['x', 'positive']], 'holds'],
    ['(x - 1)^2 / x + 2', 'ge', '2', [], 'fails'],
    ['-2 x', 'lt', '4', [['7 - (-2 x + 3)', 'positive']], 'holds'],
    ['x', 'gt', '-2', [['7 - (-2 x + 3)', 'positive']], 'holds'],
    ['abs(x) + 1', 'gt', '0', [], 'holds'],
    ['exp(x) + x^2', 'gt', '0', [], 'holds'],
    ['sqrt(x) / y', 'ge', '0', [['y', 'nonnegative']], 'unknown'],
    // The triangle inequality, in its forms.
    ['abs(x + y)', 'le', 'abs(x) + abs(y)', [], 'holds'],
    ['abs(x) - abs(y)', 'le', 'abs(x - y)', [], 'holds'],
    ['abs(x + y + z)', 'le', 'abs(x) + abs(y) + abs(z)', [], 'holds'],
    ['abs(x - y)', 'le', 'abs(x) - abs(y)', [], 'fails'],
    [
      'x^3',
      'le',
      'x^2',
      [
        ['x', 'positive'],
        ['1 - x', 'positive'],
      ],
      'unknown',
    ],
  ];
  for (const [a, relation, b, facts, expected] of cases) {
    it(`${a} ${relation} ${b} given ${facts.map(([t, k]) => `${t} ${k}`).join(', ') || 'nothing'}: ${expected}`, () => {
      const conditions = facts.map(([tree, kind]) => ({ tree: parseExpr(tree), kind }));
      const result = checkInequality(parseExpr(a), parseExpr(b), relation, { ...slow, conditions });
      assert.equal(result.verdict, expected, result.reason);
    });
  }
});
