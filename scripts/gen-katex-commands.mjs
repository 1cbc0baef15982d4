// Generates server/src/core/data/katex-commands.json: every control sequence and environment that
// the installed KaTeX accepts, split by mode.
//
// Usage: node scripts/gen-katex-commands.mjs [--verbose]
//
// 1. Harvest candidate names:
//    - KaTeX's own registries (functions, symbols.math/text, macros, environments), read by bundling
//      node_modules/katex/src with esbuild (a devDependency) and evaluating the bundle;
//    - every `\\name` string literal in node_modules/katex/src/**/*.ts|js and dist/katex.js (so the
//      script still works, less exactly, without esbuild);
//    - every printable ASCII control symbol (`\!`, `\,`, `\ `, `\\`, …).
// 2. Verify each candidate with the real KaTeX (`katex.__parse`, throwOnError): a name is known in
//    math mode if at least one of a list of contexts (bare, with 1–6 `{x}` arguments, with sizes,
//    delimiters, inside \left…\right, arrays, …) parses; known in text mode if one parses inside
//    `\text{…}`. Only names that parse somewhere are written out: a function that KaTeX defines but
//    forbids in a mode ("Can't use function '\foo' in math mode"), or a macro whose expansion is
//    undefined in that mode (`\iff` inside `\text`), is not listed for that mode. A candidate that
//    fails in every context without such an explanation is reported (it needs a new context) and
//    the script exits non-zero, so a KaTeX upgrade cannot silently drop commands.
// 3. Environments are verified with `\begin{name}…\end{name}` (with `{c}` / `{2}` arguments, display
//    mode), with an unknown one failing as "No such environment".
// 4. For the checker's fast path (server/src/core/check/plainFormula.ts), the argument-less atoms:
//    `symbols`, the names of KaTeX's math symbol table that no function or macro shadows (KaTeX
//    tries functions, then macros, before symbols), which parse as one atom anywhere, a script's
//    argument included; `operators`, the functions of type "op" that take no argument (\sum, \sin,
//    \lim), which may carry scripts but are not all allowed as an unbraced script argument. Both
//    come from the registries only (empty without esbuild), and each is verified in use.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const katex = require('katex');
const katexDir = dirname(require.resolve('katex/package.json'));
const outFile = join(root, 'server/src/core/data/katex-commands.json');
const verbose = process.argv.includes('--verbose');

/** A control sequence as KaTeX's lexer produces it: `\` + letters/@, or `\` + one character. */
const CONTROL_SEQUENCE = /^\\(?:[A-Za-z@]+|[^A-Za-z@\uD800-\uDFFF])$/u;

// ---------------------------------------------------------------------------------------------
// 1. Candidates

const commandCandidates = new Set();
/** Symbol-table names that nothing shadows, and argument-less operators (section 4). */
const atomSymbols = [];
const atomOperators = [];
const environmentCandidates = new Set();

function addCommand(name) {
  if (CONTROL_SEQUENCE.test(name)) commandCandidates.add(name);
}

async function harvestRegistries() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    console.warn('esbuild not available: harvesting from source text only');
    return;
  }
  const src = join(katexDir, 'src').replace(/\\/g, '/');
  const entry = `
    import functions from ${JSON.stringify(src + '/functions')};
    import environments from ${JSON.stringify(src + '/environments')};
    import symbols from ${JSON.stringify(src + '/symbols')};
    import macros from ${JSON.stringify(src + '/macros')};
    module.exports = {
      functions: Object.keys(functions),
      environments: Object.keys(environments),
      symbols: [...Object.keys(symbols.math), ...Object.keys(symbols.text)],
      macros: Object.keys(macros),
      mathSymbols: Object.keys(symbols.math),
      operators: Object.keys(functions).filter((name) => {
        const spec = functions[name];
        return spec.type === 'op' && spec.numArgs === 0 && !spec.numOptionalArgs &&
          spec.allowedInMath !== false;
      }),
    };`;
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: src, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'error',
    define: { __VERSION__: JSON.stringify(katex.version) },
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(
    module,
    module.exports,
    require,
  );
  const tables = module.exports;
  for (const name of [...tables.functions, ...tables.symbols, ...tables.macros]) addCommand(name);
  for (const name of tables.environments) environmentCandidates.add(name);
  const shadowed = new Set([...tables.functions, ...tables.macros]);
  for (const name of tables.mathSymbols) {
    if (CONTROL_SEQUENCE.test(name) && !shadowed.has(name)) atomSymbols.push(name);
  }
  atomOperators.push(...tables.operators.filter((name) => CONTROL_SEQUENCE.test(name)));
  if (verbose) {
    console.log(
      `registries: ${tables.functions.length} functions, ${tables.symbols.length} symbols, ` +
        `${tables.macros.length} macros, ${tables.environments.length} environments`,
    );
  }
}

function listFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files.push(...listFiles(path));
    else if (/\.(ts|js)$/.test(entry)) files.push(path);
  }
  return files;
}

function harvestText() {
  const files = [...listFiles(join(katexDir, 'src')), join(katexDir, 'dist/katex.js')];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    // In JS/TS string literals a backslash is written `\\`.
    for (const m of text.matchAll(/\\\\([A-Za-z@]+)/g)) addCommand('\\' + m[1]);
    for (const m of text.matchAll(/names:\s*\[([^\]]*)\]/g)) {
      for (const s of m[1].matchAll(/["']([A-Za-z*]+)["']/g)) environmentCandidates.add(s[1]);
    }
  }
}

function harvestControlSymbols() {
  for (let c = 0x20; c < 0x7f; c++) {
    const ch = String.fromCharCode(c);
    if (!/[A-Za-z@]/.test(ch)) addCommand('\\' + ch);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Verification

function parse(src) {
  // \show, \message and \errmessage print to the console: keep the output quiet.
  const { log, error } = console;
  console.log = console.error = () => {};
  try {
    katex.__parse(src, { throwOnError: true, strict: 'ignore', displayMode: true });
  } finally {
    Object.assign(console, { log, error });
  }
}

/**
 * Contexts in which a command is tried; `#` stands for the command. `evidence`: a failure of this
 * context with "Undefined control sequence: \foo" or "Can't use function '\foo' in <mode> mode" (for
 * the command itself or for what its macro expands to) shows that the command is unusable in that
 * mode. Contexts that put other commands or letters next to `#` give no such evidence, except for the
 * commands listed in `evidenceFor`, which only make sense with that partner (`\right` needs `\left`).
 */
const CONTEXTS = [
  { t: '#', evidence: true },
  { t: '#{x}', evidence: true },
  { t: '#{x}{x}', evidence: true },
  { t: '#{x}{x}{x}', evidence: true },
  { t: '#{x}{x}{x}{x}', evidence: true },
  { t: '#{x}{x}{x}{x}{x}', evidence: true },
  { t: '#{x}{x}{x}{x}{x}{x}', evidence: true },
  { t: '#[x]{x}', evidence: true },
  { t: '#[x]{x}{x}', evidence: true },
  { t: '#*{x}', evidence: true },
  { t: '#*{x}{x}', evidence: true },
  { t: '{1}#{1}', evidence: true },
  { t: '#{1em}', evidence: true },
  { t: '#{1em}{x}', evidence: true },
  { t: '#{1em}{1em}', evidence: true },
  { t: '#[1em]{1em}{1em}', evidence: true },
  { t: '#1em', evidence: true },
  { t: '#+{1mu}{1em}', evidence: true },
  { t: '#{x}{x}{1pt}{1}{x}{x}', evidence: true },
  { t: '#{x=y}{x}', evidence: true },
  { t: '#(', evidence: true },
  { t: '#|', evidence: true },
  { t: '#"41', evidence: true },
  { t: '#65 ', evidence: true },
  { t: '#|x|', evidence: true },
  { t: '#(x)', evidence: true },
  { t: 'x# y', evidence: true },
  { t: '# x{x}{x}' },
  { t: '#\\x{y}' },
  { t: '#\\x=y' },
  { t: '#\\x y' },
  { t: '#\\x\\y z' },
  { t: '#{\\x}{y}' },
  { t: '#\\def\\x{y}' },
  { t: '#{matrix}x\\end{matrix}' },
  { t: '\\begin{matrix}x#{matrix}', evidenceFor: ['\\end'] },
  { t: '#(x\\right)' },
  { t: '\\left(x#)', evidenceFor: ['\\right'] },
  { t: '\\left(x#|x\\right)', evidenceFor: ['\\middle'] },
  { t: '\\sum#', evidenceFor: ['\\limits', '\\nolimits', '\\displaylimits'] },
  { t: '# x\\egroup' },
  { t: '\\bgroup x#' },
  { t: '# x\\endgroup' },
  { t: '\\begingroup x#' },
  { t: '# x\\)' },
  { t: '\\(x#' },
  { t: '# x\\]' },
  { t: '\\[x#', evidenceFor: ['\\]'] },
  { t: '\\begin{array}{c}# x\\end{array}', evidenceFor: ['\\hline', '\\hdashline'] },
  { t: '\\begin{array}{c}x\\\\# x\\end{array}' },
  { t: '\\begin{array}{c}x# x\\end{array}' },
  { t: '\\begin{CD}x# x\\end{CD}' },
  { t: '\\begin{CD}x#{x}{x}x\\end{CD}' },
  { t: 'x^#' },
  { t: 'x^#{x}' },
];

const EVIDENCE = (mode) =>
  new RegExp(`^(Undefined control sequence: \\S+|Can't use function '[^']+' in ${mode} mode)$`);

/** @returns {'known' | 'unusable' | {errors: string[]}} */
function classify(name, mode) {
  const errors = [];
  let unusable = false;
  for (const context of CONTEXTS) {
    const body = context.t.replaceAll('#', () => name);
    const src = mode === 'math' ? body : `\\text{${body}}`;
    try {
      parse(src);
      if (verbose && context.t !== '#') console.log(`${mode} ${name}: ${context.t}`);
      return 'known';
    } catch (e) {
      const message = e.rawMessage ?? String(e);
      errors.push(message);
      if (
        (context.evidence || context.evidenceFor?.includes(name)) &&
        EVIDENCE(mode).test(message)
      ) {
        unusable = true;
      }
    }
  }
  return unusable ? 'unusable' : { errors: [...new Set(errors)] };
}

const ENVIRONMENT_CONTEXTS = [
  'x',
  'x&x\\\\x&x',
  '{c}x',
  '{cc}x&x\\\\x&x',
  '{2}x&x&x&x',
  '{x}x',
  '[c]x',
];

function environmentKnown(name) {
  const errors = [];
  for (const body of ENVIRONMENT_CONTEXTS) {
    try {
      parse(`\\begin{${name}}${body}\\end{${name}}`);
      return true;
    } catch (e) {
      errors.push(e.rawMessage ?? String(e));
    }
  }
  if (errors.some((e) => e === `No such environment: ${name}`)) return false;
  throw new Error(`environment ${name}: no context parses: ${[...new Set(errors)].join(' | ')}`);
}

// ---------------------------------------------------------------------------------------------

await harvestRegistries();
harvestText();
harvestControlSymbols();

const math = [];
const text = [];
const doubtful = [];
for (const name of commandCandidates) {
  for (const [mode, list] of [
    ['math', math],
    ['text', text],
  ]) {
    const result = classify(name, mode);
    if (result === 'known') list.push(name);
    else if (result !== 'unusable') doubtful.push(`${mode} ${name}: ${result.errors.join(' | ')}`);
  }
}

const environments = [...environmentCandidates].filter(environmentKnown);

// Section 4: each atom must parse where the fast path lets it stand, in both modes.
const atomFailures = [];
const ATOM_USES = {
  symbols: ['#', 'x^#', 'x_#', '#^x_x', "#'", '{#}', 'x# y'],
  operators: ['#', '#_x^x', "#'", '{#}', 'x# y'],
};
for (const [kind, names] of [
  ['symbols', atomSymbols],
  ['operators', atomOperators],
]) {
  for (const name of names) {
    for (const use of ATOM_USES[kind]) {
      for (const displayMode of [false, true]) {
        try {
          katex.__parse(
            use.replaceAll('#', () => name),
            {
              throwOnError: true,
              strict: 'ignore',
              displayMode,
            },
          );
        } catch (e) {
          atomFailures.push(`${kind} ${name} in ${use}: ${e.rawMessage ?? String(e)}`);
        }
      }
    }
  }
}

if (doubtful.length > 0) {
  console.error('Candidates that neither parse nor fail as undefined (add a context):');
  for (const line of doubtful) console.error('  ' + line);
  process.exit(1);
}
if (atomFailures.length > 0) {
  console.error('Atoms that do not parse where the fast path accepts them (section 4):');
  for (const line of atomFailures) console.error('  ' + line);
  process.exit(1);
}

// Code-unit order: stable across machines and locales.
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const data = {
  katexVersion: katex.version,
  math: math.sort(byCodeUnit),
  text: text.sort(byCodeUnit),
  environments: environments.sort(byCodeUnit),
  symbols: [...new Set(atomSymbols)].sort(byCodeUnit),
  operators: [...new Set(atomOperators)].sort(byCodeUnit),
};
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(data, null, 2) + '\n');
console.log(
  `KaTeX ${katex.version}: ${commandCandidates.size} candidates → ${data.math.length} math, ` +
    `${data.text.length} text, ${data.environments.length} environments → ${outFile}`,
);
