#!/usr/bin/env node
// Takes real screenshots of MathLens inside VS Code for the README: code-server (VS Code in the
// browser, extension host in Node) driven by Playwright in Debian's chromium, headless.
//
// Usage: node scripts/screenshots.mjs [diagnostics] [hover] [preview] [--no-build] [--out DIR]
//   With no step names, every step runs. Writes docs/<step>.png; a failed step writes nothing
//   there (a picture of the failure goes to the artifacts folder) and the script exits non-zero.
//
// Environment:
//   MATHLENS_E2E_TOOLS  where code-server is installed (default ~/.cache/mathlens-e2e)
//   CHROMIUM            the chromium binary (default /usr/lib/chromium/chromium, /usr/bin/chromium)
//   MATHLENS_E2E_KEEP   keep the temp folder (settings, logs, failure pictures) when set to 1
//
// See test/e2e/README.md.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  createWriteStream,
} from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CODE_SERVER_VERSION = '4.100.3';
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
// The workbench is sized so that the editor area is about 1200×700.
const VIEWPORT = { width: 1248, height: 760 };
const STEPS = ['diagnostics', 'hover', 'preview', 'convert', 'spoken'];

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tools = resolve(process.env.MATHLENS_E2E_TOOLS || join(homedir(), '.cache', 'mathlens-e2e'));
const started = Date.now();
/** Set on SIGINT/SIGTERM: the steps stop, nothing more is reported, the exit code is 130. */
let interrupted = false;

/** A failure the user should read: printed without a stack trace. */
class StepError extends Error {}

