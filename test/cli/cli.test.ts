import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';

const repoRoot = path.resolve(__dirname, '../../..');
const cliPath = path.join(repoRoot, 'dist', 'cli.js');
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'cli');
const packageVersion = (
  JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }
).version;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in the fixture directory (so paths print as given, relative). */
function run(args: string[], cwd = fixtures): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cliPath, ...args],
      { cwd, timeout: 30000, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(
            new Error(`mathlens ${args.join(' ')} did not exit normally: ${error.message}`, {
              cause: error,
            }),
          );
          return;
        }
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

interface JsonReport {
  files: {
    path: string;
    diagnostics: {
      range: {
        start: { line: number; character: number };
        end: { line: number; character: number };
      };
      severity: string;
      code: string;
      message: string;
    }[];
    derivations: {
      range: unknown;
      steps: { line: number; range: unknown; status: string; reason: string }[];
    }[];
  }[];
}

function parseJson(stdout: string): JsonReport {
  return JSON.parse(stdout) as JsonReport;
}

const range = (line: number, start: number, endLine: number, end: number) => ({
  start: { line, character: start },
  end: { line: endLine, character: end },
});

/** clean.tex's align* holds two relations: a derivation of two definitions, nothing to judge. */
const cleanDerivations = [
  {
    range: range(5, 0, 8, 12),
    steps: [
      { line: 6, range: range(6, 2, 6, 42), status: 'given', reason: 'defines f' },
      { line: 7, range: range(7, 2, 7, 44), status: 'given', reason: 'defines g' },
    ],
  },
];

const errorsText = [
  "errors.tex:4:9: error: Unexpected end of input in a macro argument, expected '}' [latex.parse-error]",
  String.raw`errors.tex:5:13: error: Unknown command \alpah. Did you mean \alpha? [latex.unknown-command]`,
  String.raw`errors.tex:5:22: hint: \label (LaTeX) is valid LaTeX; KaTeX ignores it. [katex.ignored-command]`,
];

const temporary = mkdtempSync(path.join(tmpdir(), 'mathlens-cli-test-'));
after(() => rmSync(temporary, { recursive: true, force: true }));

