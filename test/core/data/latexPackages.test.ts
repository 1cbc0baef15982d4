// Checks server/src/core/data/latex-packages.json: valid LaTeX that KaTeX does not support, with the
// stand-ins MathLens gives KaTeX so that the rest of a formula can still be checked and rendered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import katex from 'katex';
import katexData from '../../../server/src/core/data/katex-commands.json';
import raw from '../../../server/src/core/data/latex-packages.json';

type Kind = 'ignored' | 'approximated' | 'unsupported';

interface CommandEntry {
  args: string;
  kind: Kind;
  katex?: string;
}

interface EnvironmentEntry extends CommandEntry {
  katexArgs?: string;
}

interface LatexPackages {
  packages: Record<
    string,
    { commands: Record<string, CommandEntry>; environments: Record<string, EnvironmentEntry> }
  >;
  noMathCommands: string[];
}

const data = raw as unknown as LatexPackages;

interface KatexInternals {
  __parse(src: string, options: object): unknown;
}

function parseError(src: string, macros: Record<string, string> = {}): string | undefined {
  try {
    (katex as unknown as KatexInternals).__parse(src, {
      throwOnError: true,
      strict: 'ignore',
      displayMode: true,
      macros,
    });
    return undefined;
  } catch (e) {
    return (e as { rawMessage?: string }).rawMessage ?? String(e);
  }
}

const katexMath = new Set(katexData.math);
const katexText = new Set(katexData.text);
const katexEnvironments = new Set(katexData.environments);

const commands = Object.entries(data.packages).flatMap(([pkg, { commands }]) =>
  Object.entries(commands).map(([name, entry]) => ({ pkg, name, entry })),
);
const environments = Object.entries(data.packages).flatMap(([pkg, { environments }]) =>
  Object.entries(environments).map(([name, entry]) => ({ pkg, name, entry })),
);

/** Number of mandatory arguments in an xparse-style signature. */
function mandatoryCount(args: string): number {
  return (args.match(/t.|./g) ?? []).filter((a) => a === 'm' || a === 'k').length;
}

test('the data is substantial', () => {
  assert.ok(commands.length >= 500, `only ${commands.length} commands`);
  assert.ok(environments.length >= 30, `only ${environments.length} environments`);
  assert.ok(data.noMathCommands.length >= 40);
});

test('no entry is something KaTeX already knows', () => {
  for (const { pkg, name } of commands) {
    assert.match(
      name,
      /^\\(?:[A-Za-z@]+|[^A-Za-z@])$/,
      `${pkg}: ${name} is not a control sequence`,
    );
    assert.ok(!katexMath.has(name) && !katexText.has(name), `${pkg}: KaTeX knows ${name}`);
  }
  for (const { pkg, name } of environments) {
    assert.ok(!katexEnvironments.has(name), `${pkg}: KaTeX knows environment ${name}`);
  }
});

test('argument signatures and kinds are well formed', () => {
  for (const { pkg, name, entry } of [...commands, ...environments]) {
    assert.match(entry.args, /^(s|o|m|k|u|t.)*$/, `${pkg}: ${name} args ${entry.args}`);
    assert.ok(
      ['ignored', 'approximated', 'unsupported'].includes(entry.kind),
      `${pkg}: ${name} kind ${entry.kind}`,
    );
    if (entry.kind === 'approximated') {
      assert.equal(typeof entry.katex, 'string', `${pkg}: ${name} is approximated without katex`);
    }
    if (entry.kind === 'ignored') {
      assert.equal(entry.katex, undefined, `${pkg}: ${name} is ignored but has katex`);
    }
  }
});

