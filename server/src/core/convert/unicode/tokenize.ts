/**
 * Unicode math (mixed with ASCII calculator notation) → tokens with UTF-16 offsets into the
 * source. Runs of script characters are one token (`x₁₀`, `e⁻ˣ`, `xⁿ⁺¹`); precomposed accented
 * letters are split into the letter and its accent (ā → a + U+0304); characters are looked up in
 * the tables (characters.ts); what no table knows is an `unknown` token for a finding.
 */
import scriptTable from './scripts.json';
import separatorTable from './separators.json';
import asciiRelations from '../asciiRelations.json';
import { accentCommand, characterLatex } from './characters';

export type TokenKind =
  /** A letter, a symbol, a command: `latex` is its LaTeX. */
  | 'symbol'
  | 'number'
  /** ASCII letters, two or more: a function name, a Greek name, or a word (structure.ts). */
  | 'word'
  /** An operator or relation: numerators and denominators stop here. */
  | 'separator'
  | 'superscript'
  | 'subscript'
  /** A combining accent: `latex` is the command (\bar). */
  | 'accent'
  | 'open'
  | 'close'
  | 'slash'
  | 'caret'
  | 'underscore'
  /** √ ∛ ∜: `latex` is the index ('' for a square root). */
  | 'root'
  /** `'`, `′`, `!`: written after what they apply to. */
  | 'postfix'
  | 'space'
  | 'unknown';

export interface Token {
  kind: TokenKind;
  latex: string;
  start: number;
  end: number;
}

const SUPERSCRIPTS: Readonly<Record<string, string>> = scriptTable.superscripts;
const SUBSCRIPTS: Readonly<Record<string, string>> = scriptTable.subscripts;
const SEPARATORS: ReadonlySet<string> = new Set(separatorTable.separators);
const RELATIONS: Readonly<Record<string, string>> = asciiRelations;
const RELATION_SPELLINGS = Object.keys(RELATIONS).sort((a, b) => b.length - a.length);
export const ROOTS: Readonly<Record<string, string>> = { '√': '', '∛': '3', '∜': '4' };
const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);
export const SLASHES: ReadonlySet<string> = new Set(['/', '⁄', '∕']);
const PRIMES: Readonly<Record<string, string>> = {
  "'": "'",
  '′': "'",
  '″': "''",
  '‴': "'''",
  '!': '!',
};

/** Scripts are joined into LaTeX: `\alpha` then `n` needs a space between them. */
export function joinLatex(left: string, right: string): string {
  return /\\[a-zA-Z]+$/.test(left) && /^[a-zA-Z0-9]/.test(right)
    ? `${left} ${right}`
    : left + right;
}

function scriptRun(text: string, i: number, table: Readonly<Record<string, string>>) {
  let latex = '';
  let end = i;
  while (end < text.length && Object.hasOwn(table, text[end])) {
    latex = joinLatex(latex, table[text[end]]);
    end++;
  }
  return { latex, end };
}

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
}

export function tokenizeUnicode(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, latex: string, start: number, end: number) =>
    tokens.push({ kind, latex, start, end });
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const codePoint = text.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const character = text.slice(i, i + width);
    const start = i;

    if (/\s/.test(ch) || characterLatex(ch) === ' ') {
      while (i < text.length && (/\s/.test(text[i]) || characterLatex(text[i]) === ' ')) i++;
      push('space', ' ', start, i);
      continue;
    }
    if (characterLatex(ch) === '') {
      i++; // zero-width joiners and invisible operators
      continue;
    }
    if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      const match = /^[0-9]*\.?[0-9]+|^[0-9]+/.exec(text.slice(i, i + 400))!;
      i += match[0].length;
      push('number', match[0], start, i);
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      while (i < text.length && /[A-Za-z]/.test(text[i])) i++;
      push(i - start === 1 ? 'symbol' : 'word', text.slice(start, i), start, i);
      continue;
    }
    if (ch === '\\') {
      const command = /^\\(?:[A-Za-z]+|.)/s.exec(text.slice(i, i + 100))![0];
      i += command.length;
      push('symbol', command, start, i);
      continue;
    }
    const relation = RELATION_SPELLINGS.find((spelling) => text.startsWith(spelling, i));
    if (relation !== undefined && (relation.length > 1 || ch !== '=')) {
      i += relation.length;
      push('separator', RELATIONS[relation], start, i);
      continue;
    }
    if (Object.hasOwn(SUPERSCRIPTS, ch) || Object.hasOwn(SUBSCRIPTS, ch)) {
      const table = Object.hasOwn(SUPERSCRIPTS, ch) ? SUPERSCRIPTS : SUBSCRIPTS;
      const run = scriptRun(text, i, table);
      i = run.end;
      push(table === SUPERSCRIPTS ? 'superscript' : 'subscript', run.latex, start, i);
      continue;
    }
    i += width;
    if (ch === '*' && text[i] === '*') {
      i++;
      push('caret', '^', start, i);
    } else if (ch === '^') push('caret', '^', start, i);
    else if (ch === '_') push('underscore', '_', start, i);
    else if (SLASHES.has(ch)) push('slash', '/', start, i);
    else if (OPEN.has(ch)) push('open', ch, start, i);
    else if (CLOSE.has(ch)) push('close', ch, start, i);
    else if (Object.hasOwn(ROOTS, ch)) push('root', ROOTS[ch], start, i);
    else if (Object.hasOwn(PRIMES, ch)) push('postfix', PRIMES[ch], start, i);
    else if (accentCommand(ch) !== undefined) push('accent', accentCommand(ch)!, start, i);
    else if (ch === '=' || ch === '+' || ch === '-' || ch === ',' || ch === ';' || ch === ':')
      push('separator', ch, start, i);
    else if (ch === '|' || ch === '.' || ch === '?' || ch === '@' || ch === '"')
      push('symbol', ch, start, i);
    else if (characterLatex(character) !== undefined) {
      const latex = characterLatex(character)!;
      push(SEPARATORS.has(latex) ? 'separator' : 'symbol', latex, start, i);
    } else {
      const decomposed = character.normalize('NFD');
      const marks = [...decomposed.slice(1)].map(accentCommand);
      if (
        decomposed.length > 1 &&
        /^[A-Za-z]$/.test(decomposed[0]) &&
        marks.every((m) => m !== undefined)
      ) {
        push('symbol', decomposed[0], start, i);
        for (const mark of marks) push('accent', mark, start, i);
      } else push('unknown', isControl(codePoint) ? '' : character, start, i);
    }
  }
  return tokens;
}
