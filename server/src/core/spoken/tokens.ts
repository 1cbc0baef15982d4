/**
 * The tokenizer: spoken text → words, numbers, pauses and symbols, each with its UTF-16 span.
 * Words are compared in lower case (`text`); `capital` keeps whether the speaker wrote a capital,
 * which decides "Omega" vs "omega". MathSpeak's nesting prefixes ("NestedStartRoot",
 * "StartStartFraction", "OverOver") are folded to their plain word: nesting is already told by
 * the bracketing words themselves.
 */
import scripts from '../convert/unicode/scripts.json';
import { braceGroupEnd } from '../latex/braceGroup';

export type TokenKind = 'word' | 'number' | 'pause' | 'stop' | 'symbol' | 'latex';

export interface Token {
  kind: TokenKind;
  /** Lower-case word, digits of a number, or the symbol itself. */
  text: string;
  /** The text as written (case kept). */
  raw: string;
  start: number;
  end: number;
  /** The word was written with a leading capital. */
  capital: boolean;
  /** The word was the first of its sentence (its capital may be the sentence's only). */
  sentenceStart: boolean;
  /** "third", "n-th", "2nd": the token names a position (to the third, the n-th root). */
  ordinal?: boolean;
  /** "three halves": a number token that is a fraction with this denominator. */
  denominator?: string;
  /** "three and one half": the whole part of a mixed number. */
  whole?: string;
  /** The word was joined to the one before it by a hyphen ("two" of "r-two"). */
  afterHyphen?: boolean;
}

const pieces =
  /\\[a-zA-Z]+|\\.|nest(?:ed)?\d+\p{L}+|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+|[\p{L}][\p{L}\p{M}'’]*(?:-[\p{L}\p{M}]+)*|[,;:]|\.{3}|\.|<=>|[<>!=]=|[-=]>|\S/giu;
const nesting =
  /^(?:nested|twice|thrice|\d)*(start|end|over)\1*(\w*)$|^(?:nested|twice|thrice|\d)+(\w+)$/;

/** "NestedStartRoot" → "startroot", "OverOver" → "over", "TwiceNestedRootIndex" → "rootindex". */
function foldNesting(word: string): string {
  const match = nesting.exec(word);
  if (match === null) return word;
  if (match[3] !== undefined) return match[3];
  return (match[1] ?? '') + (match[2] ?? '');
}

const environmentName = /\{([a-zA-Z*]+)\}/y;

/**
 * LaTeX typed among the words ("the Laurent series of \frac{1}{z}"): a command keeps its brace
 * groups, and \begin{env} runs to its \end{env}, so the formula passes through as written.
 */
function latexEnd(input: string, command: string, at: number): number {
  if (command === '\\begin') {
    environmentName.lastIndex = at;
    const name = environmentName.exec(input)?.[1];
    const end = `\\end{${name}}`;
    const close = name === undefined ? -1 : input.indexOf(end, at);
    return close === -1 ? at : close + end.length;
  }
  let end = at;
  while (input[end] === '{') {
    const close = braceGroupEnd(input, end);
    if (close === -1) break;
    end = close;
  }
  return end;
}

/**
 * "x² plus 1": Unicode scripts typed among the words are TeX's, ^{2}; the tokens cover the
 * characters they stand for.
 */
function unicodeScript(input: string, start: number): Token[] | undefined {
  const marks: [string, Readonly<Record<string, string>>][] = [
    ['^', scripts.superscripts],
    ['_', scripts.subscripts],
  ];
  for (const [mark, table] of marks) {
    let end = start;
    let written = '';
    while (end < input.length && Object.hasOwn(table, input[end])) {
      written += table[input[end]];
      end++;
    }
    if (end === start) continue;
    const at = (token: Token): Token => ({ ...token, start, end, sentenceStart: false });
    const symbol = (text: string) =>
      at({ kind: 'symbol', text, raw: text, start, end, capital: false, sentenceStart: false });
    return [symbol(mark), symbol('{'), ...tokenize(written).map(at), symbol('}')];
  }
  return undefined;
}

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  pieces.lastIndex = 0;
  for (let match = pieces.exec(input); match !== null; match = pieces.exec(input)) {
    const start = match.index;
    // Reads the script's characters with tokenize itself, so the shared pattern resumes after it.
    const script = unicodeScript(input, start);
    if (script !== undefined) {
      tokens.push(...script);
      pieces.lastIndex = script[0].end;
      continue;
    }
    let raw = match[0];
    if (/^\\[a-zA-Z]+$/.test(raw)) {
      raw = input.slice(start, latexEnd(input, raw, start + raw.length));
      pieces.lastIndex = start + raw.length;
    }
    const end = start + raw.length;
    const base = { raw, start, end, capital: false, sentenceStart };
    // A bracket or quote before the first word leaves that word the sentence's first: "(Theta sub 1, …".
    if (/^[\p{L}0-9]/u.test(raw)) sentenceStart = false;
    if (/^[0-9.]/.test(raw) && /[0-9]/.test(raw)) {
      tokens.push({ ...base, kind: 'number', text: raw });
    } else if (/^\p{L}/u.test(raw)) {
      const lower = raw.toLowerCase().replace(/’/g, "'");
      tokens.push({
        ...base,
        kind: 'word',
        text: foldNesting(lower),
        capital: raw[0] !== raw[0].toLowerCase(),
      });
    } else if (raw === ',' || raw === ';' || raw === ':') {
      tokens.push({ ...base, kind: 'pause', text: raw });
    } else if (raw === '.') {
      tokens.push({ ...base, kind: 'stop', text: raw });
      sentenceStart = true;
    } else if (raw.startsWith('\\') && raw.length > 2) {
      tokens.push({ ...base, kind: 'latex', text: match[0] });
    } else {
      tokens.push({ ...base, kind: 'symbol', text: raw === '...' ? '…' : raw });
    }
  }
  return tokens;
}
