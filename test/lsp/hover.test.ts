import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { killAllServers, LspClient, virtualUri } from './harness';

after(killAllServers);

/** The document with the `|` cursor markers removed, and the marker positions (line, character). */
function marked(text: string): { text: string; cursors: [number, number][] } {
  const cursors: [number, number][] = [];
  const lines = text.split('\n').map((line, lineNumber) => {
    let clean = '';
    for (const char of line) {
      if (char === '|') cursors.push([lineNumber, clean.length]);
      else clean += char;
    }
    return clean;
  });
  return { text: lines.join('\n'), cursors };
}

function markdownOf(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

/** The SVG documents inside the hover's data: images. */
function svgsOf(hover: Hover | null): string[] {
  const images = [...markdownOf(hover).matchAll(/!\[[^\]]*\]\((data:image\/svg\+xml[^)]*)\)/g)];
  return images.map(([, uri]) => {
    const comma = uri.indexOf(',');
    const header = uri.slice(0, comma);
    const body = uri.slice(comma + 1);
    return header.endsWith(';base64')
      ? Buffer.from(body, 'base64').toString('utf8')
      : decodeURIComponent(body);
  });
}

const document = marked(String.raw`\documentclass{article}
\usepackage{amsmath,amssymb}
\newcommand{\R}{\mathbb{R}}
\begin{document}
Inline $x^|2 + \R$ and broken $\frac{1|}$ here.
\begin{align}
  a &= b |\label{eq:ab}\\
  c &= d
\end{align}
Text | only. See \eqref{eq:|ab} and \ref{nowh|ere}.
\end{document}
`);

describe('hover', () => {
  let client: LspClient;
  const uri = virtualUri('hover.tex');

  before(async () => {
    client = await LspClient.start({
      initializationOptions: { theme: { kind: 'dark', foreground: '#abcdef', fontSize: 16 } },
    });
    await client.open(uri, document.text);
  });
  after(() => client.shutdown());

  const [inline, broken, align, text, reference, missing] = document.cursors;

  it('shows a valid formula as an SVG image in the theme colour, with its range', async () => {
    const hover = await client.hover(uri, ...inline);
    const [svg] = svgsOf(hover);
    assert.match(svg, /^<svg[\s>]/);
    assert.match(svg, /#abcdef/i, 'foreground colour from the theme');
    assert.match(svg, /width="[\d.]+(px)?"/);
    assert.deepEqual(hover?.range, {
      start: { line: 4, character: 7 },
      end: { line: 4, character: 17 },
    });
  });

  it('reads the formula aloud under the image', async () => {
    const plain = virtualUri('plain.tex');
    await client.open(plain, 'Energy: $E = mc^2$.\n');
    assert.match(
      markdownOf(await client.hover(plain, 0, 10)),
      /\*Read aloud:\* E equals m c squared/,
    );
  });

  it('reads a formula with the document’s macros', async () => {
    const macros = virtualUri('macros.tex');
    await client.open(macros, '\\newcommand{\\abs}[1]{\\left|#1\\right|}\nSo $\\abs{x} = 1$.\n');
    assert.match(
      markdownOf(await client.hover(macros, 1, 6)),
      /\*Read aloud:\* the absolute value of x equals 1/,
    );
  });

  it('reads an aligned derivation aloud as one chain', async () => {
    const aligned = virtualUri('aligned.tex');
    await client.open(
      aligned,
      '\\begin{align}\n  (a+b)^2 &= (a+b)(a+b) \\\\\n  &= a^2 + 2ab + b^2\n\\end{align}\n',
    );
    assert.match(
      markdownOf(await client.hover(aligned, 1, 4)),
      /\*Read aloud:\* the quantity a plus b end quantity squared equals .* equals a squared plus 2 a b plus b squared/,
    );
  });

  it('shows KaTeX’s error for a formula that does not parse', async () => {
    const value = markdownOf(await client.hover(uri, ...broken));
    assert.match(value, /KaTeX cannot render this formula/);
    assert.doesNotMatch(value, /!\[/);
  });

  it('renders a whole environment', async () => {
    assert.equal(svgsOf(await client.hover(uri, ...align)).length, 1);
  });

  it('has nothing to show in text', async () => {
    assert.equal(await client.hover(uri, ...text), null);
  });

  it('renders the equation a reference points to, and says where it is', async () => {
    const hover = await client.hover(uri, ...reference);
    assert.equal(svgsOf(hover).length, 1);
    assert.match(markdownOf(hover), /hover\.tex, line 7/);
  });

  it('says so when a label exists nowhere', async () => {
    assert.match(markdownOf(await client.hover(uri, ...missing)), /No `\\label\{nowhere\}`/);
  });

  it('renders Markdown math with the document’s own \\newcommand', async () => {
    const notes = virtualUri('notes.md');
    await client.open(
      notes,
      '# Notes\n\n$$\\newcommand{\\half}{\\frac12}$$\n\nA half: $\\half x$ and `$code$`.\n',
    );
    assert.equal(svgsOf(await client.hover(notes, 4, 11)).length, 1);
    assert.equal(await client.hover(notes, 4, 25), null, 'code spans are not math');
  });

  it('follows a theme change', async () => {
    await client.connection.sendNotification('mathlens/theme', {
      kind: 'light',
      foreground: '#123456',
      fontSize: 14,
    });
    const [svg] = svgsOf(await client.hover(uri, ...inline));
    assert.match(svg, /#123456/i);
  });
});
