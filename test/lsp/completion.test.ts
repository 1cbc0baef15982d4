import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol/node';
import { killAllServers, LspClient, virtualUri } from './harness';

after(killAllServers);

function itemsOf(result: CompletionList | CompletionItem[] | null): CompletionItem[] {
  assert.ok(result, 'expected completions');
  return Array.isArray(result) ? result : result.items;
}

const text = String.raw`\documentclass{article}
\usepackage{amsmath}
\newcommand{\norm}[1]{\lVert #1\rVert}
\begin{document}
\begin{equation}\label{eq:first} x = 1 \end{equation}
Math $\al$ and \begin{ali} and \eqref{eq:} and plain \al text.
\end{document}
`;
const line = 5;

describe('completion', () => {
  let client: LspClient;
  const uri = virtualUri('complete.tex');

  before(async () => {
    client = await LspClient.start();
    await client.open(uri, text);
  });
  after(() => client.shutdown());

  it('lists KaTeX commands and document macros inside math, replacing the typed prefix', async () => {
    const items = itemsOf(await client.completion(uri, line, 9));
    const alpha = items.find((item) => item.label === '\\alpha');
    assert.equal(alpha?.detail, 'α');
    assert.deepEqual(alpha?.textEdit && 'range' in alpha.textEdit && alpha.textEdit.range, {
      start: { line, character: 6 },
      end: { line, character: 9 },
    });
    const norm = items.find((item) => item.label === '\\norm');
    assert.equal(norm?.insertTextFormat, 2, 'a snippet for the argument');
  });

  it('renders an item’s symbol on resolve', async () => {
    const items = itemsOf(await client.completion(uri, line, 9));
    const resolved = await client.resolveCompletion(
      items.find((item) => item.label === '\\alpha')!,
    );
    const documentation = resolved.documentation as { kind: string; value: string };
    assert.match(documentation.value, /!\[formula\]\(data:image\/svg\+xml/);
  });

  it('lists environments after \\begin{', async () => {
    const character = text.split('\n')[line].indexOf('\\begin{ali') + '\\begin{ali'.length;
    const labels = itemsOf(await client.completion(uri, line, character)).map((item) => item.label);
    assert.ok(labels.includes('align'));
    assert.ok(labels.includes('aligned'));
  });

  it('lists labels after \\eqref{', async () => {
    const character = text.split('\n')[line].indexOf('eq:}') + 3;
    const items = itemsOf(await client.completion(uri, line, character));
    assert.deepEqual(
      items.map((item) => item.label),
      ['eq:first'],
    );
  });

  it('offers nothing in text', async () => {
    const character = text.split('\n')[line].lastIndexOf('\\al') + 3;
    assert.equal(await client.completion(uri, line, character), null);
  });
});
