// Generates server/src/core/data/katex-origins.json: for every control sequence and environment
// that KaTeX accepts (server/src/core/data/katex-commands.json), where it comes from in real LaTeX —
// the LaTeX kernel, the smallest package that defines it, or nowhere ("katexOnly": a KaTeX
// convenience such as \R or \Alpha that pdflatex rejects unless the document defines it).
//
// Usage: node scripts/gen-katex-origins.mjs [--verbose] [--jobs N]
//
// Needs pdflatex (TeX Live) on the PATH, only to generate this file: MathLens and its tests never
// run TeX. On Debian/Ubuntu:
//   apt-get install -y --no-install-recommends texlive-latex-base texlive-latex-recommended \
//     texlive-latex-extra texlive-science texlive-fonts-recommended texlive-fonts-extra
// A full run takes well under a minute (it prints its own timing).
//
// How it works (every pdflatex run: a fresh temporary directory, `-interaction=nonstopmode
// -draftmode`, a timeout, and the log file as the only output read):
//
// 1. Definedness. One run with `\documentclass{article}` alone and one per candidate package
//    (CANDIDATES below, each loaded ALONE, e.g. `\usepackage{amssymb}` without amsmath) writes,
//    from inside the document body, one `\typeout` line per name: `\ifcsname` tells whether the
//    control sequence (for an environment: its begin macro `\name`) exists, without creating it,
//    and `\meaning` shows what it is. The run also records `\@filelist`, so we know which packages
//    each candidate loads (amssymb loads amsfonts; mathtools loads amsmath…). Meanings that are the
//    kernel's "not provided in base LaTeX2e" stubs (\mho, \Box, \Join… until latexsym/amsfonts is
//    loaded) do not count as definitions.
// 2. Smallest origin. For each name, the providers are "kernel" (if defined with no package) and the
//    candidate packages that define it. They are tried in this order: kernel first, then candidate
//    order, except that a package that loads another provider comes after it (so \mathbb goes to
//    amsfonts, not amssymb which loads amsfonts; \text to amsmath, not mathtools or physics).
// 3. Usage check. Definedness alone can lie (a stub, a macro that expands to something undefined),
//    so each name is really used at its tentative origin: `\documentclass{article}`, the package,
//    and the command in its KaTeX mode (math if KaTeX accepts it in math, else text) in a series of
//    argument shapes (bare, `{x}`, `{x}{y}`, `[x]{y}`, delimiters, `\left…\right`, array cells,
//    `equation`, lengths, colours, …; environments with plausible bodies, inside math or not). The
//    first shape that compiles with no error confirms the origin. Many tests share one document
//    (each in its own group and paragraph, between `\typeout` markers, errors attributed by marker);
//    a test that fails there is re-run alone with `-halt-on-error` before a failure is believed. A
//    name whose every shape fails with "Undefined control sequence", "Environment … undefined" or
//    "not provided in base LaTeX2e" is not available at that origin: the next provider is tried.
//    A name whose shapes fail only with other errors (wrong arguments, wrong mode) stays at its
//    origin (it is defined: a document using it correctly compiles) and is listed in "notes".
// 4. A name that no run defines is "katexOnly". Control symbols (`\,`, `\{`, …) are tested like the
//    rest (they all turn out to be kernel).
//
// Output (sorted, stable): { generatedWith, katexVersion, method, candidates, loads, kernel,
// packages: {pkg: [names]}, katexOnly, environments: {kernel, packages, katexOnly}, alsoDefinedBy,
// notes }. Each command name (math ∪ text of katex-commands.json) appears exactly once among
// kernel/packages/katexOnly, each environment exactly once among environments.*. "alsoDefinedBy"
// lists, for package-origin names, the other candidate packages that define the name too (without
// loading its origin), e.g. \ket: braket, also physics. "loads" lists the candidate packages each
// candidate loads (amssymb → amsfonts), as seen in \@filelist.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const commandsFile = join(root, 'server/src/core/data/katex-commands.json');
const outFile = join(root, 'server/src/core/data/katex-origins.json');
const verbose = process.argv.includes('--verbose');
const jobsArg = process.argv.indexOf('--jobs');
const jobs = jobsArg > 0 ? Number(process.argv[jobsArg + 1]) : Math.max(2, availableParallelism());

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
  'esvect',
  'accents',
  'actuarialangle',
  'steinmetz',
  'isomath',
  'wasysym',
  'mathabx',
  'txfonts',
];

