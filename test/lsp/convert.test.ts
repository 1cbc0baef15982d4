import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type {
  CodeAction,
  Diagnostic,
  Hover,
  MarkupContent,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import { convertRequest, type ConvertedRange } from '../../server/src/protocol';
import { sameRendering } from '../core/convert/sameRendering';
import { killAllServers, LspClient, virtualUri } from './harness';

after(killAllServers);

function editsOf(action: CodeAction | undefined, uri: string): TextEdit[] {
  assert.ok(action?.edit?.changes?.[uri], JSON.stringify(action));
  return action.edit.changes[uri];
}

/** The LaTeX inside the inline math delimiters of an edit (or the edit itself, bare). */
function unwrapped(text: string): string {
  return text.replace(/^\$(.*)\$$/s, '$1').replace(/^\\\((.*)\\\)$/s, '$1');
}

describe('converting plain-text math to LaTeX over LSP', { concurrency: false }, () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ settings: {} });
  });
  after(async () => {
    await client.shutdown();
  });

  async function actionsAt(
    uri: string,
    range: { start: { line: number; character: number }; end: { line: number; character: number } },
    diagnostics: Diagnostic[] = [],
  ): Promise<CodeAction[]> {
    return client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics },
    });
  }

  it('offers "Convert to LaTeX" for selected words in Markdown, wrapped in $…$', async () => {
    const uri = virtualUri('selection.md');
    await client.open(uri, 'The area is pi r squared here.\n');
    const range = { start: { line: 0, character: 12 }, end: { line: 0, character: 24 } };
    const actions = await actionsAt(uri, range);
    const convert = actions.find((action) => action.title.startsWith('Convert to LaTeX: '));
    const [edit] = editsOf(convert, uri);
    assert.deepEqual(edit.range, range);
    assert.match(edit.newText, /^\$.*\$$/);
    assert.ok(sameRendering('\\pi r^{2}', unwrapped(edit.newText)), edit.newText);
  });

  it('wraps in \\(…\\) in a LaTeX document that prefers it, and not at all inside math', async () => {
    const uri = virtualUri('parens.tex');
    const text = 'Let \\(a\\) and \\(b\\) be. Then x squared is \\(y plus one\\).\n';
    await client.open(uri, text);
    const outside = await actionsAt(uri, {
      start: { line: 0, character: text.indexOf('x squared') },
      end: { line: 0, character: text.indexOf('x squared') + 9 },
    });
    const [wrapped] = editsOf(outside[0], uri);
    assert.match(wrapped.newText, /^\\\(.*\\\)$/);
    assert.ok(sameRendering('x^{2}', unwrapped(wrapped.newText)), wrapped.newText);
    const inside = await actionsAt(uri, {
      start: { line: 0, character: text.indexOf('y plus') },
      end: { line: 0, character: text.indexOf('y plus') + 10 },
    });
    const [bare] = editsOf(
      inside.find((action) => action.title.startsWith('Convert')),
      uri,
    );
    assert.ok(sameRendering('y + 1', bare.newText), bare.newText);
  });

  it('offers nothing for a selection that is already LaTeX', async () => {
    const uri = virtualUri('latex.tex');
    await client.open(uri, '$\\frac{a}{b}$\n');
    const actions = await actionsAt(uri, {
      start: { line: 0, character: 1 },
      end: { line: 0, character: 12 },
    });
    assert.deepEqual(
      actions.filter((action) => action.title.startsWith('Convert')),
      [],
    );
  });

  it('hints at a formula written in words and converts it with a quick fix', async () => {
    const uri = virtualUri('words.md');
    await client.open(uri, 'Here $x squared plus one$ and $x^2$ and $xy z$.\n');
    const params = await client.waitForDiagnostics(uri, () => true);
    const hints = params.diagnostics.filter((d) => d.code === 'spoken.english-in-math');
    assert.equal(hints.length, 1, JSON.stringify(params.diagnostics));
    const [hint] = hints;
    assert.deepEqual(hint.range, {
      start: { line: 0, character: 6 },
      end: { line: 0, character: 24 },
    });
    const actions = await actionsAt(uri, hint.range, [hint]);
    const fix = actions.find((action) => action.kind === 'quickfix');
    assert.match(fix?.title ?? '', /^Convert to LaTeX: /);
    const [edit] = editsOf(fix, uri);
    assert.ok(sameRendering('x^{2} + 1', edit.newText), edit.newText);
  });

  it('in a spoken file: warns about unknown words, converts the line, hovers the result', async () => {
    const uri = virtualUri('notes.spoken');
    await client.open(uri, 'x squared plus one\n\nthe square root of two\n', 'spoken');
    const params = await client.waitForDiagnostics(uri, () => true);
    assert.deepEqual(params.diagnostics, []);
    const actions = await actionsAt(uri, {
      start: { line: 2, character: 3 },
      end: { line: 2, character: 3 },
    });
    const [edit] = editsOf(actions[0], uri);
    assert.ok(sameRendering('\\sqrt{2}', edit.newText), edit.newText);
    assert.deepEqual(edit.range, {
      start: { line: 2, character: 0 },
      end: { line: 2, character: 22 },
    });
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 4 },
    });
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(value, /!\[formula\]\(data:image\/svg\+xml/);
    assert.match(value, /\*LaTeX:\* `x\^/);
  });

  it('flags an unknown word in a spoken line at its range', async () => {
    const uri = virtualUri('unknown.spoken');
    await client.open(uri, 'x plus flibbertigibbet\n', 'spoken');
    const params = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const [warning] = params.diagnostics;
    assert.equal(warning.severity, 2);
    assert.equal(warning.range.start.character, 7);
    assert.equal(warning.range.end.character, 22);
  });

  it('converts a ```spoken block of Markdown into display math', async () => {
    const uri = virtualUri('block.md');
    await client.open(uri, 'Text\n\n```spoken\na over b\n```\n\nMore\n');
    const actions = await actionsAt(uri, {
      start: { line: 3, character: 2 },
      end: { line: 3, character: 2 },
    });
    const block = actions.find((action) => action.title === 'Convert the spoken block to LaTeX');
    const [edit] = editsOf(block, uri);
    assert.deepEqual(edit.range, {
      start: { line: 2, character: 0 },
      end: { line: 4, character: 3 },
    });
    const latex = /^\$\$\n(.*)\n\$\$$/s.exec(edit.newText)?.[1] ?? '';
    assert.ok(sameRendering('\\frac{a}{b}', latex), edit.newText);
  });

  it('answers the convert request for each range, and for documents it does not serve', async () => {
    const uri = virtualUri('request.md');
    await client.open(uri, 'two plus two\n');
    const served = await client.request<ConvertedRange[]>(convertRequest, {
      uri,
      ranges: [{ start: { line: 0, character: 0 }, end: { line: 0, character: 12 } }],
    });
    assert.equal(served.length, 1);
    assert.ok(sameRendering('2 + 2', served[0].latex), served[0].latex);
    assert.equal(served[0].newText, `$${served[0].latex}$`);
    const elsewhere = await client.request<ConvertedRange[]>(convertRequest, {
      uri: virtualUri('notes.txt'),
      ranges: [{ start: { line: 0, character: 0 }, end: { line: 0, character: 9 } }],
      texts: ['a over b '],
    });
    assert.equal(elsewhere[0].newText, elsewhere[0].latex);
    assert.ok(sameRendering('\\frac{a}{b}', elsewhere[0].latex));
  });
});
