import { liteAdaptor, type LiteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import type { LiteElement, LiteNode } from 'mathjax-full/js/adaptors/lite/Element.js';
import type { LiteText } from 'mathjax-full/js/adaptors/lite/Text.js';
import type { LiteDocument } from 'mathjax-full/js/adaptors/lite/Document.js';
import { HTMLDocument } from 'mathjax-full/js/handlers/html/HTMLDocument.js';
import { MathML } from 'mathjax-full/js/input/mathml.js';
import { SVG } from 'mathjax-full/js/output/svg.js';

/**
 * MathML → SVG with MathJax 3, for images that must stand alone (a data: URI in a hover).
 *
 * Font cache 'local': each glyph's path is written once in the image's <defs> and reused with
 * <use href="#…">. Measured on the quadratic formula, 6.3 KB against 7.0 KB for 'none' (which
 * repeats the path at every use), and the gap grows with repeated letters; the references are
 * internal to the image, so it stays self-contained. `localID: ''` keeps the ids free of a
 * per-render counter: the same formula always gives the same bytes (the cache and the tests
 * rely on it; ids need only be unique inside one image).
 */
interface Engine {
  adaptor: LiteAdaptor;
  document: HTMLDocument<LiteNode, LiteText, LiteDocument>;
}

let engine: Engine | undefined;

function start(): Engine {
  const adaptor = liteAdaptor();
  // A document of our own rather than mathjax.document(): no global handler registry shared with
  // other MathJax users in the process. It needs a real (lite) DOM: characters missing from
  // MathJax's fonts are measured by inserting text into its body.
  const document = new HTMLDocument<LiteNode, LiteText, LiteDocument>(
    adaptor.parse('', 'text/html'),
    adaptor,
    {
      InputJax: new MathML<LiteNode, LiteText, LiteDocument>(),
      OutputJax: new SVG<LiteNode, LiteText, LiteDocument>({ fontCache: 'local', localID: '' }),
    },
  );
  return { adaptor, document };
}

/**
 * Starts MathJax now (about 15 ms once its modules are loaded: the document, the input and output
 * jax, the first font lookups) so the first hover does not pay for it.
 */
export function warmUpRenderer(): void {
  engine ??= start();
  typesetMathml('<math><mi>x</mi><mo>=</mo><mfrac><mn>1</mn><mn>2</mn></mfrac></math>', false);
}

/** Attributes MathJax writes for its own interactive tools; an image never needs them. */
const droppedAttributes = new Set(['class', 'role', 'focusable', 'style']);

export interface TypesetSvg {
  /** Serialized SVG (XML), colour applied, numeric width/height; no scripts, no external refs. */
  svg: string;
  /** The size MathJax laid out, in em (its viewBox unit is 1/1000 em). */
  widthEm: number;
  heightEm: number;
  /** The width and height attributes written on the root, CSS px. */
  width: number;
  height: number;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export type TypesetResult = TypesetSvg | { error: string };

/**
 * `mathml` (one <math> element, as KaTeX writes it) typeset as SVG. Sizes come out in em; the
 * caller turns them into pixels (see svg.ts). `color` must already be a validated CSS colour.
 */
export interface TypesetOptions {
  /** A validated CSS colour (svgColor.ts), written where MathJax says currentColor. */
  color: string;
  /** The image's width and height attributes, in CSS px, from MathJax's size in em. */
  size(widthEm: number, heightEm: number): { width: number; height: number };
}

export function typesetMathml(
  mathml: string,
  display: boolean,
  options: TypesetOptions = { color: 'black', size: (w, h) => ({ width: w * 16, height: h * 16 }) },
): TypesetResult {
  engine ??= start();
  const { adaptor, document } = engine;
  // containerWidth 0: KaTeX writes \tag as a 100%-wide table with the number in the last column;
  // against a zero-width container MathJax keeps the number just after the formula instead of
  // pushing it to the far edge of an imaginary 80-em page. em/ex only matter for units MathJax
  // cannot know in the lite DOM; they are given the TeX font's proportions (x-height 0.442 em).
  let container: LiteElement;
  try {
    container = document.convert(mathml, {
      display,
      em: 16,
      ex: 16 * 0.442,
      containerWidth: 0,
    }) as LiteElement;
  } catch (error) {
    // KaTeX accepted the formula, so this is a MathJax limitation: report it, never throw.
    return {
      error: `MathJax could not typeset this formula: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const svg = adaptor.childNodes(container).find((child) => adaptor.kind(child) === 'svg') as
    LiteElement | undefined;
  if (!svg) return { error: 'MathJax produced no SVG' };
  const problem = findError(adaptor, svg);
  if (problem !== undefined) return { error: problem };
  const viewBox = String(adaptor.getAttribute(svg, 'viewBox') ?? '')
    .split(/[\s,]+/)
    .map(Number);
  if (viewBox.length !== 4 || viewBox.some((n) => !Number.isFinite(n))) {
    return { error: 'MathJax produced an SVG without a viewBox' };
  }
  const widthEm = viewBox[2] / 1000;
  const heightEm = viewBox[3] / 1000;
  const { width, height } = options.size(widthEm, heightEm);
  // MathJax's width/height are in ex, which in an <img> resolve against a default font: replace
  // them with pixels so the image shows at the size the caller asked for.
  adaptor.setAttribute(svg, 'width', String(round(width)));
  adaptor.setAttribute(svg, 'height', String(round(height)));
  return {
    svg: serialize(adaptor, svg, options.color),
    widthEm,
    heightEm,
    width: round(width),
    height: round(height),
  };
}

/** MathJax marks what it could not typeset with data-mjx-error or an merror node. */
function findError(adaptor: LiteAdaptor, node: LiteElement): string | undefined {
  const error = adaptor.getAttribute(node, 'data-mjx-error') as string | undefined;
  if (error) return `MathJax could not typeset this formula: ${error}`;
  if (adaptor.getAttribute(node, 'data-mml-node') === 'merror') {
    return `MathJax could not typeset this formula: ${adaptor.textContent(node) || 'merror'}`;
  }
  for (const child of adaptor.childNodes(node)) {
    if (adaptor.kind(child) === '#text' || adaptor.kind(child) === '#comment') continue;
    const found = findError(adaptor, child as LiteElement);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * XML for the image, written here rather than by MathJax's serializer: that one escapes only `"`
 * in attributes (an `&` or `<` there would make the image ill-formed XML, and an image that fails
 * to parse shows as a broken icon), keeps MathJax's data-* bookkeeping, and writes numbers in
 * path data and transforms with spaces, which cost three characters each in a percent-encoded URI.
 */
function serialize(adaptor: LiteAdaptor, node: LiteElement, color: string): string {
  const kind = adaptor.kind(node);
  let out = `<${kind}`;
  for (const { name, value } of adaptor.allAttributes(node)) {
    if (droppedAttributes.has(name) || name.startsWith('data-')) continue;
    let text = String(value);
    if (text === 'currentColor')
      text = color; // in a data: image currentColor is black
    else if (name === 'd') text = compactPath(text);
    else if (name === 'transform' || name === 'viewBox')
      text = text
        .trim()
        .split(/\s*,\s*|\s+/)
        .join(',');
    out += ` ${name}="${escapeAttribute(text)}"`;
  }
  const children = adaptor.childNodes(node);
  if (children.length === 0) return `${out}/>`;
  out += '>';
  for (const child of children) {
    const childKind = adaptor.kind(child);
    if (childKind === '#text') out += escapeText(adaptor.value(child));
    else if (childKind !== '#comment') out += serialize(adaptor, child as LiteElement, color);
  }
  return `${out}</${kind}>`;
}

/** Path data with commas between numbers and nothing around command letters (SVG path grammar). */
function compactPath(d: string): string {
  return d
    .trim()
    .replace(/\s*([A-Za-z])\s*/g, '$1')
    .replace(/(?<=[\d.])(?:\s*,\s*|\s+)(?=[-+\d.])/g, ',');
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<"]/g, (char) =>
    char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&quot;',
  );
}

function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (char) =>
    char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;',
  );
}