const TIMEOUT_BATCH_MS = 120_000;
const TIMEOUT_SINGLE_MS = 30_000;

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
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeout);
    child.on('close', () => {
      clearTimeout(timer);
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
    '\\typeout{MLFILES:\\@filelist}',
  ];
  commands.forEach((name, i) => lines.push(`${csString(name)}{${i}}`));
  environments.forEach((name, i) =>
    lines.push(`\\MLtest{${commands.length + i}}{${name}}`),
  );
  lines.push('\\typeout{MLDONE}', '\\end{document}');
  return lines.join('\n') + '\n';
}

/** Meanings that exist but only to complain (kernel stubs for latexsym/amsfonts symbols). */
function isStub(meaning) {
  return /\\@notprerr|not provided in base/.test(meaning);
}

async function definedness(commands, environments) {
  const pkgs = [null, ...CANDIDATES];
  const logs = await pool(
    pkgs.map((pkg) => () => pdflatex(definednessSource(pkg, commands, environments))),
  );
  /** @type {Map<string|null, {meanings: Map<number,string>, files: string[]}>} */
  const result = new Map();
  let format = '';
  pkgs.forEach((pkg, k) => {
    const log = logs[k];
    if (!log.includes('MLDONE')) {
      throw new Error(
        `definedness run for ${pkg ?? '(no package)'} did not finish:\n` +
          log.split('\n').filter((l) => l.startsWith('!')).slice(0, 5).join('\n'),
      );
    }
    const meanings = new Map();
    let files = [];
    for (const line of log.split('\n')) {
      let m;
      if ((m = /^MLDEF:(\d+):(.*)$/.exec(line))) meanings.set(Number(m[1]), m[2]);
      else if ((m = /^MLFILES:(.*)$/.exec(line))) files = m[1].split(',').filter(Boolean);
      else if (!format && (m = /^LaTeX2e <([^>]+)>(.*)$/.exec(line))) format = `LaTeX2e <${m[1]}>${m[2]}`.trim();
    }
    result.set(pkg, { meanings, files });
  });
  // Which candidates each candidate loads (besides itself), from \@filelist against the baseline.
  const baseline = new Set(result.get(null).files);
  const loads = {};
  for (const pkg of CANDIDATES) {
    const loaded = result
      .get(pkg)
      .files.filter((f) => !baseline.has(f) && f.endsWith('.sty'))
      .map((f) => f.replace(/\.sty$/, ''))
      .filter((p) => p !== pkg);
    loads[pkg] = loaded;
  }
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
  '$#{x}{y}\\sum$',
  '$#{x}{y}{z}{w}$',
  '$#(){1pt}{0}{x}{y}$',
  '$\\left(x#|y\\right)$',
  '$#(x\\right)$',
  '$\\left(x#)$',
  '$\\sum#_0^1$',
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
  '$#{matrix}x\\end{matrix}$',
  '$\\begin{matrix}x#{matrix}$',
  '#x\\)',
  '\\(x#',
  '#x\\]',
  '\\[x#',
  '$#{draft}{x}$',
  '$#[draft]{x}$',
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
  '\\begin{tabular}{c}x#y\\end{tabular}',
  '\\begin{tabular}{c}#x\\end{tabular}',
];

