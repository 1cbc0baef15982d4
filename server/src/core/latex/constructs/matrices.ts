/**
 * Matrix environments: `matrix`, `pmatrix`, `bmatrix`, `Bmatrix`, `smallmatrix` → a mathjs matrix
 * (ArrayNode of row ArrayNodes); `vmatrix` → det(matrix). Other environments (cases, aligned,
 * array…) are unsupported: rows of a derivation are split before parsing.
 */
import type { Construct, Parser } from '../parser';
import { arrayNode, type MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';
import { parseCasesEnvironment } from './cases';
import { canonicalText } from './scripts';

const MATRICES = new Set(['matrix', 'pmatrix', 'bmatrix', 'Bmatrix', 'smallmatrix', 'vmatrix']);

export const environmentConstruct: Construct = {
  commands: ['begin'],
  parse(p: Parser, token: Token): MathNode {
    const ahead = canonicalText(p.peekArgumentTokens(1) ?? []);
    if (ahead === 'cases' || ahead === 'dcases') return parseCasesEnvironment(p, token.start);
    p.next();
    const nameArgument = p.takeArgumentTokens();
    const name = canonicalText(nameArgument.tokens);
    if (!MATRICES.has(name)) p.fail(`environment ${name}`, token.start, nameArgument.end);
    const rows: MathNode[][] = [];
    let row: MathNode[] = [];
    for (;;) {
      if (p.isCommand('end')) break;
      row.push(p.parseExpression());
      if (p.is('amp')) {
        p.next();
        continue;
      }
      if (p.is('rowsep')) {
        p.next();
        rows.push(row);
        row = [];
        continue;
      }
      if (!p.isCommand('end')) p.failAt(p.peek());
    }
    if (row.length > 0) rows.push(row);
    p.next();
    const endName = p.takeArgumentTokens();
    if (canonicalText(endName.tokens) !== name)
      p.fail('mismatched \\end', endName.start, endName.end);
    const end = p.lastEnd();
    if (rows.length === 0) p.fail('empty matrix', token.start, end);
    if (rows.some((r) => r.length !== rows[0].length)) p.fail('ragged matrix', token.start, end);
    const matrix = p.mark(arrayNode(rows.map((r) => arrayNode(r))), token.start, end);
    return name === 'vmatrix' ? p.apply('det', [matrix], token.start, end) : matrix;
  },
};