const log = (message) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${message}`);

function parseArgs(argv) {
  const options = { steps: [], build: true, out: join(repo, 'docs') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--out') options.out = resolve(argv[++i]);
    else if (arg === '-h' || arg === '--help') {
      console.log(
        'Usage: node scripts/screenshots.mjs [diagnostics] [hover] [preview] [--no-build] [--out DIR]',
      );
      process.exit(0);
    } else if (STEPS.includes(arg)) options.steps.push(arg);
    else throw new StepError(`unknown argument ${arg}; steps are: ${STEPS.join(', ')}`);
  }
  if (options.steps.length === 0) options.steps = [...STEPS];
  return options;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw new StepError(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) {
    throw new StepError(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
  }
}

const hasCommand = (name) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
const hasDebianPackage = (name) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout?.includes(
    'install ok installed',
  );

/** apt-get installs the Debian packages that are missing (needs root). */
function ensureDebianPackages(packages) {
  const missing = packages.filter((name) => !hasDebianPackage(name));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new StepError(
      `missing Debian packages; run: sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  log(`apt-get install ${missing.join(' ')}`);
  run('apt-get', ['install', '-y', ...missing], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function findChromium() {
  const candidates = [process.env.CHROMIUM, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  return candidates.find((path) => path && existsSync(path));
}

/** Installs code-server into its own folder (never the repo's node_modules); idempotent. */
function ensureCodeServer() {
  const entry = join(tools, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const marker = join(tools, `.installed-code-server-${CODE_SERVER_VERSION}`);
  if (existsSync(marker) && existsSync(entry)) return entry;
  if (process.versions.node.split('.')[0] !== '20') {
    throw new StepError(
      `code-server ${CODE_SERVER_VERSION} needs Node 20; this is ${process.version}`,
    );
  }
  ensureDebianPackages(['libkrb5-dev', 'ripgrep']);
  // @vscode/ripgrep downloads rg from GitHub unless its cache already holds the tarball.
  const cache = join(tmpdir(), RIPGREP_CACHE);
  if (!existsSync(join(cache, RIPGREP_TARBALL))) {
    const staging = mkdtempSync(join(tmpdir(), 'mathlens-rg-'));
    cpSync('/usr/bin/rg', join(staging, 'rg'));
    mkdirSync(cache, { recursive: true });
    run('tar', ['-C', staging, '-czf', join(cache, RIPGREP_TARBALL), 'rg']);
    rmSync(staging, { recursive: true, force: true });
  }
  mkdirSync(tools, { recursive: true });
  if (!existsSync(join(tools, 'package.json'))) {
    writeFileSync(
      join(tools, 'package.json'),
      '{ "name": "mathlens-e2e-tools", "private": true }\n',
    );
  }
  log(`installing code-server@${CODE_SERVER_VERSION} into ${tools} (about a minute)`);
  run('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: tools,
    env: { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' },
  });
  const rg = join(tools, 'node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg');
  if (!existsSync(entry) || !existsSync(rg)) {
    throw new StepError(`code-server installed into ${tools} but its postinstall did not finish`);
  }
  writeFileSync(marker, new Date().toISOString() + '\n');
  return entry;
}

/** Copies the built extension in as an installed extension: package.json, dist/, syntaxes/, media/. */
function installExtension(extensionsDir) {
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const target = join(extensionsDir, `${id}-${manifest.version}`);
  for (const name of ['package.json', 'README.md', 'LICENSE', 'dist', 'syntaxes', 'media']) {
    if (existsSync(join(repo, name)))
      cpSync(join(repo, name), join(target, name), { recursive: true });
  }
  return id;
}

function writeSettings(userDataDir) {
  const settings = {
    'workbench.colorTheme': 'Default Dark Modern',
    'editor.fontSize': 16,
    'editor.minimap.enabled': false,
    'editor.hover.delay': 150,
    'editor.hover.sticky': true,
    'editor.cursorBlinking': 'solid',
    'editor.accessibilitySupport': 'off',
    'editor.stickyScroll.enabled': false,
    'editor.scrollbar.horizontal': 'hidden',
    'editor.occurrencesHighlight': 'off',
    'editor.selectionHighlight': false,
    'editor.inlineSuggest.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.layoutControl.enabled': false,
    'security.workspace.trust.enabled': false,
    'security.workspace.trust.startupPrompt': 'never',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'chat.commandCenter.enabled': false,
    'window.commandCenter': false,
    'files.autoSave': 'off',
  };
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Starts code-server in its own process group; resolves once it says it is listening. */
async function startCodeServer(entry, { port, extensionsDir, userDataDir, logFile, configFile }) {
  const args = [
    entry,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--config',
    configFile,
    '--extensions-dir',
    extensionsDir,
    '--user-data-dir',
    userDataDir,
  ];
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, VSCODE_PROXY_URI: '' },
  });
  const out = createWriteStream(logFile);
  let seen = '';
  await new Promise((resolveStart, reject) => {
    const timer = setTimeout(
      () => reject(new StepError(`code-server did not start within 60 s; see ${logFile}`)),
      60_000,
    );
    const onData = (chunk) => {
      out.write(chunk);
      seen += chunk;
      if (seen.includes('HTTP server listening on')) {
        clearTimeout(timer);
        resolveStart();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(
        new StepError(`code-server exited with code ${code} at startup:\n${seen.slice(-2000)}`),
      );
    });
  });
  child.removeAllListeners('exit');
  return child;
}

function stopProcessGroup(child) {
  if (!child || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

// ---------------------------------------------------------------------------------------------
// Driving the workbench

/** Bounded wait: a selector failing to appear becomes a StepError with the given explanation. */
async function expectVisible(locator, timeout, explanation) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new StepError(explanation);
  }
}

/** Opens the workbench on the folder, with the side bar closed. */
async function openWorkbench(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await expectVisible(
    page.locator('.monaco-workbench .part.editor'),
    60_000,
    'the VS Code workbench did not load',
  );
  // The explorer opens once the folder is read; closing it before that would be undone.
  await expectVisible(
    page.locator('.explorer-folders-view .monaco-list-row'),
    30_000,
    'the explorer never listed the workspace folder',
  );
  await runCommand(page, 'View: Close Primary Side Bar');
  return { context, page };
}

async function openQuickInput(page, key) {
  await page.keyboard.press(key);
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await expectVisible(input, 10_000, `${key} did not open the quick input`);
  return input;
}

/** Runs a command by its palette label ("Category: Title"); fails when the palette lacks it. */
async function runCommand(page, label, missing = `the command palette has no "${label}"`) {
  const input = await openQuickInput(page, 'F1');
  await input.fill(`>${label}`);
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: label }) });
  try {
    await row.first().waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    await page.keyboard.press('Escape');
    throw new StepError(missing);
  }
  await row.first().click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 });
}

