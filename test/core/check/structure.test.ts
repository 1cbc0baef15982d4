import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { tokenizeMath } from '../../../server/src/core/check/mathTokens';
import { checkStructure } from '../../../server/src/core/check/structure';
import { rangeOf } from './support';

type Code =
  'latex.unbalanced-brace' | 'latex.unbalanced-delimiter' | 'latex.unbalanced-environment';

/** [code, the token it must point at, which occurrence of that token (default 0)]. */
type Expected = [Code, string, number?];

function structureOf(source: string) {
  return checkStructure(tokenizeMath(source, 0, source.length), source);
}

function check(source: string, expected: Expected[]) {
  const actual = structureOf(source).map((finding) => [finding.code, finding.start, finding.end]);
  const wanted = expected.map(([code, token, nth]) => [code, ...rangeOf(source, token, nth ?? 0)]);
  assert.deepEqual(
    actual,
    wanted,
    `${source}: ${JSON.stringify(structureOf(source).map((f) => [f.code, source.slice(f.start, f.end)]))}`,
  );
}

describe('checkStructure: balanced formulas', () => {
  const balanced = [
    String.raw`{a}{b}`,
    String.raw`x^{2}_{i}`,
    String.raw`{{{a}}}`,
    String.raw`\{ a, b \}`,
    String.raw`\left( a \right)`,
    String.raw`\left. \frac{df}{dx} \right|_{x=0}`,
    String.raw`\left\{ x \right\}`,
    String.raw`\left\langle u \middle\vert v \right\rangle`,
    String.raw`\left( \left[ a \right] \right)`,
    String.raw`\left( \left[ a \right) \right]`, // TeX lets any delimiter close any other
    String.raw`\begin{matrix} a & b \\ c & d \end{matrix}`,
    String.raw`\begin{pmatrix} \begin{matrix} a \end{matrix} \end{pmatrix}`,
    String.raw`\begin{cases} \left( x \right) & x > 0 \end{cases}`,
    String.raw`\text{ \{ } x`,
    String.raw`\text{a $\left( b \right)$ c}`,
    String.raw`a % { an unclosed brace in a comment`,
    String.raw`a \% {b}`,
    String.raw`\\ {a}`,
    String.raw`\begin{aligned} a &= \left( b \right. \\ &\left. c \right) \end{aligned}`,
  ];
  for (const source of balanced) it(`accepts ${source}`, () => check(source, []));
});

