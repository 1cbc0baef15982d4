import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { compare, type CompareContext } from '../../../server/src/core/equivalence/compare';
import type { MathNode } from 'mathjs' with { 'resolution-mode': 'import' };
import { mathNumber } from '../../../server/src/core/equivalence/mathInstance';
import { parseExpr } from './support';

const slow: CompareContext = { timeBudgetMs: 5000 };

function verdict(a: string, b: string, context: CompareContext = slow): string {
  return compare(parseExpr(a), parseExpr(b), { ...slow, ...context }).verdict;
}

describe('equivalence: constructs', () => {
  it('uninterpreted functions are random smooth functions, the same on both sides', () => {
    assert.equal(verdict('f(x) + f(y)', 'f(y) + f(x)'), 'equal');
    assert.equal(verdict('f(x + y)', 'f(y + x)'), 'equal');
    assert.equal(verdict('f(2 x)', '2 f(x)'), 'different');
    assert.equal(verdict('g(x, y)', 'g(y, x)'), 'different');
    assert.equal(verdict('f(x)^2', 'f(x) * f(x)'), 'equal');
  });

  it('substitutes definitions from the context', () => {
    const functions = new Map([['f', { params: ['t'], body: parseExpr('t^2 + 1') }]]);
    assert.equal(verdict('f(x + 1)', 'x^2 + 2x + 2', { functions }), 'equal');
    assert.equal(verdict('f(x + 1)', 'x^2 + 2x + 1', { functions }), 'different');
  });

  it('differentiates symbolically, also through uninterpreted functions', () => {
    assert.equal(verdict('derivative(x^3, x)', '3 x^2'), 'equal');
    assert.equal(verdict('derivative(cos(x), x)', 'sin(x)'), 'different');
    assert.equal(verdict('derivative(sin(x), x, 2)', '-sin(x)'), 'equal');
    assert.equal(verdict('derivative(f(x)^2, x)', '2 f(x) derivative(f(x), x)'), 'equal');
    assert.equal(
      verdict('derivative(f(g(x)), x)', 'derivative(f(x), x) * derivative(g(x), x)'),
      'different',
    );
    assert.equal(verdict('Derivative(x y, y)', 'x'), 'equal');
  });

  it('integrates definite integrals numerically', () => {
    assert.equal(verdict('integral(x^2, x, 0, 1)', '1/3'), 'equal');
    assert.equal(verdict('integral(t^2, t, 0, a)', 'a^3 / 3'), 'equal');
    assert.equal(verdict('integral(t^2, t, 0, a)', 'a^3 / 2'), 'different');
    assert.equal(verdict('integral(exp(-t), t, 0, 1)', '1 - 1/e'), 'equal');
  });

  it('compares indefinite integrals up to a constant', () => {
    const result = compare(parseExpr('integral(2 x, x)'), parseExpr('x^2 + C'), slow);
    assert.equal(result.verdict, 'equal');
    assert.match(result.reason, /up to an additive constant/);
    assert.equal(verdict('integral(cos(x), x)', 'sin(x) + 3'), 'equal');
    assert.equal(verdict('integral(cos(x), x)', 'cos(x)'), 'different');
    assert.equal(
      verdict('integral(f(x), x) + integral(g(x), x)', 'integral(f(x) + g(x), x)'),
      'equal',
    );
  });

  it('evaluates sums and products with integer bounds', () => {
    assert.equal(verdict('sum(k, k, 1, n)', 'n * (n + 1) / 2'), 'equal');
    assert.equal(verdict('sum(k^2, k, 1, n)', 'n * (n + 1) / 2'), 'different');
    assert.equal(verdict('product(k, k, 1, 5)', '120'), 'equal');
    assert.equal(verdict('Sum(2^k, k, 0, n)', '2^(n + 1) - 1'), 'equal');
  });

  it('leaves limits and structural constructs unknown', () => {
    assert.equal(verdict('limit(sin(x)/x, x, 0)', '1'), 'unknown');
    assert.equal(verdict('limit(a, x, 0)', 'a'), 'equal');
    assert.equal(verdict('PlusMinus(a, b)', 'PlusMinus(b, a)'), 'unknown');
    assert.equal(verdict('x == 1', 'x'), 'unknown');
  });

  it('handles constant expressions and the imaginary unit', () => {
    assert.equal(verdict('e^(i pi) + 1', '0'), 'equal');
    assert.equal(verdict('sqrt(2) * sqrt(8)', '4'), 'equal');
    assert.equal(verdict('sqrt(2) * sqrt(8)', '4.0000000001'), 'different');
    assert.equal(verdict('i^2', '-1'), 'equal');
    assert.equal(verdict('i^2', '-1', { imaginaryUnit: false }), 'different');
    const result = compare(parseExpr('i^2'), parseExpr('-1'), { ...slow, imaginaryUnit: false });
    assert.ok(result.verdict === 'different' && 'i' in result.point);
  });

  it('reports a checked counterexample', () => {
    const result = compare(parseExpr('(x + y)^2'), parseExpr('x^2 + y^2'), slow);
    assert.equal(result.verdict, 'different');
    if (result.verdict !== 'different') return;
    const { x, y } = result.point as { x: number; y: number };
    assert.ok(Math.abs((result.left as number) - (x + y) ** 2) < 1e-9 * (x + y) ** 2);
    assert.ok(Math.abs((result.right as number) - (x * x + y * y)) < 1e-9);
  });

  it('confirms symbolically on request', () => {
    const result = compare(parseExpr('2 x + 3 x'), parseExpr('5 x'), { ...slow, symbolic: true });
    assert.deepEqual(
      [result.verdict, result.verdict === 'equal' && result.method],
      ['equal', 'symbolic'],
    );
  });

  it('honours the time budget and cancellation', () => {
    let clock = 0;
    const now = (): number => (clock += 10);
    assert.equal(
      compare(parseExpr('x + 1'), parseExpr('1 + x'), { now, timeBudgetMs: 50 }).reason,
      'time budget',
    );
    assert.equal(
      compare(parseExpr('x + 1'), parseExpr('1 + x'), { signal: { aborted: true } }).reason,
      'cancelled',
    );
  });

  it('never calls functions outside its whitelist', () => {
    // `evaluate`/`import` are not known functions: they are uninterpreted symbols, never run.
    const call = (name: string, arg: string) => {
      const M = mathNumber();
      return new M.FunctionNode(new M.SymbolNode(name), [parseExpr(arg)]) as MathNode;
    };
    const one = parseExpr('1');
    const plus = (p: MathNode, q: MathNode) =>
      new (mathNumber().OperatorNode)('+', 'add', [p, q]) as MathNode;
    assert.equal(compare(call('evaluate', 'x'), call('evaluate', 'x')).verdict, 'equal');
    assert.equal(
      compare(plus(call('import', 'x'), one), plus(one, call('import', 'x')), slow).verdict,
      'equal',
    );
    assert.equal(compare(call('import', 'x'), call('import', 'y'), slow).verdict, 'different');
  });
});
