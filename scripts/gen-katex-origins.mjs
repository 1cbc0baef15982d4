// Generates server/src/core/data/katex-origins.json: for every control sequence and environment
// that KaTeX accepts (server/src/core/data/katex-commands.json), where it comes from in real LaTeX —
// the LaTeX kernel, the smallest package that defines it, or nowhere ("katexOnly": a KaTeX
// convenience such as \R or \Alpha that pdflatex rejects unless the document defines it).
//
// Usage: node scripts/gen-katex-origins.mjs [--verbose] [--jobs N] [--dump meanings.json]
//   --dump writes every name's \meaning per package (for checking the results by hand).
//
// Needs pdflatex (TeX Live) on the PATH, only to generate this file: MathLens and its tests never
// run TeX. On Debian/Ubuntu:
//   apt-get install -y --no-install-recommends texlive-latex-base texlive-latex-recommended \
//     texlive-latex-extra texlive-science texlive-fonts-recommended texlive-fonts-extra
// A full run takes about a minute on two cores (~230 pdflatex runs; it prints its own timing).
//
// How it works (every pdflatex run: a fresh temporary directory, `-interaction=nonstopmode
// -draftmode`, a timeout, and the log file as the only output read):
//
// 1. Definedness. One run with `\documentclass{article}` alone and one per candidate package
//    (CANDIDATES below, each loaded ALONE, e.g. `\usepackage{amssymb}` without amsmath) writes,
//    from inside the document body, one `\typeout` line per name: `\ifcsname` tells whether the
//    control sequence (for an environment: its begin macro `\name`) exists, without creating it,
//    and `\meaning` shows what it is. The run also records which other candidates got loaded
//    (\ver@<pkg>.sty not \relax), so we know what each candidate loads (amssymb loads amsfonts,
//    mathtools loads amsmath). The kernel's "not provided in base LaTeX2e" stubs (\mho, \Box,
//    \Join… are `\not@base` until latexsym or amsfonts is loaded) do not count as definitions.
// 2. Providers. For each name: "kernel" (if defined with no package), then the candidate packages
//    that define it (with a meaning of their own), in candidate order, except that a package comes
//    after any provider it loads (so \mathbb goes to amsfonts, not amssymb which loads amsfonts;
//    \text to amsmath, not mathtools or physics).
// 3. Usage check, provider by provider. Definedness alone can lie (a stub; a macro expanding to
//    something undefined; plain TeX's \matrix or \cases standing in for the environments of the
//    same name), so each name is really used: `\documentclass{article}`, the provider's package,
//    and the name in a series of shapes, simple ones of its KaTeX mode first (bare, `{x}`,
//    `{x}{y}`, `[x]{y}`, …), then the other mode's, then special contexts (delimiters after
//    \left, \middle, array and tabular cells, `equation`, lengths, colours, `\def\x{y}`, …).
//    Environments get the body of a real use (`x&y\\z&w`; `x` for equation; `x\\y` for gather;
//    `{cc}` for array, `{2}` for alignat…) in text, `$…$`, `\[…\]`, `equation` and subscripts.
//    The first shape that compiles with no error at all confirms the provider as the origin.
//    Many tests share one document (each in its own group and paragraph between `\typeout`
//    markers, errors attributed by marker; a test that stops the run fails and the rest is run
//    again); a name that fails everywhere in batches is re-run alone with `-halt-on-error`, one
//    run per shape, unless every failure was an "Undefined control sequence \name"-like error
//    naming the name itself. When no shape compiles, the next provider is tried.
// 4. When no provider compiles any use: if every failure was "undefined"-like (Undefined control
//    sequence, Environment … undefined, not provided in base LaTeX2e, unavailable in encoding),
//    the name is "katexOnly"; otherwise (we found no good test shape for a defined name) it stays
//    at the first provider whose failures were of another kind, with a note. A name that no run
//    defines is "katexOnly". Control symbols (`\,`, `\{`, …) are tested like the rest.
// 5. Mode notes: a name KaTeX accepts in math mode that only a text-mode shape confirmed (text
//    accents such as \" or \v, \url…) gets all its math shapes in batches; if none compiles, a note
//    says so (and likewise the other way round).
//
// Output (sorted, stable): { generatedWith, katexVersion, method, candidates, loads, kernel,
// packages: {pkg: [names]}, katexOnly, environments: {kernel, packages, katexOnly}, alsoDefinedBy,
// notes }. Each command name (math ∪ text of katex-commands.json) appears exactly once among
// kernel/packages/katexOnly, each environment exactly once among environments.*. "alsoDefinedBy"
// lists, for package-origin names, the other candidate packages that define the name too (without
// loading its origin), e.g. \ket: braket, also physics. "loads" lists the candidate packages each
// candidate loads (amssymb → amsfonts), as seen from \ver@<pkg>.sty after \usepackage{candidate}.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const commandsFile = join(root, 'server/src/core/data/katex-commands.json');
const outFile = join(root, 'server/src/core/data/katex-origins.json');
const verbose = process.argv.includes('--verbose');
const dumpArg = process.argv.indexOf('--dump');
const dumpFile = dumpArg > 0 ? process.argv[dumpArg + 1] : undefined;
const jobsArg = process.argv.indexOf('--jobs');
const jobs =
  jobsArg > 0
    ? Math.max(1, Number(process.argv[jobsArg + 1]) || 1)
    : Math.max(2, availableParallelism());

