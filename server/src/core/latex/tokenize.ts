/** LaTeX math → tokens with UTF-16 offsets into the source. Never throws. */

export type TokenKind =
  | 'command' // \name or \<symbol>; `value` is the name without the backslash
  | 'letter'
  | 'number' // `value` is the digits with grouping removed: 1{,}000 and 1\,000 → "1000"
  | 'open' // {
  | 'close' // }
  | 'sup' // ^
  | 'sub' // _
  | 'prime' // '
  | 'amp' // &
  | 'rowsep' // \\
  | 'text' // \text{…}, \textrm{…}, \mbox{…}: `value` is the raw content between the braces
  | 'punct' // any other single character: + - * / = < > ( ) [ ] | , ; : ! .
  | 'eof';

export interface Token {
  kind: TokenKind;
  value: string;
  start: number;
  end: number;
  /** An explicit space (`\,`, `\;`, `\quad`…) stands before the token: `\sin x \, y` ends at x. */
  spaced?: boolean;
}

/** Spacing commands that separate what is written around them. */
const SPACES = new Set([
  ',',
  ';',
  ':',
  ' ',
  '>',
  'quad',
  'qquad',
  'thinspace',
  'medspace',
  'thickspace',
  'enspace',
]);

/** Commands that only change spacing or size: dropped by the tokenizer. */
const IGNORED_COMMANDS = new Set([
  ...SPACES,
  '!',
  'negthinspace',
  'displaystyle',
  'textstyle',
  'scriptstyle',
  'limits',
  'nolimits',
  'big',
  'Big',
  'bigg',
  'Bigg',
  'bigl',
  'bigr',
  'Bigl',
  'Bigr',
  'biggl',
  'biggr',
  'Biggl',
  'Biggr',
  'bigm',
  'nonumber',
  'notag',
  'mathstrut',
  'strut',
  'relax',
]);

/** Commands whose braced argument is prose: one 'text' token. */
const TEXT_COMMANDS = new Set([
  'text',
  'textrm',
  'textit',
  'textbf',
  'textnormal',
  'textup',
  'mbox',
]);

/** Commands whose argument may be one digit of a number written after them (`\frac12`). */
const DIGIT_ARGUMENT_COMMANDS = new Set(['frac', 'dfrac', 'tfrac', 'cfrac', 'sqrt', 'binom']);

function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const spaceEnds: number[] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    const ch = source[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '~') {
      i++;
      continue;
    }
    if (ch === '%') {
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    if (ch === '\\') {
      const start = i;
      if (i + 1 >= n) {
        tokens.push({ kind: 'punct', value: '\\', start, end: n });
        i = n;
        continue;
      }
      const next = source[i + 1];
      if (next === '\\') {
        tokens.push({ kind: 'rowsep', value: '\\\\', start, end: i + 2 });
        i += 2;
        continue;
      }
      if (/[A-Za-z]/.test(next)) {
        let j = i + 1;
        while (j < n && /[A-Za-z]/.test(source[j])) j++;
        const name = source.slice(i + 1, j);
        if (TEXT_COMMANDS.has(name)) {
          let k = j;
          while (k < n && (source[k] === ' ' || source[k] === '\n')) k++;
          if (source[k] === '{') {
            let level = 0;
            let m = k;
            for (; m < n; m++) {
              if (source[m] === '\\') m++;
              else if (source[m] === '{') level++;
              else if (source[m] === '}' && --level === 0) break;
            }
            if (m < n) {
              tokens.push({ kind: 'text', value: source.slice(k + 1, m), start, end: m + 1 });
              i = m + 1;
              continue;
            }
          }
        }
        i = j;
        if (SPACES.has(name)) spaceEnds.push(j);
        if (!IGNORED_COMMANDS.has(name))
          tokens.push({ kind: 'command', value: name, start, end: j });
        continue;
      }
      i += 2;
      if (SPACES.has(next)) spaceEnds.push(i);
      if (!IGNORED_COMMANDS.has(next)) tokens.push({ kind: 'command', value: next, start, end: i });
      continue;
    }
    if (isDigit(ch) || (ch === '.' && isDigit(source[i + 1]))) {
      const start = i;
      let digits = '';
      let seenPoint = false;
      // A digit after `^`, `_` or `\frac` may be a one-digit argument (`x^2\,100`): no grouping.
      const before = tokens[tokens.length - 1];
      const groupable = !(
        before !== undefined &&
        (before.kind === 'sup' ||
          before.kind === 'sub' ||
          (before.kind === 'command' && DIGIT_ARGUMENT_COMMANDS.has(before.value)))
      );
      let grouped = false;
      while (i < n) {
        const c = source[i];
        if (isDigit(c)) {
          digits += c;
          i++;
        } else if (c === '.' && !seenPoint && isDigit(source[i + 1])) {
          seenPoint = true;
          digits += c;
          i++;
        } else if (source.startsWith('{,}', i) && isDigit(source[i + 3]) && !seenPoint) {
          i += 3;
        } else if (
          // 1\,000\,000: thin spaces group the digits in threes (SI); 12345\,678 is no grouping.
          source.startsWith('\\,', i) &&
          groupable &&
          !seenPoint &&
          (grouped || digits.length <= 3) &&
          /^\d{3}(?![\d.])/.test(source.slice(i + 2, i + 6))
        ) {
          grouped = true;
          i += 2;
        } else break;
      }
      tokens.push({ kind: 'number', value: digits, start, end: i });
      continue;
    }
    if (source.startsWith('...', i)) {
      // `1, 2, ..., n`: three full stops are an ellipsis.
      tokens.push({ kind: 'command', value: 'ldots', start: i, end: i + 3 });
      i += 3;
      continue;
    }
    const single: Partial<Record<string, TokenKind>> = {
      '{': 'open',
      '}': 'close',
      '^': 'sup',
      _: 'sub',
      "'": 'prime',
      '&': 'amp',
    };
    const kind = single[ch];
    // Surrogate pairs stay one token.
    const cp = source.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const text = source.slice(i, i + width);
    if (kind !== undefined) tokens.push({ kind, value: ch, start: i, end: i + 1 });
    else if (isLetter(text)) tokens.push({ kind: 'letter', value: text, start: i, end: i + width });
    else tokens.push({ kind: 'punct', value: text, start: i, end: i + width });
    i += width;
  }
  tokens.push({ kind: 'eof', value: '', start: n, end: n });
  markSpaced(tokens, spaceEnds);
  return tokens;
}

/** Flags each token that an explicit space command precedes (both lists are in source order). */
function markSpaced(tokens: Token[], spaceEnds: readonly number[]): void {
  let next = 0;
  let previousEnd = 0;
  for (const token of tokens) {
    while (next < spaceEnds.length && spaceEnds[next] <= previousEnd) next++;
    if (next < spaceEnds.length && spaceEnds[next] <= token.start) token.spaced = true;
    previousEnd = token.end;
  }
}
