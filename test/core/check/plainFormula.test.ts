import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkSource } from '../../../server/src/core/check/checkFormula';
import { isPlainFormula } from '../../../server/src/core/check/plainFormula';
import type { MathContext } from '../../../server/src/core/macros/mathContext';
import { katexMathOperators, katexMathSymbols } from '../../../server/src/core/macros/packages';
import { katexParse } from '../../../server/src/core/render/katexApi';
import { latexContext, markdownContext } from './support';

/**
 * The fast path must never hide a finding: whatever isPlainFormula accepts, KaTeX parses (with the
 * context's macros) and the full check reports nothing for, in both modes. Set
 * MATHLENS_PLAIN_RUNS to run the properties longer (e.g. 200000).
 */
const runs = Number(process.env.MATHLENS_PLAIN_RUNS ?? 25_000);

const contexts: Record<string, MathContext> = {
  'amsmath+amssymb': latexContext(),
  // Complete, without amssymb: its symbols (\nexists, \lesssim) are missing-package errors.
  'bare article': latexContext(String.raw`\documentclass{article}`),
  // No \documentclass: the preamble is unknown, so undefined names are only hints.
  incomplete: latexContext(String.raw`\usepackage{amsmath}`),
  markdown: markdownContext(),
  // Names KaTeX knows, claimed by the document or the settings.
  redefined: latexContext(
    String.raw`\documentclass{article}
\usepackage{amsmath,amssymb}
\renewcommand{\alpha}{\beta^2}
\let\to\mapsto
\def\le{<}
\renewcommand{\sum}{\Sigma'}
\def\seq#1\infty{#1}
\newcommand{\foo}{x}
`,
    { macros: { '\\cdot': '\\times^2', '\\pi': '3' } },
  ),
};
const contextNames = Object.keys(contexts);

function katexAccepts(source: string, display: boolean, context: MathContext): boolean {
  try {
    katexParse(source, {
      displayMode: display,
      throwOnError: true,
      strict: 'ignore',
      trust: false,
      maxExpand: 10_000,
      macros: { ...context.katex.macros },
    });
    return true;
  } catch {
    return false;
  }
}

const symbols = [...katexMathSymbols];
const operators = [...katexMathOperators];
/** Names that look like atoms but are not (here or anywhere): each must take the slow way. */
const nearMissNames = [
  '\\alpha', // redefined in one context
  '\\to',
  '\\le',
  '\\sum',
  '\\infty', // a \def delimiter in one context
  '\\cdot', // a setting in one context
  '\\pi',
  '\\foo',
  '\\nexists', // amssymb
  '\\lesssim',
  '\\varnothing',
  '\\neq', // KaTeX macros, not symbols
  '\\dots',
  '\\cdots',
  '\\iff',
  '\\R', // KaTeX's only
  '\\mathbb',
  '\\frac',
  '\\sqrt',
  '\\left',
  '\\right',
  '\\\\',
  '\\ ',
  '\\,',
  '\\alphax',
  '\\@not',
  '\\undefinedname',
  '\\',
];

const characters = [...'abcxyzABXZ0129+-=<>(),.;:!?/|*[]', ' ', '\n', '\t'];
const nearMissCharacters = [...'&%#$~@`"\\', 'α', '\u00a0'];

