/**
 * Document macros for the parser: `\newcommand{\R}{\mathbb{R}}`, `\newcommand{\abs}[1]{\left|#1\right|}`
 * are expanded on tokens before parsing, so a formula reads as its author defined it. Expanded
 * tokens carry the span of the whole macro use (command and arguments); argument tokens keep their
 * own. Expansion is bounded in depth and size: a runaway (self-referential) macro is unsupported.
 */
import { Unsupported } from './parser';
import { tokenize, type Token } from './tokenize';

/** A macro as the parser takes it: its replacement text and number of arguments (#1…#9). */
export interface ParserMacro {
  body: string;
  arity: number;
}

/** Macros by control sequence with its backslash (`\R`), as KaTeX's `macros` option keys them. */
export type ParserMacros = ReadonlyMap<string, ParserMacro>;

const MAX_DEPTH = 16;
const MAX_TOKENS = 20000;

/** The argument at tokens[i]: a braced group's inside, or one token; and the index after it. */
function argumentAt(tokens: readonly Token[], i: number): { tokens: Token[]; next: number } {
  const first = tokens[i];
  if (first === undefined || first.kind === 'eof' || first.kind === 'close')
    throw new Unsupported('macro without its argument', first?.start ?? 0, first?.end ?? 0);
  if (first.kind !== 'open') return { tokens: [first], next: i + 1 };
  let level = 0;
  for (let k = i; k < tokens.length; k++) {
    if (tokens[k].kind === 'open') level++;
    if (tokens[k].kind === 'close' && --level === 0)
      return { tokens: tokens.slice(i + 1, k), next: k + 1 };
  }
  throw new Unsupported("unbalanced '{' in a macro argument", first.start, first.end);
}

/** The body's tokens with #n replaced by the arguments; every body token spans the use. */
function instantiate(macro: ParserMacro, args: Token[][], start: number, end: number): Token[] {
  const body = tokenize(macro.body);
  body.pop(); // eof
  const out: Token[] = [];
  for (let k = 0; k < body.length; k++) {
    const token = body[k];
    const digit = body[k + 1];
    if (token.kind === 'punct' && token.value === '#' && digit?.kind === 'number') {
      const n = Number(digit.value[0]);
      out.push(...(args[n - 1] ?? []));
      // `#12`: the parameter is one digit; the rest is a number of its own.
      if (digit.value.length > 1) out.push({ ...digit, value: digit.value.slice(1), start, end });
      k++;
    } else out.push({ ...token, start, end });
  }
  return out;
}

/** Expands the macros in tokens (ending in eof), innermost uses last, within the bounds. */
export function expandMacros(tokens: Token[], macros: ParserMacros): Token[] {
  if (macros.size === 0) return tokens;
  let current = tokens;
  for (let depth = 0; ; depth++) {
    let expanded = false;
    const out: Token[] = [];
    for (let i = 0; i < current.length;) {
      const token = current[i];
      const macro = token.kind === 'command' ? macros.get(`\\${token.value}`) : undefined;
      if (macro === undefined) {
        out.push(token);
        i++;
        continue;
      }
      const args: Token[][] = [];
      let next = i + 1;
      for (let n = 0; n < macro.arity; n++) {
        const argument = argumentAt(current, next);
        args.push(argument.tokens);
        next = argument.next;
      }
      const end = next > i + 1 ? current[next - 1].end : token.end;
      out.push(...instantiate(macro, args, token.start, end));
      expanded = true;
      i = next;
      if (out.length > MAX_TOKENS)
        throw new Unsupported('macro expansion too large', token.start, end);
    }
    if (!expanded) return out;
    if (depth === MAX_DEPTH) {
      const first = out.find((t) => t.kind === 'command' && macros.has(`\\${t.value}`));
      throw new Unsupported('macro expansion too deep', first?.start ?? 0, first?.end ?? 0);
    }
    current = out;
  }
}
