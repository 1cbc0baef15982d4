import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseLatexMath } from '../../../server/src/core/latex';

function tree(latex: string): string {
  const parsed = parseLatexMath(latex);
  return parsed.kind === 'expression' ? parsed.node.toString() : parsed.kind;
}

describe('parser: an explicit space ends a function argument written without parentheses', () => {
  const cases: [string, string][] = [
    [String.raw`2\sin x\,(1 - \sin^2 x)`, '2 sin(x) (1 - sin(x) ^ 2)'],
    [String.raw`-\sin x \, e^x`, '-(sin(x) e ^ x)'],
    [String.raw`\cos^2 x\;(1 - y)`, 'cos(x) ^ 2 (1 - y)'],
    [String.raw`\sin x \quad y`, 'sin(x) y'],
    // Without a space the argument is the implicit product that follows.
    [String.raw`\sin 2\pi x`, 'sin(2 pi x)'],
    [String.raw`\sin x y`, 'sin(x y)'],
    // A thin space before a differential changes nothing.
    [String.raw`\int \sin x \, dx`, 'Integral(sin(x), x)'],
  ];
  for (const [latex, expected] of cases) {
    it(latex, () => assert.equal(tree(latex), expected));
  }
});