/**
 * Packages tried, in order of preference. Widely used, small packages first; font packages that
 * redefine whole symbol sets (mathabx, txfonts) last, so they only claim what nothing else has.
 */
const CANDIDATES = [
  'amsmath',
  'amssymb',
  'amsfonts',
  'mathtools',
  'amsthm',
  'latexsym',
  'stmaryrd',
  'mathrsfs',
  'bm',
  'cancel',
  'braket',
  'physics',
  'xcolor',
  'color',
  'graphicx',
  'hyperref',
  'url',
  'ulem',
  'gensymb',
  'textcomp',
  'esint',
  'mathdots',
  'amscd',
  'arydshln',
  'bbm',
  'dsfont',
  'upgreek',
  'extarrows',
  'harpoon',
  'chemarr',
  'colonequals',
  'calc',
  'esvect',
  'accents',
  'actuarialangle',
  'steinmetz',
  'isomath',
  'wasysym',
  'mathabx',
  'txfonts',
];

const TIMEOUT_BATCH_MS = 8_000;
const TIMEOUT_SINGLE_MS = 10_000;

// ---------------------------------------------------------------------------------------------
// pdflatex

function pdflatexVersion() {
  const r = spawnSync('pdflatex', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    console.error(
      'gen-katex-origins: pdflatex was not found (or does not run). This script needs TeX Live:\n' +
        '  apt-get install -y --no-install-recommends texlive-latex-base texlive-latex-recommended \\\n' +
        '    texlive-latex-extra texlive-science texlive-fonts-recommended texlive-fonts-extra',
    );
    process.exit(2);
  }
  return r.stdout.split('\n')[0].trim();
}

const texEnv = {
  ...process.env,
  // One \typeout line per test, however long the \meaning.
  max_print_line: '1000000',
  error_line: '254',
  half_error_line: '238',
};

let runs = 0;

/** Compiles `source` in a fresh directory; resolves to the log text ('' if there is none). */
function pdflatex(source, { haltOnError = false, timeout = TIMEOUT_BATCH_MS } = {}) {
  runs++;
  const dir = mkdtempSync(join(tmpdir(), 'ml-origins-'));
  writeFileSync(join(dir, 't.tex'), source);
  const args = ['-interaction=nonstopmode', '-draftmode', '-no-shell-escape'];
  if (haltOnError) args.push('-halt-on-error');
  args.push('t.tex');
  return new Promise((resolve) => {
    const child = spawn('pdflatex', args, { cwd: dir, env: texEnv, stdio: 'ignore' });
    let timedOut = false;
    // SIGINT first: TeX stops with "! Interruption." and writes out its log; SIGKILL if it won't.
    let killer;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGINT');
      killer = setTimeout(() => child.kill('SIGKILL'), 3000);
    }, timeout);
    child.on('close', () => {
      clearTimeout(timer);
      clearTimeout(killer);
      let log = '';
      try {
        log = readFileSync(join(dir, 't.log'), 'latin1');
      } catch {
        /* no log */
      }
      rmSync(dir, { recursive: true, force: true });
      resolve(timedOut ? log + '\n! ML: timed out\n' : log);
    });
  });
}

/** Runs `tasks` (functions returning promises) with at most `jobs` at a time. */
async function pool(tasks) {
  const results = new Array(tasks.length);
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  }
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker));
  return results;
}

function preamble(pkg) {
  return `\\documentclass{article}\n${pkg ? `\\usepackage{${pkg}}\n` : ''}\\begin{document}\n\\makeatletter\n`;
}

