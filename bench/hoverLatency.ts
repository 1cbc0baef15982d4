import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { checkedSpan } from '../server/src/core/check/checkFormula';
import { mathContextFor } from '../server/src/core/check/analyze';
import { ProjectIndex } from '../server/src/core/project/projectIndex';
import { DiskProjectFiles, toUri } from '../server/src/node/diskFiles';
import { format, hottDirectory, percentile, type CorpusFile } from './corpus';
import { BenchServer } from './lspClient';
import { createMathJaxTexRenderer } from './mathjaxTexBaseline';

interface Sample {
  uri: string;
  line: number;
  character: number;
  source: string;
  display: boolean;
}

/** A small seeded generator: the same 1,000 formulas every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/**
 * Hover round trips as an editor sees them (request sent → response received, over stdio) on
 * random HoTT formulas: cold (first hover of each formula) and warm (the same again), beside LaTeX
 * Workshop's approach measured in the same run — MathJax's TeX input straight to SVG per formula,
 * in process, with the document's \newcommand macros.
 */
export async function hoverLatency(files: readonly CorpusFile[], count = 1000): Promise<string[]> {
  const index = new ProjectIndex(new DiskProjectFiles(files.map((file) => file.path)));
  const next = random(20261128);
  const candidates: Sample[] = [];
  for (const file of files) {
    const uri = toUri(file.path);
    for (const item of index.scanOf(uri)?.items ?? []) {
      if (item.kind !== 'math' || !item.terminated) continue;
      const span = checkedSpan(item);
      const middle = item.contentStart + Math.floor((item.contentEnd - item.contentStart) / 2);
      candidates.push({
        uri,
        ...positionOf(file.text, middle),
        source: file.text.slice(span.start, span.end),
        display: span.display,
      });
    }
  }
  const samples: Sample[] = [];
  const chosen = new Set<number>();
  while (samples.length < Math.min(count, candidates.length)) {
    const pick = Math.floor(next() * candidates.length);
    if (chosen.has(pick)) continue;
    chosen.add(pick);
    samples.push(candidates[pick]);
  }

  const server = await BenchServer.start(hottDirectory, {
    theme: { kind: 'dark', foreground: '#cccccc', fontSize: 14 },
  });
  await server.openAll(files.map((file) => ({ uri: toUri(file.path), text: file.text })));
  const round = async () => {
    const times: number[] = [];
    let images = 0;
    for (const sample of samples) {
      const started = performance.now();
      const hover = await server.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: sample.uri },
        position: { line: sample.line, character: sample.character },
      });
      times.push(performance.now() - started);
      const value = (hover?.contents as { value?: string } | undefined)?.value ?? '';
      if (value.includes('data:image/svg+xml')) images++;
    }
    return { times, images };
  };
  const cold = await round();
  const warm = await round();
  await server.stop();

  // LaTeX Workshop's way: the project's \newcommand and operator macros in MathJax's TeX input.
  const baselineTimes: number[] = [];
  const renderers = new Map<string, (tex: string, display: boolean) => string>();
  for (const sample of samples) {
    let render = renderers.get(sample.uri);
    if (!render) {
      const context = mathContextFor(index, sample.uri, { macros: {} });
      const macros: Record<string, string> = {};
      for (const [name, { definition }] of context.commands) {
        if (definition.style === 'newcommand') macros[name] = definition.body;
        if (definition.style === 'operator')
          macros[name] = `\\operatorname${definition.starred ? '*' : ''}{${definition.body}}`;
      }
      render = createMathJaxTexRenderer(macros);
      renderers.set(sample.uri, render);
    }
    const started = performance.now();
    try {
      render(sample.source, sample.display);
    } catch {
      // A formula MathJax refuses still cost its time.
    }
    baselineTimes.push(performance.now() - started);
  }

  const row = (name: string, times: number[]) =>
    `  ${name.padEnd(44)} p50 ${format(percentile(times, 50), 2).padStart(7)} ms   p99 ${format(percentile(times, 99), 2).padStart(7)} ms`;
  return [
    `hover round trip over stdio, ${samples.length} random HoTT formulas (${cold.images} shown as images, the rest as KaTeX's message):`,
    row('MathLens, cold (first hover of each)', cold.times),
    row('MathLens, warm (same formulas again)', warm.times),
    row('MathJax TeX → SVG per formula (LaTeX Workshop)', baselineTimes),
    `  goal: p50 ≤ 5 ms warm, p99 ≤ 50 ms cold`,
  ];
}
