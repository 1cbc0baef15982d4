/**
 * Accents and alphabets make distinct identifiers: `\hat{x}`, `\bar x`, `\vec{v}`, `\dot x`,
 * `\mathbf{p}`, `\mathbb{R}`. `\mathrm{e}`/`\mathit{x}` of one letter is that letter.
 * An accent over an expression (`\overline{x+y}`) is Accent(x + y, \overline); an alphabet over
 * an expression is unsupported rather than an opaque atom.
 */
import type { Construct, Parser } from '../parser';
import { GREEK_SET } from '../names';
import { symbolNode, type MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';
import { canonicalText, parseIdentifierTail } from './scripts';

export const ACCENTS = [
  'hat',
  'widehat',
  'bar',
  'overline',
  'underline',
  'vec',
  'overrightarrow',
  'dot',
  'ddot',
  'tilde',
  'widetilde',
  'check',
  'breve',
  'acute',
  'grave',
  'mathring',
];
export const ALPHABETS = [
  'mathbf',
  'mathbb',
  'mathcal',
  'mathfrak',
  'mathscr',
  'mathsf',
  'mathtt',
  'mathit',
  'mathrm',
  'boldsymbol',
  'bm',
  'mathbfit',
  'pmb',
];
const PLAIN = new Set(['mathrm', 'mathit']);

function isNameToken(token: Token): boolean {
  return (
    token.kind === 'letter' ||
    token.kind === 'number' ||
    token.kind === 'sub' ||
    token.kind === 'open' ||
    token.kind === 'close' ||
    (token.kind === 'command' &&
      (GREEK_SET.has(token.value) ||
        ACCENTS.includes(token.value) ||
        ALPHABETS.includes(token.value)))
  );
}

export const accentConstruct: Construct = {
  commands: [...ACCENTS, ...ALPHABETS],
  parse(p: Parser, token: Token): MathNode {
    p.next();
    const argument = p.takeArgumentTokens();
    if (argument.tokens.length === 0) p.fail('empty argument', token.start, argument.end);
    if (!argument.tokens.every(isNameToken)) {
      // \bar{3 - 2i}, \overline{B_r(0)}: conjugate, closure, mean, segment… — the tree keeps
      // the accent over the expression, Accent(expr, \bar), and does not guess which.
      if (!ACCENTS.includes(token.value))
        p.fail(`\\${token.value} over an expression`, token.start, argument.end);
      const body = p.subParser(argument.tokens, argument.end).parseWhole();
      const accent = p.mark(symbolNode(`\\${token.value}`), token.start, token.end);
      return p.apply('Accent', [body, accent], token.start, argument.end);
    }
    const text = canonicalText(argument.tokens);
    const single = argument.tokens.length === 1 && argument.tokens[0].kind === 'letter';
    const base = PLAIN.has(token.value) && single ? text : `\\${token.value}{${text}}`;
    if (
      PLAIN.has(token.value) &&
      !single &&
      /^[A-Za-z]+$/.test(text) &&
      p.context.functions.has(text)
    ) {
      return parseIdentifierTail(p, text, token.start, argument.end);
    }
    return parseIdentifierTail(p, base, token.start, argument.end);
  },
};
