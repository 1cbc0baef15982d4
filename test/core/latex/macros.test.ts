import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseLatexMath, spanOf, type ParserMacros } from '../../../server/src/core/latex/index';
import { show } from './sexp';

const macros: ParserMacros = new Map([
  [String.raw`\R`, { body: String.raw`\mathbb{R}`, arity: 0 }],
  [String.raw`\abs`, { body: String.raw`\left|#1\right|`, arity: 1 }],
  [String.raw`\pair`, { body: String.raw`\left(#1, #2\right)`, arity: 2 }],
  [String.raw`\half`, { body: String.raw`\frac{1}{2}`, arity: 0 }],
  [String.raw`\sq`, { body: String.raw`{#1}^{2}`, arity: 1 }],
  [String.raw`\nested`, { body: String.raw`\abs{\half x}`, arity: 0 }],
  [String.raw`\loop`, { body: String.raw`\loop x`, arity: 0 }],
  [String.raw`\twelve`, { body: String.raw`#12`, arity: 1 }],
  [String.raw`\nil`, { body: String.raw`\mathsf{nil}`, arity: 0 }],
  [String.raw`\dgr`, { body: String.raw`{#1}^\dagger`, arity: 1 }],
]);

describe('parseLatexMath: document macros', () => {
  const cases: [string, string][] = [
    [String.raw`x \in \R`, 'x in \\mathbb{R}'],
    [String.raw`\abs{x - 1}`, '(abs (- x 1))'],
    [String.raw`\abs x`, '(abs x)'],
    [String.raw`\pair{a}{b}`, '(Tuple a b)'],
    [String.raw`\half x`, '(* (/ 1 2) x)'],
    [String.raw`\sq{a + b}`, '(^ (+ a b) 2)'],
    [String.raw`\nested`, '(abs (* (/ 1 2) x))'],
    [String.raw`\twelve{a}`, '(* a 2)'],
    // A subscript that is a macro takes its whole expansion.
    [String.raw`c_\nil + 1`, '(+ c_{\\mathsf{nil}} 1)'],
    [String.raw`\dgr f = g`, 'f^{\\dagger} eq g'],
    // (f†)† is no name with two superscripts.
    [String.raw`\dgr{(\dgr f)}`, '!adjoint'],
    [String.raw`\loop`, '!macro expansion too deep'],
    [String.raw`\abs`, '!macro without its argument'],
    [String.raw`\abs{x`, "!unbalanced '{' in a macro argument"],
    // A macro nobody defines: an opaque name without arguments, unsupported with them.
    [String.raw`\undefined x`, '(* \\undefined x)'],
    [String.raw`\undefined_i + 1`, '(+ \\undefined_i 1)'],
    [String.raw`\undefined{x}`, '!unknown command \\undefined'],
    [String.raw`\undefined[2]{x}`, '!unknown command \\undefined'],
  ];
  for (const [latex, expected] of cases) {
    it(latex, () => assert.equal(show(parseLatexMath(latex, { macros })), expected));
  }

  describe("KaTeX's built-in macros, unless the document defines them", () => {
    const builtIn: [string, string][] = [
      [String.raw`x \in \R^n`, 'x in (^ \\mathbb{R} n)'],
      [String.raw`\N \sub \Z`, '\\mathbb{N} subset \\mathbb{Z}'],
      [String.raw`z \isin \Complex`, 'z in \\mathbb{C}'],
      [String.raw`a \plusmn \infin`, '(PlusMinus a Infinity)'],
      [String.raw`\reals \sube \cnums`, '\\mathbb{R} subseteq \\mathbb{C}'],
    ];
    for (const [latex, expected] of builtIn) {
      it(latex, () => assert.equal(show(parseLatexMath(latex)), expected));
    }
    it('a document definition of \\R wins', () => {
      const own: ParserMacros = new Map([
        [String.raw`\R`, { body: String.raw`\mathcal{R}`, arity: 0 }],
      ]);
      assert.equal(show(parseLatexMath(String.raw`\R`, { macros: own })), '\\mathcal{R}');
    });
  });

  it('without the macros, a document macro is an unknown command', () => {
    assert.equal(show(parseLatexMath(String.raw`\abs{x}`)), '!unknown command \\abs');
  });

  it('gives expanded nodes the span of the macro use, and arguments their own', () => {
    const source = String.raw`1 + \abs{y}`;
    const result = parseLatexMath(source, { macros });
    assert.equal(result.kind, 'expression');
    if (result.kind !== 'expression') return;
    const [, abs] = (result.node as unknown as { args: never[] }).args;
    const span = spanOf(abs)!;
    assert.equal(source.slice(span.start, span.end), String.raw`\abs{y}`);
    const [argument] = (abs as unknown as { args: never[] }).args;
    const inner = spanOf(argument)!;
    assert.equal(source.slice(inner.start, inner.end), 'y');
  });
});
