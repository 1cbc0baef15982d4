import { analyzeDocument, mathContextFor } from '../server/src/core/check/analyze';
import { checkedSpan, clearFormulaCache } from '../server/src/core/check/checkFormula';
import { ProjectIndex } from '../server/src/core/project/projectIndex';
import type { KatexMacros } from '../server/src/core/macros/katexMacros';
import { handedOutExpansion, lexedBuiltins } from '../server/src/core/macros/lexedExpansions';
import { katexParse } from '../server/src/core/render/katexApi';
import { DiskProjectFiles, toUri } from '../server/src/node/diskFiles';
import { format, percentile, time, type CorpusFile } from './corpus';

interface UniqueFormula {
  source: string;
  display: boolean;
  /** The document's macros with KaTeX's own as KaTeX has them. */
  macros: KatexMacros;
  /** The table as the check has it: KaTeX's string macros lexed once, tokens handed out as copies. */
  lexedMacros: KatexMacros;
}

const asShipped = new Map<KatexMacros, KatexMacros>();

/**
 * A macro table as KaTeX alone would hold it: without MathLens's lexed copies of KaTeX's own
 * macros, and with the document's definitions as KaTeX's \gdef stores them (tokens shared by every
 * use, where MathLens hands out copies).
 */
function withKatexOwnMacros(macros: KatexMacros): KatexMacros {
  let table = asShipped.get(macros);
  if (!table) {
    table = {};
    for (const [name, value] of Object.entries(macros))
      if (lexedBuiltins[name] !== value) table[name] = handedOutExpansion(value) ?? value;
    asShipped.set(macros, table);
  }
  return table;
}

const settings = { macros: {} };

/**
 * A whole-corpus check (scan, projects, macros, every formula: structure, commands, KaTeX with
 * error attribution) with cold caches, against KaTeX's parser alone over the same unique formulas
 * with the same macros: what it costs to check beyond what KaTeX itself costs.
 */
export function fullCheck(files: readonly CorpusFile[], rounds = 5): string[] {
  const paths = files.map((file) => file.path);
  let findings = 0;
  const unique = new Map<string, UniqueFormula>();
  const checkTimes: number[] = [];
  const katexTimes: number[] = [];

  const check = () => {
    clearFormulaCache();
    const index = new ProjectIndex(new DiskProjectFiles(paths));
    findings = 0;
    for (const path of paths)
      findings += analyzeDocument(index, toUri(path), settings)?.length ?? 0;
    return index;
  };

  const index = check();
  for (const path of paths) {
    const uri = toUri(path);
    const context = mathContextFor(index, uri, settings);
    const text = index.textOf(uri) ?? '';
    for (const item of index.scanOf(uri)?.items ?? []) {
      if (item.kind !== 'math' || !item.terminated) continue;
      const span = checkedSpan(item);
      const source = text.slice(span.start, span.end);
      const key = `${span.display}\u0000${source}`;
      if (!unique.has(key))
        unique.set(key, {
          source,
          display: span.display,
          macros: withKatexOwnMacros(context.katex.macros),
          lexedMacros: context.katex.macros,
        });
    }
  }
  const parseAll = (lexed = false) => {
    for (const formula of unique.values()) {
      try {
        katexParse(formula.source, {
          displayMode: formula.display,
          throwOnError: true,
          strict: 'ignore',
          trust: false,
          maxExpand: 10_000,
          macros: lexed ? formula.lexedMacros : formula.macros,
        });
      } catch {
        // KaTeX's verdict is part of the work measured.
      }
    }
  };
  const lexedTimes: number[] = [];
  parseAll();
  parseAll(true);
  for (let round = 0; round < rounds; round++) {
    checkTimes.push(time(check));
    katexTimes.push(time(() => parseAll()));
    lexedTimes.push(time(() => parseAll(true)));
  }
  const ours = percentile(checkTimes, 50);
  const katex = percentile(katexTimes, 50);
  const lexed = percentile(lexedTimes, 50);
  return [
    `full check: ${files.length} files, ${unique.size} unique formulas, ${findings} findings; median of ${rounds} rounds, caches cleared each round`,
    `  MathLens check (scan + projects + all checks)  ${format(ours)} ms`,
    `  katex.__parse over the unique formulas        ${format(katex)} ms`,
    `  ratio check/katex                             ${format(ours / katex, 2)}  (goal ≤ 1.3)`,
    `  katex.__parse given MathLens's lexed copies of KaTeX's own macros  ${format(lexed)} ms (ratio ${format(ours / lexed, 2)})`,
  ];
}
