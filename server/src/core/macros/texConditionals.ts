/**
 * TeX's conditionals (and xparse's \IfNoValueTF, \IfBooleanTF…) for KaTeX, which has none. Macro files test arguments with them (the HoTT
 * book's \lam checks for an empty argument with \if\relax\detokenize{#2}\relax), and a macro that
 * cannot expand cannot be rendered. These follow TeX's rules for \if, \ifx, \ifdefined, \ifmmode,
 * \iftrue, \iffalse, \else, \fi and \detokenize (whose specials come out as harmless characters);
 * \ifnum and \ifdim are not modelled and take their false branch.
 */

import { handedOutExpansion } from './lexedExpansions';

interface Token {
  text: string;
}

interface ConditionalContext {
  mode: string;
  popToken(): Token;
  future(): Token;
  expandNextToken(): Token;
  consumeArg(): { tokens: Token[] };
  consumeArgs(count: number): Token[][];
  isDefined(name: string): boolean;
  macros: { get(name: string): unknown };
}

const isControlSequence = (token: Token) => token.text.startsWith('\\') && token.text.length > 1;
const opensConditional = (token: Token) =>
  /^\\if[a-zA-Z@]*$/.test(token.text) && token.text !== '\\iff';

/** Skips the untaken branch: up to the matching \else (when `toElse`) or \fi, honouring nesting. */
function skipBranch(context: ConditionalContext, toElse: boolean): void {
  let depth = 0;
  for (let guard = 0; guard < 100_000; guard++) {
    const token = context.popToken();
    if (token.text === 'EOF') return;
    if (opensConditional(token)) depth++;
    else if (token.text === '\\fi') {
      if (depth === 0) return;
      depth--;
    } else if (token.text === '\\else' && depth === 0 && toElse) return;
  }
}

function branch(context: ConditionalContext, condition: boolean): string {
  if (!condition) skipBranch(context, true);
  return '';
}

/** The next token after expansion; KaTeX's expandNextToken removes it from the input. */
function nextExpanded(context: ConditionalContext): Token {
  return context.expandNextToken();
}

/** Two tokens match for \if when both are control sequences, or both the same character. */
function sameCharacter(a: Token, b: Token): boolean {
  if (isControlSequence(a) || isControlSequence(b))
    return isControlSequence(a) && isControlSequence(b);
  return a.text === b.text;
}

function sameMeaning(context: ConditionalContext, a: Token, b: Token): boolean {
  if (a.text === b.text) return true;
  const first = context.macros.get(a.text);
  const second = context.macros.get(b.text);
  if (first === undefined || second === undefined) return false;
  if (first === second) return true;
  const firstTexts = expansionTexts(first);
  const secondTexts = expansionTexts(second);
  // Functions (KaTeX's \TextOrMath, stand-ins) mean the same only when they are the same one.
  if (typeof firstTexts === 'function' || typeof secondTexts === 'function') return false;
  return JSON.stringify(firstTexts) === JSON.stringify(secondTexts);
}

function expansionTexts(definition: unknown): unknown {
  definition = handedOutExpansion(definition) ?? definition;
  if (typeof definition === 'object' && definition !== null && 'tokens' in definition) {
    return (definition as { tokens: Token[] }).tokens.map((token) => token.text);
  }
  return definition;
}

/** The text of an argument (KaTeX's stack order reversed), spaces dropped. */
function argumentText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => token.text)
    .reverse()
    .join('')
    .trim();
}

/** \IfNoValueTF{arg}{true}{false} and its relatives: pick a branch by the argument's text. */
function xparseTest(test: (text: string) => boolean, branches: 'TF' | 'T' | 'F') {
  return (context: ConditionalContext) => {
    const [argument, ...rest] = context.consumeArgs(branches === 'TF' ? 3 : 2);
    const holds = test(argumentText(argument));
    const chosen =
      branches === 'TF' ? rest[holds ? 0 : 1] : (branches === 'T') === holds ? rest[0] : [];
    return { tokens: chosen, numArgs: 0 };
  };
}

const isNoValue = (text: string) => text === '-NoValue-';
const isTrue = (text: string) => text === '\\BooleanTrue';

export const conditionalMacros: Record<
  string,
  (context: ConditionalContext) => string | { tokens: Token[]; numArgs: number }
> = {
  '\\if': (context) => branch(context, sameCharacter(nextExpanded(context), nextExpanded(context))),
  '\\ifx': (context) =>
    branch(context, sameMeaning(context, context.popToken(), context.popToken())),
  '\\ifdefined': (context) => branch(context, context.isDefined(context.popToken().text)),
  '\\ifmmode': (context) => branch(context, context.mode === 'math'),
  '\\iftrue': () => '',
  '\\iffalse': (context) => branch(context, false),
  '\\ifnum': (context) => branch(context, false),
  '\\ifdim': (context) => branch(context, false),
  '\\else': (context) => {
    skipBranch(context, false);
    return '';
  },
  '\\fi': () => '',
  '\\IfNoValueTF': xparseTest(isNoValue, 'TF'),
  '\\IfNoValueT': xparseTest(isNoValue, 'T'),
  '\\IfNoValueF': xparseTest(isNoValue, 'F'),
  '\\IfValueTF': xparseTest((text) => !isNoValue(text), 'TF'),
  '\\IfValueT': xparseTest((text) => !isNoValue(text), 'T'),
  '\\IfValueF': xparseTest((text) => !isNoValue(text), 'F'),
  '\\IfBooleanTF': xparseTest(isTrue, 'TF'),
  '\\IfBooleanT': xparseTest(isTrue, 'T'),
  '\\IfBooleanF': xparseTest(isTrue, 'F'),
  '\\BooleanTrue': () => '',
  '\\BooleanFalse': () => '',
  '\\detokenize': (context) => {
    const tokens = context.consumeArg().tokens.slice().reverse();
    let text = '';
    for (const [index, token] of tokens.entries()) {
      text += token.text;
      if (/^\\[a-zA-Z@]+$/.test(token.text) && index < tokens.length - 1) text += ' ';
    }
    // Other-category characters stand in for the specials, which KaTeX would read as commands.
    return text
      .replace(/\\/g, '/')
      .replace(/[{}]/g, '')
      .replace(/[$&#^_%~]/g, '?');
  },
};
