/**
 * The preview webview's page in real headless Chromium: the page previewHtml builds (the same one
 * VS Code shows), its CSP, the bundled script (dist/webview/preview.js), KaTeX's CSS and fonts
 * from dist/katex, all served over http from 127.0.0.1 the way a webview serves them from its
 * resource origin. VS Code's `acquireVsCodeApi` is a stub installed by a nonce'd script.
 * Needs `npm run build` first (npm test does it) and /usr/bin/chromium.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import katex from 'katex';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createNonce, previewHtml } from '../../client/src/preview/previewHtml';

const root = join(__dirname, '..', '..', '..');
const dist = join(root, 'dist');
const chromiumPath = '/usr/bin/chromium';

const quadratic = String.raw`x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}`;
const uri = 'file:///work/paper.tex';

interface Posted {
  type: string;
  [key: string]: unknown;
}
interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
}
interface Harness {
  posted: Posted[];
  violations: Violation[];
  state: { zoom: number; formula?: { latex: string }; current?: boolean } | undefined;
}
declare const window: {
  __harness: Harness;
  __pwned?: number;
  postMessage(m: unknown, o: string): void;
};
declare const document: {
  fonts: Iterable<{ family: string; status: string }>;
  documentElement: { style: { setProperty(name: string, value: string): void } };
  body: { classList: { add(name: string): void }; dataset: Record<string, string> };
  querySelector(selector: string): { getBoundingClientRect(): { width: number } } | null;
};

declare function getComputedStyle(node: unknown): { color: string };

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

/** The state the stub hands to the page at its next load (a restored panel). */
let initialState: unknown;
let server: Server;
let origin: string;
let browser: Browser;
let page: Page;

function bootstrap(nonce: string): string {
  const state = JSON.stringify(initialState ?? null).replace(/</g, '\\u003c');
  return `<script nonce="${nonce}">
(() => {
  let state = ${state} ?? undefined;
  const harness = { posted: [], violations: [], get state() { return state; } };
  window.__harness = harness;
  document.addEventListener('securitypolicyviolation', (e) => {
    harness.violations.push({ directive: e.effectiveDirective, blockedURI: e.blockedURI, sample: e.sample });
  });
  let acquired = false;
  window.acquireVsCodeApi = () => {
    if (acquired) throw new Error('acquireVsCodeApi may be called only once');
    acquired = true;
    return {
      postMessage: (message) => harness.posted.push(JSON.parse(JSON.stringify(message))),
      getState: () => state,
      setState: (next) => { state = JSON.parse(JSON.stringify(next)); },
    };
  };
})();
</script>`;
}

function page_(): string {
  const nonce = createNonce();
  const html = previewHtml({
    cspSource: origin,
    nonce,
    scriptUri: `${origin}/dist/webview/preview.js`,
    katexCssUri: `${origin}/dist/katex/katex.min.css`,
    styleUri: `${origin}/dist/webview/preview.css`,
  });
  return html.replace('</head>', `${bootstrap(nonce)}\n</head>`);
}

async function posted(type: string, count = 1): Promise<Posted[]> {
  await page.waitForFunction(
    ([t, n]) => window.__harness.posted.filter((m) => m.type === t).length >= n,
    [type, count] as const,
  );
  return page.evaluate((t) => window.__harness.posted.filter((m) => m.type === t), type);
}

async function send(message: unknown): Promise<void> {
  await page.evaluate((m) => window.postMessage(m, '*'), message);
}

/** What the host sends for the quadratic formula (the server's KaTeX HTML, htmlAndMathml). */
async function showQuadratic(): Promise<void> {
  const html = katex.renderToString(quadratic, { displayMode: true, output: 'htmlAndMathml' });
  await send({
    type: 'show',
    formula: { uri, latex: quadratic, display: true, html },
    current: true,
  });
}

async function load(): Promise<void> {
  await page.goto(`${origin}/preview.html`);
  await posted('ready');
}

