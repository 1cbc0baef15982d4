import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { splitRows } from '../../../server/src/core/render/formulaRows';
import { renderKatex } from '../../../server/src/core/render/katexRender';

const A = (row: string) => `\\begin{aligned}${row}\n\\end{aligned}`;

describe('splitRows', () => {
  const cases: [string, string, string[] | undefined][] = [
    ['align', String.raw`\begin{align} a &= b \\ c &= d \end{align}`, [A('a &= b'), A('c &= d')]],
    ['align*', String.raw`\begin{align*}a&=b\\c&=d\\\end{align*}`, [A('a&=b'), A('c&=d')]],
    [
      'aligned',
      String.raw` \begin{aligned} a &= b \\[2pt] c &= d \end{aligned} `,
      [A('a &= b'), A('c &= d')],
    ],
    [
      '\\\\* and spacing',
      String.raw`\begin{align*} a \\*[1ex] b \\ [3pt] c \end{align*}`,
      [A('a'), A('b'), A('c')],
    ],
    [
      'alignat{2}',
      String.raw`\begin{alignat}{2} a &= b &\quad c &= d \\ e &= f \end{alignat}`,
      [A(String.raw`a &= b &\quad c &= d`), A('e &= f')],
    ],
    ['gather', String.raw`\begin{gather} a = b \\ c = d \end{gather}`, ['a = b', 'c = d']],
    ['multline*', String.raw`\begin{multline*} a + b \\ + c \end{multline*}`, ['a + b', '+ c']],
    [
      'eqnarray',
      String.raw`\begin{eqnarray} a &=& b \\ c &=& d \end{eqnarray}`,
      [`\\begin{array}{rcl}a &=& b\n\\end{array}`, `\\begin{array}{rcl}c &=& d\n\\end{array}`],
    ],
    [
      'split in equation',
      String.raw`\begin{equation}\label{e}\begin{split} a &= b \\ &= c \end{split}\end{equation}`,
      [A('a &= b'), A('&= c')],
    ],
    [
      'split alone in equation',
      String.raw`\begin{equation}\begin{split} a &= b \\ &= c \end{split}\end{equation}`,
      [A('a &= b'), A('&= c')],
    ],
    ['top-level \\\\', String.raw`a + b \\ c + d`, ['a + b', 'c + d']],
    [
      'nested cases stay whole',
      String.raw`\begin{align} f &= \begin{cases} 1 \\ 0 \end{cases} \\ g &= 2 \end{align}`,
      [A(String.raw`f &= \begin{cases} 1 \\ 0 \end{cases}`), A('g &= 2')],
    ],
    [
      'braces stay whole',
      String.raw`\begin{gather} {a \\ b} \\ c \end{gather}`,
      [String.raw`{a \\ b}`, 'c'],
    ],
    [
      'escaped backslash-brace',
      String.raw`\begin{gather} \{ a \\ b \} \end{gather}`,
      [String.raw`\{ a`, String.raw`b \}`],
    ],
    [
      'comment hides \\\\',
      '\\begin{gather} a % \\\\ not a row\n \\\\ b \\end{gather}',
      ['a % \\\\ not a row', 'b'],
    ],
    [
      'labels, tags',
      String.raw`\begin{align} a &= b \label{x} \\ c &= d \tag{7} \\ e &= f \nonumber \end{align}`,
      [A('a &= b'), `${A('c &= d')}\\qquad\\text{(7)}`, A('e &= f')],
    ],
    ['one row', String.raw`\begin{align} a &= b \end{align}`, undefined],
    ['not an alignment', String.raw`\begin{pmatrix} 1 \\ 2 \end{pmatrix}`, undefined],
    [
      'alignment inside a larger formula',
      String.raw`x = \begin{aligned} a \\ b \end{aligned}`,
      undefined,
    ],
    ['no rows', String.raw`x^2`, undefined],
  ];
  for (const [name, source, expected] of cases) {
    it(name, () => assert.deepEqual(splitRows(source), expected));
  }

  it('gives rows KaTeX renders alone', () => {
    const source = String.raw`\begin{align} a &= b \label{x} \\ c &= d \tag{7} \\ e &= f % note
      \\ g &= \begin{cases} 1 \\ 0 \end{cases} \end{align}`;
    const rows = splitRows(source) ?? [];
    assert.equal(rows.length, 4);
    for (const row of rows) {
      const result = renderKatex(row, { display: true, macros: {}, output: 'mathml' });
      assert.ok(result.ok, `${row}: ${result.ok ? '' : result.message}`);
    }
  });
});
