import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { parseXml } from '../core/render/xml';

const cliPath = path.join(path.resolve(__dirname, '../../..'), 'dist', 'cli.js');

/** `mathlens render …` (from dist/: run `npm run build` first), with optional standard input. */
function render(
  args: string[],
  input?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [cliPath, 'render', ...args],
      { timeout: 30000, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number')
          reject(new Error(`mathlens render did not exit normally: ${error.message}`));
        else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(input ?? '');
  });
}

const temporary = mkdtempSync(path.join(tmpdir(), 'mathlens-render-test-'));
after(() => rmSync(temporary, { recursive: true, force: true }));

describe('mathlens render', { concurrency: true }, () => {
  it('prints one SVG by default, sized for 16 px and black', async () => {
    const result = await render([String.raw`\frac{a}{b}`]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    const root = parseXml(result.stdout.trim());
    assert.equal(root.name, 'svg');
    const [, , width] = root.attributes.get('viewBox')!.split(',').map(Number);
    assert.equal(Number(root.attributes.get('width')), Math.round((width / 1000) * 16 * 100) / 100);
    assert.match(result.stdout, /fill="black"/);
  });

  it('takes --display, --color and --font-size', async () => {
    const [small, large] = await Promise.all([
      render(['--svg', '--color', '#ff0000', '--font-size', '10', 'x+y']),
      render(['--display', '--font-size', '20', '--color', 'rgb(0, 0, 255)', 'x+y']),
    ]);
    assert.equal(small.code, 0, small.stderr);
    assert.match(small.stdout, /fill="#ff0000"/);
    assert.match(large.stdout, /fill="rgb\(0,0,255\)"/);
    const width = (out: string) => Number(parseXml(out.trim()).attributes.get('width'));
    assert.ok(Math.abs(width(large.stdout) - 2 * width(small.stdout)) < 0.05);
  });

  it('prints KaTeX HTML (with MathML) and MathML alone', async () => {
    const [html, mathml] = await Promise.all([
      render(['--html', '--display', String.raw`\sqrt{2}`]),
      render(['--mathml', String.raw`\sqrt{2}`]),
    ]);
    assert.equal(html.code, 0);
    assert.match(html.stdout, /^<span class="katex-display">.*class="katex-html".*\n$/s);
    assert.equal(mathml.code, 0);
    assert.match(mathml.stdout, /<msqrt><mn>2<\/mn><\/msqrt>/);
    assert.doesNotMatch(mathml.stdout, /katex-html/);
  });

  it('reads the formula from standard input with -', async () => {
    const result = await render(['--mathml', '-'], '\\alpha^2\n');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /<mi>α<\/mi><mn>2<\/mn>/);
  });

  it('uses macros from --macros', async () => {
    const file = path.join(temporary, 'macros.json');
    writeFileSync(file, JSON.stringify({ '\\RR': '\\mathbb{R}' }));
    const [withMacros, without] = await Promise.all([
      render(['--macros', file, '--mathml', String.raw`\RR^n`]),
      render(['--mathml', String.raw`\RR^n`]),
    ]);
    assert.equal(withMacros.code, 0, withMacros.stderr);
    assert.match(withMacros.stdout, /mathvariant="double-struck"/);
    assert.equal(without.code, 1);
  });

  const errors: [string[], RegExp][] = [
    [['x^'], /^mathlens: Expected group after '\^' \(at 2: "\^"\)\n$/],
    [
      [String.raw`a + \undefinedcommand`],
      /Undefined control sequence: \\undefinedcommand \(at 5-21:/,
    ],
    [['--html', String.raw`\frac{1}`], /expected '\}'/],
  ];
  for (const [args, message] of errors) {
    it(`reports ${args.join(' ')} on standard error with exit code 1`, async () => {
      const result = await render(args);
      assert.equal(result.code, 1);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
    });
  }

  const usage: string[][] = [
    [],
    ['--color', 'bogus', 'x'],
    ['--font-size', 'big', 'x'],
    ['--png', 'x'],
    ['a', 'b'],
  ];
  for (const args of usage) {
    it(`rejects ${JSON.stringify(args)} as bad usage (exit 2)`, async () => {
      const result = await render(args);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /Usage:/);
    });
  }
});
