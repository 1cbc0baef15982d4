import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { splitRows } from '../../../server/src/core/derivation/rows';

function rows(content: string): { text: string; justification: string }[] {
  return splitRows(content, 0, content.length).map((row) => ({
    text: row.text.trim().replace(/\s+/g, ' '),
    justification: row.justification,
  }));
}

describe('derivation rows', () => {
  const cases: [string, string, string[]][] = [
    ['two rows', String.raw`a &= b \\ &= c`, ['a = b', '= c']],
    ['row break options', String.raw`a &= b \\[2pt] &= c \\* &= d`, ['a = b', '= c', '= d']],
    ['comments are blanked', 'a &= b % why \\\\ not a row\n\\\\ &= c', ['a = b', '= c']],
    ['escaped percent stays', String.raw`a &= 5\% \\ &= c`, [String.raw`a = 5\%`, '= c']],
    [
      'inner environments keep their rows',
      String.raw`f(x) &= \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases} \\ &= g`,
      [String.raw`f(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}`, '= g'],
    ],
    [
      'a whole split is unwrapped',
      String.raw`\begin{split} a &= b \\ &= c \end{split}`,
      ['a = b', '= c'],
    ],
    [
      'alignedat with its argument',
      String.raw`\begin{alignedat}{2} a &= b \\ &= c \end{alignedat}`,
      ['a = b', '= c'],
    ],
    [
      'intertext splits and disappears',
      String.raw`a &= b \intertext{so that} c &= d`,
      ['a = b', 'c = d'],
    ],
    [
      'braces protect row breaks',
      String.raw`a &= \frac{1}{2 \\ 3} \\ &= c`,
      [String.raw`a = \frac{1}{2 \\ 3}`, '= c'],
    ],
    ['empty rows are dropped', String.raw`a &= b \\ \\ &= c \\`, ['a = b', '= c']],
  ];
  for (const [name, content, expected] of cases) {
    it(name, () => {
      assert.deepEqual(
        rows(content).map((row) => row.text),
        expected,
      );
    });
  }

  it('keeps document offsets', () => {
    const text = String.raw`\begin{align} x &= 1 \\ &= 2 \end{align}`;
    const start = text.indexOf('}') + 1;
    const found = splitRows(text, start, text.indexOf(String.raw`\end`));
    assert.equal(found.length, 2);
    for (const row of found) assert.equal(row.text.length, row.end - row.start);
    assert.equal(text.slice(found[1].start, found[1].end).trim(), '&= 2');
  });

  it('takes the justification after &&', () => {
    assert.deepEqual(rows(String.raw`a &= b && \text{by parts} \\ &= c &&(1)`), [
      { text: 'a = b', justification: String.raw`\text{by parts}` },
      { text: '= c', justification: '(1)' },
    ]);
  });
});

describe('derivation rows: justifications after a wide space', () => {
  const cases: [string, string, string][] = [
    [
      String.raw`f(x) = 2x^3 + C \quad \text{integrate both sides}`,
      'f(x) = 2x^3 + C',
      String.raw`\quad \text{integrate both sides}`,
    ],
    [
      String.raw`p &=& 10 \qquad (\text{first equation})`,
      'p = 10',
      String.raw`\qquad (\text{first equation})`,
    ],
    // A text inside the formula is kept: it may name a quantity.
    [String.raw`v = \frac{\text{distance}}{t}`, String.raw`v = \frac{\text{distance}}{t}`, ''],
  ];
  for (const [content, text, justification] of cases) {
    it(content, () => {
      const [row] = splitRows(content, 0, content.length);
      assert.equal(row.text.trim().replace(/\s+/g, ' '), text);
      assert.equal(row.justification, justification);
    });
  }
});