describe('mathlens check (text)', { concurrency: true }, () => {
  it('prints nothing but the summary for a clean file and exits 0', async () => {
    const result = await run(['check', 'clean.tex']);
    assert.equal(result.stdout, '1 file checked: 0 errors, 0 warnings, 0 notes, 0 hints\n');
    assert.equal(result.stderr, '');
    assert.equal(result.code, 0);
  });

  it('prints file:line:col: severity: message [code] lines and a summary, and exits 1 on errors', async () => {
    const result = await run(['check', 'errors.tex']);
    assert.equal(
      result.stdout,
      [...errorsText, '1 file checked: 2 errors, 0 warnings, 0 notes, 1 hint', ''].join('\n'),
    );
    assert.equal(result.code, 1);
  });

  it('exits 0 when there are only hints', async () => {
    const result = await run(['check', 'hints.tex']);
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 3);
    assert.equal(
      lines[0],
      String.raw`hints.tex:1:21: hint: \label (LaTeX) is valid LaTeX; KaTeX ignores it. [katex.ignored-command]`,
    );
    assert.match(
      lines[1],
      /^hints\.tex:1:37: hint: \\foo is not defined in this project and KaTeX does not know it\..* \[latex\.unverified-command\]$/,
    );
    assert.equal(lines[2], '1 file checked: 0 errors, 0 warnings, 0 notes, 2 hints');
    assert.equal(result.code, 0);
  });

  it('checks Markdown and several files in the order given', async () => {
    const result = await run(['check', 'notes.md', 'clean.tex', 'errors.tex']);
    assert.equal(
      result.stdout,
      [
        "notes.md:3:10: error: Expected group after '^' [latex.parse-error]",
        ...errorsText,
        '3 files checked: 3 errors, 0 warnings, 0 notes, 1 hint',
        '',
      ].join('\n'),
    );
    assert.equal(result.code, 1);
  });

  it('honours macros of the main file when checking an included file', async () => {
    const result = await run(['check', path.join('project', 'chapter.tex')]);
    assert.equal(
      result.stdout,
      [
        String.raw`${path.join('project', 'chapter.tex')}:1:20: error: Unknown command \fiedl. Did you mean \field? [latex.unknown-command]`,
        '1 file checked: 1 error, 0 warnings, 0 notes, 0 hints',
        '',
      ].join('\n'),
    );
    assert.equal(result.code, 1);
  });

  it('--ignore takes codes and prefixes, comma-separated or repeated', async () => {
    const prefix = await run(['check', '--ignore', 'latex.unknown-command,katex', 'errors.tex']);
    assert.equal(
      prefix.stdout,
      [errorsText[0], '1 file checked: 1 error, 0 warnings, 0 notes, 0 hints', ''].join('\n'),
    );
    assert.equal(prefix.code, 1);

    const repeated = await run([
      'check',
      '--ignore',
      'latex.parse-error',
      '--ignore',
      'latex.unknown-command',
      'errors.tex',
    ]);
    assert.equal(
      repeated.stdout,
      [errorsText[2], '1 file checked: 0 errors, 0 warnings, 0 notes, 1 hint', ''].join('\n'),
    );
    assert.equal(repeated.code, 0, 'ignored errors do not fail the run');

    // "latex.parse" is not a dotted prefix of "latex.parse-error".
    const partial = await run(['check', '--ignore', 'latex.parse', 'errors.tex']);
    assert.equal(
      partial.stdout,
      [...errorsText, '1 file checked: 2 errors, 0 warnings, 0 notes, 1 hint', ''].join('\n'),
    );
  });

  it('--min-severity hides less severe findings', async () => {
    const errorsOnly = await run(['check', '--min-severity', 'error', 'errors.tex']);
    assert.equal(
      errorsOnly.stdout,
      [
        errorsText[0],
        errorsText[1],
        '1 file checked: 2 errors, 0 warnings, 0 notes, 0 hints',
        '',
      ].join('\n'),
    );
    assert.equal(errorsOnly.code, 1);

    const warnings = await run(['check', '--min-severity', 'warning', 'hints.tex']);
    assert.equal(warnings.stdout, '1 file checked: 0 errors, 0 warnings, 0 notes, 0 hints\n');
    assert.equal(warnings.code, 0);

    const hints = await run(['check', '--min-severity', 'hint', 'hints.tex']);
    assert.equal(hints.stdout.trimEnd().split('\n').length, 3);
  });

  it('--macros adds macros from a JSON file', async () => {
    const without = await run(['check', 'uses-macros.tex']);
    assert.match(
      without.stdout,
      /^uses-macros\.tex:3:12: error: Unknown command \\RR\..* \[latex\.unknown-command\]\n/,
    );
    assert.equal(without.code, 1);

    const withMacros = await run(['check', '--macros', 'macros.json', 'uses-macros.tex']);
    assert.equal(withMacros.stdout, '1 file checked: 0 errors, 0 warnings, 0 notes, 0 hints\n');
    assert.equal(withMacros.code, 0);
  });

  it('reports positions in UTF-16 code units and counts CRLF and CR line breaks', async () => {
    writeFileSync(path.join(temporary, 'crlf.tex'), 'first\r\nsecond $x^$\r\n');
    writeFileSync(path.join(temporary, 'cr.tex'), 'a\rb $x^$\n');
    writeFileSync(path.join(temporary, 'astral.tex'), '😀é $x^$\n');
    const result = await run(['check', 'crlf.tex', 'cr.tex', 'astral.tex'], temporary);
    const positions = result.stdout
      .split('\n')
      .filter((line) => line.includes('[latex.parse-error]'))
      .map((line) => line.split(': ')[0]);
    assert.deepEqual(positions, ['crlf.tex:2:10', 'cr.tex:2:5', 'astral.tex:1:7']);
  });
});

