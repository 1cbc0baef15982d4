import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseLatexMath } from '../../../server/src/core/latex/index';
import { parserDefinitions } from '../../../server/src/core/macros/parserMacros';
import { show } from '../latex/sexp';
import { amsPreamble, latexContext } from '../check/support';

describe('parserDefinitions: the document macros the parser expands', () => {
  const preamble = String.raw`${amsPreamble}
\newcommand{\R}{\mathbb{R}}
\newcommand{\abs}[1]{\left|#1\right|}
\def\half{\frac{1}{2}}
\let\eps\varepsilon
\DeclareMathOperator{\Tr}{Tr}
\newcommand{\opt}[1][x]{#1}
\DeclarePairedDelimiter{\norm}{\lVert}{\rVert}`;
  const definitions = parserDefinitions(latexContext(preamble));
  const cases: [string, string][] = [
    [String.raw`x \in \R`, 'x in \\mathbb{R}'],
    [String.raw`\abs{\half - x}`, '(abs (- (/ 1 2) x))'],
    [String.raw`\eps^2`, '(^ varepsilon 2)'],
    [String.raw`\Tr A`, '(Tr A)'],
    // An optional argument or a paired delimiter is not a plain replacement: left unknown.
    [String.raw`\opt`, '!unknown command \\opt'],
    [String.raw`\norm{x}`, '!unknown command \\norm'],
  ];
  for (const [latex, expected] of cases) {
    it(latex, () => assert.equal(show(parseLatexMath(latex, definitions)), expected));
  }

  it('takes the mathlens.macros setting', () => {
    const context = latexContext(amsPreamble, { macros: { '\\N': '\\mathbb{N}' } });
    assert.equal(
      show(parseLatexMath(String.raw`n \in \N`, parserDefinitions(context))),
      'n in \\mathbb{N}',
    );
  });
});
