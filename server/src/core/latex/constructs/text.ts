/**
 * `\text{…}` (and `\textrm`, `\mbox`…; one 'text' token from the tokenizer). A word or a few words
 * without surrounding spaces name a quantity: `\frac{\text{miles}}{\text{gallon}}`,
 * `R_{\text{s}}`, `\text{det}(A)`. Prose — text with surrounding spaces or starting with a
 * connective (`\text{ for } x > 0`, `\text{if}`) — is not an operand: at the top level it starts the
 * formula's annotation (index.ts). Text in a superscript is a label, never a power.
 */
import type { Construct, Parser } from '../parser';
import { KNOWN_FUNCTIONS } from '../names';
import type { MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';
import { parseFunctionRest } from './functions';
import { parseIdentifierTail } from './scripts';

const CONNECTIVES = new Set([
  'and',
  'or',
  'for',
  'if',
  'iff',
  'when',
  'whenever',
  'where',
  'with',
  'since',
  'because',
  'as',
  'so',
  'then',
  'otherwise',
  'else',
  'unless',
  'such',
  'given',
  'assume',
  'assuming',
  'let',
  'define',
  'all',
  'some',
  'is',
  'are',
  'by',
  'on',
  'in',
  'of',
  'at',
  'to',
  'from',
  'hence',
  'thus',
  'therefore',
  'mod',
  'i.e.',
  'e.g.',
]);

const NAME = /^[A-Za-z][A-Za-z0-9]*(?: [A-Za-z][A-Za-z0-9]*){0,3}$/;

/** Text that reads as prose (an annotation) rather than the name of a quantity. */
export function isProse(text: string): boolean {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return true;
  if (!NAME.test(trimmed)) return true;
  return CONNECTIVES.has(trimmed.split(' ')[0].toLowerCase());
}

/** The name a text stands for: trimmed, inner spaces collapsed (`\text { cap }` → `cap`). */
export function textName(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

export const textConstruct: Construct = {
  commands: ['#text'],
  startsOperand(_p: Parser, token: Token): boolean {
    return !isProse(token.value);
  },
  parse(p: Parser, token: Token): MathNode {
    if (isProse(token.value)) p.failAt(token, 'text in formula');
    if (p.scriptDepth > 0) p.failAt(token, 'text in a superscript');
    p.next();
    const text = textName(token.value);
    const fn = KNOWN_FUNCTIONS[text];
    if (fn !== undefined && (p.parenAhead() || p.sympyGroupAhead()))
      return parseFunctionRest(p, text, fn, token.start);
    const base = text.length === 1 ? text : `\\text{${text}}`;
    return parseIdentifierTail(p, base, token.start, token.end);
  },
};

const NUMERAL = /^\s*\d+(?:\.\d+)?\s*$/;

const isBlankText = (t: Token | undefined) => t?.kind === 'text' && t.value.trim() === '';
const isWordText = (t: Token | undefined) =>
  t?.kind === 'text' && t.value.trim() !== '' && !NUMERAL.test(t.value);

/**
 * Screen-reader LaTeX spells a phrase a word at a time: `\text{area}\textrm{ }\text{of}` is the
 * text `area of`, and `\text{16}` is the number 16. In place: a blank text between two texts of
 * words joins them; a text that is a numeral becomes a number; a blank text beside another text
 * is only a space (the token after it is spaced).
 */
export function joinTexts(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const [word, blank, next] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (isWordText(word) && isBlankText(blank) && isWordText(next)) {
      const value = `${word.value} ${next.value}`;
      tokens.splice(i, 3, { kind: 'text', value, start: word.start, end: next.end });
      i--;
    } else if (word.kind === 'text' && NUMERAL.test(word.value)) {
      tokens[i] = { ...word, kind: 'number', value: word.value.trim() };
    }
  }
  for (let i = tokens.length - 1; i >= 0; i--) {
    const besideText = tokens[i - 1]?.kind === 'text' || tokens[i + 1]?.kind === 'text';
    if (!isBlankText(tokens[i]) || !besideText || tokens[i + 1] === undefined) continue;
    tokens[i + 1] = { ...tokens[i + 1], spaced: true };
    tokens.splice(i, 1);
  }
}
