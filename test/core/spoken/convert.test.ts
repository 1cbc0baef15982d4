import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import katex from 'katex';
import { convertSpoken } from '../../../server/src/core/spoken/convert';
import { sameRendering } from '../convert/sameRendering';

const timeBoundMs = 3000;

function timed(text: string) {
  const started = performance.now();
  const result = convertSpoken(text);
  return { result, ms: performance.now() - started };
}

const sentence =
  'x squared plus the square root of y over two minus sine of theta equals open paren a close paren ,';

/** [name, input, a finding code the result must carry (or undefined)]. */
const badInputs: [string, string, string | undefined][] = [
  ['empty', '', 'spoken.empty'],
  ['only spaces', '   \t ', 'spoken.empty'],
  ['only punctuation', ',,, . ; :', undefined],
  ['unknown words', 'blorp zing x', 'spoken.unknown-word'],
  [
    'words before a relation said by a construct',
    'evaluated from such that',
    'spoken.unknown-word',
  ],
  ['unbalanced open paren', 'open paren x plus 1', 'spoken.unclosed-group'],
  ['unopened close paren', 'x plus 1 close paren', 'spoken.unopened-group'],
  ['10,000 words', Array.from({ length: 1000 }, () => sentence).join(' '), undefined],
  ['5,000 open parens', 'open paren '.repeat(5000), 'spoken.too-deep'],
  ['3,000 nested roots', 'the square root of '.repeat(3000), 'spoken.too-deep'],
  ['4,000 nested fractions', 'StartFraction '.repeat(4000), 'spoken.too-deep'],
  ['1,000 nested integrals', 'the integral from 0 to 1 of '.repeat(1000), 'spoken.too-deep'],
  ['10,000 commas', ', '.repeat(10000), undefined],
  // Arguments, lists and conditions look back over what they read: each look-back is bounded.
  [
    '3,000 applications with commas',
    Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? 'open paren' : 'f of x comma')).join(' '),
    undefined,
  ],
  ['2,000 conditions', 'P of A given B '.repeat(2000), undefined],
  ['operators only', 'plus times over equals sub squared', undefined],
  [
    'scope words only',
    'end root end fraction end exponent Baseline EndFraction',
    'spoken.unknown-word',
  ],
  ['stray LaTeX and symbols', String.raw`x \frac{ } $ & # % ~ ^ _`, undefined],
  ['emoji and other scripts', 'x 😀 plus ÿ 中文', 'spoken.unknown-word'],
  ['primes with nothing before them', "″ plus ' plus the laplacian of '", undefined],
  ['a prime alone with two scripts', '″ sub a squared', undefined],
  ['20 nested functions of matrices', 'end determinant of '.repeat(20), undefined],
  [
    'a root index with a bracket',
    'RootIndex open bracket V close bracket StartRoot x EndRoot',
    undefined,
  ],
  // Constructs that need a later word ("over", "to", "and", "approaches") nested without it.
  ['40 fractions without "over"', 'the fraction x '.repeat(40), undefined],
  ['40 limits without "approaches"', 'the limit of x as '.repeat(40), undefined],
  ['40 intervals without "to"', 'the interval from x '.repeat(40), undefined],
  ['40 dot products without "and"', 'the dot product of x '.repeat(40), undefined],
  ['40 differences without "and"', 'the difference of x '.repeat(40), undefined],
  ['40 conditions without a second case', 'x if '.repeat(40), undefined],
  ['40 accents without "With"', 'ModifyingAbove x '.repeat(40), undefined],
  ['40 root indices without a root', 'RootIndex x '.repeat(40), undefined],
  ['40 bras without a ket', 'bra x, '.repeat(40), undefined],
  ['a named set raised twice', 'the complement of the negative real numbers squared', undefined],
];

describe('convertSpoken on bad input', () => {
  for (const [name, input, code] of badInputs) {
    it(`${name}: a result, not an exception, within ${timeBoundMs} ms`, () => {
      const { result, ms } = timed(input);
      assert.equal(typeof result.latex, 'string');
      assert.ok(ms < timeBoundMs, `took ${ms.toFixed(0)} ms`);
      // The converter catches its own failures; none may happen.
      assert.ok(!result.findings.some((f) => f.code === 'spoken.internal-error'), name);
      assert.doesNotThrow(
        () => katex.renderToString(result.latex, { throwOnError: true, strict: 'ignore' }),
        result.latex.slice(0, 200),
      );
      if (code !== undefined)
        assert.ok(
          result.findings.some((f) => f.code === code),
          `no ${code} in ${JSON.stringify(result.findings.slice(0, 3))}`,
        );
      for (const finding of result.findings) {
        assert.ok(
          finding.start >= 0 && finding.start <= finding.end && finding.end <= input.length,
          `span of ${finding.code}`,
        );
      }
    });
  }
});

