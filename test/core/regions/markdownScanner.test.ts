import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { scanDocument } from '../../../server/src/core/regions/scannedDocument';

function contents(text: string, kind: 'math' | 'spoken' = 'math'): string[] {
  return scanDocument('markdown', text)
    .items.filter((item) => item.kind === kind)
    .map((item) =>
      item.kind === 'math'
        ? text.slice(item.contentStart, item.contentEnd)
        : text.slice(item.start, item.end),
    );
}

describe('Markdown scanner', () => {
  const cases: { name: string; text: string; math: string[] }[] = [
    { name: 'inline', text: 'a $x^2$ b', math: ['x^2'] },
    { name: 'display', text: 'a $$x$$ b', math: ['x'] },
    { name: 'display over lines', text: '$$\nx = 1\n$$\n', math: ['\nx = 1\n'] },
    { name: 'math fence', text: '```math\nx = 1\n```\n', math: ['x = 1'] },
    { name: 'money is not math', text: 'It costs $5 and $10.', math: [] },
    { name: 'space after opening dollar is not math', text: 'a $ x$ b', math: [] },
    { name: 'escaped dollar', text: 'a \\$x$ b $y$', math: ['y'] },
    { name: 'code span hides math', text: 'a `$x$` b $y$', math: ['y'] },
    { name: 'double-backtick code span', text: 'a ``$x` `` b $y$', math: ['y'] },
    { name: 'fenced code hides math', text: '```js\nlet a = $x$;\n```\n$y$', math: ['y'] },
    { name: 'tilde fence', text: '~~~\n$x$\n~~~\n$y$', math: ['y'] },
    { name: 'indented code hides math', text: 'para\n\n    $x$\n\n$y$', math: ['y'] },
    { name: 'list continuation is not code', text: '- item\n\n    $x$\n', math: ['x'] },
    { name: 'html comment hides math', text: '<!-- $x$ --> $y$', math: ['y'] },
    { name: 'front matter is skipped', text: '---\ntitle: $x$\n---\n$y$', math: ['y'] },
    { name: 'math does not cross a blank line', text: '$a\n\nb$', math: [] },
    {
      name: 'text island keeps its dollars',
      text: '$$a \\text{if $b$}$$',
      math: ['a \\text{if $b$}'],
    },
  ];
  for (const testCase of cases) {
    it(testCase.name, () => assert.deepEqual(contents(testCase.text), testCase.math));
  }

  it('reads spoken fences line by line', () => {
    assert.deepEqual(
      contents('```spoken\nx squared plus one\n\n  two over three \n```\n', 'spoken'),
      ['x squared plus one', 'two over three'],
    );
  });

  for (const [name, text] of [
    ['a 5 MB paragraph of money', 'costs $5 and $10 '.repeat(300_000)],
    ['100,000 unclosed backticks', '`a '.repeat(100_000)],
    ['dollars and backticks interleaved', '$a `b '.repeat(100_000)],
  ]) {
    it(`scans ${name} in linear time`, () => {
      const started = performance.now();
      scanDocument('markdown', text);
      assert.ok(performance.now() - started < 3000);
    });
  }

  it('collects macro definitions made inside math', () => {
    const items = scanDocument('markdown', '$$\\newcommand{\\R}{\\mathbb{R}}$$ and $\\R$').items;
    assert.ok(items.some((item) => item.kind === 'definition' && item.name === '\\R'));
  });
});
