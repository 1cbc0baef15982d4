import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { splitRows } from '../../../server/src/core/derivation/rows';
import {
  definedFunctionNames,
  joinContinuations,
  possibleApplications,
  readRow,
} from '../../../server/src/core/derivation/statements';

function read(content: string) {
  const rows = joinContinuations(splitRows(content, 0, content.length));
  return rows.map((row) => readRow(row, definedFunctionNames(rows)));
}

describe('derivation statements', () => {
  it('reads a continued row against a stand-in for the previous right-hand side', () => {
    const [first, second] = read(String.raw`a &= b + 1 \\ &= c`);
    assert.equal(first.kind, 'statements');
    assert.equal(second.kind === 'statements' && second.statements[0].continued, true);
  });

  it('joins a row that continues an expression, and not a row with its own relation', () => {
    assert.equal(read(String.raw`(x+1)^3 &= x^3 + 3x^2 \\ &\quad + 3x + 1`).length, 1);
    assert.equal(read(String.raw`-2x + 3 &< 7 \\ -2x &< 4`).length, 2);
  });

  it('reads f(2) as an application when a row defines f', () => {
    const readings = read(String.raw`f(x) &= x^2 \\ f(2) &= 4`);
    const second = readings[1];
    assert.ok(second.kind === 'statements');
    assert.equal(second.statements[0].parts[0].toString(), 'f(2)');
  });

  it('marks a letter before a parenthesis as a possible application, unless used alone', () => {
    const [reading] = read(String.raw`q(a) + f^{-1}(c) &= x(x + 1)`);
    assert.ok(reading.kind === 'statements');
    const [left, right] = reading.statements[0].parts;
    assert.equal(possibleApplications.get(left), 'q');
    assert.equal(possibleApplications.get(right), undefined);
  });

  it('keeps spans on the document', () => {
    const content = String.raw`x &= 1 \\ &= 2`;
    const [, second] = read(content);
    assert.ok(second.kind === 'statements');
    const span = second.statements[0].spans[1];
    assert.equal(content.slice(span.start, span.end), '2');
  });

  it('reports a row it cannot read, with whether it held a relation', () => {
    const [reading] = read(String.raw`\frac{1}{ &= 2`);
    assert.equal(reading.kind, 'unread');
  });
});
