import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { mathContextFor } from '../../../server/src/core/check/analyze';
import { languageOf, ProjectIndex } from '../../../server/src/core/project/projectIndex';
import { scanDocument } from '../../../server/src/core/regions/scannedDocument';
import { brief, documentFindings, memoryProject, noSettings } from '../check/support';

// Compiled to out/test/core/project/: four levels up is the project root.
const fixtureRoot = path.resolve(__dirname, '../../../../test/fixtures/project');
const base = 'file:///work/project';

/** The fixture project on disk, as URIs to texts. */
function fixtureFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else
        files[`${base}/${path.relative(fixtureRoot, full).split(path.sep).join('/')}`] =
          readFileSync(full, 'utf8');
    }
  };
  walk(fixtureRoot);
  return files;
}

const files = fixtureFiles();
const uri = (relative: string) => `${base}/${relative}`;
const names = (list: readonly { definition: { name: string } }[]) =>
  list.map(({ definition }) => definition.name);

describe('ProjectIndex over the fixture project', () => {
  const index = memoryProject(files);

  it('reads the six fixture files', () => {
    assert.deepEqual(Object.keys(files).sort(), [
      uri('chapters/details.tex'),
      uri('chapters/intro.tex'),
      uri('main.tex'),
      uri('notation.sty'),
      uri('notes/scratch.tex'),
      uri('preamble/macros.tex'),
    ]);
  });

  const rootCases: [string, string[]][] = [
    ['main.tex', ['main.tex']],
    ['chapters/intro.tex', ['main.tex']], // \include from main
    ['chapters/details.tex', ['main.tex']], // \input from intro, resolved against the root's directory
    ['preamble/macros.tex', ['main.tex']],
    ['notation.sty', ['main.tex']], // a local package
    ['notes/scratch.tex', ['main.tex']], // only the magic comment ties it to main
  ];
  for (const [file, roots] of rootCases) {
    it(`finds the root of ${file}`, () =>
      assert.deepEqual(index.context(uri(file)).roots, roots.map(uri)));
  }

  it('lists the files in the order LaTeX reads them', () => {
    assert.deepEqual(index.context(uri('chapters/intro.tex')).files, [
      uri('main.tex'),
      uri('notation.sty'),
      uri('preamble/macros.tex'),
      uri('chapters/intro.tex'),
      uri('chapters/details.tex'),
    ]);
  });

  it('shares the macros of the whole project, in definition order, with their files', () => {
    const context = index.context(uri('chapters/details.tex'));
    assert.deepEqual(
      context.definitions.map(({ uri: from, definition }) => [definition.name, from]),
      [
        ['\\E', uri('notation.sty')],
        ['\\nt@inner', uri('notation.sty')],
        ['\\inner', uri('notation.sty')],
        ['\\R', uri('preamble/macros.tex')],
        ['\\Var', uri('preamble/macros.tex')],
      ],
    );
  });

  it('treats a local .sty as a file, and the packages it requires as packages', () => {
    const context = index.context(uri('main.tex'));
    assert.deepEqual(context.packages.sort(), ['amsmath', 'amssymb']);
    assert.deepEqual(context.classes, ['article']);
  });

  it('reports an \\input whose file does not exist, in the file that has it', () => {
    const context = index.context(uri('chapters/intro.tex'));
    assert.deepEqual(
      context.missing.map((missing) => [missing.uri, missing.reference.target]),
      [[uri('main.tex'), 'chapters/generated']],
    );
    const main = documentFindings(files, uri('main.tex'));
    assert.deepEqual(brief(main), [['project.missing-file', 'chapters/generated']]);
    assert.equal(main[0].severity, 'hint');
  });

  it('checks an included file with the macros and packages of its root', () => {
    assert.deepEqual(brief(documentFindings(files, uri('chapters/intro.tex'))), [
      ['latex.unknown-command', '\\alpah'],
    ]);
    assert.deepEqual(brief(documentFindings(files, uri('chapters/details.tex'))), []);
    assert.deepEqual(brief(documentFindings(files, uri('notes/scratch.tex'))), []);
  });

  it('knows the whole preamble of an included file (so an unknown name is an error)', () => {
    const context = mathContextFor(index, uri('chapters/details.tex'), noSettings);
    assert.equal(context.complete, true);
    assert.ok(context.packages.has('amssymb'));
    assert.ok(context.commands.has('\\Var'));
  });
});