const ENV_BODY = 'x&y\\\\z&w';
const ENVIRONMENT_SHAPES = [
  `\\begin{#}${ENV_BODY}\\end{#}`,
  '\\begin{#}x\\end{#}',
  `$\\begin{#}${ENV_BODY}\\end{#}$`,
  `$\\begin{#}{cc}${ENV_BODY}\\end{#}$`,
  `\\begin{#}{2}x&y&z&w\\end{#}`,
  `$\\begin{#}{2}x&y&z&w\\end{#}$`,
  `\\begin{equation}\\begin{#}${ENV_BODY}\\end{#}\\end{equation}`,
  '$\\sum_{\\begin{#}{c}x\\\\y\\end{#}}$',
  '$\\sum_{\\begin{#}x\\\\y\\end{#}}$',
  '\\[\\begin{#}x@>>>y\\end{#}\\]',
  `$\\begin{#}[r]${ENV_BODY}\\end{#}$`,
  '$\\begin{#}x\\end{#}$',
];

function instantiate(shape, name) {
  return shape.replace(/#(.?)/g, (_, next) =>
    /[A-Za-z]$/.test(name) && /[A-Za-z]/.test(next) ? `${name} ${next}` : name + next,
  );
}

function shapesFor(item) {
  if (item.env) return ENVIRONMENT_SHAPES;
  return item.inMath ? [...MATH_SHAPES, ...TEXT_SHAPES] : [...TEXT_SHAPES, ...MATH_SHAPES];
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

/** @returns {Promise<(string[] | null)[]>} errors per test: [] when clean, null when unknown */
async function runBatch(pkg, tests) {
  const t0 = Date.now();
  const log = await pdflatex(batchSource(pkg, tests));
  if (verbose && Date.now() - t0 > 5000) {
    console.log(`slow batch (${pkg}, ${tests.length} tests, ${Date.now() - t0} ms): ${tests.slice(0, 5).join(' ')}`);
    writeFileSync(join(tmpdir(), `ml-slow-${runs}.tex`), batchSource(pkg, tests));
  }
  const lines = log.split('\n');
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
  // Errors before the first marker or after the last test make the whole batch suspect: a clean
  // result is then not trusted either.
  const done = log.includes('MLDONE') && !/^! (Emergency stop|ML: timed out)/m.test(log);
  if (!done) return out.map((e) => (e && e.length ? e : null));
  return out;
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
async function usageCheck(items) {
  const status = new Map();
  const errorsSeen = new Map(items.map((it) => [it.key, []]));
  let pending = items;
  // Batched rounds: shape k for every item not yet confirmed, grouped by origin.
  const maxShapes = Math.max(...items.map((it) => shapesFor(it).length));
  for (let k = 0; k < maxShapes && pending.length; k++) {
    const round = pending.filter((it) => k < shapesFor(it).length);
    const byOrigin = new Map();
    for (const it of round) {
      if (!byOrigin.has(it.origin)) byOrigin.set(it.origin, []);
      byOrigin.get(it.origin).push(it);
    }
    const groups = [...byOrigin.entries()];
    const results = await pool(
      groups.map(([origin, its]) => () =>
        runBatch(
          origin === 'kernel' ? null : origin,
          its.map((it) => instantiate(shapesFor(it)[k], it.name)),
        ),
      ),
    );
    groups.forEach(([, its], g) => {
      its.forEach((it, i) => {
        const errs = results[g][i];
        if (errs && errs.length === 0) status.set(it.key, { ok: true, shape: shapesFor(it)[k] });
        else if (errs) errorsSeen.get(it.key).push(...errs);
      });
    });
    pending = pending.filter((it) => !status.has(it.key));
  }
  if (verbose) console.log(`usage check: ${items.length} items, ${pending.length} left after batches: ${pending.map((it) => `${it.key}@${it.origin}`).join(' ')}`);
  // What failed everywhere in batches is re-run alone, shape by shape, with -halt-on-error.
  await pool(
    pending.map((it) => async () => {
      const errors = [];
      for (const shape of shapesFor(it)) {
        const errs = await runSingle(it.origin === 'kernel' ? null : it.origin, instantiate(shape, it.name));
        if (!errs.length) {
          status.set(it.key, { ok: true, shape });
          return;
        }
        errors.push(errs[0]);
      }
      status.set(it.key, { ok: false, errors });
    }),
  );
  return status;
}

// ---------------------------------------------------------------------------------------------
// 2 + 3. Origins

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

  console.log(`${version}; ${commands.length} commands, ${environments.length} environments; ${jobs} jobs`);
  const { result, loads, format } = await definedness(commands, environments);
  console.log(`definedness: ${CANDIDATES.length + 1} runs, ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const items = [
    ...commands.map((name, i) => ({ key: name, name, env: false, inMath: mathSet.has(name), index: i })),
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
      if (isStub(kernelMeaning)) note(it, 'the kernel defines it only as a "not provided in base LaTeX2e" error');
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

  // Check usage at the first provider; on "unavailable", move on to the next one.
  const final = new Map();
  let todo = items.filter((it) => it.providers.length);
  for (const it of items) if (!it.providers.length) final.set(it.key, 'katexOnly');
  for (const it of todo) it.tryIndex = 0;
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
        if (verbose && s.shape !== shapesFor(it)[0]) console.log(`${it.key} @ ${it.origin}: ${s.shape}`);
        continue;
      }
      // Undefined in every shape tried (each shape's first error): not available at this origin.
      const unavailable = s.errors.length > 0 && s.errors.every(isUnavailable);
      if (unavailable) {
        note(it, `at ${it.origin}: unusable (${[...new Set(s.errors.filter(isUnavailable))].slice(0, 2).join('; ')})`);
        it.tryIndex++;
        if (it.tryIndex < it.providers.length) next.push(it);
        else final.set(it.key, 'katexOnly');
      } else {
        final.set(it.key, it.origin);
        note(it, `defined at ${it.origin} but no test shape compiled cleanly (${[...new Set(s.errors)].slice(0, 3).join('; ')})`);
      }
    }
    todo = next;
  }

  // Notes on meanings worth knowing: \relax placeholders.
  for (const it of items) {
    const origin = final.get(it.key);
    if (origin !== 'katexOnly' && it.meaning(origin) === '\\relax') note(it, `\\relax at ${origin} (a placeholder: it typesets nothing)`);
  }

  // Assemble.
  const out = {
    generatedWith: `${version}, ${format}`,
    katexVersion: katexData.katexVersion,
    method:
      'pdflatex -draftmode on \\documentclass{article} plus at most ONE candidate package (never its ' +
      'usual companions: amssymb was tested without amsmath, physics without braket); origin = kernel ' +
      'if defined and usable with no package, else the first candidate (in "candidates" order, a ' +
      'package after any provider it loads) that defines it and in which a test use compiles; ' +
      'katexOnly if no candidate defines it. See scripts/gen-katex-origins.mjs.',
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
        (p) => p !== origin && it.definers.has(p) && !loads[p].includes(origin) && !loads[origin].includes(p),
      );
      if (also.length) out.alsoDefinedBy[it.env ? `{${it.name}}` : it.name] = also;
    }
  }
  const sortObj = (o, f = (v) => v) =>
    Object.fromEntries(Object.keys(o).sort().map((k) => [k, f(o[k])]));
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
  const count = (o) => `kernel ${o.kernel.length}, ${Object.entries(o.packages).map(([p, l]) => `${p} ${l.length}`).join(', ')}, katexOnly ${o.katexOnly.length}`;
  console.log(`commands: ${count(out)}`);
  console.log(`environments: ${count(out.environments)}`);
  console.log(`${Object.keys(out.notes).length} notes; ${runs} pdflatex runs; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`wrote ${outFile}`);
}

await main();
