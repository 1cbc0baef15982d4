import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { FoldingRangeKind } from 'vscode-languageserver-protocol/node';
import { killAllServers, LspClient, virtualUri } from './harness';

after(killAllServers);

describe('folding ranges', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ settings: {} });
  });
  after(async () => {
    await client.shutdown();
  });

  async function foldsOf(name: string, text: string): Promise<[number, number][]> {
    const uri = virtualUri(name);
    await client.open(uri, text);
    const ranges = await client.foldingRanges(uri);
    assert.ok(Array.isArray(ranges));
    for (const range of ranges) {
      assert.equal(range.kind, FoldingRangeKind.Region);
      assert.ok(range.startLine < range.endLine, `empty fold ${JSON.stringify(range)}`);
    }
    return ranges.map((range) => [range.startLine, range.endLine]);
  }

  it('folds multi-line display math in LaTeX, keeping the closing line visible', async () => {
    const text = [
      String.raw`\documentclass{article}`, //  0
      String.raw`\begin{document}`, //         1
      String.raw`\begin{equation}`, //         2
      String.raw`  E = mc^2`, //               3
      String.raw`\end{equation}`, //           4
      String.raw`\begin{align*}`, //           5
      String.raw`  a &= b \\`, //              6
      String.raw`    &= c`, //                 7
      String.raw`\end{align*}`, //             8
      String.raw`\[`, //                       9
      String.raw`  y = 2`, //                  10
      String.raw`\]`, //                       11
      String.raw`$$ z $$ one line`, //         12
      String.raw`\[ w \]`, //                  13
      String.raw`Inline $a +`, //              14
      String.raw`b$ spans two lines`, //       15
      String.raw`\end{document}`, //           16
      '',
    ].join('\n');
    assert.deepEqual(await foldsOf('folds.tex', text), [
      [2, 3],
      [5, 7],
      [9, 10],
    ]);
  });

  it('folds display math only when there is a line to hide', async () => {
    // Two lines: the closing delimiter sits on the line after the opening one; nothing to fold.
    assert.deepEqual(await foldsOf('short.tex', '\\[ a\n\\]\n'), []);
    // Three lines: the body line folds into the opening line.
    assert.deepEqual(await foldsOf('three.tex', '\\[\na\n\\]\n'), [[0, 1]]);
  });

  it('folds $$ blocks in Markdown', async () => {
    const text = ['# T', '', '$$', 'a', 'b', '$$', '', 'text', ''].join('\n');
    assert.deepEqual(await foldsOf('folds.md', text), [[2, 4]]);
  });

  it('folds ```math blocks in Markdown like $$ blocks, keeping the closing fence visible', async () => {
    // With or without a line after the closing fence, the fold is the same.
    assert.deepEqual(await foldsOf('fence-eof.md', '```math\nx\ny\n```'), [[0, 2]]);
    assert.deepEqual(await foldsOf('fence.md', '```math\nx\ny\n```\n'), [[0, 2]]);
    assert.deepEqual(await foldsOf('fence-text.md', '```math\nx\ny\n```\nafter\n'), [[0, 2]]);
  });

  it('follows incremental edits', async () => {
    const uri = virtualUri('edited.tex');
    await client.open(uri, '\\[\na\n\\]\n');
    assert.deepEqual(await client.foldingRanges(uri), [
      { startLine: 0, endLine: 1, kind: 'region' },
    ]);
    // Add two body lines.
    await client.change(uri, [
      {
        range: { start: { line: 1, character: 1 }, end: { line: 1, character: 1 } },
        text: '\nb\nc',
      },
    ]);
    assert.deepEqual(await client.foldingRanges(uri), [
      { startLine: 0, endLine: 3, kind: 'region' },
    ]);
    // Break the math: no display math is left.
    await client.change(uri, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, text: '' },
    ]);
    assert.deepEqual(await client.foldingRanges(uri), []);
  });
});
