/** The environments and commands that steer the LaTeX scanner. */

interface MathEnvironment {
  display: boolean;
  /** Arguments between \begin{…} and the formula: none, one braced ({2} of alignat), one optional. */
  args: 'none' | 'braced' | 'optional';
}

function entries<T>(names: string[], value: T): [string, T][] {
  return names.map((name) => [name, value]);
}

/** Environments that open math from text. */
export const mathEnvironments: ReadonlyMap<string, MathEnvironment> = new Map<
  string,
  MathEnvironment
>([
  ...entries<MathEnvironment>(
    [
      'equation',
      'equation*',
      'align',
      'align*',
      'flalign',
      'flalign*',
      'gather',
      'gather*',
      'multline',
      'multline*',
      'eqnarray',
      'eqnarray*',
      'displaymath',
      'dgroup',
      'dgroup*',
      'darray',
      'darray*',
    ],
    { display: true, args: 'none' },
  ),
  ...entries<MathEnvironment>(
    ['alignat', 'alignat*', 'xalignat', 'xalignat*', 'xxalignat', 'IEEEeqnarray', 'IEEEeqnarray*'],
    { display: true, args: 'braced' },
  ),
  ...entries<MathEnvironment>(['dmath', 'dmath*', 'dseries', 'dseries*'], {
    display: true,
    args: 'optional',
  }),
  ['math', { display: false, args: 'none' }],
]);

/** Environments whose bodies are not LaTeX: skipped whole. */
export const verbatimEnvironments: ReadonlySet<string> = new Set([
  'verbatim',
  'verbatim*',
  'Verbatim',
  'Verbatim*',
  'BVerbatim',
  'LVerbatim',
  'SaveVerbatim',
  'lstlisting',
  'minted',
  'comment',
  'filecontents',
  'filecontents*',
  'spverbatim',
  'alltt',
  'luacode',
  'luacode*',
  'pycode',
  'sagesilent',
  'sageblock',
  'asy',
  'dot2tex',
  'gnuplot',
  'tcblisting',
  'codeblock',
  'html',
  'latexonly',
  'rawhtml',
]);

/** Commands whose argument is verbatim: the delimiter is the next character. */
export const inlineVerbatimCommands: ReadonlySet<string> = new Set([
  '\\verb',
  '\\lstinline',
  '\\mintinline',
  '\\Verb',
]);

/** Commands whose braced argument is raw text (URLs, paths): skipped without interpretation. */
export const rawArgumentCommands: ReadonlySet<string> = new Set([
  '\\url',
  '\\href',
  '\\path',
  '\\includegraphics',
  '\\includepdf',
  '\\bibliography',
  '\\addbibresource',
  '\\graphicspath',
]);

/**
 * Commands inside math whose braced argument is text mode, where $ opens math again. The value is
 * how many arguments come before the text one (\parbox{width}{text}).
 */
export const textModeCommands: ReadonlyMap<string, number> = new Map<string, number>([
  ...entries(
    [
      '\\text',
      '\\textrm',
      '\\textbf',
      '\\textit',
      '\\textsf',
      '\\texttt',
      '\\textnormal',
      '\\textup',
      '\\textmd',
      '\\textsl',
      '\\textsc',
      '\\emph',
      '\\mbox',
      '\\hbox',
      '\\fbox',
      '\\intertext',
      '\\shortintertext',
      '\\vbox',
      '\\footnote',
      '\\textsuperscript',
      '\\textsubscript',
      '\\tag',
      '\\framebox',
      '\\makebox',
    ],
    0,
  ),
  ...entries(['\\parbox', '\\raisebox', '\\textcolor', '\\colorbox'], 1),
]);

/** Commands that cannot appear inside math: meeting one means the formula was never closed. */
export const mathBreakingCommands: ReadonlySet<string> = new Set([
  '\\par',
  '\\section',
  '\\subsection',
  '\\subsubsection',
  '\\chapter',
  '\\part',
  '\\paragraph',
  '\\subparagraph',
  '\\item',
  '\\maketitle',
  '\\documentclass',
  '\\usepackage',
  '\\newcommand',
  '\\renewcommand',
  '\\bibliography',
  '\\printbibliography',
]);

/** Text-level environments: meeting one inside math means the formula was never closed. */
export const textEnvironments: ReadonlySet<string> = new Set([
  'document',
  'itemize',
  'enumerate',
  'description',
  'figure',
  'figure*',
  'table',
  'table*',
  'abstract',
  'center',
  'flushleft',
  'flushright',
  'quote',
  'quotation',
  'verse',
  'proof',
  'thebibliography',
  'tabular',
  'minipage',
]);