/** One piece of a formula; the weights keep most formulas near the accepted language. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...characters) },
  { weight: 6, arbitrary: fc.constantFrom(...symbols).map((name) => `${name} `) },
  { weight: 2, arbitrary: fc.constantFrom(...symbols) },
  { weight: 2, arbitrary: fc.constantFrom(...operators).map((name) => `${name} `) },
  { weight: 4, arbitrary: fc.constantFrom('^', '_', "'", "''", '{', '}', '{}') },
  { weight: 1, arbitrary: fc.constantFrom(...nearMissNames) },
  { weight: 1, arbitrary: fc.constantFrom(...nearMissCharacters) },
);

/** Formulas built to be well formed: bases with scripts and primes, groups, sequences. */
const wellFormed: fc.Arbitrary<string> = fc.letrec<{ formula: string; atom: string; arg: string }>(
  (tie) => ({
    formula: fc
      .array(
        fc.tuple(
          fc.oneof(tie('atom'), fc.constant('')),
          fc.constantFrom('', "'", "''", "'^", '^', '_', ' '),
          fc.oneof(tie('arg'), fc.constant('')),
          fc.constantFrom('', '^', '_', "'"),
          fc.oneof(tie('arg'), fc.constant('')),
          fc.constantFrom('', ' '),
        ),
        { maxLength: 5 },
      )
      .map((parts) => parts.map((part) => part.join('')).join('')),
    atom: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...characters.slice(0, -3)) },
      { weight: 4, arbitrary: fc.constantFrom(...symbols) },
      { weight: 2, arbitrary: fc.constantFrom(...operators) },
      { weight: 1, arbitrary: fc.constantFrom(...nearMissNames) },
      { weight: 1, arbitrary: tie('formula').map((inner) => `{${inner}}`) },
    ),
    arg: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...characters.slice(0, -3)) },
      { weight: 3, arbitrary: fc.constantFrom(...symbols) },
      { weight: 1, arbitrary: fc.constantFrom(...operators) },
      { weight: 2, arbitrary: tie('formula').map((inner) => `{${inner}}`) },
    ),
  }),
).formula;

const anyFormula = fc.oneof(
  fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join('')),
  wellFormed,
);

/** Checks one formula in one context and mode; counts what the fast path took. */
function agrees(source: string, contextName: string, display: boolean, tally: Tally): boolean {
  const context = contexts[contextName];
  if (!isPlainFormula(source, context)) {
    tally.slow++;
    return true;
  }
  tally.fast++;
  if (/\\/.test(source)) tally.withCommands++;
  const findings = checkSource(source, display, context);
  assert.deepEqual(
    findings.map((finding) => `${finding.code}: ${finding.message}`),
    [],
    `full check of ${JSON.stringify(source)} (${contextName}, ${display ? 'display' : 'inline'})`,
  );
  assert.ok(
    katexAccepts(source, display, context),
    `KaTeX rejects ${JSON.stringify(source)} (${contextName}, ${display ? 'display' : 'inline'})`,
  );
  return true;
}

interface Tally {
  fast: number;
  slow: number;
  withCommands: number;
}

