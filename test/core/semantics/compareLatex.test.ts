import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import {
  compareLatex,
  evaluateLatex,
  formatPair,
  formatValue,
  warmUpEquivalence,
} from '../../../server/src/core/semantics';
import { expectedVerdict, readJsonl } from '../equivalence/support';

interface LatexPair {
  name: string;
  lhs_latex: string;
  rhs_latex: string;
  label: 'identity' | 'generic' | 'domain' | 'different';
}

const pairs = readJsonl<LatexPair>('tricky_pairs.jsonl');

describe('compareLatex: tricky pairs from their LaTeX', () => {
  it('reads every pair of the data file', () => {
    assert.equal(pairs.length, 32);
  });
  for (const strict of [false, true]) {
    for (const pair of pairs) {
      it(`${strict ? 'strict' : 'generic'}: ${pair.name}`, () => {
        // A generous budget: these tests are about verdicts, and may run on a loaded machine.
        const options = {
          domain: strict ? ('strict' as const) : ('generic' as const),
          timeBudgetMs: 5000,
        };
        const result = compareLatex(pair.lhs_latex, pair.rhs_latex, options);
        assert.equal(
          result.verdict,
          expectedVerdict(pair, strict),
          `${pair.name}: ${result.reason}`,
        );
        assert.equal(compareLatex(pair.rhs_latex, pair.lhs_latex, options).verdict, result.verdict);
        if (result.verdict === 'different') {
          assert.ok(Object.keys(result.point).length > 0);
          assert.notDeepEqual(result.left, result.right);
        }
      });
    }
  }
  it("reads Euler's identity with i as the imaginary unit", () => {
    const result = compareLatex('e^{i\\pi}', '-1');
    assert.equal(result.verdict, 'equal', result.reason);
    assert.equal(result.imaginaryUnit, true);
  });
});

