import katex from 'katex';

/** The options of KaTeX's parser that MathLens uses (KaTeX's typings omit __parse). */
export interface KatexParseOptions {
  displayMode?: boolean;
  throwOnError?: boolean;
  strict?:
    | 'ignore'
    | 'warn'
    | 'error'
    | ((
        code: string,
        message: string,
        token: unknown,
      ) => 'ignore' | 'warn' | 'error' | boolean | undefined);
  macros?: Record<string, unknown>;
  globalGroup?: boolean;
  maxExpand?: number;
  trust?: boolean;
}

/** A node of KaTeX's parse tree (only what MathLens reads). */
export interface KatexNode {
  type: string;
  loc?: { start: number; end: number };
  [key: string]: unknown;
}

interface KatexInternals {
  __parse(input: string, options: KatexParseOptions): KatexNode[];
}

/** KaTeX's parser alone: what the checker and the benchmark baseline both call. */
export function katexParse(input: string, options: KatexParseOptions): KatexNode[] {
  return (katex as unknown as KatexInternals).__parse(input, options);
}

export const KatexParseError = katex.ParseError;

export interface KatexError {
  message: string;
  rawMessage: string;
  position: number | undefined;
  length: number | undefined;
}

/** KaTeX's ParseError, typed; undefined for anything else (a KaTeX bug: rethrow or report). */
export function asKatexError(error: unknown): KatexError | undefined {
  if (!(error instanceof KatexParseError)) return undefined;
  const parseError = error as unknown as KatexError;
  return {
    message: parseError.message,
    rawMessage: parseError.rawMessage ?? parseError.message,
    position: parseError.position,
    length: parseError.length,
  };
}

export const katexVersion: string = katex.version;

/**
 * KaTeX's own macro table (\, \tmspace, \dots…), which KaTeX does not export: read from the
 * expander that a macro function is called with. Empty if KaTeX's inside changed shape.
 */
export function katexBuiltinMacros(): Readonly<Record<string, unknown>> {
  let builtins: unknown;
  const probe = (context: { macros?: { builtins?: unknown } }) => {
    builtins = context.macros?.builtins;
    return '';
  };
  try {
    katexParse('\\mathlens@probe', { macros: { '\\mathlens@probe': probe }, strict: 'ignore' });
  } catch {
    // Nothing to read: KaTeX macros stay as KaTeX has them.
  }
  return typeof builtins === 'object' && builtins !== null
    ? (builtins as Record<string, unknown>)
    : {};
}