describe('preview webview in Chromium', () => {
  before(async () => {
    assert.ok(existsSync(chromiumPath), `${chromiumPath} is missing (apt-get install chromium)`);
    assert.ok(existsSync(join(dist, 'webview', 'preview.js')), 'run npm run build first');
    server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (path === '/preview.html') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(page_());
        return;
      }
      const file = normalize(join(root, path));
      if (!path.startsWith('/dist/') || !file.startsWith(dist + sep) || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
      });
      response.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 760, height: 380 } });
    await load();
  });

  after(async () => {
    await browser?.close();
    if (server) await new Promise((resolve) => server.close(resolve));
  });

  it('reports the theme foreground once loaded', async () => {
    const [theme] = await posted('theme');
    assert.deepEqual(theme, { type: 'theme', kind: 'light', foreground: '#1f1f1f' });
  });

  it("shows the server's KaTeX HTML with KaTeX's fonts", async () => {
    await showQuadratic();
    await page.waitForSelector('#formula .katex-display .katex-html');
    const annotation = await page.textContent('#formula annotation');
    assert.equal(annotation, quadratic);
    await page.waitForFunction(() =>
      [...document.fonts].some(
        (font) => font.family.replace(/"/g, '') === 'KaTeX_Main' && font.status === 'loaded',
      ),
    );
    assert.equal(await page.isDisabled('#copy-latex'), false);
    assert.deepEqual(await page.evaluate(() => window.__harness.violations), []);
  });

  it('posts typed copy messages', async () => {
    for (const format of ['latex', 'mathml', 'svg']) {
      await page.click(`#copy-${format}`);
      const copies = await posted('copy');
      assert.deepEqual(copies.at(-1), {
        type: 'copy',
        format,
        uri,
        latex: quadratic,
        display: true,
      });
    }
    assert.equal((await posted('copy')).length, 3);
    await send({ type: 'copied', format: 'svg', ok: true });
    await page.waitForSelector('#status:text("Copied as SVG.")');
  });

  it('zooms with the buttons and Ctrl +/-/0, and keeps the zoom in the state', async () => {
    const width = (): Promise<number> =>
      page.evaluate(
        () => document.querySelector('#formula .katex .base')!.getBoundingClientRect().width,
      );
    const before = await width();
    await page.click('#zoom-in');
    await page.waitForSelector('#zoom-reset:text("110%")');
    assert.ok((await width()) > before * 1.05, 'the formula grows');
    assert.equal((await page.evaluate(() => window.__harness.state))?.zoom, 1.1);
    await page.keyboard.press('Control+=');
    await page.waitForSelector('#zoom-reset:text("125%")');
    await page.keyboard.press('Control+0');
    await page.waitForSelector('#zoom-reset:text("100%")');
    assert.ok(Math.abs((await width()) - before) < 0.5);
    await page.keyboard.press('Control+-');
    await page.waitForSelector('#zoom-reset:text("90%")');
    await page.click('#zoom-out');
    await page.waitForSelector('#zoom-reset:text("80%")');
    assert.ok((await width()) < before * 0.85, 'the formula shrinks');
    assert.equal((await page.evaluate(() => window.__harness.state))?.zoom, 0.8);
    await page.click('#zoom-reset');
    await page.waitForSelector('#zoom-reset:text("100%")');
  });

  it('follows a switch to a dark theme and reports its colour (screenshot)', async () => {
    await page.evaluate(() => {
      const vars: Record<string, string> = {
        '--vscode-editor-foreground': '#cccccc',
        '--vscode-editor-background': '#1f1f1f',
        '--vscode-font-family': 'system-ui, sans-serif',
        '--vscode-font-size': '13px',
        '--vscode-editor-font-size': '14px',
        '--vscode-editor-font-family': 'monospace',
        '--vscode-button-secondaryBackground': '#313131',
        '--vscode-button-secondaryForeground': '#cccccc',
        '--vscode-button-secondaryHoverBackground': '#3c3c3c',
        '--vscode-descriptionForeground': '#9d9d9d',
        '--vscode-panel-border': '#2b2b2b',
        '--vscode-errorForeground': '#f85149',
      };
      for (const [name, value] of Object.entries(vars)) {
        document.documentElement.style.setProperty(name, value);
      }
      document.body.classList.add('vscode-dark');
      document.body.dataset.vscodeThemeKind = 'vscode-dark';
    });
    const themes = await posted('theme', 2);
    assert.deepEqual(themes.at(-1), { type: 'theme', kind: 'dark', foreground: '#cccccc' });
    const color = await page.$eval('#formula .katex', (node) => getComputedStyle(node).color);
    assert.equal(color, 'rgb(204, 204, 204)');
    // A whole environment, as the server sends it for multi-line math.
    const derivation = String.raw`\begin{aligned} (x+1)^2 &= (x+1)(x+1) \\ &= x^2 + 2x + 1 \\ \int_0^1 e^{-x^2}\,dx &\approx 0.7468 \end{aligned}`;
    const html = katex.renderToString(derivation, { displayMode: true, output: 'htmlAndMathml' });
    const steps = [
      { status: 'verified', line: 11, latex: '(x+1)^2 &= (x+1)(x+1)', reason: 'identity' },
      { status: 'verified', line: 12, latex: '&= x^2 + 2x + 1', reason: 'identity' },
      {
        status: 'verified',
        line: 13,
        latex: String.raw`\int_0^1 e^{-x^2}\,dx &\approx 0.7468`,
        reason: '0.74682413 ≈ 0.7468',
      },
    ];
    await send({
      type: 'show',
      formula: { uri, latex: derivation, display: true, html, steps },
      current: true,
    });
    await page.waitForSelector('#formula .katex .mtable');
    await page.waitForSelector('#formula .steps');
    await page.waitForSelector('#status:empty');
    // The README's picture is refreshed on request; ordinary runs leave the tree clean.
    const shot = process.env.MATHLENS_UPDATE_SCREENSHOTS
      ? join(root, 'docs', 'preview-webview.png')
      : join(root, 'out', 'screenshots', 'preview-webview.png');
    mkdirSync(dirname(shot), { recursive: true });
    await page.screenshot({ path: shot });
  });

  it('keeps the last formula, marked not current, when the cursor leaves math', async () => {
    await send({ type: 'stale' });
    await page.waitForSelector('#formula.stale .katex');
    assert.match((await page.textContent('#status')) ?? '', /outside math/);
    assert.equal((await page.evaluate(() => window.__harness.state))?.current, false);
    await showQuadratic();
    await page.waitForSelector('#formula:not(.stale) .katex');
  });

  it('shows errors as text, never as markup', async () => {
    const error = 'KaTeX parse error: <img src="data:," id="evil-error"> at position 3';
    const latex = String.raw`\frac{<b id="evil-source">}`;
    await send({ type: 'show', formula: { uri, latex, display: false, error }, current: true });
    await page.waitForSelector('#formula .error');
    assert.equal(await page.textContent('#formula .error-message'), error);
    assert.equal(await page.textContent('#formula .source'), latex);
    assert.equal(await page.$('#evil-error'), null);
    assert.equal(await page.$('#evil-source'), null);
  });

  it("lists the derivation's steps with a mark each, as text", async () => {
    const steps = [
      { status: 'verified', line: 4, latex: '(x+1)^2 &= x^2 + 2x + 1', reason: 'identity' },
      {
        status: 'refuted',
        line: 5,
        latex: '&= x^2 + 1',
        reason: 'at x = 1.3: left 5.29, right 2.69',
      },
      { status: 'unknown', line: 6, latex: '<b id="evil-step">', reason: 'time budget' },
    ];
    await send({
      type: 'show',
      formula: { uri, latex: 'x', display: true, html: '<span>x</span>', steps },
      current: true,
    });
    await page.waitForSelector('#formula .steps');
    const rows = page.locator('#formula .step');
    const classes = await Promise.all((await rows.all()).map((row) => row.getAttribute('class')));
    const marks = await page.locator('#formula .step .step-mark').allTextContents();
    assert.deepEqual(classes, ['step step-verified', 'step step-refuted', 'step step-unknown']);
    assert.deepEqual(marks, ['✓', '✗', '?']);
    const texts = await rows.allTextContents();
    assert.match(texts[1], /line 6: at x = 1\.3: left 5\.29, right 2\.69/);
    assert.match(texts[2], /<b id="evil-step">/);
    assert.equal(await page.$('#evil-step'), null);
    // A host message with a malformed step is refused whole.
    await send({
      type: 'show',
      formula: { uri, latex: 'y', display: true, steps: [{ status: 'maybe' }] },
      current: true,
    });
    await showQuadratic();
    await page.waitForSelector('#formula:not(:has(.steps)) .katex');
  });

  it('runs no injected script: the CSP blocks it and reports a violation', async () => {
    const html =
      '<span id="injected">x</span><script>window.__pwned = 1</script>' +
      '<img src="data:," onerror="window.__pwned = 2">';
    await send({ type: 'show', formula: { uri, latex: 'x', display: false, html }, current: true });
    await page.waitForSelector('#injected');
    await page.waitForFunction(() =>
      window.__harness.violations.some((v) => v.directive === 'script-src-attr'),
    );
    await page.addScriptTag({ content: 'window.__pwned = 3;' }).catch(() => undefined);
    await page.waitForFunction(() =>
      window.__harness.violations.some((v) => v.directive === 'script-src-elem'),
    );
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });

  it('comes back from its saved state after a reload', async () => {
    await showQuadratic();
    await page.waitForSelector('#formula annotation', { state: 'attached' });
    await page.click('#zoom-in');
    await page.waitForSelector('#zoom-reset:text("110%")');
    initialState = await page.evaluate(() => window.__harness.state);
    await load();
    await page.waitForSelector('#formula .katex');
    assert.equal(await page.textContent('#zoom-reset'), '110%');
    assert.equal(await page.textContent('#formula annotation'), quadratic);
    assert.equal(await page.isDisabled('#copy-svg'), false);
  });
});