/** [left, right, verdict, note] */
const TABLE: [string, string, 'equal' | 'different' | 'unknown', string?][] = [
  // SymPy-printed forms
  ['\\sin{\\left(x \\right)}', '\\sin x', 'equal'],
  ['\\sin^{2}{\\left(x \\right)} + \\cos^{2}{\\left(x \\right)}', '1', 'equal'],
  ['\\frac{d}{d x} x^{2}', '2 x', 'equal'],
  ['\\frac{d^{2}}{d x^{2}} x^{3}', '6 x', 'equal'],
  ['\\frac{\\partial}{\\partial x} x y^{2}', 'y^{2}', 'equal'],
  ['\\frac{d}{d x} \\sin{\\left(x \\right)}', '\\cos{\\left(x \\right)}', 'equal'],
  ['\\frac{d}{d x} e^{2 x}', '2 e^{2 x}', 'equal'],
  ['\\log{\\left(x^{2} \\right)}', '2 \\log{\\left(x \\right)}', 'equal', 'generic domain'],
  ['\\sqrt{x^{2} + 2 x + 1}', '\\left|{x + 1}\\right|', 'equal'],
  ['\\frac{x^{2} - 1}{x + 1}', 'x - 1', 'equal'],
  [
    '\\tan{\\left(x \\right)}',
    '\\frac{\\sin{\\left(x \\right)}}{\\cos{\\left(x \\right)}}',
    'equal',
  ],
  ['\\operatorname{sgn}{\\left(x \\right)}', '\\frac{x}{\\left|{x}\\right|}', 'equal'],
  // integrals (indefinite: equal up to a constant)
  ['\\int x\\,dx', '\\frac{x^2}{2}', 'equal'],
  ['\\int x\\,dx', '\\frac{x^2}{2} + C', 'equal'],
  ['\\int \\cos x \\, dx', '\\sin x', 'equal'],
  ['\\int x\\,dx', 'x^2', 'different'],
  ['\\int_0^1 x^2\\,dx', '\\frac{1}{3}', 'equal'],
  ['\\int_{0}^{\\pi} \\sin{\\left(x \\right)}\\, dx', '2', 'equal'],
  // sums and products
  ['\\sum_{k=1}^{n} k', '\\frac{n(n+1)}{2}', 'equal'],
  ['\\sum_{i=1}^{n} i^2', '\\frac{n(n+1)(2n+1)}{6}', 'equal', 'i is a sum index'],
  ['\\sum_{k=0}^{n} 2^k', '2^{n+1} - 1', 'equal'],
  ['\\sum_{k=1}^{n} k', '\\frac{n^2}{2}', 'different'],
  ['\\prod_{k=1}^{n} k', 'n!', 'equal'],
  ['\\binom{n}{2}', '\\frac{n(n-1)}{2}', 'equal'],
  // the imaginary unit
  ['i^2', '-1', 'equal'],
  ['e^{i x}', '\\cos x + i \\sin x', 'equal'],
  ['e^{i\\pi/2}', 'i', 'equal'],
  ['x_i + x_i', '2 x_i', 'equal'],
  ['(i+1)^2', 'i^2 + 2i + 1', 'equal'],
  // hand-written algebra and near misses
  ['1 + 10^{-12} x', '1', 'different'],
  ['\\frac{a}{b} \\cdot \\frac{c}{d}', '\\frac{ac}{bd}', 'equal'],
  ['\\sqrt[3]{-8}', '-2', 'equal'],
  ['\\cos 2x', '1 - 2\\sin^2 x', 'equal'],
  ['\\cos 2x', '1 - \\sin^2 x', 'different'],
  ['\\ln(e^{2})', '2', 'equal'],
  ['\\log_2 8', '3', 'equal'],
  ['x^{1/2}', '\\sqrt{x}', 'equal'],
  ['\\frac{1}{x}', '\\frac{1}{x + 10^{-9}}', 'different'],
  ['f(x) + f(x)', '2f(x)', 'equal', 'uninterpreted f'],
  ['f(x)', 'f(-x)', 'different', 'uninterpreted f'],
  ['f(0)', '0', 'different', 'f applied to a number, not f times 0'],
  ['f(x+1)', 'f x + f', 'different', 'f applied to a sum, not distributed'],
  ['g(a+b)', 'g a + g b', 'equal', 'g before a sum is a factor'],
  // derivatives written with a slash
  ['d(x^2)/dx', '2x', 'equal'],
  ['d/dx\\,(x^3 + x)', '3x^2 + 1', 'equal'],
  ['d(x^2)/dx', 'x', 'different'],
  ['3\\,d(x^2)/dx', '6x', 'equal', 'a coefficient before the operator'],
  // not expressions
  ['a = b', 'a', 'unknown'],
  ['x < 1', 'x < 1', 'unknown'],
  ['\\{1, 2\\}', '\\{2, 1\\}', 'unknown'],
  ['\\lim_{x \\to 0} \\frac{\\sin x}{x}', '1', 'unknown'],
  ['\\lim_{x \\to 0^+} \\frac{\\sin x}{x}', '1', 'unknown'],
  ['\\lim_{x \\to 0^+} 3', '3', 'equal', 'a limit of a constant'],
  // reserved names the engine rewrites into arithmetic (degrees, evaluation bars, permutations)
  ['\\sin 30^{\\circ}', '\\frac{1}{2}', 'equal', 'degrees are radians times π/180'],
  ['\\left. x^2 \\right|_{x=0}^{1}', '1', 'equal', 'an evaluation bar'],
  ['{}_{4}P_{2}', '12', 'equal', 'permutations'],
  ['{}_{4}P_{2}', '6', 'different'],
  // reserved names the engine does not interpret: unknown, never refuted as random functions
  ['\\langle a, b \\rangle', '\\langle b, a \\rangle', 'unknown'],
  // notation the parser keeps without a value: never sampled as a random function
  ['\\sum_i a_i', '\\sum_i b_i', 'unknown'],
  ['\\sum_{i \\in S} x_i', '\\sum_{i \\in S} x_i + 0', 'unknown'],
  ['\\bar{3 - 2i}', '3 + 2i', 'unknown'],
  ['\\overset{\\sim}{x}', '\\overset{\\sim}{y}', 'unknown'],
  ['68.4_{\\pm 1.0}', '68.4', 'unknown'],
  ['\\angle ABC', '\\angle CBA', 'unknown'],
  ['\\cancel{y} x', 'x y', 'equal', 'a cancellation mark keeps the value'],
];

describe('compareLatex: table', () => {
  it('has at least 30 pairs', () => assert.ok(TABLE.length >= 30));
  const functions = new Set(['f']);
  for (const [left, right, verdict, note] of TABLE) {
    it(`${left} vs ${right}: ${verdict}${note ? ` (${note})` : ''}`, () => {
      const result = compareLatex(left, right, { functions, timeBudgetMs: 5000 });
      assert.equal(result.verdict, verdict, result.reason);
    });
  }
});

