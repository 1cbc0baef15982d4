import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { sameRendering } from '../core/convert/sameRendering';

const cliPath = path.join(path.resolve(__dirname, '../../..'), 'dist', 'cli.js');

/** `mathlens convert …` with `input` on standard input (from dist/: run `npm run build` first). */
function convert(
  args: string[],
  input = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, 'convert', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('mathlens convert', { concurrency: true }, () => {
  it('converts each line of standard input to one line of LaTeX, blank lines kept', async () => {
    const { code, stdout } = await convert([], 'x squared plus one\n\na over b\n');
    assert.equal(code, 0);
    const lines = stdout.split('\n');
    assert.equal(lines.length, 4, stdout);
    assert.ok(sameRendering('x^{2} + 1', lines[0]), lines[0]);
    assert.equal(lines[1], '');
    assert.ok(sameRendering('\\frac{a}{b}', lines[2]), lines[2]);
  });

  it('converts its arguments as one input', async () => {
    const { code, stdout } = await convert(['the', 'square', 'root', 'of', 'two']);
    assert.equal(code, 0);
    assert.ok(sameRendering('\\sqrt{2}', stdout.trim()), stdout);
  });

  it('prints JSON lines with the input, the LaTeX, alternatives and the form', async () => {
    const { stdout } = await convert(['--format', 'json'], 'sqrt(x^2+1)/2\nx² + y²\n');
    const rows = stdout
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            input: string;
            latex: string;
            form: string;
            alternatives: unknown[];
          },
      );
    assert.deepEqual(
      rows.map((row) => [row.input, row.form, Array.isArray(row.alternatives)]),
      [
        ['sqrt(x^2+1)/2', 'calculator', true],
        ['x² + y²', 'unicode', true],
      ],
    );
    assert.ok(sameRendering('\\frac{\\sqrt{x^{2}+1}}{2}', rows[0].latex), rows[0].latex);
    assert.ok(sameRendering('x^{2}+y^{2}', rows[1].latex), rows[1].latex);
  });

  it('reports unknown words on standard error with the line number, and exits 1', async () => {
    const { code, stdout, stderr } = await convert([], 'x plus one\nx plus flibbertigibbet\n');
    assert.equal(code, 1);
    assert.equal(stdout.split('\n').length, 3);
    assert.match(stderr, /^mathlens: line 2: .*flibbertigibbet/m);
  });

  it('rejects an unknown form with a usage error', async () => {
    const { code, stderr } = await convert(['--form', 'klingon', 'x']);
    assert.equal(code, 2);
    assert.match(stderr, /unknown form klingon/);
  });
});