describe('mathlens check --format json', { concurrency: true }, () => {
  it('prints exactly the documented shape', async () => {
    const result = await run(['check', '--format', 'json', 'errors.tex']);
    assert.equal(result.code, 1);
    assert.deepEqual(parseJson(result.stdout), {
      files: [
        {
          path: 'errors.tex',
          diagnostics: [
            {
              range: range(3, 8, 3, 13),
              severity: 'error',
              code: 'latex.parse-error',
              message: "Unexpected end of input in a macro argument, expected '}'",
            },
            {
              range: range(4, 12, 4, 18),
              severity: 'error',
              code: 'latex.unknown-command',
              message: String.raw`Unknown command \alpah. Did you mean \alpha?`,
            },
            {
              range: range(4, 21, 4, 27),
              severity: 'hint',
              code: 'katex.ignored-command',
              message: String.raw`\label (LaTeX) is valid LaTeX; KaTeX ignores it.`,
            },
          ],
          derivations: [],
        },
      ],
    });
  });

  it('fills derivations with every step and reports refuted steps as errors', async () => {
    const result = await run(['check', '--format', 'json', 'derivation.tex']);
    assert.equal(result.code, 1);
    const [file] = parseJson(result.stdout).files;
    assert.deepEqual(
      file.derivations.map((d) => d.steps.map((step) => [step.line, step.status])),
      [
        [
          [4, 'verified'],
          [5, 'refuted'],
        ],
      ],
    );
    assert.deepEqual(
      file.diagnostics.map((d) => [d.code, d.range.start.line]),
      [['derivation.step-refuted', 5]],
    );
    assert.match(
      file.derivations[0].steps[1].reason,
      /^at x = [-\d.e]+: left [-\d.e]+, right [-\d.e]+$/,
    );
    const text = await run(['check', 'derivation.tex']);
    assert.match(
      text.stdout,
      /^derivation\.tex:6:4: error: This step does not follow: at x = .*\[derivation\.step-refuted\]$/m,
    );
  });

  it('keeps stdout pure JSON when a formula asks KaTeX to print (\\message, \\show)', async () => {
    const result = await run(['check', '--format', 'json', 'console.tex']);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(parseJson(result.stdout).files[0].diagnostics, []);
  });

  it('lists every file, clean ones with empty lists, in the order given; --format=json works too', async () => {
    const result = await run(['check', '--format=json', 'clean.tex', 'notes.md']);
    assert.equal(result.code, 1);
    const report = parseJson(result.stdout);
    assert.deepEqual(report, {
      files: [
        { path: 'clean.tex', diagnostics: [], derivations: cleanDerivations },
        {
          path: 'notes.md',
          diagnostics: [
            {
              range: range(2, 9, 2, 10),
              severity: 'error',
              code: 'latex.parse-error',
              message: "Expected group after '^'",
            },
          ],
          derivations: [],
        },
      ],
    });
  });

  it('prints nothing but the JSON object on standard output, and exits 0 when clean', async () => {
    const result = await run(['check', '--format', 'json', 'clean.tex', 'hints.tex']);
    assert.equal(result.code, 0);
    assert.equal(result.stderr, '');
    const report = parseJson(result.stdout);
    assert.deepEqual(
      report.files.map((file) => [
        file.path,
        file.diagnostics.map((diagnostic) => `${diagnostic.severity} ${diagnostic.code}`),
      ]),
      [
        ['clean.tex', []],
        ['hints.tex', ['hint katex.ignored-command', 'hint latex.unverified-command']],
      ],
    );
  });

  it('applies --ignore and --min-severity in JSON too', async () => {
    const result = await run([
      'check',
      '--format',
      'json',
      '--min-severity',
      'error',
      '--ignore',
      'latex.parse-error',
      'errors.tex',
    ]);
    assert.equal(result.code, 1);
    assert.deepEqual(
      parseJson(result.stdout).files[0].diagnostics.map((diagnostic) => diagnostic.code),
      ['latex.unknown-command'],
    );
  });
});

