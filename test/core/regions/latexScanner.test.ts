import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { scanDocument } from '../../../server/src/core/regions/scannedDocument';
import type { MathRegion, ScanItem } from '../../../server/src/core/regions/types';

function regions(text: string): MathRegion[] {
  return scanDocument('latex', text).items.filter(
    (item): item is MathRegion => item.kind === 'math',
  );
}

function contents(text: string): string[] {
  return regions(text).map((region) => text.slice(region.contentStart, region.contentEnd));
}

function findings(text: string): string[] {
  return scanDocument('latex', text)
    .items.filter((item): item is Extract<ScanItem, { kind: 'finding' }> => item.kind === 'finding')
    .map((item) => item.finding.code);
}

describe('LaTeX scanner: region forms', () => {
  const cases: {
    name: string;
    text: string;
    contents: string[];
    display?: boolean[];
    delimiters?: string[];
  }[] = [
    {
      name: 'inline dollars',
      text: String.raw`a $x+1$ b`,
      contents: ['x+1'],
      display: [false],
      delimiters: ['dollar'],
    },
    {
      name: 'display dollars',
      text: String.raw`a $$x$$ b`,
      contents: ['x'],
      display: [true],
      delimiters: ['double-dollar'],
    },
    {
      name: 'paren',
      text: String.raw`a \(x\) b`,
      contents: ['x'],
      display: [false],
      delimiters: ['paren'],
    },
    {
      name: 'bracket',
      text: String.raw`a \[x\] b`,
      contents: ['x'],
      display: [true],
      delimiters: ['bracket'],
    },
    {
      name: 'equation',
      text: String.raw`\begin{equation}x=1\end{equation}`,
      contents: ['x=1'],
      display: [true],
    },
    { name: 'equation*', text: String.raw`\begin{equation*}x\end{equation*}`, contents: ['x'] },
    {
      name: 'align',
      text: String.raw`\begin{align}a&=b\\c&=d\end{align}`,
      contents: [String.raw`a&=b\\c&=d`],
    },
    { name: 'align*', text: String.raw`\begin{align*}a&=b\end{align*}`, contents: ['a&=b'] },
    {
      name: 'gather',
      text: String.raw`\begin{gather}a\\b\end{gather}`,
      contents: [String.raw`a\\b`],
    },
    { name: 'gather*', text: String.raw`\begin{gather*}a\end{gather*}`, contents: ['a'] },
    {
      name: 'multline',
      text: String.raw`\begin{multline}a\\b\end{multline}`,
      contents: [String.raw`a\\b`],
    },
    { name: 'multline*', text: String.raw`\begin{multline*}a\end{multline*}`, contents: ['a'] },
    {
      name: 'eqnarray',
      text: String.raw`\begin{eqnarray}a&=&b\end{eqnarray}`,
      contents: ['a&=&b'],
    },
    { name: 'eqnarray*', text: String.raw`\begin{eqnarray*}a\end{eqnarray*}`, contents: ['a'] },
    { name: 'math', text: String.raw`\begin{math}x\end{math}`, contents: ['x'], display: [false] },
    {
      name: 'displaymath',
      text: String.raw`\begin{displaymath}x\end{displaymath}`,
      contents: ['x'],
      display: [true],
    },
    {
      name: 'alignat skips its column count',
      text: String.raw`\begin{alignat}{2}a&=b\end{alignat}`,
      contents: ['a&=b'],
    },
    { name: 'flalign', text: String.raw`\begin{flalign}a&=b\end{flalign}`, contents: ['a&=b'] },
    {
      name: 'ensuremath',
      text: String.raw`\ensuremath{x^2} text`,
      contents: ['x^2'],
      delimiters: ['ensuremath'],
    },
    { name: 'two inline', text: String.raw`$a$ and $b$`, contents: ['a', 'b'] },
    { name: 'escaped dollar is text', text: String.raw`costs \$5 and $x$`, contents: ['x'] },
    { name: 'comment hides math', text: 'a % $x$\n$y$', contents: ['y'] },
    { name: 'escaped percent is not a comment', text: String.raw`50\% $x$`, contents: ['x'] },
    { name: 'comment inside math hides a dollar', text: '$a % $\nb$', contents: ['a % $\nb'] },
    {
      name: 'verbatim is skipped',
      text: '\\begin{verbatim}$x$\\end{verbatim} $y$',
      contents: ['y'],
    },
    {
      name: 'lstlisting is skipped',
      text: '\\begin{lstlisting}\n$x\n\\end{lstlisting}$y$',
      contents: ['y'],
    },
    {
      name: 'minted is skipped',
      text: '\\begin{minted}{python}\nx = "$"\n\\end{minted}$y$',
      contents: ['y'],
    },
    {
      name: 'comment environment is skipped',
      text: '\\begin{comment}$x$\\end{comment}$y$',
      contents: ['y'],
    },
    { name: '\\verb is skipped', text: String.raw`\verb|$x| $y$`, contents: ['y'] },
    { name: '\\verb* is skipped', text: String.raw`\verb*+$+ $y$`, contents: ['y'] },
    { name: '\\url is skipped', text: String.raw`\url{a$b%c} $y$`, contents: ['y'] },
    { name: '\\iffalse is skipped', text: String.raw`\iffalse $x$ \fi $y$`, contents: ['y'] },
    {
      name: 'text island keeps nested math inside',
      text: String.raw`$a \text{ if $b$ } c$`,
      contents: [String.raw`a \text{ if $b$ } c`],
    },
    {
      name: 'mbox island',
      text: String.raw`\[ x \mbox{for $y>0$} \]`,
      contents: [String.raw` x \mbox{for $y>0$} `],
    },
    {
      name: 'aligned inside equation',
      text: String.raw`\begin{equation}\begin{aligned}a&=b\end{aligned}\end{equation}`,
      contents: [String.raw`\begin{aligned}a&=b\end{aligned}`],
    },
    {
      name: 'nested same-name environment',
      text: String.raw`\begin{equation}\begin{equation}x\end{equation}\end{equation}`,
      contents: [String.raw`\begin{equation}x\end{equation}`],
    },
    {
      name: 'macro definition bodies are not math',
      text: String.raw`\newcommand{\x}{$a$} $b$`,
      contents: ['b'],
    },
    { name: '\\def bodies are not math', text: String.raw`\def\x#1{$#1$} $b$`, contents: ['b'] },
    { name: 'CRLF line endings', text: '$a$\r\n\r\n$b$', contents: ['a', 'b'] },
    { name: 'astral characters keep UTF-16 offsets', text: '𝔸 $𝔹+x$ 𝔸', contents: ['𝔹+x'] },
  ];
  for (const testCase of cases) {
    it(testCase.name, () => {
      const found = regions(testCase.text);
      assert.deepEqual(contents(testCase.text), testCase.contents);
      if (testCase.display)
        assert.deepEqual(
          found.map((region) => region.display),
          testCase.display,
        );
      if (testCase.delimiters)
        assert.deepEqual(
          found.map((region) => region.delimiter),
          testCase.delimiters,
        );
      for (const region of found) assert.equal(region.terminated, true);
    });
  }

  it('records text islands and inner environments', () => {
    const text = String.raw`\begin{align}x&=\text{$y$ if}\\ \begin{cases}a\\b\end{cases}\end{align}`;
    const [region] = regions(text);
    assert.deepEqual(
      region.textIslands.map((span) => text.slice(span.start, span.end)),
      ['$y$ if'],
    );
    assert.deepEqual(
      region.innerEnvironments.map((env) => env.name),
      ['cases'],
    );
    assert.equal(
      text.slice(region.innerEnvironments[0].start, region.innerEnvironments[0].end),
      String.raw`\begin{cases}a\\b\end{cases}`,
    );
  });

  it('covers the delimiters in the region span', () => {
    const text = String.raw`ab \[x\] cd`;
    const [region] = regions(text);
    assert.equal(text.slice(region.start, region.end), String.raw`\[x\]`);
  });
});