/** Environments made to sit inside a formula (matrices, cases, aligned…). */
export const innerMathEnvironments: ReadonlySet<string> = new Set([
  'matrix',
  'pmatrix',
  'bmatrix',
  'Bmatrix',
  'vmatrix',
  'Vmatrix',
  'smallmatrix',
  'matrix*',
  'pmatrix*',
  'bmatrix*',
  'Bmatrix*',
  'vmatrix*',
  'Vmatrix*',
  'cases',
  'cases*',
  'dcases',
  'dcases*',
  'rcases',
  'rcases*',
  'drcases',
  'aligned',
  'alignedat',
  'gathered',
  'split',
  'multlined',
  'array',
  'darray',
  'subarray',
  'CD',
  'psmallmatrix',
  'bsmallmatrix',
  'vsmallmatrix',
  'Bsmallmatrix',
  'Vsmallmatrix',
  'tabular',
]);

interface Trie {
  [character: string]: Trie | true;
}

/** A regex alternation of words, nested by common prefixes so a mismatch fails at once. */
function alternation(words: readonly string[]): string {
  const root: Trie = {};
  for (const word of words) {
    let node = root;
    for (const character of word) {
      const next = node[character];
      node = next === undefined || next === true ? (node[character] = {}) : next;
    }
    node[''] = true;
  }
  const build = (node: Trie): string => {
    const branches = Object.keys(node)
      .filter((key) => key !== '')
      .map((key) => key + build(node[key] as Trie));
    if (branches.length === 0) return '';
    const group = branches.length === 1 && !node[''] ? branches[0] : `(?:${branches.join('|')})`;
    return node[''] ? `${group.startsWith('(?:') ? group : `(?:${group})`}?` : group;
  };
  return build(root);
}

/**
 * A global regex that finds, from lastIndex, the next place a scanner must look at: the given
 * characters, a blank line (a paragraph break), the control symbols that matter — `symbols`, plus
 * \$, \% and \\ (and \{ \} when braces count), matched whole so an escaped delimiter is never
 * mistaken for one — and the named control words. Everything else, ordinary text and the
 * thousands of other commands, is skipped inside the regex engine.
 */
export function stopPattern(
  characters: string,
  symbols: string,
  words: Iterable<string>,
  paragraphs = true,
  /** Further alternatives after the backslash, as regex source (e.g. specific \begin{…}). */
  extra = '',
): RegExp {
  const escape = (chars: string) => chars.replace(/[\]\\^[-]/g, '\\$&');
  const names = alternation([...new Set([...words].map((word) => word.replace(/^\\/, '')))]);
  const escaped = `$%${characters.includes('{') ? '{}' : ''}${symbols}`;
  // A lone \r must not be followed by \n: else backtracking reads one CRLF as two line breaks.
  const lineBreak = '(?:\\r\\n|\\r(?!\\n)|\\n)';
  const blankLine = paragraphs ? `${lineBreak}[ \\t]*${lineBreak}|` : '';
  // \\ matters only where it would otherwise pair its second backslash with what follows.
  return new RegExp(
    `[${escape(characters)}]|${blankLine}\\\\(?:\\\\(?=[\\\\${escape(escaped)}])|[${escape(escaped)}]${names ? `|${names}(?![a-zA-Z@])` : ''}${extra ? `|${extra}` : ''})`,
    'g',
  );
}

/**
 * An inline $…$ formula holding nothing a scanner must track — no $, %, blank line, escaped
 * delimiter, or any of `trackedWords` (text commands, environments…) — matched whole inside the
 * regex engine. The common formula then costs one match instead of a scan.
 */
export function simpleInlineMath(trackedWords: Iterable<string>): string {
  const names = alternation([...new Set([...trackedWords].map((word) => word.replace(/^\\/, '')))]);
  // The letters of a command are taken whole ((?![a-zA-Z@]) forbids giving some back to the loop
  // as plain characters): else a formula that fails to close tries every way to split its command
  // names, and a dozen of them before a % took minutes.
  const command = String.raw`\\(?:(?!${names}(?![a-zA-Z@]))[a-zA-Z@]+(?![a-zA-Z@])|[^$%()[\]\\\r\na-zA-Z@])`;
  const newline = String.raw`(?:\r?\n|\r)(?![ \t]*(?:\r?\n|\r))`;
  return String.raw`\$(?!\$)(?:[^$\\%\r\n]|${command}|${newline})*\$`;
}

/** \begin{…} or \end{…} of exactly these environments, as regex source. */
export function environmentPattern(command: 'begin' | 'end', names: Iterable<string>): string {
  const alternatives = [...names].map((name) => name.replace(/[*]/g, '\\*')).join('|');
  return `${command}\\s*\\{(?:${alternatives})\\}`;
}