describe('mathlens usage and failures', { concurrency: true }, () => {
  it('--version prints the package version', async () => {
    const result = await run(['--version']);
    assert.equal(result.stdout, `${packageVersion}\n`);
    assert.equal(result.code, 0);
  });

  it('--help prints usage, documenting every check option, and exits 0', async () => {
    const result = await run(['--help']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /mathlens check/);
    for (const option of ['--format', '--ignore', '--min-severity', '--macros']) {
      assert.ok(result.stdout.includes(option), `--help does not mention ${option}`);
    }
  });

  it('exits 2 with usage when run without arguments', async () => {
    const result = await run([]);
    assert.equal(result.code, 2);
    assert.match(result.stdout, /Usage:/);
  });

  for (const [title, args, message] of [
    ['no files', ['check'], /no files given/],
    ['an unknown format', ['check', '--format', 'xml', 'clean.tex'], /unknown format xml/],
    [
      'an unknown severity',
      ['check', '--min-severity', 'loud', 'clean.tex'],
      /unknown severity loud/,
    ],
    ['an unknown option', ['check', '--colour', 'clean.tex'], /unknown option --colour/],
    ['an option without its value', ['check', 'clean.tex', '--ignore'], /--ignore needs a value/],
    ['an unknown command', ['lint', 'clean.tex'], /unknown command lint/],
    [
      'a missing macros file',
      ['check', '--macros', 'no-such-macros.json', 'clean.tex'],
      /cannot read no-such-macros\.json/,
    ],
    [
      'a macros file that is not JSON',
      ['check', '--macros', 'bad-macros.json', 'clean.tex'],
      /JSON/,
    ],
  ] as const) {
    it(`exits 2 on bad usage: ${title}`, async () => {
      const result = await run([...args]);
      assert.equal(result.code, 2, `stdout: ${result.stdout}\nstderr: ${result.stderr}`);
      assert.match(result.stderr, message);
      assert.equal(result.stdout, '');
    });
  }

  it('exits 2 and names a file it cannot read, still checking the others', async () => {
    const result = await run(['check', 'no-such-file.tex', 'clean.tex']);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'mathlens: cannot read no-such-file.tex\n');
    assert.equal(result.stdout, '1 file checked: 0 errors, 0 warnings, 0 notes, 0 hints\n');
  });

  it('exits 2 on an unreadable file even when another file has errors', async () => {
    const result = await run(['check', 'errors.tex', 'no-such-file.tex']);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'mathlens: cannot read no-such-file.tex\n');
    assert.equal(
      result.stdout,
      [...errorsText, '1 file checked: 2 errors, 0 warnings, 0 notes, 1 hint', ''].join('\n'),
    );
  });

  it('--exit-zero reports errors but exits 0', async () => {
    const result = await run(['check', '--exit-zero', 'errors.tex']);
    assert.equal(result.code, 0);
    assert.equal(
      result.stdout,
      [...errorsText, '1 file checked: 2 errors, 0 warnings, 0 notes, 1 hint', ''].join('\n'),
    );
  });

  it('exits 2 when given a directory', async () => {
    const result = await run(['check', 'project']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /cannot read project/);
  });

  it('leaves unreadable files out of the JSON report', async () => {
    const result = await run(['check', '--format', 'json', 'no-such-file.tex', 'clean.tex']);
    assert.equal(result.code, 2);
    assert.deepEqual(parseJson(result.stdout), {
      files: [{ path: 'clean.tex', diagnostics: [], derivations: cleanDerivations }],
    });
  });
});
