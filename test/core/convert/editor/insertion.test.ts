import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { latexInsertion } from '../../../../server/src/core/convert/editor/insertion';
import { ScannedDocument } from '../../../../server/src/core/regions/scannedDocument';
import type { DocumentLanguage } from '../../../../server/src/core/regions/types';

/** [language, text with the range marked «…», expected replacement of x^{2}] */
const cases: [DocumentLanguage, string, string][] = [
  ['markdown', 'Area «pi r squared» here', '$x^{2}$'],
  ['markdown', 'Inside $«a plus b»$ math', 'x^{2}'],
  ['markdown', '$$\n«a plus b»\n$$', 'x^{2}'],
  ['latex', 'Text «x squared» and $a$ and $b$', '$x^{2}$'],
  ['latex', 'Text «x squared» and \\(a\\) and \\(b\\) and $c$', '\\(x^{2}\\)'],
  ['latex', '\\begin{align}\n«a plus b»\n\\end{align}', 'x^{2}'],
  ['latex', '$\\text{«x squared»}$', '$x^{2}$'],
  ['spoken', '«x squared»', 'x^{2}'],
];

describe('latexInsertion', () => {
  for (const [language, marked, expected] of cases) {
    it(`${language}: ${JSON.stringify(marked)}`, () => {
      const start = marked.indexOf('«');
      const end = marked.indexOf('»') - 1;
      const text = marked.replace('«', '').replace('»', '');
      const scan = new ScannedDocument(language, text).scan;
      assert.equal(latexInsertion(language, scan, start, end, 'x^{2}'), expected);
    });
  }
});
