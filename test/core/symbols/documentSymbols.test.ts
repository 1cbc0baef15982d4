import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { documentSymbols, type MathSymbol } from '../../../server/src/core/symbols/documentSymbols';
import { mathFoldingSpans } from '../../../server/src/core/symbols/folding';
import { scanDocument } from '../../../server/src/core/regions/scannedDocument';

function symbolsOf(text: string, language: 'latex' | 'markdown' = 'latex') {
  return documentSymbols(text, scanDocument(language, text));
}

/** A symbol with its ranges replaced by the text they cover. */
function shape(text: string, symbol: MathSymbol): unknown {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: symbol.kind,
    range: text.slice(symbol.start, symbol.end),
    selection: text.slice(symbol.selectionStart, symbol.selectionEnd),
    children: symbol.children.map((child) => shape(text, child)),
  };
}

const paper = String.raw`\section{Energy}\label{sec:energy}
\begin{equation}\label{eq:one}
  E = mc^2 % energy
\end{equation}
\begin{equation*} x = 1 \end{equation*}
\begin{align}
  a &= b \label{eq:a}\\
  c &= d \label{ eq:c }
\end{align}
\begin{align} p &= q \end{align}
Inline $z$ and \[ y \label{eq:disp} \] and $w \label{eq:w}$.
`;

describe('documentSymbols', () => {
  const symbols = symbolsOf(paper);

  it('lists numbered environments and labelled formulas, in order', () => {
    assert.deepEqual(
      symbols.map((symbol) => symbol.name),
      ['equation (eq:one)', 'align', 'align', 'display math (eq:disp)', 'inline math (eq:w)'],
    );
  });

  it('names an equation after its single label, with the formula as detail', () => {
    assert.deepEqual(shape(paper, symbols[0]), {
      name: 'equation (eq:one)',
      detail: 'E = mc^2',
      kind: 'equation',
      range: '\\begin{equation}\\label{eq:one}\n  E = mc^2 % energy\n\\end{equation}',
      selection: '\\begin{equation}',
      children: [],
    });
  });

  it('gives an environment with several labels one child per label (names trimmed)', () => {
    assert.deepEqual(shape(paper, symbols[1]), {
      name: 'align',
      detail: 'a &= b \\\\ c &= d',
      kind: 'equation',
      range: paper.slice(
        paper.indexOf('\\begin{align}'),
        paper.indexOf('\\end{align}') + '\\end{align}'.length,
      ),
      selection: '\\begin{align}',
      children: [
        {
          name: 'eq:a',
          detail: '\\label',
          kind: 'label',
          range: '\\label{eq:a}',
          selection: '\\label{eq:a}',
          children: [],
        },
        {
          name: 'eq:c',
          detail: '\\label',
          kind: 'label',
          range: '\\label{ eq:c }',
          selection: '\\label{ eq:c }',
          children: [],
        },
      ],
    });
  });

  it('lists a numbered environment without labels, but not unnumbered unlabelled math', () => {
    assert.equal(symbols[2].detail, 'p &= q');
    assert.ok(!symbols.some((symbol) => symbol.detail === 'x = 1' || symbol.detail === 'z'));
  });

  it('selects the opening delimiter of \\[…\\] and $…$', () => {
    assert.equal(paper.slice(symbols[3].selectionStart, symbols[3].selectionEnd), '\\[');
    assert.equal(paper.slice(symbols[4].selectionStart, symbols[4].selectionEnd), '$');
  });

  it('shortens a long formula to 60 characters with an ellipsis', () => {
    const text = `\\begin{equation} ${'a + '.repeat(40)}b \\end{equation}`;
    const [symbol] = symbolsOf(text);
    assert.equal(symbol.detail.length, 60);
    assert.ok(symbol.detail.endsWith('…'));
  });

  it('collapses line breaks and indentation in the detail', () => {
    const [symbol] = symbolsOf('\\begin{gather}\n  a \\\\\n      b\n\\end{gather}');
    assert.equal(symbol.detail, 'a \\\\ b');
  });

  it('ignores a \\label that is commented out', () => {
    const text = '\\begin{equation}\n  x = 1 % \\label{eq:old}\n  \\label{eq:new}\n\\end{equation}';
    assert.deepEqual(
      symbolsOf(text).map((symbol) => [symbol.name, symbol.children.length]),
      [['equation (eq:new)', 0]],
    );
  });

  it('keeps an escaped \\% in the detail (it is not a comment)', () => {
    const [symbol] = symbolsOf(String.raw`\begin{equation} y = 5\% \end{equation}`);
    assert.equal(symbol.detail, 'y = 5\\%');
  });

  it('finds labelled display math in Markdown', () => {
    const text = '# Notes\n\n$$\nx \\label{m}\n$$\n';
    assert.deepEqual(
      symbolsOf(text, 'markdown').map((symbol) => [symbol.name, symbol.detail]),
      [['display math (m)', 'x']],
    );
  });

  it('has no symbols for a document without math', () => {
    assert.deepEqual(symbolsOf('\\section{Intro}\\label{sec:intro} Words only.'), []);
  });
});

describe('mathFoldingSpans', () => {
  it('folds display math only', () => {
    const scan = scanDocument('latex', paper);
    const spans = mathFoldingSpans(scan).map(
      (span) => paper.slice(span.start, span.end).split('\n')[0],
    );
    assert.deepEqual(spans, [
      '\\begin{equation}\\label{eq:one}',
      '\\begin{equation*} x = 1 \\end{equation*}',
      '\\begin{align}',
      '\\begin{align} p &= q \\end{align}',
      '\\[ y \\label{eq:disp} \\]',
    ]);
  });
});