test('every command replacement parses with KaTeX', () => {
  for (const { pkg, name, entry } of commands) {
    if (entry.katex === undefined) continue;
    const count = mandatoryCount(entry.args);
    for (const [, n] of entry.katex.matchAll(/#(\d)/g)) {
      const index = Number(n);
      assert.ok(index >= 1 && index <= count, `${pkg}: ${name} uses #${n}, has ${count} m args`);
    }
    const src = entry.katex.replace(/#\d/g, 'x');
    assert.equal(parseError(src), undefined, `${pkg}: ${name} → ${src}`);
  }
});

test('replacements work as KaTeX macros inside a formula', () => {
  // Commands whose arguments are all mandatory and all used map directly onto a KaTeX macro.
  for (const { pkg, name, entry } of commands) {
    if (entry.katex === undefined || !/^m*$/.test(entry.args)) continue;
    const count = entry.args.length;
    const used = new Set([...entry.katex.matchAll(/#(\d)/g)].map((m) => Number(m[1])));
    if (used.size !== count) continue;
    const call = name + Array.from({ length: count }, (_, i) => `{a${i}}`).join('');
    const src = `y + ${call} + z`;
    assert.equal(parseError(src, { [name]: entry.katex }), undefined, `${pkg}: ${src}`);
  }
});

test('environment replacements are KaTeX environments', () => {
  for (const { pkg, name, entry } of environments) {
    if (entry.katex === undefined) {
      assert.notEqual(entry.kind, 'approximated', `${pkg}: ${name}`);
      continue;
    }
    assert.ok(katexEnvironments.has(entry.katex), `${pkg}: ${name} → ${entry.katex}`);
    if (entry.katexArgs !== undefined) {
      const src = `\\begin{${entry.katex}}${entry.katexArgs}x\\end{${entry.katex}}`;
      assert.equal(parseError(src), undefined, `${pkg}: ${name} → ${src}`);
    }
  }
});

test('noMathCommands is disjoint from packages and free of duplicates', () => {
  assert.equal(new Set(data.noMathCommands).size, data.noMathCommands.length);
  for (const name of data.noMathCommands) {
    assert.ok(!(name in data.packages), `${name} is in both noMathCommands and packages`);
  }
});

test('key entries', () => {
  const get = (pkg: string, name: string) => data.packages[pkg]?.commands[name];
  // Labels and references take keys (k): shown verbatim, never read as math.
  assert.deepEqual(get('latex', '\\label'), { args: 'k', kind: 'ignored' });
  assert.equal(get('latex', '\\ref')?.args, 'sk');
  assert.equal(get('xy', '\\xymatrix')?.args, 'um');
  assert.equal(get('latex', '\\mbox')?.katex, '\\text{#1}');
  assert.equal(get('latex', '\\textsc')?.katex, '\\text{#1}');
  assert.equal(get('latex', '\\ref')?.kind, 'approximated');
  assert.equal(get('latex', '\\ensuremath')?.kind, 'approximated');
  assert.equal(get('amsmath', '\\eqref')?.katex, '\\text{(#1)}');
  assert.equal(get('amsmath', '\\intertext')?.kind, 'unsupported');
  assert.equal(get('wasysym', '\\ocircle')?.katex?.includes('\\bigcirc'), true);
  assert.equal(get('stmaryrd', '\\trianglelefteqslant')?.katex, '\\trianglelefteq');
  assert.equal(get('cleveref', '\\cref')?.katex, '\\text{#1}');
  assert.equal(get('xspace', '\\xspace')?.kind, 'ignored');
  assert.equal(get('xy', '\\xymatrix')?.kind, 'unsupported');
  assert.equal(get('mathpartir', '\\inferrule')?.kind, 'unsupported');
  const env = (pkg: string, name: string) => data.packages[pkg]?.environments[name];
  assert.equal(env('amsmath', 'multline')?.katex, 'gather');
  assert.equal(env('latex', 'eqnarray')?.katexArgs, '{rcl}');
  assert.equal(env('tikz-cd', 'tikzcd')?.kind, 'unsupported');
});

test('every package of the HoTT book is classified', () => {
  const hott =
    'etex geometry hyperref layout inputenc pifont multicol mathpazo helvet courier ifpdf graphicx ' +
    'comment fancyhdr nextpage amssymb amsmath amsthm stmaryrd mathrsfs wasysym enumitem mathtools ' +
    'xspace xstring xcolor wallpaper booktabs array aliascnt cleveref xy braket tikz etoolbox ' +
    'mathpartir bookmark makeidx';
  for (const pkg of hott.split(' ')) {
    assert.ok(pkg in data.packages || data.noMathCommands.includes(pkg), `${pkg} unclassified`);
  }
});
