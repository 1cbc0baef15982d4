/**
 * The preview webview's page. A pure function (no 'vscode') so that tests build exactly the page
 * VS Code shows, and load it in a real browser.
 */

export interface PreviewHtmlOptions {
  /** `webview.cspSource`: the origin the webview serves local resources from. */
  cspSource: string;
  /** A fresh random nonce for this load (see {@link createNonce}). */
  nonce: string;
  /** The webview bundle (dist/webview/preview.js) as a webview URI. */
  scriptUri: string;
  /** KaTeX's stylesheet (dist/katex/katex.min.css) as a webview URI. */
  katexCssUri: string;
  /** The preview's own stylesheet (dist/webview/preview.css) as a webview URI. */
  styleUri: string;
}

/** Escapes text for an HTML attribute value or text node. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A nonce for the Content-Security-Policy: 32 characters from [A-Za-z0-9]. */
export function createNonce(random: (max: number) => number = cryptoRandom): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let nonce = '';
  for (let i = 0; i < 32; i++) nonce += alphabet[random(alphabet.length)];
  return nonce;
}

function cryptoRandom(max: number): number {
  const bytes = new Uint32Array(1);
  globalThis.crypto.getRandomValues(bytes);
  return bytes[0] % max;
}

/**
 * The Content-Security-Policy: scripts and style elements only with the nonce (or, for
 * stylesheets, from the extension); inline style attributes are allowed because KaTeX's HTML
 * positions glyphs with them; fonts and images only from the extension (images also as data:).
 */
export function previewCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src-elem ${cspSource} 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
  ].join('; ');
}

export function previewHtml(options: PreviewHtmlOptions): string {
  const nonce = escapeHtml(options.nonce);
  const csp = escapeHtml(previewCsp(options.cspSource, options.nonce));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" nonce="${nonce}" href="${escapeHtml(options.katexCssUri)}">
<link rel="stylesheet" nonce="${nonce}" href="${escapeHtml(options.styleUri)}">
<title>MathLens Preview</title>
</head>
<body>
<div class="toolbar" role="toolbar" aria-label="Preview actions">
  <button type="button" id="copy-latex" data-copy="latex" title="Copy the formula's LaTeX" disabled>Copy as LaTeX</button>
  <button type="button" id="copy-mathml" data-copy="mathml" title="Copy the formula as MathML" disabled>Copy as MathML</button>
  <button type="button" id="copy-svg" data-copy="svg" title="Copy the formula as an SVG image" disabled>Copy as SVG</button>
  <span class="spacer"></span>
  <button type="button" id="zoom-out" title="Zoom out (Ctrl/Cmd -)" aria-label="Zoom out">&minus;</button>
  <button type="button" id="zoom-reset" title="Reset zoom (Ctrl/Cmd 0)" aria-label="Reset zoom">100%</button>
  <button type="button" id="zoom-in" title="Zoom in (Ctrl/Cmd +)" aria-label="Zoom in">+</button>
</div>
<div id="status" class="status" role="status" aria-live="polite"></div>
<main id="formula" class="formula empty">
  <p class="placeholder">Move the cursor into a formula to see it here.</p>
</main>
<script nonce="${nonce}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>
`;
}
