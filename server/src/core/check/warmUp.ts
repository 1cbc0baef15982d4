/**
 * The checker's paths that compile on first use (the incremental rescan, KaTeX's error path, the
 * "did you mean" search, the spoken reader behind English-in-math), run once on a small document
 * so that a writer's first keystroke does not pay for them: about 20 ms in the HoTT book.
 */
import type { Finding } from '../findings';
import type { ProjectFiles } from '../project/projectFiles';
import { ProjectIndex } from '../project/projectIndex';
import { ScannedDocument } from '../regions/scannedDocument';
import { analyzeDocument } from './analyze';

const sample = String.raw`\documentclass{article}
\newcommand{\R}{\mathbb{R}}
\begin{document}
Let $f \colon \R \to \R$ with $f(x) = x^2 + \alpa$ and $x squared plus one$.
\[ \frac{a}{b} = \left( \sum_{i=1}^n i \right) \label{eq} \]
\end{document}
`;

const noFiles: ProjectFiles = { read: () => undefined, texFiles: () => [] };

/** Returns the sample's findings, which show the paths it went through. */
export function warmUpChecker(): Finding[] {
  const index = new ProjectIndex(noFiles);
  const uri = 'untitled:mathlens-warm-up.tex';
  const document = new ScannedDocument('latex', sample);
  index.setDocument(uri, document.text, document.scan);
  analyzeDocument(index, uri, { macros: {} });
  const at = sample.indexOf('x^2');
  let findings: Finding[] = [];
  for (const change of [
    { start: at, end: at, text: 'y' },
    { start: at, end: at + 1, text: '' },
  ]) {
    document.update([change]);
    index.setDocument(uri, document.text, document.scan);
    findings = analyzeDocument(index, uri, { macros: {} }) ?? [];
  }
  return findings;
}