// ---------------------------------------------------------------------------------------------
// 1. Definedness

/** `\string` of a control sequence, with the escape character removed by \@gobble. */
function csString(name) {
  return `\\expandafter\\MLcs\\expandafter{\\string${name}}`;
}

function definednessSource(pkg, commands, environments) {
  const lines = [
    preamble(pkg),
    '\\long\\def\\MLtest#1#2{\\ifcsname#2\\endcsname' +
      '\\typeout{MLDEF:#1:\\expandafter\\meaning\\csname#2\\endcsname}' +
      '\\else\\typeout{MLUND:#1}\\fi}',
    '\\long\\def\\MLcs#1#2{\\expandafter\\MLtest\\expandafter{\\number#2}{\\@gobble#1}}',
    // \ver@<pkg>.sty may exist as \relax only (made by an \@ifpackageloaded test): not loaded.
    ...CANDIDATES.map(
      (q) =>
        `\\typeout{MLPKG:${q}:\\expandafter\\ifx\\csname ver@${q}.sty\\endcsname\\relax0\\else1\\fi}`,
    ),
  ];
  commands.forEach((name, i) => lines.push(`${csString(name)}{${i}}`));
  environments.forEach((name, i) => lines.push(`\\MLtest{${commands.length + i}}{${name}}`));
  lines.push('\\typeout{MLDONE}', '\\end{document}');
  return lines.join('\n') + '\n';
}

/** Meanings that exist but only to complain (kernel stubs for latexsym/amsfonts symbols). */
function isStub(meaning) {
  // LaTeX2e defines \mho, \Box, \lhd… as `\not@base` ("Command … not provided in base LaTeX2e").
  return /^macro:->\\not@base |\\@notprerr|not provided in base/.test(meaning);
}

async function definedness(commands, environments) {
  const pkgs = [null, ...CANDIDATES];
  const logs = await pool(
    pkgs.map((pkg) => () => pdflatex(definednessSource(pkg, commands, environments))),
  );
  /** @type {Map<string|null, {meanings: Map<number,string>, loaded: string[]}>} */
  const result = new Map();
  let format = '';
  pkgs.forEach((pkg, k) => {
    const log = logs[k];
    if (!log.includes('MLDONE')) {
      throw new Error(
        `definedness run for ${pkg ?? '(no package)'} did not finish:\n` +
          log
            .split('\n')
            .filter((l) => l.startsWith('!'))
            .slice(0, 5)
            .join('\n'),
      );
    }
    const meanings = new Map();
    const loaded = [];
    for (const line of log.split('\n')) {
      let m;
      if ((m = /^MLDEF:(\d+):(.*)$/.exec(line))) meanings.set(Number(m[1]), m[2]);
      else if ((m = /^MLPKG:([^:]+):1$/.exec(line))) loaded.push(m[1]);
      else if (!format && (m = /^LaTeX2e <([^>]+)>(.*)$/.exec(line)))
        format = `LaTeX2e <${m[1]}>${m[2]}`.trim();
    }
    result.set(pkg, { meanings, loaded });
  });
  // Which candidates each candidate loads (besides itself): those whose \ver@<name>.sty exists.
  const loads = {};
  for (const pkg of CANDIDATES) loads[pkg] = result.get(pkg).loaded.filter((p) => p !== pkg);
  return { result, loads, format };
}

// ---------------------------------------------------------------------------------------------
// 3. Usage shapes. `#` stands for the name (a space is added after a control word when a letter
// follows). Math shapes for names KaTeX accepts in math, text shapes for text-only names (and as a
// fallback for the others).

