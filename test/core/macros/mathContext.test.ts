import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { withLocalDefinitions } from '../../../server/src/core/macros/mathContext';
import { scanDocument } from '../../../server/src/core/regions/scannedDocument';
import type { MacroDefinition } from '../../../server/src/core/regions/types';
import { amsPreamble, latexContext, markdownContext } from '../check/support';

describe('latexMathContext', () => {
  const cases: [string, string, boolean, string[]][] = [
    ['an article with known packages', amsPreamble, true, []],
    ['no \\documentclass (a fragment)', '\\usepackage{amsmath}', false, []],
    ['an unknown package', `${amsPreamble}\\usepackage{mysterypkg}`, false, ['mysterypkg']],
    ['a package without math commands', `${amsPreamble}\\usepackage{geometry}`, true, []],
  ];
  for (const [what, preamble, complete, unknown] of cases) {
    it(`${what}: complete=${complete}`, () => {
      const context = latexContext(preamble);
      assert.equal(context.complete, complete);
      assert.deepEqual(context.unknownPackages, unknown);
      assert.equal(context.language, 'latex');
    });
  }

  it('includes the kernel and the packages that loaded packages load', () => {
    const context = latexContext('\\documentclass{article}\\usepackage{mathtools,amssymb}');
    for (const name of ['latex', 'mathtools', 'amsmath', 'amssymb', 'amsfonts'])
      assert.ok(context.packages.has(name), name);
    assert.ok(!context.packages.has('bbm'));
  });

  it('loads the packages a class implies (amsart brings amsmath and amsthm)', () => {
    const context = latexContext('\\documentclass{amsart}');
    assert.ok(context.packages.has('amsmath'));
    assert.ok(context.packages.has('amsthm'));
  });

  it('keys contexts by what they are built from', () => {
    const a = latexContext(`${amsPreamble}\\newcommand{\\R}{\\mathbb{R}}`);
    const same = latexContext(`${amsPreamble}\\newcommand{\\R}{\\mathbb{R}}`);
    const otherBody = latexContext(`${amsPreamble}\\newcommand{\\R}{\\mathbf{R}}`);
    const otherSettings = latexContext(`${amsPreamble}\\newcommand{\\R}{\\mathbb{R}}`, {
      macros: { '\\C': '\\mathbb{C}' },
    });
    const otherPackages = latexContext(
      `${amsPreamble}\\usepackage{bbm}\\newcommand{\\R}{\\mathbb{R}}`,
    );
    assert.equal(a.key, same.key);
    assert.notEqual(a.key, otherBody.key);
    assert.notEqual(a.key, otherSettings.key);
    assert.notEqual(a.key, otherPackages.key);
  });

  it('keeps the definition in effect: the last one, but \\providecommand never replaces', () => {
    const context = latexContext(
      `${amsPreamble}\\newcommand{\\x}{1}\\renewcommand{\\x}{2}\\newcommand{\\y}{1}\\providecommand{\\y}{2}`,
    );
    assert.equal(context.commands.get('\\x')?.definition.body, '2');
    assert.equal(context.commands.get('\\y')?.definition.body, '1');
  });

  it('keeps environments apart from commands', () => {
    const context = latexContext(
      `${amsPreamble}\\newenvironment{myproof}{}{}\\newtheorem{theorem}{Theorem}`,
    );
    assert.deepEqual([...context.environments.keys()], ['myproof', 'theorem']);
    assert.equal(context.commands.size, 0);
  });

  it('lists the settings macros', () => {
    const context = latexContext(amsPreamble, { macros: { '\\RR': '\\mathbb{R}' } });
    assert.deepEqual([...context.settingsCommands], ['\\RR']);
  });
});

describe('markdownMathContext', () => {
  it('behaves like KaTeX with the AMS packages, and is complete', () => {
    const context = markdownContext();
    assert.equal(context.language, 'markdown');
    assert.equal(context.complete, true);
    assert.deepEqual([...context.packages].sort(), ['amsfonts', 'amsmath', 'amssymb', 'latex']);
  });

  it('takes the definitions of the Markdown document', () => {
    const context = markdownContext('$\\newcommand{\\R}{\\mathbb{R}}$ and $\\R$');
    assert.ok(context.commands.has('\\R'));
  });
});

describe('withLocalDefinitions', () => {
  const base = latexContext(`${amsPreamble}\\newcommand{\\g}{G}`);
  const local = (tex: string) =>
    scanDocument('latex', tex)
      .items.filter((item): item is MacroDefinition => item.kind === 'definition')
      .map((definition) => ({ uri: 'file:///local.tex', definition }));

  it('returns the same context when there is nothing local', () =>
    assert.equal(withLocalDefinitions(base, []), base));

  it('adds local definitions, which win over global ones', () => {
    const extended = withLocalDefinitions(base, local('\\def\\g{L}\\def\\h{H}'));
    assert.equal(extended.commands.get('\\g')?.definition.body, 'L');
    assert.ok(extended.commands.has('\\h'));
    assert.notEqual(extended.key, base.key);
    assert.equal(base.commands.get('\\g')?.definition.body, 'G');
  });

  it('caches the extended context', () => {
    const definitions = local('\\def\\h{H}');
    assert.equal(withLocalDefinitions(base, definitions), withLocalDefinitions(base, definitions));
  });
});