describe('ProjectIndex: include graphs', () => {
  it('does not hang on a cycle of \\input', () => {
    const index = memoryProject({
      'file:///c/a.tex': '\\documentclass{article}\\input{b}\n$\\fromb$',
      'file:///c/b.tex': '\\input{a}\\newcommand{\\fromb}{b}',
    });
    const context = index.context('file:///c/b.tex');
    assert.deepEqual(context.files.sort(), ['file:///c/a.tex', 'file:///c/b.tex']);
    assert.deepEqual(names(context.definitions), ['\\fromb']);
    assert.deepEqual(
      brief(
        documentFindings(
          {
            'file:///c/a.tex': '\\documentclass{article}\\input{b}\n$\\fromb$',
            'file:///c/b.tex': '\\input{a}\\newcommand{\\fromb}{b}',
          },
          'file:///c/a.tex',
        ),
      ),
      [],
    );
  });

  it('does not hang on a file that inputs itself', () => {
    const index = memoryProject({ 'file:///s/self.tex': '\\input{self}\\newcommand{\\x}{x}' });
    const context = index.context('file:///s/self.tex');
    assert.deepEqual(context.roots, ['file:///s/self.tex']);
    assert.deepEqual(context.files, ['file:///s/self.tex']);
  });

  it('follows a long chain of \\input quickly', () => {
    const files: Record<string, string> = {};
    const length = 300;
    for (let i = 0; i < length; i++) {
      files[`file:///l/f${i}.tex`] =
        `${i === 0 ? '\\documentclass{article}\n' : ''}\\newcommand{\\m${String.fromCharCode(97 + (i % 26))}${'z'.repeat(Math.floor(i / 26))}}{${i}}\n${i + 1 < length ? `\\input{f${i + 1}}` : ''}`;
    }
    const started = performance.now();
    const context = memoryProject(files).context(`file:///l/f${length - 1}.tex`);
    assert.deepEqual(context.roots, ['file:///l/f0.tex']);
    assert.equal(context.files.length, length);
    assert.equal(context.definitions.length, length);
    assert.ok(performance.now() - started < 3000);
  });

  it('gives a file included by two roots the macros of both', () => {
    const index = memoryProject({
      'file:///t/paper.tex': '\\documentclass{article}\\newcommand{\\p}{P}\\input{shared}',
      'file:///t/slides.tex': '\\documentclass{beamer}\\newcommand{\\s}{S}\\input{shared}',
      'file:///t/shared.tex': '$\\p + \\s$',
    });
    const context = index.context('file:///t/shared.tex');
    assert.deepEqual(context.roots, ['file:///t/paper.tex', 'file:///t/slides.tex']);
    assert.deepEqual(names(context.definitions).sort(), ['\\p', '\\s']);
    assert.deepEqual(context.classes.sort(), ['article', 'beamer']);
  });

  it('resolves \\input without braces and with an extension', () => {
    const index = memoryProject({
      'file:///b/main.tex': '\\documentclass{article}\n\\input defs.tex\n\\input{more.tex}',
      'file:///b/defs.tex': '\\newcommand{\\d}{D}',
      'file:///b/more.tex': '\\newcommand{\\m}{M}',
    });
    assert.deepEqual(names(index.context('file:///b/main.tex').definitions), ['\\d', '\\m']);
  });

  it('resolves \\import{dir}{file} and \\subfile', () => {
    const index = memoryProject({
      'file:///i/main.tex': '\\documentclass{article}\n\\import{parts/}{one}\n\\subfile{parts/two}',
      'file:///i/parts/one.tex': '\\newcommand{\\one}{1}',
      'file:///i/parts/two.tex': '\\newcommand{\\two}{2}',
    });
    assert.deepEqual(names(index.context('file:///i/main.tex').definitions), ['\\one', '\\two']);
    assert.deepEqual(index.context('file:///i/parts/two.tex').roots, ['file:///i/main.tex']);
  });

  it("resolves an \\input in an included file against the root's directory, as LaTeX does", () => {
    const index = memoryProject({
      'file:///x/main.tex': '\\documentclass{article}\\input{chapters/a}',
      'file:///x/chapters/a.tex': '\\input{b}',
      'file:///x/b.tex': '\\newcommand{\\rootb}{1}',
      'file:///x/chapters/b.tex': '\\newcommand{\\chapb}{2}',
    });
    assert.deepEqual(names(index.context('file:///x/chapters/a.tex').definitions), ['\\rootb']);
  });

  it('falls back to the include graph when the magic comment names a missing file', () => {
    const index = memoryProject({
      'file:///r/main.tex': '\\documentclass{article}\\input{ch}',
      'file:///r/ch.tex': '% !TEX root = nothere.tex\n$x$',
    });
    assert.deepEqual(index.context('file:///r/ch.tex').roots, ['file:///r/main.tex']);
  });

  it('lets a file nobody includes be its own root', () => {
    const index = memoryProject({ 'file:///o/alone.tex': '$\\alpah$' });
    const context = index.context('file:///o/alone.tex');
    assert.deepEqual(context.roots, ['file:///o/alone.tex']);
    // Without \documentclass the preamble is not known: an unknown name is only a hint.
    assert.deepEqual(
      brief(documentFindings({ 'file:///o/alone.tex': '$\\alpah$' }, 'file:///o/alone.tex')),
      [['latex.unverified-command', '\\alpah']],
    );
  });

  it('does not report missing generated files (.bbl, other extensions) or packages', () => {
    const text =
      '\\documentclass{article}\\usepackage{nosuchpackage}\\input{paper.bbl}\\input{figure.pgf}\\input{chapter}';
    const findings = documentFindings({ 'file:///g/main.tex': text }, 'file:///g/main.tex');
    assert.deepEqual(brief(findings), [['project.missing-file', 'chapter']]);
  });

  it('keeps definitions local to a group out of other files', () => {
    const index = memoryProject({
      'file:///g2/main.tex': '\\documentclass{article}\\input{a}\\input{b}',
      'file:///g2/a.tex': '{\\newcommand{\\loc}{L}} \\newcommand{\\glob}{G}',
      'file:///g2/b.tex': '$\\glob$',
    });
    assert.deepEqual(names(index.context('file:///g2/b.tex').definitions), ['\\glob']);
    assert.deepEqual(names(index.context('file:///g2/a.tex').localDefinitions), ['\\loc']);
  });
});

