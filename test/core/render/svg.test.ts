import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  renderSvg,
  type SvgImage,
  type SvgRenderOptions,
  type SvgRenderResult,
} from '../../../server/src/core/render/svg';
import { descendants, parseXml } from './xml';

const base: SvgRenderOptions = { display: true, macros: {}, color: '#d4d4d4', fontSize: 14 };

function images(result: SvgRenderResult): SvgImage[] {
  assert.equal(result.kind, 'svg', JSON.stringify(result).slice(0, 300));
  return result.kind === 'svg' ? result.images : [];
}

function one(source: string, options: Partial<SvgRenderOptions> = {}): SvgImage {
  const all = images(renderSvg(source, { ...base, ...options }));
  assert.equal(all.length, 1);
  return all[0];
}

/** The SVG back from its data URI, whichever encoding was chosen. */
function decode(uri: string): string {
  const base64 = 'data:image/svg+xml;base64,';
  const percent = 'data:image/svg+xml,';
  if (uri.startsWith(base64))
    return Buffer.from(uri.slice(base64.length), 'base64').toString('utf8');
  assert.ok(uri.startsWith(percent), uri.slice(0, 40));
  return decodeURIComponent(uri.slice(percent.length));
}

const viewBoxOf = (svg: string) =>
  parseXml(svg)
    .attributes.get('viewBox')!
    .split(/[\s,]+/)
    .map(Number);

const formulas: [string, boolean][] = [
  [String.raw`x = \frac{-b \pm \sqrt{b^2-4ac}}{2a}`, true],
  [String.raw`e^{i\pi} + 1 = 0`, false],
  [String.raw`\sum_{k=1}^{n} k^2 = \frac{n(n+1)(2n+1)}{6}`, true],
  [String.raw`a < b \land c > d \text{ if } x \& y`, false],
  [String.raw`\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}`, true],
  [String.raw`\text{é, 中文, ∀} \coloneqq \mathbb{R}`, false],
  [String.raw`x = 1 \tag{3}`, true],
  [String.raw`\color{red}{y} + \boxed{z} + \overset{\text{def}}{=}`, true],
  [String.raw`\href{javascript:alert(1)}{x} + \url{https://example.com}`, false],
];