describe('compareLatex: result shape and robustness', () => {
  it('reports a counterexample with both values', () => {
    const result = compareLatex('(x+y)^2', 'x^2+y^2');
    assert.equal(result.verdict, 'different');
    if (result.verdict !== 'different') return;
    assert.deepEqual(Object.keys(result.point).sort(), ['x', 'y']);
    assert.equal(typeof result.left, 'number');
    assert.equal(typeof result.right, 'number');
  });

  it('gives the spans of what it could not read, per side', () => {
    const result = compareLatex('x + \\frac{1}', 'a = b');
    assert.equal(result.verdict, 'unknown');
    if (result.verdict !== 'unknown') return;
    assert.deepEqual(
      result.unsupported.map(({ side, start, end }) => ({ side, start, end })),
      [
        { side: 'left', start: 12, end: 12 },
        { side: 'right', start: 0, end: 5 },
      ],
    );
    assert.match(result.reason, /left side not read: missing argument/);
    assert.match(result.reason, /right side: not an expression: a relation \(eq\)/);
  });

  const bad = [
    '\\frac{1}',
    '',
    '   ',
    '{'.repeat(10000) + 'x' + '}'.repeat(10000),
    '\\left(',
    '}}}',
    '^',
    '\\sum',
    '\\int',
    '\\begin{matrix}',
  ];
  for (const source of bad) {
    it(`never throws on ${JSON.stringify(source.slice(0, 20))}…`, () => {
      const result = compareLatex(source, 'x');
      assert.ok(['equal', 'different', 'unknown'].includes(result.verdict));
      assert.equal(typeof result.reason, 'string');
    });
  }

  it('is cancellable and bounded in time', () => {
    assert.deepEqual(
      compareLatex('(x+1)^2', 'x^2+2x+1', { signal: { aborted: true } }).verdict,
      'unknown',
    );
    assert.equal(compareLatex('(x+1)^2', 'x^2+2x+1', { timeBudgetMs: 0 }).verdict, 'unknown');
  });

  it('is reproducible, and another seed finds a counterexample too', () => {
    const a = compareLatex('\\sin x', 'x');
    const b = compareLatex('\\sin x', 'x');
    assert.deepEqual(a, b);
    assert.equal(compareLatex('\\sin x', 'x', { seed: 7 }).verdict, 'different');
  });

  it('warms up before the first comparison of a process (default 50 ms budget)', async () => {
    // A fresh process: the very first compareLatex call is the one that used to run out of time.
    const module = require.resolve('../../../server/src/core/semantics');
    const script = `const s = require(${JSON.stringify(module)});
      const r = s.compareLatex('(x+1)^2', 'x^2+2x+1');
      process.stdout.write(JSON.stringify(r));`;
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['-e', script], { timeout: 60000 }, (error, out) =>
        error ? reject(new Error(error.message)) : resolve(out),
      ),
    );
    const result = JSON.parse(stdout) as { verdict: string; reason: string };
    assert.equal(result.verdict, 'equal', result.reason);
    warmUpEquivalence();
    warmUpEquivalence();
  });
});

describe('compareLatex: what i means, decided from both sides together', () => {
  const cases: [string, string, boolean][] = [
    ['e^{i\\pi}', '-1', true],
    ['i^2', '-1', true],
    ['3 + 4i', '4i + 3', true],
    ['i', 'i', false],
    ['x + iy', 'iy + x', false],
    ['\\sum_{i=1}^{n} e^{i}', 'n', false],
    ['x_i e^{i\\pi}', '-x_i', false],
    ['a_{i+1}', 'i^2', false],
  ];
  for (const [left, right, imaginary] of cases) {
    it(`${left} vs ${right}: ${imaginary ? 'imaginary unit' : 'variable'}`, () => {
      assert.equal(compareLatex(left, right, { timeBudgetMs: 5000 }).imaginaryUnit, imaginary);
    });
  }
});

describe('evaluateLatex', () => {
  const cases: [string, Record<string, number>, string][] = [
    ['x^2 + y', { x: 2, y: 1 }, '5'],
    ['\\frac{d}{dx} x^3', { x: 2 }, '12'],
    ['\\int_0^1 x^2\\,dx', {}, '0.3333'],
    ['\\sum_{k=1}^{n} k', { n: 10 }, '55'],
    ['e^{i\\pi}', {}, '-1'],
    ['\\sqrt{-4}', {}, '2i'],
    ['1 + i^2 x', { x: 3 }, '-2'],
    ['x_i + i', { x_i: 1, i: 2 }, '3'],
  ];
  for (const [source, point, value] of cases) {
    it(`${source} at ${JSON.stringify(point)} is ${value}`, () => {
      const result = evaluateLatex(source, point);
      assert.ok(result.ok, result.ok ? '' : result.reason);
      assert.equal(formatValue(result.value), value);
    });
  }
  const failures: [string, Record<string, number>, RegExp][] = [
    ['x + y', { x: 1 }, /no value for y/],
    ['\\frac{1}{x}', { x: 0 }, /undefined at this point/],
    ['\\frac{1}', {}, /missing argument/],
    ['a = b', {}, /not an expression/],
    ['\\int x\\,dx', { x: 1 }, /indefinite integral/],
    ['\\{1, 2\\}', {}, /unsupported/],
  ];
  for (const [source, point, reason] of failures) {
    it(`${source} at ${JSON.stringify(point)} fails: ${reason.source}`, () => {
      const result = evaluateLatex(source, point);
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.reason, reason);
    });
  }
});

describe('formatPair', () => {
  it('uses the fewest digits that tell the values apart', () => {
    assert.deepEqual(formatPair(2.6912, 2.3112), ['2.69', '2.31']);
    assert.deepEqual(formatPair(1.0000000000004, 1), ['1.0000000000004', '1']);
    assert.deepEqual(formatPair(NaN, 1), ['undefined', '1']);
  });
});