const MATH_SHAPES = [
  '$#$',
  '$#{x}$',
  '$#{x}{y}$',
  '$#x$',
  '$#($',
  '$x#y$',
  '$#{x}{y}{z}$',
  '$#[x]{y}$',
  '$#*{x}$',
  '$#{matrix}x\\end{matrix}$',
  '$\\begin{matrix}x#{matrix}$',
  '$#{x}{y}\\sum$',
  '$#{x}{y}{z}{w}$',
  '$#(){1pt}{0}{x}{y}$',
  '$\\left(x#|y\\right)$',
  '$#(x\\right)$',
  '$\\left(x#)$',
  '$\\sum#_0^1$',
  '$#+\\thinmuskip{.1667em}$',
  '$#1em$',
  '$#3mu$',
  '$#{1em}$',
  '$#{1em}{1em}$',
  '$#{1pt}{x}$',
  '$#{red}x$',
  '$#{red}{x}$',
  '$#{red}{blue}{x}$',
  '$#{x}{\\x}$',
  '$#\\x{y}$',
  '$#\\alpha{y}$',
  '$#\\x y$',
  '$#\\x\\y z$',
  '$#\\def\\x{y}$',
  '$#65 $',
  '$#x\\endgroup$',
  '$\\begingroup x#$',
  '$#x\\egroup$',
  '$\\bgroup x#$',
  '$#|x|$',
  '$x#()1pt y$',
  '$x#1pt y$',
  '$x#()y$',
  '$#x{a}{b}$',
  '$#{x\\\\y}$',
  '$\\begin{array}{c}x#y\\end{array}$',
  '$\\begin{array}{c}#x\\end{array}$',
  '\\begin{equation}x#{1}\\end{equation}',
  '\\begin{equation}x#\\end{equation}',
  '\\[#\\]',
  '$#{example-image}$',
  '$#[width=1em]{example-image}$',
];

const TEXT_SHAPES = [
  '#',
  '#{x}',
  '#x',
  '#{x}{y}',
  'x#y',
  '#{x}{y}{z}',
  '#[x]{y}',
  '#{red}x',
  '#{red}{x}',
  '#{red}{blue}{x}',
  '#{1em}',
  '#1em',
  '#{1em}{1em}',
  '#{1pt}{x}',
  '#|x|',
  '#65 ',
  '#\\x{y}',
  '#\\alpha{y}',
  '#\\x y',
  '#\\x\\y z',
  '#\\def\\x{y}',
  '#x\\endgroup',
  '\\begingroup x#',
  '#x\\egroup',
  '\\bgroup x#',
  '#x{a}{b}',
  '#x\\)',
  '\\(x#',
  '#x\\]',
  '\\[x#',
  '\\begin{tabular}{c}x#y\\end{tabular}',
  '\\begin{tabular}{c}#x\\end{tabular}',
];

// Environments are tested with the body of a real use (a one-cell `x` would let plain TeX's \matrix,
// \pmatrix and \cases pass for the environments of the same name, which do not work in a real
// document without amsmath), in every context where an environment may stand.
const ENV_DEFAULT = { prefixes: [''], body: 'x&y\\\\z&w' };
const ENV_SPECS = {
  equation: { body: 'x' },
  'equation*': { body: 'x' },
  gather: { body: 'x\\\\y' },
  'gather*': { body: 'x\\\\y' },
  gathered: { body: 'x\\\\y' },
  array: { prefixes: ['{cc}'] },
  darray: { prefixes: ['{cc}'] },
  subarray: { prefixes: ['{c}'], body: 'x\\\\y' },
  alignat: { prefixes: ['{2}'] },
  'alignat*': { prefixes: ['{2}'] },
  alignedat: { prefixes: ['{2}'] },
  CD: { body: 'x@>>>y\\\\@VVV@VVV\\\\z@>>>w' },
};
const ENVIRONMENT_CONTEXTS = [
  '#',
  '$#$',
  '\\[#\\]',
  '\\begin{equation}#\\end{equation}',
  '$\\sum_{#}$',
];

function environmentShapes(name) {
  const spec = { ...ENV_DEFAULT, ...ENV_SPECS[name] };
  const prefixes = name.endsWith('matrix*') ? [...spec.prefixes, '[r]'] : spec.prefixes;
  return prefixes.flatMap((prefix) =>
    ENVIRONMENT_CONTEXTS.map((context) =>
      context.replace('#', () => `\\begin{${name}}${prefix}${spec.body}\\end{${name}}`),
    ),
  );
}

function instantiate(shape, name) {
  return shape.replace(/#(.?)/g, (_, next) =>
    /[A-Za-z]$/.test(name) && /[A-Za-z]/.test(next) ? `${name} ${next}` : name + next,
  );
}

/** The simple shapes of each mode come first: most names are confirmed by one of them. */
const SIMPLE_MATH = 9;
const SIMPLE_TEXT = 4;
const SHAPES_MATH_FIRST = [
  ...MATH_SHAPES.slice(0, SIMPLE_MATH),
  ...TEXT_SHAPES.slice(0, SIMPLE_TEXT),
  ...MATH_SHAPES.slice(SIMPLE_MATH),
  ...TEXT_SHAPES.slice(SIMPLE_TEXT),
];
const SHAPES_TEXT_FIRST = [
  ...TEXT_SHAPES.slice(0, SIMPLE_TEXT),
  ...MATH_SHAPES.slice(0, SIMPLE_MATH),
  ...TEXT_SHAPES.slice(SIMPLE_TEXT),
  ...MATH_SHAPES.slice(SIMPLE_MATH),
];

