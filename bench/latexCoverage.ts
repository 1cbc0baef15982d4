/**
 * Coverage of the LaTeX-math parser: the share of formulas that parse to a tree (vs
 * `unsupported`), on the HoTT book (type theory: a low figure is expected) and on the gold LaTeX of
 * the spoken-math sets in ../shared/data/spoken, with the most frequent reasons for the rest.
 * `unsupportedSpokenFormulas()` lists the spoken sets' formulas that stay unsupported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mathContextFor } from '../server/src/core/check/analyze';
import { parseLatexMath, type ParseOptions } from '../server/src/core/latex/index';
import { parserDefinitions } from '../server/src/core/macros/parserMacros';
import { ProjectIndex } from '../server/src/core/project/projectIndex';
import { DiskProjectFiles, toUri } from '../server/src/node/diskFiles';
import { loadHott } from './corpus';

const spokenDirectory = resolve(process.cwd(), '../shared/data/spoken');

/** Rows of a display environment, split at `\\` outside braces. */
function rows(content: string): string[] {
  const out: string[] = [];
  let level = 0;
  let start = 0;
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (ch === '\\' && content[i + 1] === '\\' && level === 0) {
      out.push(content.slice(start, i));
      start = i + 2;
      i++;
    } else if (ch === '\\') i++;
    else if (ch === '{') level++;
    else if (ch === '}') level--;
  }
  out.push(content.slice(start));
  return out.filter((row) => row.trim() !== '');
}

/** The book's formulas (rows of environments), each with the book's macros, as the editor reads them. */
function hottFormulas(): Formula[] {
  const files = loadHott();
  const index = new ProjectIndex(new DiskProjectFiles(files.map((file) => file.path)));
  const formulas: Formula[] = [];
  for (const file of files) {
    const uri = toUri(file.path);
    const options = parserDefinitions(mathContextFor(index, uri, { macros: {} }));
    for (const item of index.scanOf(uri)?.items ?? []) {
      if (item.kind !== 'math') continue;
      const content = file.text.slice(item.contentStart, item.contentEnd);
      for (const latex of rows(content)) formulas.push({ latex, options });
    }
  }
  return formulas;
}

interface Formula {
  latex: string;
  options?: ParseOptions;
}

function spokenFormulas(): Map<string, string[]> {
  const sets = new Map<string, string[]>();
  for (const name of readdirSync(spokenDirectory)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()) {
    const latex: string[] = [];
    for (const line of readFileSync(join(spokenDirectory, name), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const record = JSON.parse(line) as { latex?: unknown };
      if (typeof record.latex === 'string') latex.push(record.latex);
    }
    sets.set(name.replace(/\.jsonl$/, ''), latex);
  }
  return sets;
}

function measure(label: string, formulas: readonly Formula[]): string[] {
  const reasons = new Map<string, number>();
  let trees = 0;
  for (const formula of formulas) {
    const result = parseLatexMath(formula.latex, formula.options);
    if (result.kind === 'unsupported') {
      const reason = result.reason.replace(/^unknown command .*/, 'unknown command');
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    } else trees++;
  }
  const share = formulas.length === 0 ? 0 : (100 * trees) / formulas.length;
  const top = [...reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
  return [
    `${label}: ${trees}/${formulas.length} formulas parse to a tree (${share.toFixed(1)}%)`,
    ...top.map(([reason, count]) => `    ${String(count).padStart(5)}  ${reason}`),
  ];
}

/**
 * Every gold formula of the spoken sets that stays `unsupported`, one a line: set, reason and the
 * LaTeX (as JSON), sorted by reason — the material for choosing what the parser should learn next.
 */
export function unsupportedSpokenFormulas(): string[] {
  const lines: string[] = [];
  for (const [name, latex] of spokenFormulas()) {
    for (const formula of latex) {
      const result = parseLatexMath(formula);
      if (result.kind === 'unsupported')
        lines.push(`${name}\t${result.reason}\t${JSON.stringify(formula)}`);
    }
  }
  const reasonOf = (line: string) => line.split('\t')[1];
  return lines.sort((a, b) => reasonOf(a).localeCompare(reasonOf(b)));
}

export function latexCoverage(): string[] {
  const lines = ['LaTeX-math parser coverage (tree vs unsupported; top reasons for the rest)'];
  const spoken = spokenFormulas();
  const all: Formula[] = [];
  for (const [name, latex] of spoken) {
    const formulas = latex.map((formula) => ({ latex: formula }));
    lines.push(...measure(`  spoken ${name}`, formulas));
    all.push(...formulas);
  }
  lines.push(...measure('  spoken sets, all gold LaTeX', all));
  lines.push(
    ...measure('  HoTT book (type theory, with its macros), formulas and rows', hottFormulas()),
  );
  return lines;
}
