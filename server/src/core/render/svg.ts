import type { KatexMacros } from '../macros/katexMacros';
import { svgDataUri } from './dataUri';
import { splitRows } from './formulaRows';
import { mathmlForMathJax } from './mathmlForMathJax';
import { renderKatexWith } from './katexRender';
import { typesetMathml } from './mathjaxSvg';
import { svgColor } from './svgColor';

export { warmUpRenderer } from './mathjaxSvg';

/**
 * A formula as SVG images for places that cannot run KaTeX's HTML (an editor hover): KaTeX reads
 * the LaTeX with the document's macros and is the judge of what is valid, exactly as the
 * diagnostics are; its MathML goes through MathJax's SVG output.
 */
export interface SvgRenderOptions {
  display: boolean;
  macros: KatexMacros;
  /** CSS colour of the formula (the theme's foreground); invalid colours fall back to grey. */
  color: string;
  /** The editor's font size in px: one em of the formula. */
  fontSize: number;
  /** The most characters all images' data URIs may take together. Default 90,000. */
  maxLength?: number;
  /** The widest an image may be, in px; wider ones are scaled down. Default 800. */
  maxWidth?: number;
}

export interface SvgImage {
  svg: string;
  dataUri: string;
  /** CSS px, as written on the image's width and height attributes. */
  width: number;
  height: number;
}

export type SvgRenderResult =
  | {
      kind: 'svg';
      images: SvgImage[];
      /**
       * Rows of a split formula left out because they did not fit in maxLength (or did not render
       * alone); absent when the whole formula is shown.
       */
      omittedRows?: number;
    }
  | { kind: 'error'; message: string; start?: number; end?: number }
  | { kind: 'too-large'; message: string };

/** VS Code's hover takes 100,000 characters: leave room for the text around the images. */
export const DEFAULT_MAX_LENGTH = 90_000;
export const DEFAULT_MAX_WIDTH = 800;
const DEFAULT_FONT_SIZE = 14;

/**
 * `source` as one SVG image, or, when that image would exceed maxLength and the formula has rows
 * (align, gather, multline, split…), as one image per row, as many leading rows as fit. Never
 * throws; never returns an image over the limit.
 */
export function renderSvg(source: string, options: SvgRenderOptions): SvgRenderResult {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const maxWidth = options.maxWidth ?? DEFAULT_MAX_WIDTH;
  const fontSize =
    Number.isFinite(options.fontSize) && options.fontSize > 0
      ? options.fontSize
      : DEFAULT_FONT_SIZE;
  const color = svgColor(options.color);
  const image = (mathml: string, display: boolean): SvgImage | { error: string } => {
    const typeset = typesetMathml(mathml, display, {
      color,
      // MathJax lays out in em, 1000 viewBox units each; its own width/height say ex, which it
      // takes as 0.442 em (its TeX font's x-height: 20.765ex = 9178 units for the quadratic
      // formula). One em is the editor's font size, as KaTeX's em is its surrounding text's.
      size: (widthEm, heightEm) => {
        const width = widthEm * fontSize;
        const height = heightEm * fontSize;
        // Too wide: shrink, keeping the aspect ratio (the viewBox keeps the drawing intact).
        const scale = width > maxWidth && maxWidth > 0 ? maxWidth / width : 1;
        return { width: width * scale, height: height * scale };
      },
    });
    if ('error' in typeset) return typeset;
    return {
      svg: typeset.svg,
      dataUri: svgDataUri(typeset.svg),
      width: typeset.width,
      height: typeset.height,
    };
  };

  // A copy of the document's table: KaTeX writes \gdef into it.
  const whole = renderKatexWith(
    source,
    { display: options.display, output: 'mathml' },
    {
      ...options.macros,
    },
  );
  if (!whole.ok) {
    const { message, start, end } = whole;
    return start === undefined
      ? { kind: 'error', message }
      : { kind: 'error', message, start, end };
  }
  const mathml = mathmlForMathJax(whole.markup);
  // MathJax takes seconds on a formula of thousands of symbols (a 300-row align: 2.5 s, most of
  // it parsing the MathML), only to find its image too large: skip it when even a lower bound
  // of the image's size is over the limit.
  const estimate = tokenCount(mathml) * MIN_CHARACTERS_PER_TOKEN;
  let size = estimate;
  if (estimate <= maxLength) {
    const single = image(mathml, options.display);
    if ('error' in single) return { kind: 'error', message: single.error };
    if (single.dataUri.length <= maxLength) return { kind: 'svg', images: [single] };
    size = single.dataUri.length;
  }

  const tooLarge = {
    kind: 'too-large' as const,
    message: `This formula's image would take ${size === estimate ? 'over ' : ''}${size.toLocaleString('en-US')} characters, more than the ${maxLength.toLocaleString('en-US')} a hover can show.`,
  };
  const rows = splitRows(source);
  if (!rows) return tooLarge;
  // One table for all rows, in order: a definition in one row holds in the rows after it.
  const macros = { ...options.macros };
  const images: SvgImage[] = [];
  let used = 0;
  for (const row of rows) {
    const katex = renderKatexWith(row, { display: true, output: 'mathml' }, macros);
    // A row that does not stand alone (\left in one row, \right in the next) ends the listing.
    if (!katex.ok) break;
    const rowImage = image(mathmlForMathJax(katex.markup), true);
    if ('error' in rowImage || used + rowImage.dataUri.length > maxLength) break;
    images.push(rowImage);
    used += rowImage.dataUri.length;
  }
  if (images.length === 0) {
    return {
      kind: 'too-large',
      message: `${tooLarge.message} Even its first row alone is too large.`,
    };
  }
  return images.length === rows.length
    ? { kind: 'svg', images }
    : { kind: 'svg', images, omittedRows: rows.length - images.length };
}

/**
 * A lower bound of the data URI's length per MathML token element (mi, mn, mo, mtext, ms): each
 * becomes at least one <use> of a glyph or a <text>. Over the 8,600 formulas of the HoTT book the
 * fewest were 126 per token (large aligns, where glyph definitions are shared most), the median
 * far more; 50 leaves room for formulas made of one repeated glyph.
 */
const MIN_CHARACTERS_PER_TOKEN = 50;

function tokenCount(mathml: string): number {
  let count = 0;
  for (const _ of mathml.matchAll(/<(?:mi|mn|mo|mtext|ms)[\s>]/g)) count++;
  return count;
}