function shapesFor(item) {
  if (item.shapes) return item.shapes;
  if (item.env) return (item.shapes = environmentShapes(item.name));
  return item.inMath ? SHAPES_MATH_FIRST : SHAPES_TEXT_FIRST;
}

/** Error lines of a log section (lines starting with "! "), with the line after for context. */
function errorsIn(lines) {
  const errors = [];
  lines.forEach((line, i) => {
    if (line.startsWith('! ')) {
      let msg = line.slice(2).trim();
      // "Undefined control sequence." names the culprit at the end of the next context line.
      if (msg === 'Undefined control sequence.' && lines[i + 1]) {
        const m = /(\\[^\s\\]*)\s*$/.exec(lines[i + 1]);
        if (m) msg += ` ${m[1]}`;
      }
      errors.push(msg);
    }
  });
  return errors;
}

/** Errors that mean "this name is not (really) available here". */
function isUnavailable(error) {
  // \x and \y are the test shapes' own placeholders (`\def\x{y}`), undefined on purpose.
  if (/^Undefined control sequence\. \\[xy]$/.test(error)) return false;
  return /^Undefined control sequence|Environment \S+ undefined|not provided in base LaTeX2e|unavailable in encoding/.test(
    error,
  );
}

/** A test document holding many tests, each as `{test}\par` between markers. */
function batchSource(pkg, tests) {
  const lines = [preamble(pkg)];
  tests.forEach((t, i) => {
    lines.push(`\\typeout{MLB:${i}}{${t}}\\par\\typeout{MLE:${i}}`);
  });
  lines.push('\\typeout{MLDONE}', '\\end{document}');
  return lines.join('\n') + '\n';
}

/**
 * Runs `tests` in one document. Resolves to the errors of each test ([] when it compiled cleanly).
 * When the run stops early (a test ends the document, loops until the timeout, or is fatal), the
 * first test without its end marker fails and the tests after it are run again in a new batch.
 * @returns {Promise<string[][]>}
 */
async function runBatch(pkg, tests) {
  if (!tests.length) return [];
  const t0 = Date.now();
  const log = await pdflatex(batchSource(pkg, tests));
  if (verbose) console.log(`batch ${pkg ?? 'kernel'} ${tests.length} tests: ${Date.now() - t0} ms`);
  const lines = log.split('\n');
  /** @type {(string[] | null)[]} */
  const out = tests.map(() => null);
  let current = -1;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    let m;
    if ((m = /^MLB:(\d+)$/.exec(lines[i]))) {
      current = Number(m[1]);
      start = i + 1;
    } else if ((m = /^MLE:(\d+)$/.exec(lines[i])) && Number(m[1]) === current) {
      out[current] = errorsIn(lines.slice(start, i));
      current = -1;
    }
  }
  const finished =
    log.includes('\nMLDONE') && !/^! (Emergency stop|Interruption|ML: timed out)/m.test(log);
  const stuck = out.findIndex((e) => e === null);
  if (finished || stuck < 0) return out.map((e) => e ?? ['ML: no end marker']);
  if (verbose) console.log(`batch stopped at ${tests[stuck]} (${pkg ?? 'kernel'})`);
  const stuckErrors = current === stuck ? errorsIn(lines.slice(start)) : [];
  out[stuck] = [...stuckErrors, 'ML: the run stopped in this test'];
  const rest = await runBatch(pkg, tests.slice(stuck + 1));
  return [...out.slice(0, stuck + 1), ...rest];
}

async function runSingle(pkg, test) {
  const log = await pdflatex(batchSource(pkg, [test]), {
    haltOnError: true,
    timeout: TIMEOUT_SINGLE_MS,
  });
  const errors = errorsIn(log.split('\n'));
  if (!errors.length && !log.includes('MLDONE')) errors.push('ML: did not finish');
  return errors;
}

/**
 * Checks each item at the origin it is assigned: `items` have {key, name, env, inMath, origin}.
 * Resolves to a Map key → {ok: true, shape} | {ok: false, errors: string[]} .
 */
