import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { joinContinuedRows } from '../../../../server/src/core/spoken/reader/continuedRows';
import { readAloud } from '../../../../server/src/core/spoken/reader/index';

/** The rows joined, spacing aside. */
const joined = (latex: string) => joinContinuedRows(latex).replace(/\s+/g, ' ');

describe('joinContinuedRows', () => {
  it('joins a row that starts with a relation to the row before it', () => {
    assert.equal(joined(String.raw`a &= b \\ &= c`), 'a &= b &= c');
    assert.equal(joined(String.raw`a &= b \\ &\quad\leq c`), String.raw`a &= b &\quad\leq c`);
  });

  it('keeps rows of their own apart, and drops the space after a break', () => {
    assert.equal(joined(String.raw`x &= 1 \\ y &= 2`), String.raw`x &= 1 \\ y &= 2`);
    assert.equal(
      joinContinuedRows(String.raw`x &= 1 \\[2pt] y &= 2`),
      String.raw`x &= 1 \\ y &= 2`,
    );
  });

  it('leaves the rows of environments and of braces alone', () => {
    const cases = String.raw`f = \begin{cases} 1 & x > 0 \\ = 0 & x \le 0 \end{cases}`;
    assert.equal(joinContinuedRows(cases), cases);
    assert.equal(
      joinContinuedRows(String.raw`\substack{a \\ = b}`),
      String.raw`\substack{a \\ = b}`,
    );
  });

  it('does not take \\leftarrow or \\income for a relation', () => {
    assert.equal(joined(String.raw`a \\ \lefteqn{b}`), String.raw`a \\ \lefteqn{b}`);
    assert.equal(joined(String.raw`a \\ \ink`), String.raw`a \\ \ink`);
  });
});

describe('readAloud: aligned rows', () => {
  it('reads a derivation continued over rows as one chain', () => {
    assert.deepEqual(readAloud(String.raw`f(x) &= (x+1)^2 \\[2pt] &= x^2 + 2x + 1 \nonumber`), {
      text: 'f of x equals the quantity x plus 1 end quantity squared equals x squared plus 2 x plus 1',
    });
  });
});