describe('renderSvg: a self-contained, well-formed image', { concurrency: true }, () => {
  for (const [source, display] of formulas) {
    it(source, () => {
      const image = one(source, { display });
      const root = parseXml(image.svg);
      assert.equal(root.name, 'svg');
      assert.equal(root.attributes.get('xmlns'), 'http://www.w3.org/2000/svg');
      assert.equal(Number(root.attributes.get('width')), image.width);
      assert.equal(Number(root.attributes.get('height')), image.height);
      assert.ok(image.width > 0 && image.height > 0);
      assert.doesNotMatch(image.svg, /<script|javascript:|<foreignObject|currentColor/i);
      for (const element of descendants(root)) {
        for (const [name, value] of element.attributes) {
          if (/href$/.test(name)) assert.match(value, /^#/, `${name}=${value} is not internal`);
          assert.ok(!name.startsWith('on'), `event handler ${name}`);
          assert.doesNotMatch(value, /url\((?!#)/, `${name}=${value}`);
        }
        assert.notEqual(element.name, 'image');
      }
      // The data URI carries exactly the SVG, in characters a Markdown image keeps intact.
      assert.equal(decode(image.dataUri), image.svg);
      assert.match(image.dataUri, /^[A-Za-z0-9+/=%,;:.!$*@?_~-]+$/);
    });
  }

  it('gives the same bytes for the same formula (ids are not per-render counters)', () => {
    assert.equal(one('x^2 + y^2').svg, one('x^2 + y^2').svg);
  });
});

describe('renderSvg: size', () => {
  it('is one em per editor font size, from the viewBox (1000 units per em)', () => {
    for (const fontSize of [10, 14, 20]) {
      const image = one('a + b = c', { fontSize });
      const [, , width, height] = viewBoxOf(image.svg);
      assert.ok(Math.abs(image.width - (width / 1000) * fontSize) < 0.01);
      assert.ok(Math.abs(image.height - (height / 1000) * fontSize) < 0.01);
    }
  });

  it('scales a formula wider than maxWidth down, keeping its aspect ratio', () => {
    const source = Array.from({ length: 40 }, (_, i) => `x_{${i}}`).join(' + ');
    const natural = one(source, { maxWidth: 100_000 });
    const narrow = one(source, { maxWidth: 300 });
    assert.ok(natural.width > 300);
    assert.equal(narrow.width, 300);
    const ratio = natural.width / natural.height;
    assert.ok(Math.abs(narrow.width / narrow.height - ratio) / ratio < 0.01);
  });

  it('falls back to 14 px for a nonsensical font size', () => {
    assert.deepEqual(
      [one('x', { fontSize: Number.NaN }).width, one('x', { fontSize: -3 }).width],
      [one('x', { fontSize: 14 }).width, one('x', { fontSize: 14 }).width],
    );
  });
});

describe('renderSvg: colour', { concurrency: true }, () => {
  const cases: [string, string][] = [
    ['#d4d4d4', '#d4d4d4'],
    ['#ABC', '#abc'],
    ['#11223344', '#11223344'],
    ['rgb(10, 20, 30)', 'rgb(10,20,30)'],
    ['rgb(10 20 30 / 50%)', 'rgba(10,20,30,50%)'],
    ['hsl(120deg, 50%, 40%)', 'hsl(120deg,50%,40%)'],
    ['CornflowerBlue', 'cornflowerblue'],
    ['red"/><script>alert(1)</script>', '#808080'],
    ['url(#x)', '#808080'],
    ['var(--vscode-editor-foreground)', '#808080'],
    ['notacolour', '#808080'],
    ['#12', '#808080'],
    ['', '#808080'],
  ];
  for (const [color, expected] of cases) {
    it(`${JSON.stringify(color)} → ${expected}`, () => {
      const root = parseXml(one(String.raw`\frac{a}{b}`, { color }).svg);
      const fills = [...descendants(root)].map((element) => element.attributes.get('fill'));
      assert.ok(fills.includes(expected), `fills: ${fills.filter(Boolean).join(' ')}`);
      assert.ok(fills.every((fill) => fill === undefined || fill === expected));
    });
  }

  it('keeps the colours the formula sets itself', () => {
    const svg = one(String.raw`\color{red}{x} + y`, { color: '#ffffff' }).svg;
    assert.match(svg, /fill="red"/);
    assert.match(svg, /fill="#ffffff"/);
  });
});

describe('renderSvg: errors', { concurrency: true }, () => {
  const cases: [string, string | RegExp, number, number][] = [
    [String.raw`\frac{1}`, /expected '\}'/, 8, 8],
    ['x^', "Expected group after '^'", 1, 2],
    [
      String.raw`\undefinedcommand`,
      String.raw`Undefined control sequence: \undefinedcommand`,
      0,
      17,
    ],
    [String.raw`a + \left( b`, /Expected '\\right'/, 12, 12],
  ];
  for (const [source, message, start, end] of cases) {
    it(source, () => {
      const result = renderSvg(source, base);
      assert.equal(result.kind, 'error');
      if (result.kind !== 'error') return;
      if (typeof message === 'string') assert.equal(result.message, message);
      else assert.match(result.message, message);
      assert.deepEqual([result.start, result.end], [start, end]);
    });
  }

  it('gives no offsets for an error inside a macro body', () => {
    const result = renderSvg(String.raw`y + \bad`, { ...base, macros: { '\\bad': 'x^' } });
    assert.equal(result.kind, 'error');
    assert.ok(result.kind === 'error' && result.start === undefined && result.end === undefined);
  });

  it('reports runaway expansion instead of hanging', () => {
    const result = renderSvg(String.raw`\def\a{\a}\a`, base);
    assert.equal(result.kind, 'error');
    assert.match(result.kind === 'error' ? result.message : '', /expansion/i);
  });
});

describe('renderSvg: macros', () => {
  it("applies the document's macros", () => {
    const macros = { '\\RR': '\\mathbb{R}', '\\norm': '\\lVert #1 \\rVert' };
    assert.equal(one(String.raw`\RR^n`, { macros }).svg, one(String.raw`\mathbb{R}^n`).svg);
    assert.equal(one(String.raw`\norm{v}`, { macros }).svg, one(String.raw`\lVert v \rVert`).svg);
    assert.equal(renderSvg(String.raw`\RR^n`, base).kind, 'error');
  });

  it('never writes a \\gdef into the shared macros table', () => {
    const macros: Record<string, unknown> = { '\\RR': '\\mathbb{R}' };
    one(String.raw`\gdef\foo{x}\foo + \RR`, { macros });
    one(String.raw`\global\def\bar{y}\bar`, { macros });
    assert.deepEqual(Object.keys(macros), ['\\RR']);
    assert.equal(renderSvg(String.raw`\foo`, { ...base, macros }).kind, 'error');
  });
});

/** An align of `rows` rows, each a sum large enough to matter. */
function bigAlign(rows: number, env = 'align'): string {
  const body = Array.from(
    { length: rows },
    (_, i) => String.raw`f_{${i}}(x) &= \sum_{k=0}^{${i}} \binom{${i}}{k} x^k`,
  ).join(' \\\\\n');
  return `\\begin{${env}}\n${body}\n\\end{${env}}`;
}

describe('renderSvg: the size limit', () => {
  it('splits a 300-row align into row images, all of them within the limit', () => {
    const result = renderSvg(bigAlign(300), base);
    assert.equal(result.kind, 'svg');
    if (result.kind !== 'svg') return;
    assert.ok(result.images.length > 1);
    assert.equal(result.images.length + (result.omittedRows ?? 0), 300);
    assert.ok((result.omittedRows ?? 0) > 0);
    const total = result.images.reduce((sum, image) => sum + image.dataUri.length, 0);
    assert.ok(total <= 90_000, `${total} characters`);
    for (const image of result.images) parseXml(image.svg);
  });

  it('shows the leading rows that fit, and counts the rest', () => {
    const small = String.raw`\begin{align*} a &= b + c \\ d &= e \\ f &= g \end{align*}`;
    const room = one(small).dataUri.length * 2.5;
    const huge = Array.from({ length: 80 }, (_, i) => `\\frac{x_{${i}}}{2}`).join('+');
    const source = small.replace('\\end{align*}', `\\\\ h &= ${huge} \\end{align*}`);
    const result = renderSvg(source, { ...base, maxLength: room });
    assert.equal(images(result).length, 3);
    assert.equal(result.kind === 'svg' && result.omittedRows, 1);
    for (const image of images(result)) assert.ok(image.height < one('b').height * 2);
  });

  it('is too-large, with a message, for a large formula without rows', () => {
    const source = Array.from({ length: 400 }, (_, i) => `\\frac{x_{${i}}}{y^{${i}}}`).join('+');
    const result = renderSvg(source, base);
    assert.equal(result.kind, 'too-large');
    assert.match(result.kind === 'too-large' ? result.message : '', /more than the 90,000/);
  });

  it('is too-large when not even the first row fits', () => {
    const result = renderSvg(bigAlign(5), { ...base, maxLength: 500 });
    assert.equal(result.kind, 'too-large');
  });

  it('keeps definitions from one row in the rows after it', () => {
    const huge = Array.from({ length: 80 }, (_, i) => `\\frac{x_{${i}}}{2}`).join('+');
    const first = String.raw`\begin{align*} \gdef\v{\mathbf{v}} a &= \v \\ b &= \v + 1 \end{align*}`;
    const room = one(first).dataUri.length * 2.5;
    const source = first.replace('\\end{align*}', `\\\\ c &= ${huge} \\end{align*}`);
    const result = renderSvg(source, { ...base, maxLength: room });
    assert.equal(images(result).length, 2);
    assert.equal(result.kind === 'svg' && result.omittedRows, 1);
  });
});
