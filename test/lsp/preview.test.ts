import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import {
  previewRequest,
  renderRequest,
  type PreviewContent,
  type RenderResult,
} from '../../server/src/protocol';
import { killAllServers, LspClient, virtualUri } from './harness';

after(killAllServers);

const text = String.raw`\documentclass{article}
\usepackage{amsmath}
\newcommand{\half}{\frac{1}{2}}
\begin{document}
Intro text.
\begin{multline}
  a + b \\ = \half
\end{multline}
After the formula. And $\frac{1}$.
\end{document}
`;

describe('preview requests', () => {
  let client: LspClient;
  const uri = virtualUri('preview.tex');

  before(async () => {
    client = await LspClient.start();
    await client.open(uri, text);
  });
  after(() => client.shutdown());

  const preview = (line: number, character: number) =>
    client.request<PreviewContent | null>(previewRequest, { uri, position: { line, character } });

  it('renders the whole environment under the cursor with the document’s macros', async () => {
    const content = await preview(6, 4);
    assert.ok(content?.html, 'KaTeX HTML');
    assert.match(content.html, /class="katex-display"/);
    assert.match(content.html, /<mfrac>/, '\\half expanded (MathML part)');
    assert.equal(content.latex.startsWith('\\begin{multline}'), true);
    assert.equal(content.display, true);
    assert.deepEqual(content.range.start, { line: 5, character: 0 });
  });

  it('keeps the formula just left when the cursor is in text, and has none before the first', async () => {
    assert.equal((await preview(8, 3))?.range.start.line, 5);
    assert.equal(await preview(4, 2), null);
  });

  it('lists the checked steps of a derivation beside it', async () => {
    const derivationUri = virtualUri('steps.tex');
    await client.open(
      derivationUri,
      ['\\begin{align*}', '(x+1)^2 &= x^2 + 2x + 1 \\\\', '&= x^2 + 1', '\\end{align*}'].join('\n'),
    );
    const content = await client.request<PreviewContent | null>(previewRequest, {
      uri: derivationUri,
      position: { line: 1, character: 2 },
    });
    assert.deepEqual(
      content?.steps?.map((step) => [step.status, step.line, step.latex]),
      [
        ['verified', 1, '(x+1)^2 &= x^2 + 2x + 1'],
        ['refuted', 2, '= x^2 + 1'],
      ],
    );
    assert.match(content?.steps?.[1].reason ?? '', /^at x = /);
  });

  it('reports KaTeX’s error instead of HTML', async () => {
    const content = await preview(8, 27);
    assert.equal(content?.html, undefined);
    assert.match(content?.error ?? '', /Expected group|end of input/);
  });

  it('renders a formula as MathML and as SVG for the copy actions', async () => {
    const mathml = await client.request<RenderResult>(renderRequest, {
      uri,
      latex: '\\half',
      display: false,
      format: 'mathml',
    });
    assert.ok('text' in mathml && /<math[^>]*>[^]*<mfrac>/.test(mathml.text));
    const svg = await client.request<RenderResult>(renderRequest, {
      uri,
      latex: 'x^2',
      display: true,
      format: 'svg',
    });
    assert.ok('text' in svg && svg.text.startsWith('<svg'));
    const bad = await client.request<RenderResult>(renderRequest, {
      uri,
      latex: '\\frac{1}',
      display: false,
      format: 'html',
    });
    assert.ok('error' in bad);
  });
});