/** Opens a workspace file through Quick Open and waits for its editor. */
async function openFile(page, name) {
  const input = await openQuickInput(page, 'Control+P');
  await input.fill(name);
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: name }) });
  await expectVisible(row, 10_000, `Quick Open did not find ${name}`);
  await page.keyboard.press('Enter');
  await expectVisible(
    page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`),
    10_000,
    `${name} did not open`,
  );
  await expectVisible(
    page.locator('.editor-instance .monaco-editor .view-lines'),
    10_000,
    `${name} shows no text`,
  );
}

/** Waits until MathLens has published problems: the status bar counts them, squiggles show. */
async function waitForDiagnostics(page) {
  const problems = page.locator('[id="status.problems"]');
  try {
    await page.waitForFunction(
      () => {
        const item = document.getElementById('status.problems');
        return item && /[1-9]/.test(item.textContent ?? '');
      },
      undefined,
      { timeout: 60_000 },
    );
  } catch {
    throw new StepError(
      'no diagnostics within 60 s: the MathLens extension did not activate or its server did not start ' +
        '(see exthost.log in the logs folder)',
    );
  }
  return (await problems.getAttribute('aria-label')) ?? (await problems.textContent());
}

async function goToLine(page, line) {
  const input = await openQuickInput(page, 'Control+G');
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 });
}

/** The on-screen box of the first occurrence of `text` in the editor's rendered lines. */
async function textBox(page, text) {
  const box = await page.evaluate((needle) => {
    const editor = document.querySelector('.editor-instance .monaco-editor .view-lines');
    if (!editor) return null;
    for (const line of editor.querySelectorAll('.view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let all = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, start: all.length });
        all += node.data.replace(/\u00a0/g, ' ');
      }
      const at = all.indexOf(needle);
      if (at < 0) continue;
      const locate = (offset) => {
        const hit = nodes.findLast((entry) => entry.start <= offset);
        return [hit.node, Math.min(offset - hit.start, hit.node.length)];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + needle.length));
      const rect = range.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }
    return null;
  }, text);
  if (!box) throw new StepError(`the editor does not show "${text}"`);
  return box;
}

/**
 * Rests the mouse on `text` and waits for the editor hover; returns its locator. A mouse-over
 * that the editor misses (it can still be settling) is retried, then the keyboard's Show Hover.
 */
async function hoverOver(page, text, explanation) {
  const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)');
  for (let attempt = 1; attempt <= 4; attempt++) {
    const box = await textBox(page, text);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    if (attempt < 4) {
      // Moving in from elsewhere makes the editor see a fresh mouse-over.
      await page.mouse.move(x, Math.max(0, y - 120));
      await page.mouse.move(x, y, { steps: 5 });
    } else {
      log('  no hover from the mouse; trying Show Hover (Ctrl+K Ctrl+I) at the text');
      await page.mouse.click(x, y);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
    }
    try {
      await hover.first().waitFor({ state: 'visible', timeout: attempt < 4 ? 4_000 : 10_000 });
      return hover.first();
    } catch {
      // try again
    }
  }
  throw new StepError(explanation);
}

async function box(locator) {
  const result = await locator.boundingBox();
  if (!result) throw new StepError('an element to photograph is not on screen');
  return result;
}

/** The clip covering every box (the editor plus the hover), kept inside the viewport. */
function unionClip(boxes, margin = 0) {
  const x0 = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
  const y0 = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
  const x1 = Math.min(VIEWPORT.width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  const y1 = Math.min(VIEWPORT.height, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
  return {
    x: Math.round(x0),
    y: Math.round(y0),
    width: Math.round(x1 - x0),
    height: Math.round(y1 - y0),
  };
}

/** Waits until every image in the hover has loaded; fails when there is none. */
async function expectHoverImages(hover, missing) {
  const count = await hover.locator('img').count();
  if (count === 0) throw new StepError(missing);
  try {
    await hover.locator('img').evaluateAll((images) =>
      Promise.all(
        images.map((img) =>
          img.complete
            ? undefined
            : new Promise((done) => {
                img.addEventListener('load', done, { once: true });
                img.addEventListener('error', done, { once: true });
              }),
        ),
      ),
    );
  } catch {
    // the hover re-rendered; the check below decides
  }
  const broken = await hover
    .locator('img')
    .evaluateAll((images) => images.filter((img) => !(img.naturalWidth > 0)).length);
  if (broken > 0)
    throw new StepError(`${broken} of ${count} hover images did not load (naturalWidth 0)`);
  return count;
}

// ---------------------------------------------------------------------------------------------
// The steps. Each gets a fresh page on the same code-server and leaves a picture in `out`.

const steps = {
  /** A squiggle on a misspelled command, with the hover that explains it. */
  async diagnostics(page, out) {
    await openFile(page, 'paper.tex');
    const problems = await waitForDiagnostics(page);
    log(`  problems: ${problems}`);
    await goToLine(page, 28);
    const hover = await hoverOver(page, '\\alpah', 'no hover appeared over the \\alpah squiggle');
    await expectVisible(
      hover.locator('.hover-row', { hasText: 'alpah' }),
      10_000,
      'the hover over \\alpah does not show the diagnostic message',
    );
    const editor = page.locator('.part.editor');
    await page.screenshot({ path: out, clip: unionClip([await box(editor), await box(hover)]) });
  },

  /** The rendered formula in the hover over a display formula. */
  async hover(page, out) {
    await openFile(page, 'paper.tex');
    await waitForDiagnostics(page);
    await goToLine(page, 15);
    const hover = await hoverOver(
      page,
      '\\sqrt{b^2 - 4ac}',
      'no hover appeared over the display formula: the hover feature may not be built yet',
    );
    const images = await expectHoverImages(
      hover,
      'hover shows no image: the hover feature may not be built yet',
    );
    log(`  hover images: ${images}`);
    const editor = page.locator('.part.editor');
    await page.screenshot({ path: out, clip: unionClip([await box(editor), await box(hover)]) });
  },

  /** Selected dictated words in Markdown, and the lightbulb's "Convert to LaTeX" for them. */
  async convert(page, out) {
    await openFile(page, 'notes.md');
    await waitForDiagnostics(page);
    await goToLine(page, 19);
    const words = await textBox(page, 'pi r squared');
    await page.mouse.click(words.x + 1, words.y + words.height / 2);
    await page.keyboard.down('Shift');
    await page.mouse.click(words.x + words.width - 1, words.y + words.height / 2);
    await page.keyboard.up('Shift');
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await expectVisible(
      menu.filter({ hasText: 'Convert to LaTeX' }),
      30_000,
      'the code action menu on selected words has no "Convert to LaTeX"',
    );
    const editor = page.locator('.part.editor');
    await page.screenshot({ path: out, clip: unionClip([await box(editor), await box(menu)]) });
  },

  /** A line of a .spoken file, hovered: the formula it converts to, rendered, and its LaTeX. */
  async spoken(page, out) {
    await openFile(page, 'dictation.spoken');
    const hover = await hoverOver(
      page,
      'all over two a',
      'no hover appeared over a spoken line: the spoken hover may not be built yet',
    );
    const images = await expectHoverImages(hover, 'the hover over a spoken line shows no image');
    log(`  hover images: ${images}`);
    const editor = page.locator('.part.editor');
    await page.screenshot({ path: out, clip: unionClip([await box(editor), await box(hover)]) });
  },

  /** The preview panel beside the editor, following the cursor into a formula. */
  async preview(page, out) {
    await openFile(page, 'paper.tex');
    await waitForDiagnostics(page);
    await runCommand(
      page,
      'MathLens: Open Preview',
      'the command palette has no "MathLens: Open Preview": the preview panel may not be built yet',
    );
    const webview = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    await expectVisible(
      webview.locator('body *'),
      30_000,
      '"MathLens: Open Preview" ran but no webview panel appeared',
    );
    // Put the cursor into the triangle inequality; the panel follows it.
    const target = await textBox(page, '\\norm{x + y}');
    await page.mouse.click(target.x + target.width / 2, target.y + target.height / 2);
    await expectVisible(
      webview.locator('.katex'),
      30_000,
      'the preview panel shows no .katex element with the cursor in a formula: ' +
        "the server's preview rendering may not be built yet",
    );
    await webview.locator('body').evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({
      path: out,
      clip: unionClip([await box(page.locator('.part.editor'))]),
    });
  },
};

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const chromiumPath = findChromium();
  if (!chromiumPath) ensureDebianPackages(['chromium']);
  const executablePath = chromiumPath ?? findChromium();
  const entry = ensureCodeServer();
  log(`code-server ${CODE_SERVER_VERSION} in ${tools}`);

  if (options.build) {
    log('npm run build');
    const build = spawnSync('npm', ['run', 'build'], { cwd: repo, encoding: 'utf8' });
    if (build.status !== 0) {
      process.stderr.write(build.stdout + build.stderr);
      throw new StepError('npm run build failed (or pass --no-build to use dist/ as it is)');
    }
  }
  if (!existsSync(join(repo, 'dist', 'client.js'))) {
    throw new StepError('dist/client.js is missing: run npm run build');
  }

  const temp = mkdtempSync(join(tmpdir(), 'mathlens-screenshots-'));
  const extensionsDir = join(temp, 'extensions');
  const userDataDir = join(temp, 'user-data');
  const workspace = join(temp, 'examples');
  const artifacts = join(temp, 'artifacts');
  mkdirSync(artifacts, { recursive: true });
  mkdirSync(options.out, { recursive: true });
  const id = installExtension(extensionsDir);
  writeSettings(userDataDir);
  // A copy, so that the workbench's own files never land in the repo.
  cpSync(join(repo, 'examples'), workspace, { recursive: true });
  const configFile = join(temp, 'code-server.yaml');
  writeFileSync(configFile, 'auth: none\n');

  let server;
  let browser;
  const failures = [];
  // code-server goes first and synchronously: a signal or an exit must never leave it running.
  const cleanUp = async () => {
    stopProcessGroup(server);
    await browser?.close().catch(() => {});
  };
  process.once('exit', () => stopProcessGroup(server));
  const onSignal = (signal) => {
    interrupted = true;
    log(`${signal}: stopping code-server and chromium`);
    cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const port = await freePort();
    const logFile = join(artifacts, 'code-server.log');
    server = await startCodeServer(entry, {
      port,
      extensionsDir,
      userDataDir,
      logFile,
      configFile,
    });
    log(`code-server on port ${port} with ${id}; logs in ${userDataDir}/logs`);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: CHROMIUM_FLAGS,
      // Signals are ours: they stop code-server as well as chromium.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    log(`chromium ${browser.version()}`);
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;

    for (const step of options.steps) {
      if (interrupted) break;
      const stepStart = Date.now();
      log(`${step}: start`);
      const out = join(options.out, `${step}.png`);
      let context;
      let page;
      try {
        ({ context, page } = await openWorkbench(browser, url));
        await steps[step](page, out);
        log(`${step}: wrote ${out} in ${((Date.now() - stepStart) / 1000).toFixed(1)} s`);
      } catch (error) {
        if (interrupted) break;
        const picture = join(artifacts, `${step}-failed.png`);
        await page?.screenshot({ path: picture }).catch(() => {});
        await page
          ?.content()
          .then((html) => writeFileSync(join(artifacts, `${step}-failed.html`), html))
          .catch(() => {});
        const message = error instanceof StepError ? error.message : error.stack;
        failures.push({ step, message });
        log(`${step}: FAILED: ${message} (picture of the failure: ${picture})`);
      } finally {
        await context?.close().catch(() => {});
      }
    }
  } finally {
    await cleanUp();
  }

  if (interrupted) process.exit(130);
  if (failures.length > 0) {
    console.error(`\n${failures.length} of ${options.steps.length} steps failed:`);
    for (const { step, message } of failures) console.error(`  ${step}: ${message}`);
    console.error(`Settings, logs and failure pictures are kept in ${temp}`);
    process.exit(1);
  }
  if (process.env.MATHLENS_E2E_KEEP === '1') log(`kept ${temp}`);
  else rmSync(temp, { recursive: true, force: true });
  log('done');
}

main().catch((error) => {
  if (interrupted) process.exit(130);
  console.error(`screenshots: ${error instanceof StepError ? error.message : error.stack}`);
  process.exit(1);
});