describe('LaTeX scanner: broken input', () => {
  it('reports an unterminated $ and stops at the paragraph end', () => {
    const text = 'a $x + y\n\nnext paragraph $z$';
    assert.deepEqual(findings(text), ['latex.unterminated-math']);
    const found = regions(text);
    assert.equal(found[0].terminated, false);
    assert.equal(text.slice(found[0].contentStart, found[0].contentEnd), 'x + y');
    assert.deepEqual(contents(text).slice(1), ['z']);
  });

  it('reports \\begin{align} with no end', () => {
    const text = '\\begin{align}\na &= b\n\nMore text $x$.';
    assert.deepEqual(findings(text), ['latex.unterminated-math']);
    assert.deepEqual(contents(text).slice(1), ['x']);
  });

  it('stops an unterminated formula at a sectioning command', () => {
    const text = '\\[ a + b \\section{Next} $c$';
    assert.deepEqual(findings(text), ['latex.unterminated-math']);
    assert.deepEqual(contents(text).slice(1), ['c']);
  });

  it('reports a blank line inside display math that is closed later', () => {
    const text = '\\begin{equation}\na\n\nb\n\\end{equation}';
    assert.deepEqual(findings(text), ['latex.blank-line-in-math']);
    assert.equal(regions(text)[0].terminated, true);
  });

  it('reads a CRLF line break inside math as one line, and two as a blank line', () => {
    for (const text of ['$a \\text{b}\r\nc$', '\\[a \\text{b}\r\nc\\]', '\\[a \\text{b}\rc\\]']) {
      assert.deepEqual(findings(text), [], JSON.stringify(text));
      assert.deepEqual(contents(text).length, 1);
    }
    for (const text of [
      '\\[a \\text{b}\r\n\r\nc\\]',
      '\\[a \\text{b}\r \r\nc\\]',
      '\\[a \\text{b}\r\rc\\]',
    ])
      assert.deepEqual(findings(text), ['latex.blank-line-in-math'], JSON.stringify(text));
  });

  it('reports closers with no opener', () => {
    assert.deepEqual(findings(String.raw`text \] more \) and \end{equation}`), [
      'latex.unmatched-math-close',
      'latex.unmatched-math-close',
      'latex.unmatched-math-close',
    ]);
  });

  const hostile: { name: string; text: string }[] = [
    { name: '10,000 nested braces', text: `$${'{'.repeat(10_000)}x${'}'.repeat(10_000)}$` },
    { name: '10,000 unclosed braces', text: `$${'{'.repeat(10_000)}x$` },
    { name: '10,000 nested \\text islands', text: `$${String.raw`\text{`.repeat(10_000)}x` },
    { name: 'a 5 MB single line', text: `${'word $x^2$ '.repeat(500_000)}` },
    { name: 'a 5 MB line of unterminated \\(', text: String.raw`\( a `.repeat(1_000_000) },
    {
      name: 'binary bytes',
      text: Array.from({ length: 100_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(
        '',
      ),
    },
    { name: 'lone surrogates and a trailing backslash', text: '\ud800$x\udc00$\\' },
    { name: 'only delimiters', text: '$$$$$$\\(\\)\\[\\]$' },
    {
      name: '20,000 definitions whose bodies never close',
      text: '\\newcommand{\\a}{'.repeat(20_000),
    },
    { name: '50,000 \\input{ never closed', text: '\\input{'.repeat(50_000) },
    { name: '50,000 \\url{ never closed', text: '\\url{'.repeat(50_000) },
    { name: '50,000 \\verb on one line', text: '\\verb|'.repeat(50_000) },
    { name: '50,000 \\def without a body', text: '\\def\\x'.repeat(50_000) },
    // Each command name could be split between the letters of a command and plain characters.
    {
      name: 'an inline formula of 40 commands that a % keeps open',
      text: `$${'\\alpha'.repeat(40)} % x$`,
    },
  ];
  for (const { name, text } of hostile) {
    it(`survives ${name} quickly`, () => {
      const started = performance.now();
      const scan = scanDocument('latex', text);
      const elapsed = performance.now() - started;
      assert.ok(Array.isArray(scan.items));
      for (const item of scan.items)
        assert.ok(item.start >= 0 && item.end <= text.length && item.start <= item.end);
      assert.ok(elapsed < 3000, `took ${elapsed} ms`);
    });
  }
});

describe('LaTeX scanner: definitions and references', () => {
  function items(text: string) {
    return scanDocument('latex', text).items;
  }

  it('reads \\newcommand with arguments and an optional default', () => {
    const [definition] = items(String.raw`\newcommand{\id}[3][]{#2 =_{#1} #3}`);
    assert.equal(definition.kind, 'definition');
    if (definition.kind !== 'definition') return;
    assert.equal(definition.name, '\\id');
    assert.equal(definition.arity, 3);
    assert.equal(definition.optionalDefault, '');
    assert.equal(definition.body, '#2 =_{#1} #3');
  });

  it('reads \\def with a delimited parameter text', () => {
    const [definition] = items(String.raw`\def\lamarg#1:#2\endlam{#1}`);
    assert.ok(definition.kind === 'definition');
    assert.equal(definition.name, '\\lamarg');
    assert.equal(definition.arity, 2);
    assert.equal(definition.parameterText, '#1:#2\\endlam');
  });

  it('reads \\let in both spellings, \\DeclareMathOperator and \\DeclarePairedDelimiter', () => {
    const found = items(
      String.raw`\let\a\b \let\c=\d \DeclareMathOperator*{\argmax}{arg\,max} \DeclarePairedDelimiter{\abs}{\lvert}{\rvert}`,
    );
    const definitions = found.filter((item) => item.kind === 'definition');
    assert.deepEqual(
      definitions.map((item) => item.kind === 'definition' && [item.name, item.style, item.body]),
      [
        ['\\a', 'let', '\\b'],
        ['\\c', 'let', '\\d'],
        ['\\argmax', 'operator', 'arg\\,max'],
        ['\\abs', 'paired-delimiter', '#1'],
      ],
    );
  });

  it('reports an unreadable definition and keeps scanning', () => {
    const found = items(String.raw`\newcommand{\broken}[x]{y} $z$`);
    assert.ok(
      found.some(
        (item) => item.kind === 'finding' && item.finding.code === 'macro.unreadable-definition',
      ),
    );
    assert.ok(found.some((item) => item.kind === 'math'));
  });

  it('finds \\input, \\include, \\usepackage lists, \\documentclass and the magic root', () => {
    const found = items(
      '% !TEX root = ../main.tex\n\\documentclass[a4]{article}\n\\usepackage[x]{amsmath, local}\n\\input{chap/one}\n\\include{two}\n\\input three\n',
    );
    const summary = found.map((item) =>
      item.kind === 'reference'
        ? `${item.command}:${item.target}`
        : item.kind === 'root-directive'
          ? `root:${item.target}`
          : item.kind,
    );
    assert.deepEqual(summary, [
      'root:../main.tex',
      'class:article',
      'package:amsmath',
      'package:local',
      'input:chap/one',
      'include:two',
      'input:three',
    ]);
  });
});
