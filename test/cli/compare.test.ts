import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const cliPath = path.join(path.resolve(__dirname, '../../..'), 'dist', 'cli.js');

/** `mathlens …` (from dist/: run `npm run build` first). */
function mathlens(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cliPath, ...args],
      { timeout: 60000, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number')
          reject(new Error(`mathlens did not exit normally: ${error.message}`));
        else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

describe('mathlens compare', { concurrency: true }, () => {
  const cases: [string[], number, RegExp][] = [
    [['(x+1)^2', 'x^2+2x+1'], 0, /^equal\n$/],
    [['e^{i\\pi}', '-1'], 0, /^equal\n$/],
    [['\\int x\\,dx', '\\frac{x^2}{2}'], 0, /^equal\n$/],
    [['\\frac{d}{d x} x^{2}', '2 x'], 0, /^equal\n$/],
    [
      ['(x+y)^2', 'x^2+y^2'],
      1,
      /^different at x = -?[\d.]+, y = -?[\d.]+: left -?[\d.]+, right -?[\d.]+\n$/,
    ],
    [['1 + 10^{-12} x', '1'], 1, /^different at x = [\d.]+: left 1\.0000000000\d+, right 1\n$/],
    [['a = b', 'a'], 3, /^unknown: left side: not an expression: a relation/],
    [['x + \\frac{1}', 'x'], 3, /^unknown: left side not read: missing argument\n$/],
    [['\\ln(xy)', '\\ln x + \\ln y'], 0, /^equal\n$/],
    [['--strict', '\\ln(xy)', '\\ln x + \\ln y'], 1, /^different at .*right undefined\n$/],
    [['--functions', 'f', 'f(x) + f(x)', '2 f(x)'], 0, /^equal\n$/],
    [['--', '-x', '-1 \\cdot x'], 0, /^equal\n$/],
  ];
  for (const [args, code, output] of cases) {
    it(`${args.join(' ')} → exit ${code}`, async () => {
      const result = await mathlens(['compare', ...args]);
      assert.equal(result.code, code, result.stderr);
      assert.match(result.stdout, output);
      assert.equal(result.stderr, '');
    });
  }

  it('prints one JSON object with --format json', async () => {
    const result = await mathlens(['compare', '--format', 'json', '\\sin x', 'x']);
    assert.equal(result.code, 1);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    assert.equal(json.verdict, 'different');
    assert.deepEqual(Object.keys(json.point as object), ['x']);
    assert.equal(typeof json.left, 'number');
    assert.equal(typeof json.right, 'number');
    const unknown = await mathlens(['compare', '--format=json', 'x <', 'x']);
    assert.equal(unknown.code, 3);
    const parsed = JSON.parse(unknown.stdout) as { verdict: string; unsupported: unknown[] };
    assert.equal(parsed.verdict, 'unknown');
    assert.equal(parsed.unsupported.length, 1);
  });

  const usage: string[][] = [
    [],
    ['x'],
    ['x', 'y', 'z'],
    ['--format', 'xml', 'x', 'y'],
    ['--bogus', 'x', 'y'],
  ];
  for (const args of usage) {
    it(`rejects ${JSON.stringify(args)} as bad usage (exit 2)`, async () => {
      const result = await mathlens(['compare', ...args]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /Usage:[\s\S]*mathlens compare/);
    });
  }
});

describe('mathlens eval', { concurrency: true }, () => {
  const cases: [string[], string][] = [
    [['--at', 'x=1,y=2', 'x^2+y'], '3'],
    [['--at', 'x=1', '--at', 'y=2', 'x^2+y'], '3'],
    [['--at=x=2', '\\frac{d}{dx} x^3'], '12'],
    [['\\int_0^1 x^2\\,dx'], '0.333333333333333'],
    [['--at', 'n=10', '\\sum_{k=1}^{n} k'], '55'],
    [['e^{i\\pi}'], '-1'],
    [['\\sqrt{-4}'], '2i'],
    [['--at', '\\alpha=2', '\\alpha^2'], '4'],
    [['--at', 'x=pi', '\\cos x'], '-1'],
  ];
  for (const [args, value] of cases) {
    it(`${args.join(' ')} → ${value}`, async () => {
      const result = await mathlens(['eval', ...args]);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, `${value}\n`);
    });
  }

  const failures: [string[], RegExp][] = [
    [['--at', 'x=0', '\\frac{1}{x}'], /undefined at this point/],
    [['x + y'], /no value for x, y/],
    [['\\frac{1}'], /missing argument/],
    [['a = b'], /not an expression/],
    [['--at', 'x=1', '\\int x\\,dx'], /indefinite integral/],
  ];
  for (const [args, message] of failures) {
    it(`${args.join(' ')} fails with exit 1`, async () => {
      const result = await mathlens(['eval', ...args]);
      assert.equal(result.code, 1);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
    });
  }

  const usage: string[][] = [[], ['--at', 'x=abc', 'x'], ['--at'], ['x', 'y'], ['--svg', 'x']];
  for (const args of usage) {
    it(`rejects ${JSON.stringify(args)} as bad usage (exit 2)`, async () => {
      const result = await mathlens(['eval', ...args]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /Usage:[\s\S]*mathlens eval/);
    });
  }
});