describe('convertSpoken findings and alternatives', () => {
  it('keeps an unknown word as text and points at it (UTF-16 offsets)', () => {
    const input = 'é x plus blorp';
    const result = convertSpoken(input);
    assert.ok(result.latex.includes(String.raw`\text{blorp}`));
    const flagged = result.findings
      .filter((f) => f.code === 'spoken.unknown-word')
      .map((f) => input.slice(f.start, f.end));
    assert.deepEqual(flagged, ['é', 'blorp']);
  });

  it('keeps prose between statements and predicates as text without a finding, but not a trailing join', () => {
    for (const input of [
      'x is positive and y is negative',
      'x squared for x greater than 0',
      'n is even',
    ]) {
      const result = convertSpoken(input);
      assert.match(result.latex, /\\text\{ (?:and|for|is even)/, input);
      assert.deepEqual(result.findings, [], input);
    }
    const trailing = convertSpoken('x when');
    assert.equal(trailing.findings[0]?.code, 'spoken.unknown-word');
  });

  it('writes no fraction or root with a part not said, and says so at the word', () => {
    for (const [input, word] of [
      ['over 2', 'over'],
      ['x squared slash', 'slash'],
      ['M N slash slash minus x', 'slash'],
      ['the square root of', 'of'],
      ['x plus the cube root of.', 'of'],
    ]) {
      const result = convertSpoken(input);
      assert.ok(
        !/\\(?:frac|sqrt(?:\[3\])?)\{\}|\{\}\}/.test(result.latex),
        `${input}: ${result.latex}`,
      );
      const finding = result.findings.find((f) => f.code === 'spoken.unknown-word');
      assert.ok(finding !== undefined, input);
      assert.equal(input.slice(finding.start, finding.end), word, input);
      assert.match(finding.message, /without what it applies to/, input);
    }
  });

  it('keeps an operator said without one of its sides as the word, and says so at it', () => {
    for (const [input, word, latex] of [
      ['times 3', 'times', String.raw`\text{times } 3`],
      ['x times', 'times', String.raw`x \text{ times}`],
      ['factorial', 'factorial', String.raw`\text{factorial}`],
      ['n choose', 'choose', String.raw`n \text{ choose}`],
      ['x sub equals 2', 'sub', String.raw`x \text{ sub} = 2`],
      ['the inverse function', 'inverse', String.raw`\text{inverse function}`],
    ]) {
      const result = convertSpoken(input);
      assert.equal(result.latex, latex, input);
      const finding = result.findings.find((f) => f.code === 'spoken.unknown-word');
      assert.equal(finding && input.slice(finding.start, finding.end), word, input);
    }
  });

  it('reads an initialism in capitals as letters, not as a hesitation', () => {
    assert.equal(convertSpoken('rho sub ER equals 2').latex, String.raw`\rho_{ER} = 2`);
    assert.equal(convertSpoken('x er equals 2').latex, 'x = 2');
  });

  it('reports an unclosed group from the first word of its opener', () => {
    for (const [input, opener] of [
      ['x plus open paren y', 'open paren'],
      ['the sum, left parenthesis a plus b', 'left parenthesis'],
      ['2 times left bracket z', 'left bracket'],
    ]) {
      const finding = convertSpoken(input).findings.find((f) => f.code === 'spoken.unclosed-group');
      assert.ok(finding !== undefined, input);
      assert.equal(finding.start, input.indexOf(opener), input);
    }
  });

  it('offers the other reading of "a over b c"', () => {
    const result = convertSpoken('a over b c');
    assert.ok(sameRendering(String.raw`\frac{a}{bc}`, result.latex), result.latex);
    assert.ok(
      result.alternatives.some((alternative) =>
        sameRendering(String.raw`\frac{a}{b} c`, alternative),
      ),
      result.alternatives.join(' | '),
    );
  });

  it('reads sums around an inline "over" as numerator and denominator, and keeps the literal reading', () => {
    const result = convertSpoken('x minus 1 over x plus 1');
    assert.ok(sameRendering(String.raw`\frac{x-1}{x+1}`, result.latex), result.latex);
    assert.ok(
      result.alternatives.some((alternative) =>
        sameRendering(String.raw`x - \frac{1}{x} + 1`, alternative),
      ),
      result.alternatives.join(' | '),
    );
  });

  it('reads a variable term with a constant after "over" as a denominator, and keeps the literal reading', () => {
    const result = convertSpoken('x over x squared minus 1');
    assert.ok(sameRendering(String.raw`\frac{x}{x^2-1}`, result.latex), result.latex);
    assert.ok(
      result.alternatives.some((alternative) =>
        sameRendering(String.raw`\frac{x}{x^2} - 1`, alternative),
      ),
      result.alternatives.join(' | '),
    );
  });

  it('leaves the name said before a formula out of the LaTeX, reports it once and keeps it as a runner-up', () => {
    for (const [input, expected, label] of [
      [
        "Coulomb's law equals F equals k q over r squared",
        String.raw`F = \frac{kq}{r^2}`,
        "Coulomb's law equals",
      ],
      ['Polynomial: 2 x cubed plus 4', '2x^3 + 4', 'Polynomial:'],
      [
        'group velocity equals d omega by d k',
        String.raw`\frac{d\omega}{dk}`,
        'group velocity equals',
      ],
      ['Digamma function, psi of z equals 1', String.raw`\psi(z) = 1`, 'Digamma function,'],
      [
        'the uncertainty principle states that delta x delta p is at least 1',
        String.raw`\Delta x \Delta p \geq 1`,
        'the uncertainty principle states that',
      ],
    ]) {
      const result = convertSpoken(input);
      assert.ok(sameRendering(expected, result.latex), `${input}: ${result.latex}`);
      const labels = result.findings.filter((f) => f.code === 'spoken.label');
      assert.deepEqual(
        labels.map((f) => input.slice(f.start, f.end)),
        [label],
        input,
      );
      assert.ok(!result.findings.some((f) => f.code === 'spoken.unknown-word'), input);
      assert.ok(
        result.alternatives.some((alternative) => alternative.includes('\\text{')),
        input,
      );
    }
  });

  it('keeps words that are part of the formula', () => {
    for (const [input, expected] of [
      [
        'speed equals distance over time',
        String.raw`\text{speed} = \frac{\text{distance}}{\text{time}}`,
      ],
      ['Hence, x equals 2', String.raw`\text{Hence}, x = 2`],
      [
        'simple interest equals principal times rate',
        String.raw`\text{simple interest} = \text{principal} \text{rate}`,
      ],
      ['height is h', String.raw`\text{height} = h`],
      [
        'the fixing term in electrodynamics is 1 over xi',
        String.raw`\text{fixing term} \in \text{electrodynamics} = \frac{1}{\xi}`,
      ],
      ['x: y', 'x, y'],
    ]) {
      const result = convertSpoken(input);
      assert.ok(sameRendering(expected, result.latex), `${input}: ${result.latex}`);
      assert.ok(!result.findings.some((f) => f.code === 'spoken.label'), input);
    }
  });

  it('offers a list reading of commas', () => {
    const result = convertSpoken('b, n, p, q belong to the reals');
    assert.ok(sameRendering(String.raw`b, n, p, q \in \mathbb{R}`, result.latex), result.latex);
    assert.ok(result.alternatives.length > 0);
  });

  it('gives alternatives different from the best reading, at most three', () => {
    for (const input of ['a over b c', 'x, y', 'the square root of x, plus 1']) {
      const result = convertSpoken(input);
      assert.ok(result.alternatives.length <= 3);
      assert.ok(!result.alternatives.includes(result.latex));
    }
  });

  it('says the form is spoken', () => {
    assert.equal(convertSpoken('x').form, 'spoken');
  });

  it('converts a typical sentence well under a millisecond on average', () => {
    const inputs = [
      'x squared plus one',
      'the integral from 0 to 1 of x squared d x',
      'the fraction with numerator a plus b, and denominator c',
    ];
    const rounds = 200;
    const started = performance.now();
    for (let i = 0; i < rounds; i++) for (const input of inputs) convertSpoken(input);
    const perConversion = (performance.now() - started) / (rounds * inputs.length);
    assert.ok(perConversion < 5, `${perConversion.toFixed(3)} ms per conversion`);
  });
});
