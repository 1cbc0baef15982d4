import type { Finding } from '../findings';
import type { MathContext } from '../macros/mathContext';
import type { KatexMacros } from '../macros/katexMacros';
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
): Finding | undefined {
  const shared = context.katex.macros;
  const mutates = definesGlobally.test(input.text) || documentMacros.some((name) => context.katex.mutating.has(name));
  const macros = mutates ? { ...shared } : shared;
  const error = parse(input.text, display, macros);
  if (!error) return undefined;

  const inInput = errorIsInInput(error, input.text);
  const candidates = documentMacros.filter((name) => context.katex.opaque.has(name));
  if (candidates.length > 0) {
    const withoutMacros = parse(input.text, display, context.katex.withOpaque());
    if (!withoutMacros || !(inInput && sameError(error, withoutMacros))) {
      const culprit = withoutMacros
        ? undefined
        : candidates.slice(0, 8).find((name) => !parse(input.text, display, context.katex.withOpaque([name])));
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
          ? [{ uri: where.uri, start: where.definition.start, end: where.definition.end, message: `${name} is defined here` }]
          : undefined,
      };
    }
  }

  if (!inInput) {
    return {
      code: 'katex.unsupported-construct',
      start: input.sourceStart,
      end: input.sourceEnd,
      message: `KaTeX cannot render this formula: ${error.rawMessage}`,
    };
  }
  const position = error.position ?? 0;
  let start = input.toSource(position);
  let end = input.toSource(position + (error.length ?? 0));
  if (end <= start) {
    // "at end of input" and zero-width errors: point at the last character before the spot.
    start = Math.max(input.sourceStart, Math.min(start, input.sourceEnd) - (position >= input.text.length ? 1 : 0));
    end = Math.min(input.sourceEnd, start + 1);
  }
  if (katexLimitations.some((pattern) => pattern.test(error.rawMessage))) {
    return { code: 'katex.unsupported-construct', start, end, message: `KaTeX does not support this (LaTeX does): ${error.rawMessage}` };
  }
  return { code: 'latex.parse-error', start, end, message: error.rawMessage };
}
