import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import {
  codes,
  cursors,
  fileUri,
  fixturePath,
  killAllServers,
  LspClient,
  messageOf,
  rangeOf,
  virtualUri,
} from './harness';

after(killAllServers);

/** A LaTeX project file: the preamble is seen and every package is known, so unknown commands are errors. */
function project(body: string, preamble = String.raw`\usepackage{amsmath}`): string {
  return `\\documentclass{article}\n${preamble}\n\\begin{document}\n${body}\n\\end{document}\n`;
}
/** Line of the body in project(): documentclass, preamble, begin{document}. */
const BODY = 3;

function only(params: PublishDiagnosticsParams): Diagnostic {
  assert.equal(
    params.diagnostics.length,
    1,
    `expected one diagnostic, got ${JSON.stringify(params.diagnostics, null, 1)}`,
  );
  return params.diagnostics[0];
}

function summary(
  diagnostics: Diagnostic[],
): [string, number | undefined, [number, number, number, number]][] {
  return diagnostics.map((diagnostic) => [
    String(diagnostic.code),
    diagnostic.severity,
    rangeOf(diagnostic),
  ]);
}

// The groups below use separate servers: they run side by side; the tests inside each run in order.
describe('diagnostics', { concurrency: true }, () => {
  describe('diagnostics of single documents', { concurrency: false }, () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start({ settings: {} });
    });
    after(async () => {
      await client.shutdown();
    });

    async function diagnosticsOf(name: string, text: string): Promise<PublishDiagnosticsParams> {
      const uri = virtualUri(name);
      await client.open(uri, text);
      const params = await client.nextDiagnostics(uri, { version: 1 });
      assert.equal(params.uri, uri);
      return params;
    }

    it('reports a KaTeX parse error at an incomplete \\frac', async () => {
      const diagnostic = only(await diagnosticsOf('frac.tex', String.raw`$\frac{a}$`));
      assert.equal(diagnostic.code, 'latex.parse-error');
      assert.equal(diagnostic.severity, DiagnosticSeverity.Error);
      assert.equal(diagnostic.source, 'mathlens');
      // KaTeX runs out of input; the command still waiting for its argument is the place to show.
      assert.deepEqual(rangeOf(diagnostic), [0, 1, 0, 6]);
      assert.match(messageOf(diagnostic), /Unexpected end of input/);
      assert.match(messageOf(diagnostic), /expected '\}'/);
      assert.doesNotMatch(
        messageOf(diagnostic),
        /KaTeX parse error/,
        'the KaTeX prefix is noise in an editor',
      );
    });

    it('reports a superscript without argument at the ^ token', async () => {
      const diagnostic = only(await diagnosticsOf('sup.tex', String.raw`Let $x^$ be given.`));
      assert.equal(diagnostic.code, 'latex.parse-error');
      assert.equal(diagnostic.severity, DiagnosticSeverity.Error);
      assert.deepEqual(rangeOf(diagnostic), [0, 6, 0, 7]);
      assert.equal(messageOf(diagnostic), "Expected group after '^'");
    });

    it('reports unbalanced braces on the offending brace', async () => {
      const params = await diagnosticsOf('braces.tex', '${x$ and $x}$');
      assert.deepEqual(summary(params.diagnostics), [
        ['latex.unbalanced-brace', DiagnosticSeverity.Error, [0, 1, 0, 2]],
        ['latex.unbalanced-brace', DiagnosticSeverity.Error, [0, 11, 0, 12]],
      ]);
      assert.equal(messageOf(params.diagnostics[0]), 'This { is never closed.');
      assert.equal(messageOf(params.diagnostics[1]), 'This } has no matching {.');
    });

    it('reports structural errors: unterminated math, stray closers, \\left and environments', async () => {
      const unterminated = only(await diagnosticsOf('open.tex', 'Text $x + y\nmore'));
      assert.equal(unterminated.code, 'latex.unterminated-math');
      assert.deepEqual(rangeOf(unterminated), [0, 5, 0, 6]);
      assert.match(messageOf(unterminated), /\$ is never closed/);

      const stray = await diagnosticsOf('stray.tex', String.raw`$x$ \) $$a$$ $$ b`);
      assert.deepEqual(summary(stray.diagnostics), [
        ['latex.unmatched-math-close', DiagnosticSeverity.Error, [0, 4, 0, 6]],
        ['latex.unterminated-math', DiagnosticSeverity.Error, [0, 13, 0, 15]],
      ]);

      const left = only(await diagnosticsOf('left.tex', String.raw`$\left( x \right]$ $\left( x$`));
      assert.equal(left.code, 'latex.unbalanced-delimiter');
      assert.deepEqual(rangeOf(left), [0, 20, 0, 26]);
      assert.match(messageOf(left), /\\left\( has no matching \\right/);

      const environment = only(await diagnosticsOf('env.tex', String.raw`$\begin{matrix} a $`));
      assert.equal(environment.code, 'latex.unbalanced-environment');
      assert.deepEqual(rangeOf(environment), [0, 1, 0, 15]);
      assert.match(messageOf(environment), /\\begin\{matrix\} has no matching \\end\{matrix\}/);
    });

    it('reports an unknown command as an error with "did you mean" in a project with \\documentclass, and \\label as a hint', async () => {
      const text = project(String.raw`$\alpah + \label{eq}$`, '');
      const params = await diagnosticsOf('project.tex', text);
      assert.deepEqual(summary(params.diagnostics), [
        ['latex.unknown-command', DiagnosticSeverity.Error, [BODY, 1, BODY, 7]],
        ['katex.ignored-command', DiagnosticSeverity.Hint, [BODY, 10, BODY, 16]],
      ]);
      const [unknown, label] = params.diagnostics;
      assert.equal(messageOf(unknown), String.raw`Unknown command \alpah. Did you mean \alpha?`);
      assert.deepEqual(unknown.data, { suggestions: [String.raw`\alpha`] });
      assert.match(messageOf(label), /\\label/);
      assert.match(messageOf(label), /KaTeX ignores it/);
      assert.deepEqual(label.tags, [DiagnosticTag.Unnecessary]);
    });

    it('reports an unknown command in a lone file without \\documentclass as an unverified hint', async () => {
      const diagnostic = only(await diagnosticsOf('lone.tex', String.raw`Some $\alpah$ here.`));
      assert.equal(diagnostic.code, 'latex.unverified-command');
      assert.equal(diagnostic.severity, DiagnosticSeverity.Hint);
      assert.deepEqual(rangeOf(diagnostic), [0, 6, 0, 12]);
      assert.match(messageOf(diagnostic), /Did you mean \\alpha\?/);
    });

    it('reports an unknown command as unverified when a package is unknown, naming the package', async () => {
      const text = project(
        String.raw`$\alpah$`,
        String.raw`\usepackage{amsmath}` + '\n' + String.raw`\usepackage{mathlenstestpkg}`,
      );
      const diagnostic = only(await diagnosticsOf('unknownpkg.tex', text));
      assert.equal(diagnostic.code, 'latex.unverified-command');
      assert.equal(diagnostic.severity, DiagnosticSeverity.Hint);
      assert.deepEqual(rangeOf(diagnostic), [BODY + 1, 1, BODY + 1, 7]);
      assert.match(messageOf(diagnostic), /mathlenstestpkg/);
    });

    it('publishes an empty list for a clean document with macros, environments and delimiters', async () => {
      const text = project(
        String.raw`\newcommand{\norm}[1]{\left\lVert #1 \right\rVert}
\DeclareMathOperator{\tr}{tr}
Inline $\norm{x}^2 = \sum_{i=1}^{n} x_i^2$ and \( \tr(A) \).
\begin{align}
  f(x) &= \frac{1}{\sqrt{2\pi}} e^{-x^2/2} \label{eq:gauss} \\
  \{ a \} &\le \left( \int_0^1 g \right)
\end{align}
\[ \binom{n}{k} = \frac{n!}{k!(n-k)!} \]`,
      );
      const params = await diagnosticsOf('clean.tex', text);
      assert.deepEqual(
        params.diagnostics.filter((diagnostic) => diagnostic.code !== 'katex.ignored-command'),
        [],
      );
    });

    // Each case marks the expected range with two | (a literal bar is ||).
    for (const [marked, code, severity] of [
      [String.raw`$|\frac|{a}$`, 'latex.parse-error', DiagnosticSeverity.Error],
      [String.raw`Let $x|^|$ be given.`, 'latex.parse-error', DiagnosticSeverity.Error],
      ['Text $|{|x$ more', 'latex.unbalanced-brace', DiagnosticSeverity.Error],
      [String.raw`$||x|| + |\alpah|$`, 'latex.unverified-command', DiagnosticSeverity.Hint],
      [
        'first\nsecond $|\\begin{pmatrix}| a $',
        'latex.unbalanced-environment',
        DiagnosticSeverity.Error,
      ],
    ] as const) {
      it(`places ${code} exactly in ${JSON.stringify(marked)}`, async () => {
        const { text, positions } = cursors(marked);
        assert.equal(positions.length, 2);
        const diagnostic = only(await diagnosticsOf('marked.tex', text));
        assert.equal(diagnostic.code, code);
        assert.equal(diagnostic.severity, severity);
        assert.deepEqual(diagnostic.range, { start: positions[0], end: positions[1] });
      });
    }

    it('publishes an empty list for plain prose', async () => {
      const params = await diagnosticsOf('prose.tex', 'Just words, no math at all.\n');
      assert.deepEqual(params.diagnostics, []);
    });

    it('places ranges in UTF-16 code units and across CRLF line breaks', async () => {
      const astral = only(await diagnosticsOf('astral.tex', 'é😀 $x^$'));
      assert.deepEqual(rangeOf(astral), [0, 6, 0, 7]);
      const crlf = only(await diagnosticsOf('crlf.tex', 'first line\r\nsecond $x^$ line\r\n'));
      assert.deepEqual(rangeOf(crlf), [1, 9, 1, 10]);
    });

    it('clears the diagnostics of a closed document', async () => {
      const uri = virtualUri('closed.tex');
      await client.open(uri, String.raw`$x^$`);
      assert.equal((await client.nextDiagnostics(uri)).diagnostics.length, 1);
      await client.close(uri);
      const cleared = await client.nextDiagnostics(uri);
      assert.deepEqual(cleared.diagnostics, []);
    });

    it('publishes for spoken documents too', async () => {
      const params = await diagnosticsOf('talk.spoken', 'x squared plus one\n');
      assert.equal(params.version, 1);
      assert.deepEqual(params.diagnostics, []);
    });
  });

  describe('diagnostics of Markdown documents', { concurrency: false }, () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start({ settings: {} });
    });
    after(async () => {
      await client.shutdown();
    });

    it('checks $…$, $$…$$ and ```math, and ignores code and escaped dollars', async () => {
      const uri = virtualUri('notes.md');
      const text = [
        '# Notes', //                                      0
        '', //                                             1
        'Inline $x^$ and fine $a_1 + b^2$.', //           2
        'Code `$y^$` and escaped \\$z^\\$ are not math.', // 3
        '', //                                             4
        '```', //                                          5
        '$w^$', //                                         6
        '```', //                                          7
        '', //                                             8
        '$$', //                                           9
        '\\frac{1}{2', //                                  10
        '$$', //                                           11
        '', //                                             12
        '```math', //                                      13
        '\\alpah', //                                      14
        '```', //                                          15
        '',
      ].join('\n');
      await client.open(uri, text, 'markdown');
      const params = await client.nextDiagnostics(uri, { version: 1 });
      assert.deepEqual(summary(params.diagnostics), [
        ['latex.parse-error', DiagnosticSeverity.Error, [2, 9, 2, 10]],
        ['latex.unbalanced-brace', DiagnosticSeverity.Error, [10, 8, 10, 9]],
        ['latex.unknown-command', DiagnosticSeverity.Error, [14, 0, 14, 6]],
      ]);
      assert.match(messageOf(params.diagnostics[2]), /Did you mean \\alpha\?/);
    });

    it('honours \\newcommand made in an earlier formula of the same Markdown file', async () => {
      const uri = virtualUri('macros.md');
      await client.open(
        uri,
        '$\\newcommand{\\vect}[1]{\\mathbf{#1}}$\n\nThen $\\vect{v} + \\vecc{w}$.\n',
        'markdown',
      );
      const params = await client.nextDiagnostics(uri, { version: 1 });
      // \vect is known after its definition; only the misspelled \vecc is unknown.
      const unknown = params.diagnostics.filter(
        (diagnostic) => diagnostic.code === 'latex.unknown-command',
      );
      assert.deepEqual(unknown.map(rangeOf), [[2, 17, 2, 22]]);
      assert.match(messageOf(unknown[0]), /^Unknown command \\vecc\./);
    });

    it('does not flag the formula that holds a \\newcommand', async () => {
      const uri = virtualUri('definition.md');
      await client.open(uri, '$\\newcommand{\\vect}{v}$\n', 'markdown');
      const params = await client.nextDiagnostics(uri, { version: 1 });
      // KaTeX runs this formula without complaint; a "redefine \vect" hint here would be noise.
      assert.deepEqual(params.diagnostics, []);
    });
  });

  describe('diagnostics of untitled documents', { concurrency: false }, () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start({ settings: {} });
    });
    after(async () => {
      await client.shutdown();
    });

    it('checks an untitled Markdown document (no file extension) as Markdown', async () => {
      const text = 'Inline $x^$ and\n\n```math\n\\alpah\n```\n';
      const file = virtualUri('same.md');
      await client.open(file, text, 'markdown');
      const expected = await client.nextDiagnostics(file, { version: 1 });
      assert.deepEqual(codes(expected.diagnostics), ['latex.parse-error', 'latex.unknown-command']);

      // VS Code sends new, unsaved documents with the untitled: scheme and the language the user chose.
      const untitled = `untitled:Untitled-${process.pid}`;
      await client.open(untitled, text, 'markdown');
      const params = await client.nextDiagnostics(untitled, { version: 1 });
      assert.deepEqual(params.diagnostics, expected.diagnostics);
    });

    it('checks an untitled LaTeX document as LaTeX', async () => {
      const untitled = `untitled:Untitled-latex-${process.pid}`;
      await client.open(untitled, project('$\\alpah$'), 'latex');
      const params = await client.nextDiagnostics(untitled, { version: 1 });
      assert.deepEqual(summary(params.diagnostics), [
        ['latex.unknown-command', DiagnosticSeverity.Error, [BODY, 1, BODY, 7]],
      ]);
    });
  });

  describe('incremental changes', { concurrency: false }, () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start({ settings: {} });
    });
    after(async () => {
      await client.shutdown();
    });

    const insert = (
      line: number,
      character: number,
      text: string,
    ): TextDocumentContentChangeEvent => ({
      range: { start: { line, character }, end: { line, character } },
      text,
    });
    const replace = (
      line: number,
      from: number,
      to: number,
      text: string,
    ): TextDocumentContentChangeEvent => ({
      range: { start: { line, character: from }, end: { line, character: to } },
      text,
    });

    /** The diagnostics the server gives the same text opened fresh: what incremental sync must agree with. */
    async function freshDiagnostics(text: string, name = 'fresh.tex'): Promise<Diagnostic[]> {
      const uri = virtualUri(name);
      await client.open(uri, text);
      const params = await client.nextDiagnostics(uri, { version: 1 });
      await client.close(uri);
      return params.diagnostics;
    }

    it('introduces an error, then fixes it, with versions increasing', async () => {
      const uri = virtualUri('edit.tex');
      await client.open(uri, project('Let $x + y$ be.'));
      assert.deepEqual((await client.nextDiagnostics(uri, { version: 1 })).diagnostics, []);

      // "Let $x + y^$ be."
      assert.equal(await client.change(uri, [insert(BODY, 10, '^')]), 2);
      const broken = await client.nextDiagnostics(uri, { version: 2 });
      assert.equal(broken.version, 2);
      assert.deepEqual(summary(broken.diagnostics), [
        ['latex.parse-error', DiagnosticSeverity.Error, [BODY, 10, BODY, 11]],
      ]);

      // Three changes in one notification, each against the text the previous one left:
      // a new preamble line pushes the sentence down a line, then "{2}" completes the superscript,
      // then \betta replaces x.
      await client.change(uri, [
        insert(1, 0, '% a comment line\n'),
        insert(BODY + 1, 11, '{2}'),
        replace(BODY + 1, 5, 6, '\\betta'),
      ]);
      const third = await client.nextDiagnostics(uri, { version: 3 });
      assert.deepEqual(summary(third.diagnostics), [
        ['latex.unknown-command', DiagnosticSeverity.Error, [BODY + 1, 5, BODY + 1, 11]],
      ]);
      assert.match(
        messageOf(third.diagnostics[0]),
        /^Unknown command \\betta\. Did you mean .*\\beta/,
      );
      const expectedText = project(
        'Let $\\betta + y^{2}$ be.',
        '% a comment line\n\\usepackage{amsmath}',
      );
      assert.deepEqual(third.diagnostics, await freshDiagnostics(expectedText));

      await client.change(uri, [replace(BODY + 1, 5, 11, 'x')]);
      const fixed = await client.nextDiagnostics(uri, { version: 4 });
      assert.deepEqual(fixed.diagnostics, []);
    });

    it('settles on the last version after a burst of changes', async () => {
      const uri = virtualUri('burst.tex');
      await client.open(uri, project('$a$'));
      await client.nextDiagnostics(uri, { version: 1 });
      // Typing "+\frac{1}{2" one piece at a time, without waiting.
      const pieces = ['+', '\\', 'f', 'r', 'a', 'c', '{1}', '{2'];
      let character = 2;
      let version = 1;
      for (const piece of pieces) {
        version = await client.change(uri, [insert(BODY, character, piece)]);
        character += piece.length;
      }
      assert.equal(version, 9);
      const last = await client.nextDiagnostics(uri, { version: 9 });
      // "$a+\frac{1}{2$": the last { is never closed.
      assert.deepEqual(summary(last.diagnostics), [
        ['latex.unbalanced-brace', DiagnosticSeverity.Error, [BODY, 11, BODY, 12]],
      ]);
      for (const params of client.allDiagnostics(uri)) {
        assert.ok(
          params.version !== undefined && params.version <= 9,
          `unexpected version ${params.version}`,
        );
      }
    });

    it('accepts a full-text change', async () => {
      const uri = virtualUri('full.tex');
      await client.open(uri, '$x^$');
      assert.equal((await client.nextDiagnostics(uri, { version: 1 })).diagnostics.length, 1);
      await client.change(uri, [{ text: 'now $x^2$ only' }]);
      assert.deepEqual((await client.nextDiagnostics(uri, { version: 2 })).diagnostics, []);
      await client.change(uri, [insert(0, 0, '${'), { text: '$}$' }]);
      const params = await client.nextDiagnostics(uri, { version: 3 });
      assert.deepEqual(summary(params.diagnostics), [
        ['latex.unbalanced-brace', DiagnosticSeverity.Error, [0, 1, 0, 2]],
      ]);
    });

    it('agrees with a fresh open after many random edits (seeded)', async () => {
      let seed = 20240611;
      const random = (n: number) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      const fragments = [
        '$',
        '$$',
        '{',
        '}',
        'x^2',
        '\\frac{a}{b}',
        '\\alpah',
        ' ',
        '\n',
        '\\[',
        '\\]',
        '\\label{q}',
        'text ',
        '\r\n',
        '😀',
        '\\begin{align}',
        '\\end{align}',
        '&=',
        '\\\\',
      ];
      let text = project('Start $a + b$ and \\[ c \\] end.');
      const uri = virtualUri('random.tex');
      await client.open(uri, text);
      await client.nextDiagnostics(uri, { version: 1 });

      const positionAt = (offset: number) => {
        const before = text.slice(0, offset);
        const line = before.split('\n').length - 1;
        return { line, character: offset - (before.lastIndexOf('\n') + 1) };
      };
      let version = 1;
      for (let round = 0; round < 6; round++) {
        const changes: TextDocumentContentChangeEvent[] = [];
        for (let i = 0; i < 8; i++) {
          let start = random(text.length + 1);
          let end = Math.min(text.length, start + random(6));
          // Never split a CRLF pair or a surrogate pair.
          const unsafe = (at: number) =>
            at > 0 &&
            at < text.length &&
            ((text[at - 1] === '\r' && text[at] === '\n') || /[\uDC00-\uDFFF]/.test(text[at]));
          while (unsafe(start)) start--;
          while (unsafe(end)) end++;
          if (end < start) end = start;
          const inserted = fragments[random(fragments.length)];
          changes.push({
            range: { start: positionAt(start), end: positionAt(end) },
            text: inserted,
          });
          text = text.slice(0, start) + inserted + text.slice(end);
        }
        version = await client.change(uri, changes);
      }
      const incremental = await client.nextDiagnostics(uri, { version });
      assert.deepEqual(
        incremental.diagnostics,
        await freshDiagnostics(text, 'random-fresh.tex'),
        `text was:\n${text}`,
      );
    });
  });

  describe('multi-file LaTeX project', { concurrency: false }, () => {
    const root = fixturePath('lsp', 'project');
    const mainPath = path.join(root, 'main.tex');
    const chapterPath = path.join(root, 'chapter.tex');
    const main = fileUri(mainPath);
    const chapter = fileUri(chapterPath);
    let client: LspClient;
    before(async () => {
      client = await LspClient.start({ settings: {}, workspaceFolders: [root] });
    });
    after(async () => {
      await client.shutdown();
    });

    // chapter.tex line 1: "Let $x \in \R$, $v \in \Rn$ and $\alpah$."
    const alpah: [string, number | undefined, [number, number, number, number]] = [
      'latex.unknown-command',
      DiagnosticSeverity.Error,
      [1, 33, 1, 39],
    ];
    const rn: [string, number | undefined, [number, number, number, number]] = [
      'latex.unknown-command',
      DiagnosticSeverity.Error,
      [1, 23, 1, 26],
    ];

    it('honours the macros of main.tex (read from disk) in chapter.tex and still flags the misspelled one', async () => {
      await client.open(chapter, readFileSync(chapterPath, 'utf8'));
      const params = await client.nextDiagnostics(chapter, { version: 1 });
      // An error rather than an unverified hint: the project's preamble (in main.tex) is known.
      assert.deepEqual(summary(params.diagnostics), [alpah]);
      assert.equal(
        messageOf(params.diagnostics[0]),
        String.raw`Unknown command \alpah. Did you mean \alpha?`,
      );
    });

    it('re-publishes chapter.tex when the macro definition in the open main.tex changes', async () => {
      await client.open(main, readFileSync(mainPath, 'utf8'));
      assert.deepEqual((await client.nextDiagnostics(main, { version: 1 })).diagnostics, []);
      client.skipDiagnostics(chapter);

      // main.tex line 3: \newcommand{\Rn}{\mathbb{R}^n}  →  \newcommand{\Rm}{…}
      await client.change(main, [
        {
          range: { start: { line: 3, character: 14 }, end: { line: 3, character: 15 } },
          text: 'm',
        },
      ]);
      const broken = await client.waitForDiagnostics(
        chapter,
        (params) => params.diagnostics.length === 2,
      );
      assert.deepEqual(summary(broken.diagnostics), [rn, alpah]);
      assert.match(messageOf(broken.diagnostics[0]), /^Unknown command \\Rn\./);

      // Renaming it back restores the original diagnostics.
      await client.change(main, [
        {
          range: { start: { line: 3, character: 14 }, end: { line: 3, character: 15 } },
          text: 'n',
        },
      ]);
      const restored = await client.waitForDiagnostics(
        chapter,
        (params) => params.diagnostics.length === 1,
      );
      assert.deepEqual(summary(restored.diagnostics), [alpah]);
    });

    it('treats chapter.tex as a lone file when main.tex no longer includes it', async () => {
      client.skipDiagnostics(chapter);
      // main.tex line 5: \input{chapter}  →  %input{chapter}
      await client.change(main, [
        { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 1 } }, text: '%' },
      ]);
      const lone = await client.waitForDiagnostics(chapter, (params) =>
        params.diagnostics.some((d) => d.code === 'latex.unverified-command'),
      );
      // Without the project, \R (KaTeX's, not LaTeX's) and \Rn are defined nowhere and the
      // preamble is unknown: hints only.
      assert.deepEqual(
        summary(lone.diagnostics).map(([code, severity]) => [code, severity]),
        [
          ['latex.unverified-command', DiagnosticSeverity.Hint],
          ['latex.unverified-command', DiagnosticSeverity.Hint],
          ['latex.unverified-command', DiagnosticSeverity.Hint],
        ],
      );
      assert.deepEqual(lone.diagnostics.map(rangeOf), [[1, 11, 1, 13], rn[2], alpah[2]]);
      await client.change(main, [
        { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 1 } }, text: '\\' },
      ]);
      const back = await client.waitForDiagnostics(
        chapter,
        (params) => params.diagnostics.length === 1,
      );
      assert.deepEqual(summary(back.diagnostics), [alpah]);
    });

    it('re-publishes chapter.tex when main.tex is closed without saving an edit', async () => {
      await client.change(main, [
        {
          range: { start: { line: 3, character: 14 }, end: { line: 3, character: 15 } },
          text: 'm',
        },
      ]);
      await client.waitForDiagnostics(chapter, (params) => params.diagnostics.length === 2);
      // The editor discards the unsaved rename: main.tex on disk still defines \Rn.
      await client.close(main);
      const reverted = await client.waitForDiagnostics(
        chapter,
        (params) => params.diagnostics.length === 1,
        3000,
      );
      assert.deepEqual(summary(reverted.diagnostics), [alpah]);
    });
  });

  describe('project files on disk', { concurrency: false }, () => {
    const base = mkdtempSync(path.join(tmpdir(), 'mathlens-lsp-test-'));
    after(() => rmSync(base, { recursive: true, force: true }));

    it('reads only files inside the workspace folder, not in a sibling folder whose name extends it', async () => {
      // <base>/ws is the workspace; <base>/ws-sibling and <base>/other are both outside it.
      for (const directory of ['ws', 'ws-sibling', 'other']) mkdirSync(path.join(base, directory));
      writeFileSync(path.join(base, 'ws-sibling', 'defs.tex'), '\\newcommand{\\sib}{S}\n');
      writeFileSync(path.join(base, 'other', 'defs.tex'), '\\newcommand{\\oth}{O}\n');
      const mainPath = path.join(base, 'ws', 'main.tex');
      const text = project(
        '$\\sib + \\oth$',
        '\\input{../ws-sibling/defs}\n\\input{../other/defs}',
      );
      writeFileSync(mainPath, text);
      const client = await LspClient.start({
        settings: {},
        workspaceFolders: [path.join(base, 'ws')],
      });
      const uri = fileUri(mainPath);
      await client.open(uri, text);
      const params = await client.nextDiagnostics(uri, { version: 1 });
      const at = (line: number, character: number) =>
        params.diagnostics
          .filter((d) => d.range.start.line === line && d.range.start.character === character)
          .map((d) => d.code);
      // Both \input's point outside the workspace: they must be treated alike, and so must the macros they define.
      assert.deepEqual(
        at(1, 7),
        at(2, 7),
        `\\input of ws-sibling vs other: ${JSON.stringify(params.diagnostics)}`,
      );
      assert.deepEqual(
        at(BODY + 2, 1),
        at(BODY + 2, 8),
        `\\sib vs \\oth: ${JSON.stringify(params.diagnostics)}`,
      );
      await client.shutdown();
    });

    it('does not call commands errors when an \\input file of the preamble is missing (it may define them)', async () => {
      mkdirSync(path.join(base, 'generated'));
      const mainPath = path.join(base, 'generated', 'main.tex');
      // generated-macros.tex is made by the build; it is not there yet.
      const text = project('$\\foo$', '\\input{generated-macros}');
      writeFileSync(mainPath, text);
      const client = await LspClient.start({
        settings: {},
        workspaceFolders: [path.join(base, 'generated')],
      });
      const uri = fileUri(mainPath);
      await client.open(uri, text);
      const params = await client.nextDiagnostics(uri, { version: 1 });
      assert.deepEqual(summary(params.diagnostics), [
        ['project.missing-file', DiagnosticSeverity.Hint, [1, 7, 1, 23]],
        ['latex.unverified-command', DiagnosticSeverity.Hint, [BODY, 1, BODY, 5]],
      ]);
      await client.shutdown();
    });
  });

  describe('settings', { concurrency: false }, () => {
    const text = project('$x^$ and ${y$ and ' + String.raw`$\alpah \label{a}$ and $\RR$`);
    // Body: "$x^$ and ${y$ and $\alpah \label{a}$ and $\RR$"
    const parse: [number, number, number, number] = [BODY, 2, BODY, 3];
    const brace: [number, number, number, number] = [BODY, 10, BODY, 11];
    const alpah: [number, number, number, number] = [BODY, 19, BODY, 25];
    const label: [number, number, number, number] = [BODY, 26, BODY, 32];
    const rr: [number, number, number, number] = [BODY, 42, BODY, 45];

    it('reports everything with default settings', async () => {
      const client = await LspClient.start({ settings: {} });
      const uri = virtualUri('defaults.tex');
      await client.open(uri, text);
      const params = await client.nextDiagnostics(uri, { version: 1 });
      assert.deepEqual(summary(params.diagnostics), [
        ['latex.parse-error', DiagnosticSeverity.Error, parse],
        ['latex.unbalanced-brace', DiagnosticSeverity.Error, brace],
        ['latex.unknown-command', DiagnosticSeverity.Error, alpah],
        ['katex.ignored-command', DiagnosticSeverity.Hint, label],
        ['latex.unknown-command', DiagnosticSeverity.Error, rr],
      ]);
      assert.deepEqual(client.configurationRequests[0], [{ section: 'mathlens' }]);
      await client.shutdown();
    });

    it('applies ignore (codes and prefixes), severity overrides and macros pulled with workspace/configuration', async () => {
      const client = await LspClient.start({
        settings: {
          macros: { '\\RR': '\\mathbb{R}' },
          diagnostics: {
            ignore: ['katex'],
            severity: {
              'latex.parse-error': 'warning',
              'latex.unbalanced-brace': 'off',
              'latex.unknown-command': 'information',
            },
          },
        },
      });
      const uri = virtualUri('configured.tex');
      await client.open(uri, text);
      const params = await client.nextDiagnostics(uri, { version: 1 });
      assert.deepEqual(summary(params.diagnostics), [
        ['latex.parse-error', DiagnosticSeverity.Warning, parse],
        ['latex.unknown-command', DiagnosticSeverity.Information, alpah],
      ]);

      // A changed configuration is pulled again and every open document re-published.
      client.skipDiagnostics(uri);
      await client.changeSettings({
        diagnostics: { ignore: ['latex.unknown-command', 'latex.parse'] },
      });
      const changed = await client.waitForDiagnostics(uri, (p) =>
        p.diagnostics.every((d) => d.code !== 'latex.unknown-command'),
      );
      // "latex.parse" is not a dotted prefix of "latex.parse-error": the parse error stays.
      assert.deepEqual(summary(changed.diagnostics), [
        ['latex.parse-error', DiagnosticSeverity.Error, parse],
        ['latex.unbalanced-brace', DiagnosticSeverity.Error, brace],
        ['katex.ignored-command', DiagnosticSeverity.Hint, label],
      ]);
      assert.ok(client.configurationRequests.length >= 2, 'the server pulled the settings again');

      await client.changeSettings({ diagnostics: { enable: false } });
      const disabled = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
      assert.deepEqual(disabled.diagnostics, []);
      await client.shutdown();
    });

    it('ignores malformed settings values and keeps defaults for them', async () => {
      const client = await LspClient.start({
        settings: {
          macros: 'not an object',
          diagnostics: {
            ignore: 'katex',
            severity: { 'latex.parse-error': 'loud' },
            enable: 'yes',
          },
        },
      });
      const uri = virtualUri('malformed.tex');
      await client.open(uri, text);
      const params = await client.nextDiagnostics(uri, { version: 1 });
      assert.deepEqual(codes(params.diagnostics), [
        'latex.parse-error',
        'latex.unbalanced-brace',
        'latex.unknown-command',
        'katex.ignored-command',
        'latex.unknown-command',
      ]);
      assert.equal(params.diagnostics[0].severity, DiagnosticSeverity.Error);
      await client.shutdown();
    });

    it('reads initializationOptions and pushed didChangeConfiguration when the client does not pull', async () => {
      const client = await LspClient.start({
        configuration: false,
        initializationOptions: {
          diagnostics: {
            severity: { 'latex.parse-error': 'hint' },
            ignore: ['latex.unbalanced-brace'],
          },
        },
      });
      const uri = virtualUri('pushed.tex');
      await client.open(uri, text);
      const params = await client.nextDiagnostics(uri, { version: 1 });
      assert.deepEqual(summary(params.diagnostics), [
        ['latex.parse-error', DiagnosticSeverity.Hint, parse],
        ['latex.unknown-command', DiagnosticSeverity.Error, alpah],
        ['katex.ignored-command', DiagnosticSeverity.Hint, label],
        ['latex.unknown-command', DiagnosticSeverity.Error, rr],
      ]);
      client.skipDiagnostics(uri);
      await client.changeSettings({
        macros: { '\\RR': '\\mathbb{R}' },
        diagnostics: { severity: { 'katex.ignored-command': 'off' } },
      });
      const changed = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 3);
      assert.deepEqual(summary(changed.diagnostics), [
        ['latex.parse-error', DiagnosticSeverity.Error, parse],
        ['latex.unbalanced-brace', DiagnosticSeverity.Error, brace],
        ['latex.unknown-command', DiagnosticSeverity.Error, alpah],
      ]);
      assert.equal(
        client.configurationRequests.length,
        0,
        'no workspace/configuration without the capability',
      );
      await client.shutdown();
    });
  });

  describe('robustness', { concurrency: false }, () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start({ settings: {} });
    });
    after(async () => {
      await client.shutdown();
    });

    async function stillAnswers(): Promise<void> {
      const uri = virtualUri('probe.tex');
      await client.open(uri, '\\begin{equation}\\label{p} x \\end{equation}');
      const symbols = await client.documentSymbols(uri);
      assert.equal(symbols?.length, 1);
      assert.ok(client.isRunning, 'the server is still running');
    }

    it('survives 10,000 nested braces', async () => {
      const uri = virtualUri('nested.tex');
      await client.open(uri, `$${'{'.repeat(10000)}x${'}'.repeat(10000)}$\n`);
      const params = await client.nextDiagnostics(uri, { version: 1, timeout: 20000 });
      // Balanced braces are valid LaTeX: no error, at most a hint that KaTeX cannot render it.
      assert.deepEqual(
        params.diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error),
        [],
      );
      await stillAnswers();
    });

    it('survives 10,000 unclosed braces', async () => {
      const uri = virtualUri('unclosed.tex');
      await client.open(uri, `$${'{'.repeat(10000)}x$\n`);
      const params = await client.nextDiagnostics(uri, { version: 1, timeout: 20000 });
      assert.ok(params.diagnostics.length >= 1);
      assert.equal(params.diagnostics[0].code, 'latex.unbalanced-brace');
      assert.deepEqual(rangeOf(params.diagnostics[0]), [0, 1, 0, 2]);
      await stillAnswers();
    });

    it('survives a 1 MB line and finds the error at its end', async () => {
      const uri = virtualUri('long.tex');
      const length = 1 << 20;
      await client.open(uri, `${'a'.repeat(length)} $x^$\n`);
      const params = await client.nextDiagnostics(uri, { version: 1, timeout: 20000 });
      assert.deepEqual(summary(params.diagnostics), [
        ['latex.parse-error', DiagnosticSeverity.Error, [0, length + 3, 0, length + 4]],
      ]);
      // An edit at the start of the long line shifts the error.
      await client.change(uri, [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'bb' },
      ]);
      const shifted = await client.nextDiagnostics(uri, { version: 2, timeout: 20000 });
      assert.deepEqual(summary(shifted.diagnostics), [
        ['latex.parse-error', DiagnosticSeverity.Error, [0, length + 5, 0, length + 6]],
      ]);
      await stillAnswers();
    });

    it('survives a 1 MB line of short formulas', async () => {
      const uri = virtualUri('many.tex');
      const text = '$x_1$ '.repeat(Math.ceil((1 << 20) / 6)) + '$\\alpah$';
      await client.open(uri, text);
      const params = await client.nextDiagnostics(uri, { version: 1, timeout: 20000 });
      assert.deepEqual(codes(params.diagnostics), ['latex.unverified-command']);
      assert.equal(params.diagnostics[0].range.start.character, text.length - 7);
      await stillAnswers();
    });
  });
});