describe('plain formulas (the checker fast path)', () => {
  it('accepts what KaTeX and the full check accept without a word', () => {
    const context = contexts['amsmath+amssymb'];
    for (const source of [
      '',
      'x',
      'x^2 + y^2 = z^2',
      "f'(x) = f''_1",
      "x'^2",
      "x_a'",
      "x_a'^b",
      'x^{a^b}_{c_d}',
      '{}^2 x',
      '^2',
      "'x",
      String.raw`\alpha \to \beta`,
      String.raw`\sum_{i=1}^n a_i \le \infty`,
      String.raw`\lim_{n \to \infty} x_n`,
      String.raw`\sin^2 x + \cos^2 x = 1`,
      String.raw`\{ x \mid x \in A \}`,
      String.raw`x^\alpha_\beta`,
      String.raw`A \times B \cong B \times A`,
      String.raw`\ldots`,
      String.raw`\nexists x`,
    ]) {
      assert.ok(isPlainFormula(source, context), source);
      assert.deepEqual(checkSource(source, false, context), [], source);
    }
  });

  it('sends everything else the slow way', () => {
    const cases: [string, string][] = [
      ['x^', 'amsmath+amssymb'],
      ['x_', 'amsmath+amssymb'],
      ['x^a^b', 'amsmath+amssymb'],
      ['x_a_b', 'amsmath+amssymb'],
      ["x'^2'", 'amsmath+amssymb'],
      ["x' ^2", 'amsmath+amssymb'],
      ["x^2'", 'amsmath+amssymb'],
      ["x''^a^b", 'amsmath+amssymb'],
      ["x'_a^b", 'amsmath+amssymb'],
      ["x^'", 'amsmath+amssymb'],
      ['x^_', 'amsmath+amssymb'],
      ['x^}', 'amsmath+amssymb'],
      ['{', 'amsmath+amssymb'],
      ['}', 'amsmath+amssymb'],
      ['{x}}', 'amsmath+amssymb'],
      ['{{x}', 'amsmath+amssymb'],
      [String.raw`\alpha_`, 'amsmath+amssymb'],
      [String.raw`x^\sum`, 'amsmath+amssymb'],
      [String.raw`x^\int`, 'amsmath+amssymb'], // KaTeX takes it, the fast path does not
      [String.raw`\alphax`, 'amsmath+amssymb'],
      [String.raw`\neq`, 'amsmath+amssymb'],
      [String.raw`\frac12`, 'amsmath+amssymb'],
      [String.raw`a \\ b`, 'amsmath+amssymb'],
      [String.raw`a\ b`, 'amsmath+amssymb'],
      ['a & b', 'amsmath+amssymb'],
      ['a % b', 'amsmath+amssymb'],
      ['a ~ b', 'amsmath+amssymb'],
      ['α', 'amsmath+amssymb'],
      [`${'{'.repeat(40)}x${'}'.repeat(40)}`, 'amsmath+amssymb'],
      [String.raw`\nexists x`, 'bare article'], // needs amssymb
      [String.raw`\lesssim`, 'bare article'],
      [String.raw`\alpha`, 'redefined'],
      [String.raw`\to`, 'redefined'],
      [String.raw`\le`, 'redefined'],
      [String.raw`\sum`, 'redefined'],
      [String.raw`\infty`, 'redefined'], // a \def delimiter
      [String.raw`\cdot`, 'redefined'], // a setting
      [String.raw`\foo`, 'redefined'],
    ];
    for (const [source, contextName] of cases) {
      assert.equal(
        isPlainFormula(source, contexts[contextName]),
        false,
        `${source} (${contextName})`,
      );
    }
    // The same names mean KaTeX's symbols where nothing redefines them.
    for (const source of [String.raw`\alpha`, String.raw`\to`, String.raw`\sum`, String.raw`\cdot`])
      assert.ok(isPlainFormula(source, contexts['bare article']), source);
  });

  it('every symbol and operator is an atom KaTeX takes bare, scripted and primed', () => {
    const context = contexts.markdown;
    for (const name of [...symbols, ...operators]) {
      for (const use of [`${name}`, `${name}_x^y`, `${name}'`, `{${name}}`, `x ${name} y`]) {
        if (!isPlainFormula(use, context)) continue;
        for (const display of [false, true])
          assert.ok(katexAccepts(use, display, context), `${use} (${display})`);
      }
    }
    for (const name of symbols) {
      for (const use of [`x^${name}`, `x_${name}`]) {
        if (isPlainFormula(use, context)) assert.ok(katexAccepts(use, false, context), use);
      }
    }
  });

  it(`agrees with KaTeX and the full check on ${runs} generated formulas`, () => {
    const tally: Tally = { fast: 0, slow: 0, withCommands: 0 };
    fc.assert(
      fc.property(
        anyFormula,
        fc.constantFrom(...contextNames),
        fc.boolean(),
        (source, contextName, display) => agrees(source, contextName, display, tally),
      ),
      { numRuns: runs },
    );
    // The generators must exercise both sides: the property says nothing about formulas never taken.
    assert.ok(tally.fast > runs / 10, `only ${tally.fast} of ${runs} took the fast path`);
    assert.ok(tally.withCommands > runs / 20, `only ${tally.withCommands} fast ones had commands`);
    assert.ok(tally.slow > runs / 10, `only ${tally.slow} of ${runs} took the slow path`);
    console.log(
      `plain formulas: ${runs} runs, ${tally.fast} took the fast path (${tally.withCommands} with commands), ${tally.slow} the slow one`,
    );
  });
});
