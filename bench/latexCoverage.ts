/**
 * Coverage of the LaTeX-math parser: the share of formulas that parse to a tree (vs
 * `unsupported`), on the HoTT book (type theory: a low figure is expected) and on the gold LaTeX of
 * the spoken-math sets in ../shared/data/spoken, with the most frequent reasons for the rest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseLatexMath } from '../server/src/core/latex/index';
import { scanDocument } from '../server/src/core/regions/scannedDocument';
import type { MathRegion } from '../server/src/core/regions/types';
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

function hottFormulas(): string[] {
  const formulas: string[] = [];
  for (const file of loadHott()) {
    for (const item of scanDocument('latex', file.text).items) {
      if (item.kind !== 'math') continue;
      const region: MathRegion = item;
      formulas.push(...rows(file.text.slice(region.contentStart, region.contentEnd)));
    }
  }
  return formulas;
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

function measure(label: string, formulas: readonly string[]): string[] {
  const reasons = new Map<string, number>();
  let trees = 0;
  for (const formula of formulas) {
    const result = parseLatexMath(formula);
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

export function latexCoverage(): string[] {
  const lines = ['LaTeX-math parser coverage (tree vs unsupported; top reasons for the rest)'];
  const spoken = spokenFormulas();
  const all: string[] = [];
  for (const [name, formulas] of spoken) {
    lines.push(...measure(`  spoken ${name}`, formulas));
    all.push(...formulas);
  }
  lines.push(...measure('  spoken sets, all gold LaTeX', all));
  lines.push(...measure('  HoTT book (type theory), formulas and rows', hottFormulas()));
  return lines;
}
