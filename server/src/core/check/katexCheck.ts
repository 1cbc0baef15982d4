import type { Finding } from '../findings';
import type { MathContext } from '../macros/mathContext';
import { PLACEHOLDER, type KatexMacros } from '../macros/katexMacros';
import { readDefinition } from '../regions/latexDefinitions';
import { asKatexError, katexParse, type KatexError } from '../render/katexApi';
import type { KatexInput } from './katexInput';
import type { MathToken } from './mathTokens';

/** KaTeX rejects these although LaTeX accepts them: KaTeX's limits, reported as hints. */
const katexLimitations: readonly RegExp[] = [
  /^Invalid size: /,
  /^Unknown column alignment: /,
  /^Invalid delimiter type/,
  /^Unsupported /,
];

const EXPANSION_LIMIT = 10_000;
const definingCommandSource =
  /\\(?:newcommand|renewcommand|providecommand|def|gdef|edef|xdef|let|DeclareMathOperator)(?![a-zA-Z@])/
    .source;
const definingCommand = new RegExp(definingCommandSource, 'g');
/**
 * A cheap first look: most formulas define nothing. The same pattern as the search, so that \left
 * or a \defeq of the document's does not send the formula to the definition readers.
 */
const mayDefine = new RegExp(definingCommandSource);

/**
 * Names a formula defines itself. Markdown keeps a formula's definitions for the whole document,
 * so the table already holds them; KaTeX must meet them undefined, as the renderer does, or
 * \newcommand would complain that they exist.
 */
function namesDefinedIn(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(definingCommand)) {
    const read = readDefinition(text, match.index, match[0], match.index + match[0].length);
    for (const definition of read?.definitions ?? []) names.push(definition.name);
  }
  return names;
}
const definesGlobally = /\\(?:gdef|xdef|global)(?![a-zA-Z@])/;

function parse(input: string, display: boolean, macros: KatexMacros): KatexError | undefined {
  try {
    katexParse(input, {
      displayMode: display,
      throwOnError: true,
      strict: 'ignore',
      trust: false,
      maxExpand: EXPANSION_LIMIT,
      macros,
    });
    return undefined;
  } catch (error) {
    return (
      asKatexError(error) ?? {
        message: String(error),
        rawMessage: `KaTeX failed: ${error instanceof Error ? error.message : String(error)}`,
        position: undefined,
        length: undefined,
      }
    );
  }
}

/**
 * Whether KaTeX's error points into `input` itself rather than into a macro's body. KaTeX quotes
 * the text around the error from the token's own source; rebuild that quote from `input` and compare.
 */
export function errorIsInInput(error: KatexError, input: string): boolean {
  const start = error.position;
  if (start === undefined) return false;
  const end = start + (error.length ?? 0);
  if (end > input.length) return false;
  let expected = `KaTeX parse error: ${error.rawMessage}`;
  expected += start === input.length ? ' at end of input: ' : ` at position ${start + 1}: `;
  const underlined = input.slice(start, end).replace(/[^]/g, '$&\u0332');
  const left = start > 15 ? `…${input.slice(start - 15, start)}` : input.slice(0, start);
  const right = end + 15 < input.length ? `${input.slice(end, end + 15)}…` : input.slice(end);
  return error.message === expected + left + underlined + right;
}

function sameError(a: KatexError, b: KatexError): boolean {
  return a.rawMessage === b.rawMessage && a.position === b.position;
}

/**
 * Runs KaTeX on the formula and turns a failure into one finding: an error when the formula itself
 * is wrong whatever its macros expand to, a hint when the failure lies in a macro's expansion or in
 * what KaTeX does not support.
 */