describe('ProjectIndex: changes', () => {
  it('sees a new definition after setDocument, and says the structure changed', () => {
    const files = {
      'file:///u/main.tex': '\\documentclass{article}\\input{defs}\n$\\R$',
      'file:///u/defs.tex': '',
    };
    const index = memoryProject(files);
    assert.deepEqual(names(index.context('file:///u/main.tex').definitions), []);
    const text = '\\newcommand{\\R}{\\mathbb{R}}';
    assert.equal(index.setDocument('file:///u/defs.tex', text, scanDocument('latex', text)), true);
    assert.deepEqual(names(index.context('file:///u/main.tex').definitions), ['\\R']);
  });

  it('says nothing changed when only text outside definitions changed', () => {
    const index = memoryProject({
      'file:///v/main.tex': '\\documentclass{article}\\newcommand{\\R}{R}\n$x$',
    });
    index.context('file:///v/main.tex');
    const text = '\\documentclass{article}\\newcommand{\\R}{R}\n$x + y$ more words';
    assert.equal(index.setDocument('file:///v/main.tex', text, scanDocument('latex', text)), false);
    const [definition] = index.context('file:///v/main.tex').definitions;
    assert.equal(definition.definition.name, '\\R');
    assert.equal(index.textOf('file:///v/main.tex'), text);
  });

  it('reads a file again after invalidate', () => {
    const disk = new Map([['file:///w/main.tex', '\\newcommand{\\a}{1}']]);
    const index = new ProjectIndex({ read: (u) => disk.get(u), texFiles: () => disk.keys() });
    assert.deepEqual(names(index.context('file:///w/main.tex').definitions), ['\\a']);
    disk.set('file:///w/main.tex', '\\newcommand{\\b}{2}');
    assert.deepEqual(names(index.context('file:///w/main.tex').definitions), ['\\a']); // cached
    index.invalidate('file:///w/main.tex');
    assert.deepEqual(names(index.context('file:///w/main.tex').definitions), ['\\b']);
  });

  it('returns undefined text and scan for a file that does not exist', () => {
    const index = memoryProject({});
    assert.equal(index.textOf('file:///nothing.tex'), undefined);
    assert.equal(index.scanOf('file:///nothing.tex'), undefined);
  });
});

describe('languageOf', () => {
  const cases: [string, string][] = [
    ['file:///a/paper.tex', 'latex'],
    ['file:///a/macros.sty', 'latex'],
    ['file:///a/README.md', 'markdown'],
    ['file:///a/notes.MARKDOWN', 'markdown'],
    ['file:///a/formulas.spoken', 'spoken'],
  ];
  for (const [file, language] of cases)
    it(`${file} is ${language}`, () => assert.equal(languageOf(file), language));
});
