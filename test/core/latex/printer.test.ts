import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseLatexMath, type MathNode } from '../../../server/src/core/latex/index';
import {
  booleanNode,
  functionNode,
  numberNode,
  operatorNode,
  symbolNode,
} from '../../../server/src/core/latex/mathjsNodes';
import { printLatex, printRelation } from '../../../server/src/core/latex/printer';
import { TREE_CASES } from './cases';
import { sexp } from './sexp';

function reparse(node: MathNode): string {
  const latex = printLatex(node);
  const again = parseLatexMath(latex);
  assert.equal(again.kind, 'expression', `${latex} → ${JSON.stringify(again)}`);
  return again.kind === 'expression' ? sexp(again.node) : '';
}

describe('printLatex: clean output', () => {
  const cases: [string, string][] = [
    [String.raw`\frac{a}{b}`, String.raw`\frac{a}{b}`],
    [String.raw`2 \cdot 3`, String.raw`2 \cdot 3`],
    [String.raw`2 x`, String.raw`2 x`],
    [String.raw`\sin(x)`, String.raw`\sin x`],
    [String.raw`\sin(x+1)`, String.raw`\sin\left(x + 1\right)`],
    [String.raw`\sin x \cos x`, String.raw`\sin\left(x\right) \cos x`],
    [String.raw`\sin^2 x`, String.raw`\sin^{2}\left(x\right)`],
    [String.raw`(a+b)c`, String.raw`\left(a + b\right) c`],
    [String.raw`a-(b-c)`, String.raw`a - \left(b - c\right)`],
    [String.raw`(a-b)-c`, String.raw`a - b - c`],
    [String.raw`(-x)^2`, String.raw`\left(-x\right)^{2}`],
    [String.raw`x_{i}^{2}`, String.raw`x_{i}^{2}`],
    [String.raw`\alpha_1`, String.raw`\alpha_{1}`],
    [String.raw`f{\left(x \right)}`, String.raw`f{\left(x \right)}`],
    [String.raw`\operatorname{C_{d}}{\left(p \right)}`, String.raw`C_{d}{\left(p \right)}`],
    [String.raw`\operatorname{sgn}(x)`, String.raw`\operatorname{sgn}{\left(x \right)}`],
    [String.raw`\log_2 n`, String.raw`\log_{2} n`],
    [String.raw`\int_0^1 x\,dx`, String.raw`\int_{0}^{1} x\, dx`],
    [String.raw`\frac{d}{dx} f`, String.raw`\frac{d}{d x} f`],
    [String.raw`|x|`, String.raw`\left|x\right|`],
    [String.raw`\pi r^2`, String.raw`\pi r^{2}`],
  ];
  for (const [input, expected] of cases) {
    it(input, () => {
      const parsed = parseLatexMath(input);
      assert.equal(parsed.kind, 'expression');
      if (parsed.kind === 'expression') assert.equal(printLatex(parsed.node), expected);
    });
  }
  it('prints relations', () => {
    const parsed = parseLatexMath(String.raw`x \le y = z`);
    assert.equal(parsed.kind, 'relation');
    if (parsed.kind === 'relation')
      assert.equal(printRelation(parsed.parts, parsed.relations), String.raw`x \le y = z`);
  });
});

describe('printLatex: parse → print → parse is the identity on the golden cases', () => {
  for (const [latex] of TREE_CASES) {
    const parsed = parseLatexMath(latex);
    if (parsed.kind !== 'expression') continue;
    it(latex, () => {
      assert.equal(reparse(parsed.node), sexp(parsed.node));
    });
  }
});

const symbols = [
  'x',
  'y',
  'a',
  'b',
  'n',
  'alpha',
  'theta',
  'x_1',
  'x_{i+1}',
  "y'",
  '\\hat{x}',
  'pi',
  'e',
];
const tree: fc.Arbitrary<MathNode> = fc.letrec<{ node: MathNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...symbols).map((name) => symbolNode(name)),
    fc
      .oneof(fc.integer({ min: 0, max: 999 }), fc.constantFrom(0.5, 2.25))
      .map((value) => numberNode(value)),
    fc
      .tuple(
        fc.constantFrom('add', 'subtract', 'multiply', 'divide', 'pow'),
        tie('node'),
        tie('node'),
      )
      .map(([fn, a, b]) => operatorNode(fn as 'add', [a, b], fn === 'multiply')),
    tie('node').map((a) => operatorNode('unaryMinus', [a])),
    tie('node').map((a) => operatorNode('factorial', [a])),
    fc
      .tuple(
        fc.constantFrom('sin', 'cos', 'log', 'exp', 'sqrt', 'abs', 'floor', 'f', 'C_d'),
        tie('node'),
      )
      .map(([name, a]) => functionNode(name, [a])),
    fc.tuple(tie('node'), tie('node')).map(([a, b]) => functionNode('log', [a, b])),
    fc
      .tuple(tie('node'), fc.constantFrom('x', 't'))
      .map(([a, v]) => functionNode('Derivative', [a, symbolNode(v), numberNode(1)])),
    fc
      .tuple(tie('node'), tie('node'))
      .map(([a, b]) => functionNode('Sum', [a, symbolNode('k'), numberNode(1), b])),
    fc
      .tuple(tie('node'), tie('node'), tie('node'))
      .map(([a, lo, hi]) => functionNode('Integral', [a, symbolNode('u'), lo, hi])),
    tie('node').map((a) => functionNode('Limit', [a, symbolNode('x'), numberNode(0)])),
    fc.tuple(tie('node'), tie('node')).map(([a, b]) => functionNode('PlusMinus', [a, b])),
    fc.tuple(tie('node'), tie('node')).map(([a, b]) => functionNode('Tuple', [a, b])),
    fc
      .tuple(tie('node'), tie('node'), fc.boolean())
      .map(([a, b, left]) =>
        functionNode('Interval', [a, b, booleanNode(left), booleanNode(!left)]),
      ),
    fc
      .tuple(tie('node'), tie('node'))
      .filter(([a]) => a.type !== 'ConstantNode')
      .map(([a, b]) => functionNode('Subscript', [a, b])),
    fc.tuple(tie('node'), tie('node')).map(([a, b]) => functionNode('Inner', [a, b])),
    tie('node').map((a) => functionNode('Degrees', [a])),
    fc
      .tuple(fc.constantFrom('f', 'g', 'h'), fc.constantFrom('f', 'g', 'h'))
      .map(([a, b]) => functionNode('Compose', [symbolNode(a), symbolNode(b)])),
    fc
      .tuple(
        fc.constantFrom('Union', 'Intersect', 'SetMinus', 'And', 'Or'),
        tie('node'),
        tie('node'),
      )
      .map(([name, a, b]) => functionNode(name, [a, b])),
    tie('node').map((a) => functionNode('Not', [a])),
  ),
})).node;

describe('printLatex: property', () => {
  it('random trees print and parse back to the same tree', () => {
    fc.assert(
      fc.property(tree, (node) => {
        assert.equal(reparse(node), sexp(node), printLatex(node));
      }),
      { numRuns: 1500 },
    );
  });
});
