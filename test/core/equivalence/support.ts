/**
 * Test-only helpers. Strings from the test data go through mathjs `parse` here (never `evaluate`),
 * and the resulting trees are checked to hold only expression nodes before they reach compare().
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// mathjs's typings are ESM-only; this CommonJS test loads its CommonJS build.
// @ts-expect-error TS1479: value import of an ESM-typed package from CommonJS
import { parse as mathjsParse } from 'mathjs';
import type { MathNode } from 'mathjs' with { 'resolution-mode': 'import' };

const ALLOWED_NODES = new Set([
  'ConstantNode',
  'SymbolNode',
  'OperatorNode',
  'FunctionNode',
  'ParenthesisNode',
]);
const FORBIDDEN_NAMES = new Set(['import', 'createUnit', 'evaluate', 'parse', 'compile', 'config']);

/** Parses test data in mathjs syntax, rejecting assignments, blocks, units and the like. */
export function parseExpr(text: string): MathNode {
  const tree = (mathjsParse as (text: string) => MathNode)(text);
  tree.traverse((node) => {
    if (!ALLOWED_NODES.has(node.type)) throw new Error(`${node.type} in test data: ${text}`);
    if (
      node.type === 'SymbolNode' &&
      FORBIDDEN_NAMES.has((node as unknown as { name: string }).name)
    ) {
      throw new Error(`forbidden name in test data: ${text}`);
    }
  });
  return tree;
}

export const DATA = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'data', 'equivalence');

export function readJsonl<T>(file: string): T[] {
  return readFileSync(join(DATA, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export interface TrickyPair {
  name: string;
  lhs_mathjs: string;
  rhs_mathjs: string;
  label: 'identity' | 'generic' | 'domain' | 'different';
}

/**
 * `domain` pairs under the default (generic) semantics: equal when the sides agree wherever both
 * are defined; different when they are both defined somewhere and differ there.
 */
const GENERIC_DOMAIN: Record<string, 'equal' | 'different'> = {
  'log of product': 'equal',
  'sqrt of square = x': 'different',
  'principal cube root': 'equal',
  'arcsin of sin': 'different',
  'exp of ln': 'equal',
  'power of power': 'different',
  'sqrt product': 'equal',
  'x^x': 'equal',
};

/** Under `domain: 'strict'` only x^x stays equal: neither side is real for x < 0. */
const STRICT_DOMAIN: Record<string, 'equal' | 'different'> = {
  ...Object.fromEntries(Object.keys(GENERIC_DOMAIN).map((name) => [name, 'different'])),
  'x^x': 'equal',
};

/** The verdict compare must give on a tricky pair, in the default or the strict semantics. */
export function expectedVerdict(
  pair: Pick<TrickyPair, 'name' | 'label'>,
  strict: boolean,
): 'equal' | 'different' {
  switch (pair.label) {
    case 'identity':
    case 'generic':
      return 'equal';
    case 'different':
      return 'different';
    case 'domain': {
      const table = strict ? STRICT_DOMAIN : GENERIC_DOMAIN;
      const verdict = table[pair.name];
      assert.ok(verdict !== undefined, `no expectation for domain pair ${pair.name}`);
      return verdict;
    }
  }
}
