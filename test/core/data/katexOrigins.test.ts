// Checks server/src/core/data/katex-origins.json (generated with pdflatex by
// scripts/gen-katex-origins.mjs): where each command and environment KaTeX accepts comes from in
// real LaTeX. No TeX is needed here: the file is data, these tests check its shape and a sample of
// facts that pdflatex established.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import origins from '../../../server/src/core/data/katex-origins.json';
import commands from '../../../server/src/core/data/katex-commands.json';

interface OriginLists {
  kernel: string[];
  packages: Record<string, string[]>;
  katexOnly: string[];
}

interface KatexOrigins extends OriginLists {
  generatedWith: string;
  katexVersion: string;
  candidates: string[];
  loads: Record<string, string[]>;
  environments: OriginLists;
  alsoDefinedBy: Record<string, string[]>;
  notes: Record<string, string>;
}

const data = origins as unknown as KatexOrigins;

/** name → origin ("kernel", a package name or "katexOnly"); fails on a name listed twice. */
function originMap(lists: OriginLists): Map<string, string> {
  const map = new Map<string, string>();
  const add = (name: string, origin: string) => {
    assert.ok(!map.has(name), `${name} is listed twice: ${map.get(name)} and ${origin}`);
    map.set(name, origin);
  };
  for (const name of lists.kernel) add(name, 'kernel');
  for (const [pkg, names] of Object.entries(lists.packages)) {
    for (const name of names) add(name, pkg);
  }
  for (const name of lists.katexOnly) add(name, 'katexOnly');
  return map;
}

const commandOrigin = originMap(data);
const environmentOrigin = originMap(data.environments);

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

test('katex-origins.json covers katex-commands.json exactly, each name once', () => {
  assert.equal(
    data.katexVersion,
    commands.katexVersion,
    'katex-commands.json was regenerated: run `node scripts/gen-katex-origins.mjs` (needs pdflatex)',
  );
  const names = new Set([...commands.math, ...commands.text]);
  assert.deepEqual(
    [...commandOrigin.keys()].sort(byCodeUnit),
    [...names].sort(byCodeUnit),
    'commands of katex-origins.json differ from katex-commands.json',
  );
  assert.deepEqual(
    [...environmentOrigin.keys()].sort(byCodeUnit),
    [...new Set(commands.environments)].sort(byCodeUnit),
    'environments of katex-origins.json differ from katex-commands.json',
  );
});

test('lists are sorted; packages are candidates; the generator is recorded', () => {
  for (const lists of [data, data.environments]) {
    for (const list of [lists.kernel, lists.katexOnly, ...Object.values(lists.packages)]) {
      assert.deepEqual(list, [...list].sort(byCodeUnit));
    }
    for (const [pkg, names] of Object.entries(lists.packages)) {
      assert.ok(data.candidates.includes(pkg), `${pkg} is not a candidate`);
      assert.ok(names.length > 0, `${pkg} has an empty list`);
    }
  }
  assert.match(data.generatedWith, /pdfTeX .*TeX Live \d{4}/);
  for (const [name, packages] of Object.entries(data.alsoDefinedBy)) {
    const origin = name.startsWith('{')
      ? environmentOrigin.get(name.slice(1, -1))
      : commandOrigin.get(name);
    assert.ok(origin && origin !== 'kernel' && origin !== 'katexOnly', name);
    assert.ok(!packages.includes(origin), name);
    for (const pkg of packages) assert.ok(data.candidates.includes(pkg), `${name}: ${pkg}`);
  }
});

test('the package each package loads is recorded', () => {
  assert.ok(data.loads.amssymb?.includes('amsfonts'), 'amssymb loads amsfonts');
  assert.ok(data.loads.mathtools?.includes('amsmath'), 'mathtools loads amsmath');
  assert.ok(!(data.loads.amsmath ?? []).length, 'amsmath loads no other candidate');
});

test('origins of well-known commands', () => {
  const expected: Record<string, string[]> = {
    kernel: ['\\alpha', '\\frac', '\\sqrt', '\\left', '\\right', '\\sum', '\\,', '\\{', '\\\\'],
    amsmath: [
      '\\text',
      '\\dfrac',
      '\\binom',
      '\\operatorname',
      '\\boxed',
      '\\tag',
      '\\iint',
      '\\boldsymbol',
      '\\xrightarrow',
    ],
    // amssymb loads amsfonts, which alone defines these: the smallest origin is amsfonts.
    amsfonts: ['\\mathbb', '\\mathfrak'],
    amssymb: ['\\varnothing', '\\leqslant', '\\nexists', '\\therefore'],
    mathtools: ['\\coloneqq', '\\mathclap'],
    mathrsfs: ['\\mathscr'],
    cancel: ['\\cancel'],
    bm: ['\\bm'],
    stmaryrd: ['\\llbracket'],
    braket: ['\\ket', '\\bra', '\\braket'],
    katexOnly: ['\\R', '\\N', '\\Z', '\\reals', '\\Alpha', '\\KaTeX', '\\htmlClass'],
  };
  for (const [origin, names] of Object.entries(expected)) {
    for (const name of names) assert.equal(commandOrigin.get(name), origin, name);
  }
  assert.ok(data.alsoDefinedBy['\\ket']?.includes('physics'), '\\ket: physics too');
});

test('origins of well-known environments', () => {
  const expected: Record<string, string[]> = {
    kernel: ['array', 'equation'],
    amsmath: ['align', 'align*', 'gather', 'pmatrix', 'bmatrix', 'cases', 'aligned', 'split'],
    mathtools: ['dcases', 'rcases'],
    amscd: ['CD'],
  };
  for (const [origin, names] of Object.entries(expected)) {
    for (const name of names) assert.equal(environmentOrigin.get(name), origin, name);
  }
});

test('kernel stubs and KaTeX-only internals are not taken for definitions', () => {
  // LaTeX2e defines \mho, \Box, \lhd… as "not provided in base LaTeX2e" errors.
  for (const name of ['\\mho', '\\Box', '\\lhd', '\\Join']) {
    assert.notEqual(commandOrigin.get(name), 'kernel', name);
    assert.notEqual(commandOrigin.get(name), 'katexOnly', name);
  }
  for (const name of ['\\bra@ket', '\\tag@literal', '\\html@mathml']) {
    assert.equal(commandOrigin.get(name), 'katexOnly', name);
  }
});
