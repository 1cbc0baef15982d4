import { katexBuiltinMacros, katexParse } from '../render/katexApi';
import type { KatexMacros } from './katexMacros';

/** A token of KaTeX's (only what a copy needs: its text, its place, and its class). */
interface KatexToken {
  text: string;
  loc: unknown;
  constructor: new (text: string, loc: unknown) => KatexToken;
}

/** A KaTeX expansion: tokens, last first, with the count of #n parameters they use. */
export interface LexedExpansion {
  tokens: KatexToken[];
  numArgs: number;
  /** What ends each parameter of a \def with delimited parameters. */
  delimiters?: unknown;
}

/** What a macro expands to for KaTeX: source to lex, or tokens. */
export type MacroResult = string | LexedExpansion;

/**
 * Runs TeX definitions (\gdef's) through KaTeX into a macro table; returns KaTeX's complaint, if
 * any.
 */
export function parseDefinitions(macros: KatexMacros, source: string): string | undefined {
  try {
    katexParse(source, {
      macros,
      globalGroup: true,
      throwOnError: true,
      strict: 'ignore',
      trust: false,
    });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** TeX's parameter text #from…#to. */
export function parameters(from: number, to: number): string {
  let text = '';
  for (let n = from; n <= to; n++) text += `#${n}`;
  return text;
}

/** `template`'s tokens, lexed by KaTeX through a \gdef, or undefined if KaTeX refuses it. */
export function lexTemplate(template: string, numArgs: number): LexedExpansion | undefined {
  const scratch: KatexMacros = {};
  const error = parseDefinitions(
    scratch,
    `\\gdef\\mathlens@template${parameters(1, numArgs)}{${template}}`,
  );
  const expansion = scratch['\\mathlens@template'] as LexedExpansion | undefined;
  return error === undefined && expansion ? { tokens: expansion.tokens, numArgs } : undefined;
}

/**
 * The expansion with tokens of its own. KaTeX lexes a string macro again at every use; tokens
 * lexed once can be handed out many times, but only as copies, because KaTeX changes the tokens it
 * is given: \noexpand marks one (and later renames it \relax), \global renames the \def after it.
 */
export function freshCopy(expansion: LexedExpansion): LexedExpansion {
  const { tokens } = expansion;
  const copies = new Array<KatexToken>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    copies[i] = new token.constructor(token.text, token.loc);
  }
  return { ...expansion, tokens: copies };
}

const handedOut = new WeakMap<object, LexedExpansion>();

/** A KaTeX macro that expands to fresh copies of `expansion`'s tokens. */
export function handOut(expansion: LexedExpansion): () => LexedExpansion {
  const macro = () => freshCopy(expansion);
  handedOut.set(macro, expansion);
  return macro;
}

/** The tokens a macro made by handOut expands to (\ifx compares meanings by them). */
export function handedOutExpansion(definition: unknown): LexedExpansion | undefined {
  return typeof definition === 'function' ? handedOut.get(definition) : undefined;
}

/** How many #n parameters KaTeX counts in a string macro (## is a literal #). */
function parameterCount(body: string): number {
  if (!body.includes('#')) return 0;
  const stripped = body.replace(/##/g, '');
  let count = 0;
  while (stripped.includes(`#${count + 1}`)) count++;
  return count;
}

/**
 * KaTeX's own string macros (\, is \tmspace+{3mu}{.1667em}, \tmspace a \TextOrMath…), each lexed
 * once and handed out as fresh tokens: a tenth of KaTeX's time on the HoTT book went to lexing
 * them again at every use. Bodies KaTeX's \gdef cannot hold (unbalanced braces, as \bgroup's) stay
 * KaTeX's.
 */
export const lexedBuiltins: Readonly<KatexMacros> = (() => {
  const lexed: KatexMacros = {};
  for (const [name, body] of Object.entries(katexBuiltinMacros())) {
    if (typeof body !== 'string' || !/^\\(?:[a-zA-Z@]+|.)$/.test(name)) continue;
    const expansion = lexTemplate(body, parameterCount(body));
    if (expansion) lexed[name] = handOut(expansion);
  }
  return lexed;
})();