export function katexCheck(
  input: KatexInput,
  display: boolean,
  context: MathContext,
  documentMacros: readonly string[],
  tokens: readonly MathToken[],
  unknownNames: readonly string[] = [],
): Finding | undefined {
  const shared = withStandIns(context.katex.macros, unknownNames);
  const mutates =
    definesGlobally.test(input.text) ||
    documentMacros.some((name) => context.katex.mutating.has(name));
  const ownDefinitions = mayDefine.test(input.text) ? namesDefinedIn(input.text) : [];
  const macros = mutates || ownDefinitions.length > 0 ? { ...shared } : shared;
  for (const name of ownDefinitions) delete macros[name];
  const error = parse(input.text, display, macros);
  if (!error) return undefined;

  const located = locateError(error, input, tokens);
  // KaTeX gives no position for some errors but names the construct ("\tag works only in display
  // equations"): found in the formula, they are the formula's own.
  const inInput =
    errorIsInInput(error, input.text) || (error.position === undefined && located !== undefined);
  const candidates = documentMacros.filter((name) => context.katex.opaque.has(name));
  if (candidates.length > 0) {
    const opaque = (names?: readonly string[]) => {
      const table = withStandIns(context.katex.withOpaque(names), unknownNames);
      if (ownDefinitions.length === 0) return table;
      const copy = { ...table };
      for (const name of ownDefinitions) delete copy[name];
      return copy;
    };
    const withoutMacros = parse(input.text, display, opaque());
    if (!withoutMacros || !(inInput && sameError(error, withoutMacros))) {
      const culprit = withoutMacros
        ? undefined
        : candidates.slice(0, 8).find((name) => !parse(input.text, display, opaque([name])));
      const name = culprit ?? candidates[0];
      const use = tokens.find((token) => token.kind === 'command' && token.name === name);
      const where = context.commands.get(name);
      return {
        code: 'katex.macro-unrenderable',
        start: use?.start ?? input.sourceStart,
        end: use?.end ?? input.sourceEnd,
        message: culprit
          ? `KaTeX cannot expand ${name}: ${error.rawMessage}`
          : `KaTeX cannot expand this formula's macros: ${error.rawMessage}`,
        related: where
          ? [
              {
                uri: where.uri,
                start: where.definition.start,
                end: where.definition.end,
                message: `${name} is defined here`,
              },
            ]
          : undefined,
      };
    }
  }

  if (!inInput || !located) {
    return {
      code: 'katex.unsupported-construct',
      start: input.sourceStart,
      end: input.sourceEnd,
      message: `KaTeX cannot render this formula: ${error.rawMessage}`,
    };
  }
  if (isKatexLimitation(error.rawMessage)) {
    return {
      code: 'katex.unsupported-construct',
      ...located,
      message: `KaTeX does not support this (LaTeX does): ${error.rawMessage}`,
    };
  }
  return { code: 'latex.parse-error', ...located, message: error.rawMessage };
}

/** The macros with a placeholder for each unknown name (a copy: the shared table stays as it is). */
function withStandIns(macros: KatexMacros, names: readonly string[]): KatexMacros {
  if (names.length === 0) return macros;
  const copy = { ...macros };
  for (const name of names) copy[name] ??= PLACEHOLDER;
  return copy;
}

/** Whether KaTeX rejects something LaTeX accepts (its limits, reported as hints). */
function isKatexLimitation(message: string): boolean {
  // fil, fill and filll glue, and true-units, are TeX's; KaTeX reads their first two letters.
  return (
    katexLimitations.some((pattern) => pattern.test(message)) ||
    /^Invalid unit: '(?:fi|tr)'/.test(message)
  );
}

function isSpace(character: string | undefined): boolean {
  return character === ' ' || character === '\t' || character === '\n' || character === '\r';
}

/**
 * Where in the source a KaTeX error belongs. Running out of input means something before the end
 * wanted more: the last command (\frac{1}, \hat, a macro short of arguments) or an unclosed [.
 */
function locateError(
  error: KatexError,
  input: KatexInput,
  tokens: readonly MathToken[],
): { start: number; end: number } | undefined {
  if (error.position === undefined) {
    const named = /(\\[a-zA-Z]+)|\{([a-zA-Z*]+)\}/.exec(error.rawMessage);
    const token = named?.[1]
      ? tokens.find((candidate) => candidate.kind === 'command' && candidate.name === named[1])
      : tokens.find((candidate) => candidate.kind === 'begin' && candidate.name === named?.[2]);
    return token ? { start: token.start, end: token.end } : undefined;
  }
  if (error.position >= input.text.length) {
    if (/expected '\]'/.test(error.rawMessage)) {
      const bracket = input.text.lastIndexOf('[');
      if (bracket >= 0) return { start: input.toSource(bracket), end: input.toSource(bracket) + 1 };
    }
    for (let i = tokens.length - 1; i >= 0; i--) {
      const token = tokens[i];
      if (token.kind === 'command') return { start: token.start, end: token.end };
      if (token.kind === 'left' || token.kind === 'middle' || token.kind === 'right') {
        return { start: token.start, end: token.start + token.kind.length + 1 };
      }
    }
    const last = Math.max(input.sourceStart, input.sourceEnd - 1);
    return { start: last, end: input.sourceEnd };
  }
  const start = input.toSource(error.position);
  let end = input.toSource(error.position + (error.length ?? 0));
  while (end > start + 1 && isSpace(input.document[end - 1])) end--;
  return { start, end: Math.max(end, Math.min(start + 1, input.sourceEnd)) };
}
