import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ScannedDocument, scanDocument } from '../../../server/src/core/regions/scannedDocument';
import type { DocumentLanguage } from '../../../server/src/core/regions/types';

const latexFragments = [
  '$',
  '$$',
  '\\(',
  '\\)',
  '\\[',
  '\\]',
  'x^2',
  ' ',
  '\n',
  '\n\n',
  '{',
  '}',
  '%',
  '\\%',
  '\\$',
  'text ',
  '\\begin{align}',
  '\\end{align}',
  '\\begin{equation*}',
  '\\end{equation*}',
  '\\text{',
  '\\newcommand{\\R}{\\mathbb{R}}',
  '\\def\\x#1{#1}',
  '\\input{a}',
  '\\begin{verbatim}',
  '\\end{verbatim}',
  '\\verb|',
  '|',
  '\\\\',
  '&',
  '\\section{S}',
  '\r\n',
  '\r',
  // Readers that look past what they return: names, options and groups left open.
  '\\end{alig',
  '\\begin{',
  'equation}',
  '\\text[',
  '[',
  ']',
  '\\url{',
  '\\verb',
  '\\ref{',
  '\\iffalse',
  '\\fi',
  '\\ensuremath{',
  '\\newcommand',
  '\\renewcommand{',
  '#1',
];

const markdownFragments = [
  '$',
  '$$',
  '`',
  '```',
  '```math\n',
  '```spoken\n',
  '\n',
  '\n\n',
  '    ',
  '- ',
  'x^2',
  ' ',
  '\\$',
  'word',
  '<!--',
  '-->',
  '5',
];

function textFrom(fragments: string[]) {
  return fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join(''));
}

function edits(fragments: string[]) {
  return fc.array(
    fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 12 }),
      insert: fc
        .array(fc.constantFrom(...fragments), { maxLength: 4 })
        .map((parts) => parts.join('')),
    }),
    { minLength: 1, maxLength: 8 },
  );
}

function checkIncremental(language: DocumentLanguage, fragments: string[]) {
  fc.assert(
    fc.property(textFrom(fragments), edits(fragments), (initial, changes) => {
      const document = new ScannedDocument(language, initial);
      for (const change of changes) {
        const start = change.at % (document.text.length + 1);
        const end = Math.min(document.text.length, start + change.remove);
        document.update([{ start, end, text: change.insert }]);
        const fresh = scanDocument(language, document.text);
        assert.deepEqual(document.scan.items, fresh.items);
        assert.deepEqual(document.scan.syncPoints, fresh.syncPoints);
      }
    }),
    { numRuns: 400 },
  );
}

describe('ScannedDocument', () => {
  it('keeps a LaTeX scan equal to a full re-scan after any edits', () =>
    checkIncremental('latex', latexFragments));
  it('keeps a Markdown scan equal to a full re-scan after any edits', () =>
    checkIncremental('markdown', markdownFragments));
  it('keeps a spoken scan equal to a full re-scan after any edits', () =>
    checkIncremental('spoken', ['x squared', '\n', ' ', 'plus', '\r\n']));

  it('re-scans only near a one-character edit in a long document', () => {
    const paragraph = 'Some text with $a+b$ and \\[c^2\\].\n\n';
    const text = paragraph.repeat(2000);
    const document = new ScannedDocument('latex', text);
    const middle = paragraph.length * 1000 + 16;
    document.update([{ start: middle, end: middle, text: 'x' }]);
    assert.ok(
      document.lastRescan.end - document.lastRescan.start < paragraph.length * 2,
      JSON.stringify(document.lastRescan),
    );
    assert.deepEqual(document.scan.items, scanDocument('latex', document.text).items);
  });

  it('re-scans a formula whose closing depended on text past its delimiter', () => {
    // \end{alig$$ is not a name until the brace closes it: then the first $ no longer closes
    // the formula, so a scan must not resume right after it.
    const before = '$\\\\\\end{alig$$\n\n\\end{align}}';
    const document = new ScannedDocument('latex', before);
    document.update([{ start: 14, end: 14, text: '}' }]);
    assert.deepEqual(document.scan.items, scanDocument('latex', document.text).items);
    assert.deepEqual(document.scan.syncPoints, scanDocument('latex', document.text).syncPoints);
  });

  it('re-scans a formula when the options of a text command in it change', () => {
    // Until the bracket closes, [a$ is not an option and its $ closes the formula.
    const document = new ScannedDocument('latex', '$\\text[a$ b c$ d');
    document.update([{ start: 11, end: 11, text: ']' }]);
    assert.deepEqual(document.scan.items, scanDocument('latex', document.text).items);
  });

  it('applies several changes in order', () => {
    const document = new ScannedDocument('latex', '$a$ $b$');
    document.update([
      { start: 1, end: 2, text: 'x' },
      { start: 5, end: 6, text: 'yy' },
    ]);
    assert.equal(document.text, '$x$ $yy$');
    assert.deepEqual(
      document.regions.map((region) => document.text.slice(region.contentStart, region.contentEnd)),
      ['x', 'yy'],
    );
  });
});