async function usageCheck(items, { singles: rerunAlone = true } = {}) {
  const status = new Map();
  /** Per item, the errors of each shape tried in batches (its first error, or the list). */
  const batchErrors = new Map(items.map((it) => [it.key, []]));
  let pending = items;
  // Batched rounds over growing slices of the shape list (most names pass the first shape; the
  // others get many shapes at once), one document per origin, each (name, shape) its own test.
  const maxShapes = Math.max(...items.map((it) => shapesFor(it).length));
  const bounds = [0, 1, 6, 16, maxShapes];
  for (let r = 0; r + 1 < bounds.length && pending.length; r++) {
    const [from, to] = [bounds[r], bounds[r + 1]];
    const byOrigin = new Map();
    for (const it of pending) {
      const tests = shapesFor(it)
        .slice(from, to)
        .map((shape) => ({ it, shape }));
      if (!byOrigin.has(it.origin)) byOrigin.set(it.origin, []);
      byOrigin.get(it.origin).push(...tests);
    }
    const groups = [...byOrigin.entries()].filter(([, tests]) => tests.length);
    const results = await pool(
      groups.map(
        ([origin, tests]) =>
          () =>
            runBatch(
              origin === 'kernel' ? null : origin,
              tests.map(({ it, shape }) => instantiate(shape, it.name)),
            ),
      ),
    );
    groups.forEach(([, tests], g) => {
      tests.forEach(({ it, shape }, i) => {
        const errs = results[g][i];
        if (status.has(it.key)) return; // an earlier shape of this slice passed
        if (errs.length === 0) status.set(it.key, { ok: true, shape });
        else batchErrors.get(it.key).push(errs[0]);
      });
    });
    pending = pending.filter((it) => !status.has(it.key));
  }
  if (verbose && pending.length) {
    console.log(`left after batches: ${pending.map((it) => `${it.key}@${it.origin}`).join(' ')}`);
  }
  // What failed everywhere in batches: when every shape failed with an "unavailable" error naming
  // the command itself, that is believed; otherwise every shape is re-run alone with
  // -halt-on-error (a batch can fail a test that passes alone, when an earlier test misbehaves).
  const rerun = [];
  for (const it of rerunAlone ? pending : []) {
    const errors = batchErrors.get(it.key);
    const own = (e) =>
      isUnavailable(e) &&
      (it.env ? e.includes(`Environment ${it.name} undefined`) : mentions(e, it.name));
    if (errors.length === shapesFor(it).length && errors.every(own)) {
      status.set(it.key, { ok: false, errors });
    } else rerun.push(it);
  }
  for (const it of pending)
    if (!rerunAlone) status.set(it.key, { ok: false, errors: batchErrors.get(it.key) });
  const singles = rerun.flatMap((it) => shapesFor(it).map((shape) => ({ it, shape })));
  const singleErrors = await pool(
    singles.map(
      ({ it, shape }) =>
        () =>
          runSingle(it.origin === 'kernel' ? null : it.origin, instantiate(shape, it.name)),
    ),
  );
  for (const it of rerun) {
    const errors = [];
    singles.forEach((t, i) => {
      if (t.it !== it || status.has(it.key)) return;
      if (singleErrors[i].length === 0) status.set(it.key, { ok: true, shape: t.shape });
      else errors.push(singleErrors[i][0]);
    });
    if (!status.has(it.key)) status.set(it.key, { ok: false, errors });
  }
  return status;
}

/** Whether an error message names the control sequence `name` (not merely a longer one). */
function mentions(error, name) {
  const i = error.indexOf(name);
  if (i < 0) return false;
  const after = error[i + name.length] ?? '';
  return !(/[A-Za-z]$/.test(name) && /[A-Za-z]/.test(after));
}

// ---------------------------------------------------------------------------------------------
// 2 + 3. Origins

/** A few distinct error messages, for a note. */
function summary(errors) {
  return [...new Set(errors)].slice(0, 2).join('; ');
}

function providerOrder(definers, loads) {
  // Kernel first; then candidate order, but a package comes after any provider it loads.
  const order = [];
  if (definers.has('kernel')) order.push('kernel');
  const rest = CANDIDATES.filter((p) => definers.has(p));
  while (rest.length) {
    const i = rest.findIndex((p) => !rest.some((q) => q !== p && loads[p].includes(q)));
    order.push(...rest.splice(i < 0 ? 0 : i, 1));
  }
  return order;
}

