import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { killAllServers, LspClient, virtualUri } from './harness';

after(killAllServers);

interface Outline {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: [number, number, number, number];
  selection: [number, number, number, number];
  children?: Outline[];
}

function outline(symbols: DocumentSymbol[]): Outline[] {
  return symbols.map((symbol) => {
    const entry: Outline = {
      name: symbol.name,
      detail: symbol.detail,
      kind: symbol.kind,
      range: [
        symbol.range.start.line,
        symbol.range.start.character,
        symbol.range.end.line,
        symbol.range.end.character,
      ],
      selection: [
        symbol.selectionRange.start.line,
        symbol.selectionRange.start.character,
        symbol.selectionRange.end.line,
        symbol.selectionRange.end.character,
      ],
    };
    if (symbol.children && symbol.children.length > 0) entry.children = outline(symbol.children);
    return entry;
  });
}

/** The selection range must lie inside the range (LSP requires it; VS Code rejects the outline otherwise). */
function assertContained(symbols: DocumentSymbol[]): void {
  for (const symbol of symbols) {
    const { range, selectionRange } = symbol;
    const before = (
      a: { line: number; character: number },
      b: { line: number; character: number },
    ) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    assert.ok(
      before(range.start, selectionRange.start) && before(selectionRange.end, range.end),
      `${symbol.name}: selection outside range`,
    );
    if (symbol.children) {
      for (const child of symbol.children) {
        assert.ok(
          before(range.start, child.range.start) && before(child.range.end, range.end),
          `${child.name} outside ${symbol.name}`,
        );
      }
      assertContained(symbol.children);
    }
  }
}

describe('document symbols', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ settings: {} });
  });
  after(async () => {
    await client.shutdown();
  });

  async function symbolsOf(name: string, text: string): Promise<DocumentSymbol[]> {
    const uri = virtualUri(name);
    await client.open(uri, text);
    const result = await client.documentSymbols(uri);
    assert.ok(Array.isArray(result));
    for (const symbol of result)
      assert.ok('selectionRange' in symbol, 'hierarchical DocumentSymbol, not SymbolInformation');
    assertContained(result as DocumentSymbol[]);
    return result as DocumentSymbol[];
  }

  it('lists numbered environments and labelled formulas with their labels', async () => {
    const text = [
      String.raw`\documentclass{article}`, //                 0
      String.raw`\begin{document}`, //                        1
      String.raw`Inline $a \label{inl}$ text.`, //            2
      String.raw`\begin{equation}`, //                        3
      String.raw`  E = mc^2 \label{eq:einstein}`, //          4
      String.raw`\end{equation}`, //                          5
      String.raw`\begin{equation*}`, //                       6
      String.raw`  x = 1`, //                                 7
      String.raw`\end{equation*}`, //                         8
      String.raw`\begin{align}`, //                           9
      String.raw`  a &= b \label{eq:a}\\`, //                 10
      String.raw`  c &= d \label{eq:c}`, //                   11
      String.raw`\end{align}`, //                             12
      String.raw`\[ y = 2 \]`, //                             13
      String.raw`\begin{gather}`, //                          14
      String.raw` q % a comment`, //                          15
      String.raw`\end{gather}`, //                            16
      String.raw`\end{document}`, //                          17
      '',
    ].join('\n');
    const symbols = await symbolsOf('outline.tex', text);
    assert.deepEqual(outline(symbols), [
      {
        name: 'inline math (inl)',
        detail: 'a',
        kind: SymbolKind.Number,
        range: [2, 7, 2, 22],
        selection: [2, 7, 2, 8],
      },
      {
        name: 'equation (eq:einstein)',
        detail: 'E = mc^2',
        kind: SymbolKind.Number,
        range: [3, 0, 5, 14],
        selection: [3, 0, 3, 16],
      },
      {
        name: 'align',
        detail: String.raw`a &= b \\ c &= d`,
        kind: SymbolKind.Number,
        range: [9, 0, 12, 11],
        selection: [9, 0, 9, 13],
        children: [
          {
            name: 'eq:a',
            detail: '\\label',
            kind: SymbolKind.Key,
            range: [10, 9, 10, 21],
            selection: [10, 9, 10, 21],
          },
          {
            name: 'eq:c',
            detail: '\\label',
            kind: SymbolKind.Key,
            range: [11, 9, 11, 21],
            selection: [11, 9, 11, 21],
          },
        ],
      },
      // Comments are left out of the summary.
      {
        name: 'gather',
        detail: 'q',
        kind: SymbolKind.Number,
        range: [14, 0, 16, 12],
        selection: [14, 0, 14, 14],
      },
    ]);
  });

  it('lists labelled display math in Markdown', async () => {
    const symbols = await symbolsOf(
      'outline.md',
      '# Title\n\n$$\na + b \\label{m}\n$$\n\nInline $c$ only.\n',
    );
    assert.deepEqual(outline(symbols), [
      {
        name: 'display math (m)',
        detail: 'a + b',
        kind: SymbolKind.Number,
        range: [2, 0, 4, 2],
        selection: [2, 0, 2, 2],
      },
    ]);
  });

  it('shortens long formulas in the detail', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `x_{${i}}`).join(' + ');
    const symbols = await symbolsOf('long.tex', `\\begin{equation}\n${long}\n\\end{equation}\n`);
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0].name, 'equation');
    assert.equal(symbols[0].detail?.length, 60);
    assert.ok(symbols[0].detail?.endsWith('…'));
    assert.ok(symbols[0].detail?.startsWith('x_{0} + x_{1}'));
  });

  it('returns an empty outline for a document without numbered or labelled math', async () => {
    const symbols = await symbolsOf(
      'plain.tex',
      String.raw`Text $a$ and \[ b \] and \begin{equation*} c \end{equation*}.`,
    );
    assert.deepEqual(symbols, []);
  });

  it('follows incremental edits', async () => {
    const uri = virtualUri('edited.tex');
    await client.open(uri, '\\[ a \\]\n');
    assert.deepEqual(await client.documentSymbols(uri), []);
    await client.change(uri, [
      {
        range: { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } },
        text: '\\label{new} ',
      },
    ]);
    const symbols = (await client.documentSymbols(uri)) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((symbol) => [symbol.name, symbol.detail]),
      [['display math (new)', 'a']],
    );
  });
});
