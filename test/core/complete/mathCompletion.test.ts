import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { mathContextFor } from '../../../server/src/core/check/analyze';
import { commandGlyph } from '../../../server/src/core/complete/glyphs';
import { mathCompletions } from '../../../server/src/core/complete/mathCompletion';
import { projectLabels } from '../../../server/src/core/symbols/labels';
import { memoryProject, noSettings } from '../check/support';

const main = 'file:///complete/main.tex';

/** Completions at the `|` of a document whose preamble defines \R and \norm{…}. */
function complete(marked: string, preamble = '\\usepackage{amsmath,amssymb}') {
  const offset = marked.indexOf('|');
  const body = marked.slice(0, offset) + marked.slice(offset + 1);
  const head = `\\documentclass{article}${preamble}
\\newcommand{\\R}{\\mathbb{R}}
\\newcommand{\\norm}[1]{\\lVert #1\\rVert}
\\newenvironment{myproof}{}{}
\\begin{document}
\\begin{equation}\\label{eq:euler} e^{i\\pi} + 1 = 0 \\end{equation}
`;
  const text = `${head}${body}\n\\end{document}\n`;
  const index = memoryProject({ [main]: text });
  const result = mathCompletions(head.length + offset, {
    text,
    scan: index.scanOf(main)!,
    context: mathContextFor(index, main, noSettings),
    labels: () => projectLabels(index, main),
    glyph: commandGlyph,
  });
  return result && { replaced: text.slice(result.start, result.end), items: result.items };
}

function names(result: ReturnType<typeof complete>): string[] {
  return result?.items.map((item) => item.label) ?? [];
}

describe('mathCompletions', () => {
  it('offers KaTeX commands with their glyph, inside math only', () => {
    const result = complete('$\\al|$');
    assert.equal(result?.replaced, '\\al');
    const alpha = result?.items.find((item) => item.label === '\\alpha');
    assert.deepEqual(alpha && [alpha.kind, alpha.detail], ['command', 'α']);
    assert.ok(names(result).includes('\\frac'));
    assert.ok(!names(result).some((name) => name.startsWith('\\@')), 'no internal names');
    assert.equal(complete('text \\al| more'), undefined);
  });

  it('replaces the whole word under the cursor', () => {
    assert.equal(complete('$\\fr|ac{1}{2}$')?.replaced, '\\frac');
  });

  it('offers document macros with snippets for their arguments', () => {
    const result = complete('\\[ \\no| \\]');
    const norm = result?.items.find((item) => item.label === '\\norm');
    assert.equal(norm?.kind, 'macro');
    assert.equal(norm?.snippet, '\\\\norm{${1:#1}}');
    assert.match(norm?.detail ?? '', /1 argument, defined in main\.tex/);
    assert.equal(result?.items.find((item) => item.label === '\\R')?.snippet, undefined);
  });

  it('leaves out commands of packages the document does not load', () => {
    const withAms = names(complete('$\\|$'));
    const without = names(complete('$\\|$', ''));
    assert.ok(withAms.includes('\\mathbb'));
    assert.ok(!without.includes('\\mathbb'), '\\mathbb needs amsfonts in LaTeX');
    assert.ok(without.includes('\\alpha'));
  });

  it('offers environment names after \\begin{, the document’s own included', () => {
    const result = complete('\\begin{al|');
    assert.equal(result?.replaced, 'al');
    assert.ok(names(result).includes('align*'));
    assert.ok(names(result).includes('pmatrix'));
    assert.ok(names(result).includes('myproof'));
  });

  it('offers labels inside \\ref{…} and \\cref lists, with the formula as example', () => {
    const result = complete('see \\eqref{eq:|}');
    assert.equal(result?.replaced, 'eq:');
    const euler = result?.items.find((item) => item.label === 'eq:euler');
    assert.equal(euler?.detail, 'equation in main.tex');
    assert.equal(euler?.example?.trim(), 'e^{i\\pi} + 1 = 0');
    assert.equal(complete('\\cref{a,e|}')?.replaced, 'e');
  });

  it('offers nothing in plain text', () => {
    assert.equal(complete('just words|'), undefined);
  });
});
