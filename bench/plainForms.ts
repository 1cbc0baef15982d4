/**
 * Plain-text forms (core/convert): how detectForm classifies the rows of ../shared/data/spoken —
 * their spoken side should be `spoken`, their LaTeX side `latex` (or `calculator` where plain
 * notation reads the same, `X_S`, `A = 2xy`) — how the calculator converter does on the LaTeX
 * rows it is given, and conversions per second.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import katex from 'katex';
import { detectForm } from '../server/src/core/convert/detect';
import { convertCalculator } from '../server/src/core/convert/calculator/convert';
import { convertToLatex } from '../server/src/core/convert/index';
import type { SourceForm } from '../server/src/core/convert/types';

const FILES = ['mathbridge', 'speech2latex', 'sre-tests'];

interface Row {
  spoken: string;
  latex: string;
}

function rows(name: string): Row[] {
  const path = resolve(process.cwd(), `../shared/data/spoken/${name}.dev.jsonl`);
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Row);
}

const percent = (part: number, whole: number) =>
  `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;

function shares(texts: string[]): string {
  const counts = new Map<SourceForm, number>();
  for (const text of texts) {
    const form = detectForm(text);
    counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([form, count]) => `${form} ${percent(count, texts.length)}`)
    .join(', ');
}

function renders(latex: string): boolean {
  try {
    katex.renderToString(latex, { throwOnError: true, strict: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function perSecond(texts: string[], run: (text: string) => unknown): string {
  const started = performance.now();
  let done = 0;
  while (performance.now() - started < 1000 || done < texts.length) {
    run(texts[done % texts.length]);
    done++;
  }
  return `${Math.round(done / ((performance.now() - started) / 1000))}/s`;
}

export function plainForms(): string[] {
  const lines = ['plain-text forms (core/convert): detectForm on ../shared/data/spoken'];
  const all: Row[] = [];
  for (const name of FILES) {
    const data = rows(name);
    all.push(...data);
    lines.push(`  ${name} (${data.length} rows) spoken side: ${shares(data.map((r) => r.spoken))}`);
    lines.push(`  ${name} LaTeX side: ${shares(data.map((r) => r.latex))}`);
  }
  const calculatorRows = all
    .map((r) => r.latex)
    .filter((latex) => detectForm(latex) === 'calculator');
  const converted = calculatorRows.map(convertCalculator);
  const clean = converted.filter((c) => c.findings.length === 0);
  lines.push(
    `  calculator converter on the ${calculatorRows.length} LaTeX rows detected as calculator: ` +
      `${percent(clean.length, calculatorRows.length)} without findings, ` +
      `${percent(clean.filter((c) => renders(c.latex)).length, clean.length)} of those render in KaTeX`,
  );
  const texts = all.flatMap((r) => [r.spoken, r.latex]);
  lines.push(
    `  speed: detectForm ${perSecond(texts, detectForm)}, convertCalculator ${perSecond(calculatorRows, convertCalculator)}, ` +
      `convertToLatex (LaTeX sides) ${perSecond(
        all.map((r) => r.latex),
        (text) => convertToLatex(text),
      )}`,
  );
  return lines;
}

if (require.main === module) for (const line of plainForms()) console.log(line);