describe('checkStructure: unpaired braces, delimiters and environments', () => {
  const cases: [string, Expected[]][] = [
    [String.raw`{a`, [['latex.unbalanced-brace', '{']]],
    [String.raw`a}`, [['latex.unbalanced-brace', '}']]],
    [String.raw`\frac{a}{b`, [['latex.unbalanced-brace', '{', 1]]],
    [String.raw`{{a}`, [['latex.unbalanced-brace', '{', 0]]],
    [String.raw`x^{2}}`, [['latex.unbalanced-brace', '}', 1]]],
    [
      String.raw`{a} } {`,
      [
        ['latex.unbalanced-brace', '}', 1],
        ['latex.unbalanced-brace', '{', 1],
      ],
    ],
    [String.raw`\{ a }`, [['latex.unbalanced-brace', '}']]],
    [String.raw`\left( a`, [['latex.unbalanced-delimiter', '\\left(']]],
    [String.raw`\left\langle a`, [['latex.unbalanced-delimiter', '\\left\\langle']]],
    [String.raw`a \right)`, [['latex.unbalanced-delimiter', '\\right)']]],
    [String.raw`a \middle| b`, [['latex.unbalanced-delimiter', '\\middle|']]],
    [String.raw`\left( a \right) \right)`, [['latex.unbalanced-delimiter', '\\right)', 1]]],
    [String.raw`\begin{matrix} a`, [['latex.unbalanced-environment', '\\begin{matrix}']]],
    [String.raw`a \end{matrix}`, [['latex.unbalanced-environment', '\\end{matrix}']]],
    [
      String.raw`\begin{cases} a & b \\ c & d`,
      [['latex.unbalanced-environment', '\\begin{cases}']],
    ],
    // One mistake, one finding: the \end that does not match, not also the \begin it fails to close.
    [
      String.raw`\begin{pmatrix} a \end{bmatrix}`,
      [['latex.unbalanced-environment', '\\end{bmatrix}']],
    ],
    [String.raw`\begin{matrix} { a \end{matrix}`, [['latex.unbalanced-brace', '{', 1]]],
    [String.raw`{ \begin{matrix} a }`, [['latex.unbalanced-environment', '\\begin{matrix}']]],
    [
      String.raw`{ \left( a } \right)`,
      [
        ['latex.unbalanced-delimiter', '\\left('],
        ['latex.unbalanced-delimiter', '\\right)'],
      ],
    ],
    [
      String.raw`\text{$\left( $} \right)`,
      [
        ['latex.unbalanced-delimiter', '\\left('],
        ['latex.unbalanced-delimiter', '\\right)'],
      ],
    ],
  ];
  for (const [source, expected] of cases) it(`reports ${source}`, () => check(source, expected));

  it('says what the unclosed group ran into', () => {
    const source = String.raw`\begin{matrix} { a \end{matrix}`;
    assert.match(structureOf(source)[0].message, /never closed before \\end\{matrix\}/);
    const crossed = String.raw`\begin{pmatrix} a \end{bmatrix}`;
    assert.ok(
      structureOf(crossed).some((finding) =>
        /does not match \\begin\{pmatrix\}/.test(finding.message),
      ),
    );
  });

  it('returns findings sorted by offset', () => {
    const findings = structureOf(String.raw`} \right) \end{x} {`);
    assert.equal(findings.length, 4);
    assert.deepEqual(
      findings.map((finding) => finding.start),
      [...findings.map((finding) => finding.start)].sort((a, b) => a - b),
    );
  });

  it('stays linear on deep nesting', () => {
    const source = '{'.repeat(20_000) + 'x' + '}'.repeat(19_999);
    const started = performance.now();
    const findings = structureOf(source);
    assert.equal(findings.length, 1);
    assert.deepEqual([findings[0].start, findings[0].end], [0, 1]);
    assert.ok(performance.now() - started < 1000);
  });
});

describe('tokenizeMath', () => {
  it('tracks text mode inside \\text and math mode inside its $…$', () => {
    const source = String.raw`a\text{b $c \alpha$ \beta}\gamma`;
    const commands = tokenizeMath(source, 0, source.length).filter(
      (token) => token.kind === 'command',
    );
    assert.deepEqual(
      commands.map((token) => [token.kind === 'command' && token.name, token.mode]),
      [
        ['\\text', 'math'],
        ['\\alpha', 'math'],
        ['\\beta', 'text'],
        ['\\gamma', 'math'],
      ],
    );
  });

  it('skips comments and reads environment names with their ranges', () => {
    const source = 'x % \\delta {\n\\begin{pmatrix}';
    const tokens = tokenizeMath(source, 0, source.length);
    assert.equal(tokens.length, 1);
    const [begin] = tokens;
    assert.equal(begin.kind, 'begin');
    if (begin.kind !== 'begin') return;
    assert.equal(begin.name, 'pmatrix');
    assert.equal(source.slice(begin.nameStart, begin.nameEnd), 'pmatrix');
    assert.equal(source.slice(begin.start, begin.end), '\\begin{pmatrix}');
  });

  it('takes the delimiter into a \\left token, so \\left\\{ opens no brace', () => {
    const source = String.raw`\left\{ x \right.`;
    assert.deepEqual(
      tokenizeMath(source, 0, source.length).map((token) => [
        token.kind,
        source.slice(token.start, token.end),
      ]),
      [
        ['left', '\\left\\{'],
        ['right', '\\right.'],
      ],
    );
  });

  it('tokenizes only [start, end)', () => {
    const source = '{ab}\\alpha{';
    assert.deepEqual(
      tokenizeMath(source, 1, 10).map((token) => token.kind),
      ['close', 'command'],
    );
  });
});