async function main() {
  const started = Date.now();
  const version = pdflatexVersion();
  const katexData = JSON.parse(readFileSync(commandsFile, 'utf8'));
  const mathSet = new Set(katexData.math);
  const commands = [...new Set([...katexData.math, ...katexData.text])].sort();
  const environments = [...new Set(katexData.environments)].sort();

  console.log(
    `${version}; ${commands.length} commands, ${environments.length} environments; ${jobs} jobs`,
  );
  const { result, loads, format } = await definedness(commands, environments);
  console.log(
    `definedness: ${CANDIDATES.length + 1} runs, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  const items = [
    ...commands.map((name, i) => ({
      key: name,
      name,
      env: false,
      inMath: mathSet.has(name),
      index: i,
    })),
    ...environments.map((name, i) => ({
      key: `env:${name}`,
      name,
      env: true,
      inMath: true,
      index: commands.length + i,
    })),
  ];
  const notes = {};
  const note = (it, text) => {
    const key = it.env ? `{${it.name}}` : it.name;
    (notes[key] ??= []).push(text);
  };

  for (const it of items) {
    const definers = new Set();
    const meaningAt = (pkg) => result.get(pkg).meanings.get(it.index);
    const kernelMeaning = meaningAt(null);
    if (kernelMeaning !== undefined) {
      if (isStub(kernelMeaning))
        note(it, 'the kernel defines it only as a "not provided in base LaTeX2e" error');
      else definers.add('kernel');
    }
    for (const pkg of CANDIDATES) {
      const m = meaningAt(pkg);
      if (m !== undefined && !isStub(m) && m !== kernelMeaning) definers.add(pkg);
      // A package that keeps the kernel's meaning is no provider of its own.
    }
    it.definers = definers;
    it.providers = providerOrder(definers, loads);
    it.meaning = (p) => meaningAt(p === 'kernel' ? null : p);
  }
  if (dumpFile) {
    const dump = {};
    for (const it of items) {
      dump[it.key] = Object.fromEntries(
        [null, ...CANDIDATES]
          .map((p) => [p ?? 'kernel', result.get(p).meanings.get(it.index)?.slice(0, 200)])
          .filter(([, m]) => m !== undefined),
      );
    }
    writeFileSync(dumpFile, JSON.stringify({ loads, dump }, null, 1));
  }

  // Check usage at each provider in turn: the first where a use compiles is the origin. When none
  // does, the name is katexOnly if every failure was "undefined"-like, else (a name we could not
  // find a good test for) it goes to the first provider where it failed otherwise, with a note.
  const final = new Map();
  const confirmedBy = new Map();
  let todo = items.filter((it) => it.providers.length);
  for (const it of items) if (!it.providers.length) final.set(it.key, 'katexOnly');
  for (const it of todo) {
    it.tryIndex = 0;
    it.failures = [];
  }
  while (todo.length) {
    for (const it of todo) it.origin = it.providers[it.tryIndex];
    // Primitives and chardefs need no usage test beyond their meaning.
    const needCheck = [];
    for (const it of todo) {
      const m = it.meaning(it.origin) ?? '';
      if (!it.env && (m === it.name || /^\\(math)?char"/.test(m))) {
        if (!it.inMath && /^\\mathchar"/.test(m)) needCheck.push(it);
        else final.set(it.key, it.origin);
      } else needCheck.push(it);
    }
    const status = await usageCheck(needCheck);
    const next = [];
    for (const it of needCheck) {
      const s = status.get(it.key);
      if (s.ok) {
        final.set(it.key, it.origin);
        confirmedBy.set(it.key, s.shape);
        if (verbose && s.shape !== shapesFor(it)[0])
          console.log(`${it.key} @ ${it.origin}: ${s.shape}`);
        for (const f of it.failures) {
          note(it, `no use compiled at ${f.origin} (${summary(f.errors)})`);
        }
        continue;
      }
      it.failures.push({ origin: it.origin, errors: s.errors });
      it.tryIndex++;
      if (it.tryIndex < it.providers.length) {
        next.push(it);
        continue;
      }
      const defined = it.failures.find((f) => !f.errors.every(isUnavailable));
      final.set(it.key, defined ? defined.origin : 'katexOnly');
      for (const f of it.failures) {
        note(
          it,
          `no use compiled at ${f.origin} (${summary(f.errors)})` +
            (f === defined
              ? ': kept there, as it is defined and the failures are not "undefined" errors'
              : ''),
        );
      }
    }
    todo = next;
  }

  // Mode: a name KaTeX accepts in math mode that was confirmed only by a text-mode use (or the
  // reverse) gets all its same-mode shapes in batches; if none compiles, a note says so (e.g. text
  // accents such as \" are errors in LaTeX math mode).
  const modeChecks = [];
  for (const it of items) {
    const shape = confirmedBy.get(it.key);
    if (!shape || it.env) continue;
    const own = it.inMath ? MATH_SHAPES : TEXT_SHAPES;
    if (!own.includes(shape)) {
      modeChecks.push({
        key: it.key,
        name: it.name,
        env: false,
        origin: final.get(it.key),
        shapes: own,
        item: it,
      });
    }
  }
  if (modeChecks.length) {
    const status = await usageCheck(modeChecks, { singles: false });
    for (const mc of modeChecks) {
      if (status.get(mc.key).ok) continue;
      const mode = mc.item.inMath ? 'math' : 'text';
      note(
        mc.item,
        `KaTeX accepts it in ${mode} mode, but no ${mode}-mode use compiled at ${mc.origin}; ` +
          `a ${mode === 'math' ? 'text' : 'math'}-mode one did (${confirmedBy.get(mc.key)})`,
      );
    }
  }

  // Notes on meanings worth knowing: \relax placeholders.
  for (const it of items) {
    const origin = final.get(it.key);
    if (origin !== 'katexOnly' && it.meaning(origin) === '\\relax')
      note(it, `\\relax at ${origin} (a placeholder: it typesets nothing)`);
  }

  // Assemble.
  const out = {
    generatedWith: `${version}, ${format}`,
    katexVersion: katexData.katexVersion,
    method:
      'pdflatex -draftmode on \\documentclass{article} plus at most ONE candidate package, loaded ' +
      'alone (amssymb without amsmath, physics without braket). Origin = "kernel" if defined with no ' +
      'package and a test use compiles; else the first candidate (in "candidates" order, but a ' +
      'package after any provider it loads: see "loads") that defines it and in which a test use ' +
      'compiles; "katexOnly" if no candidate defines it or every use fails as undefined. ' +
      'See scripts/gen-katex-origins.mjs.',
    candidates: CANDIDATES,
    loads: Object.fromEntries(
      Object.entries(loads)
        .map(([p, l]) => [p, l.filter((q) => CANDIDATES.includes(q)).sort()])
        .filter(([, l]) => l.length)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
    kernel: [],
    packages: {},
    katexOnly: [],
    environments: { kernel: [], packages: {}, katexOnly: [] },
    alsoDefinedBy: {},
    notes: {},
  };
  for (const it of items) {
    const origin = final.get(it.key);
    const target = it.env ? out.environments : out;
    if (origin === 'kernel') target.kernel.push(it.name);
    else if (origin === 'katexOnly') target.katexOnly.push(it.name);
    else {
      (target.packages[origin] ??= []).push(it.name);
      const also = CANDIDATES.filter(
        (p) =>
          p !== origin &&
          it.definers.has(p) &&
          !loads[p].includes(origin) &&
          !loads[origin].includes(p),
      );
      if (also.length) out.alsoDefinedBy[it.env ? `{${it.name}}` : it.name] = also;
    }
  }
  const sortObj = (o, f = (v) => v) =>
    Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, f(o[k])]),
    );
  const sortList = (l) => [...l].sort();
  out.kernel = sortList(out.kernel);
  out.katexOnly = sortList(out.katexOnly);
  out.packages = sortObj(out.packages, sortList);
  out.environments = {
    kernel: sortList(out.environments.kernel),
    packages: sortObj(out.environments.packages, sortList),
    katexOnly: sortList(out.environments.katexOnly),
  };
  out.alsoDefinedBy = sortObj(out.alsoDefinedBy);
  out.notes = sortObj(notes, (l) => l.join(' | '));

  writeFileSync(outFile, JSON.stringify(out, null, 2) + '\n');
  const count = (o) =>
    `kernel ${o.kernel.length}, ${Object.entries(o.packages)
      .map(([p, l]) => `${p} ${l.length}`)
      .join(', ')}, katexOnly ${o.katexOnly.length}`;
  console.log(`commands: ${count(out)}`);
  console.log(`environments: ${count(out.environments)}`);
  console.log(
    `${Object.keys(out.notes).length} notes; ${runs} pdflatex runs; ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`wrote ${outFile}`);
}

await main();
