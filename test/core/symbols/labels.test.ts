import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ProjectIndex } from '../../../server/src/core/project/projectIndex';
import { scanDocument } from '../../../server/src/core/regions/scannedDocument';
import {
  documentLabels,
  findLabel,
  mathLabels,
  projectLabels,
} from '../../../server/src/core/symbols/labels';

const paper = String.raw`\section{Energy}\label{sec:energy}
\begin{equation}\label{eq:one}
  E = mc^2 % energy \label{eq:commented}
\end{equation}
\begin{equation*} x = 1 \end{equation*}
\begin{align}
  a &= b \label{eq:a}\\
  c &= d \label{ eq:c }
\end{align}
% \label{eq:gone}
Inline $z$ and \[ y \label{eq:disp} \] and $w \label{eq:w}$.
`;

describe('mathLabels', () => {
  it('lists labels inside math only, with their ranges', () => {
    const labels = mathLabels(paper, scanDocument('latex', paper));
    assert.deepEqual(
      labels.map((label) => [
        label.name,
        paper.slice(label.start, label.end),
        label.region.environment ?? label.region.delimiter,
      ]),
      [
        ['eq:one', '\\label{eq:one}', 'equation'],
        ['eq:a', '\\label{eq:a}', 'align'],
        ['eq:c', '\\label{ eq:c }', 'align'],
        ['eq:disp', '\\label{eq:disp}', 'bracket'],
        ['eq:w', '\\label{eq:w}', 'dollar'],
      ],
    );
  });
});

describe('documentLabels', () => {
  it('lists every label, with its math region when it has one, and skips comments', () => {
    const labels = documentLabels(paper, scanDocument('latex', paper));
    assert.deepEqual(
      labels.map((label) => [label.name, label.region?.environment ?? label.region?.delimiter]),
      [
        ['sec:energy', undefined],
        ['eq:one', 'equation'],
        ['eq:a', 'align'],
        ['eq:c', 'align'],
        ['eq:disp', 'bracket'],
        ['eq:w', 'dollar'],
      ],
    );
  });
});

describe('findLabel', () => {
  const files = new Map([
    [
      'file:///p/main.tex',
      '\\documentclass{article}\\begin{document}\\input{ch1}\\input{ch2}\\end{document}',
    ],
    ['file:///p/ch1.tex', '\\begin{equation}\\label{eq:euler} e^{i\\pi}+1=0 \\end{equation}'],
    [
      'file:///p/ch2.tex',
      'By \\eqref{eq:euler}. \\begin{equation}\\label{eq:two} 2 \\end{equation}',
    ],
    ['file:///p/other.tex', '\\begin{equation}\\label{eq:euler} wrong \\end{equation}'],
  ]);
  const index = new ProjectIndex({ read: (uri) => files.get(uri), texFiles: () => files.keys() });

  it('finds a label defined in another file of the same project', () => {
    const found = findLabel(index, 'file:///p/ch2.tex', 'eq:euler');
    assert.equal(found?.uri, 'file:///p/ch1.tex');
    assert.equal(found?.label.region?.environment, 'equation');
  });

  it('prefers the document itself and ignores files outside the project', () => {
    assert.equal(findLabel(index, 'file:///p/ch2.tex', 'eq:two')?.uri, 'file:///p/ch2.tex');
    assert.equal(findLabel(index, 'file:///p/other.tex', 'eq:euler')?.uri, 'file:///p/other.tex');
    assert.equal(findLabel(index, 'file:///p/ch1.tex', 'nowhere'), undefined);
  });

  it('lists each project file once', () => {
    const names = projectLabels(index, 'file:///p/ch1.tex').map((entry) => entry.label.name);
    assert.deepEqual(names.sort(), ['eq:euler', 'eq:two']);
  });
});
