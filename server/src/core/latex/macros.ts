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

/**
 * KaTeX's own macros (katex/src/macros.js) that stand for a command the parser reads: `\R` is
 * ℝ in every KaTeX formula, so it is no custom macro. A document's definition takes precedence.
 */
const KATEX_MACROS: Readonly<Record<string, string>> = {
  '\\N': '\\mathbb{N}',
  '\\R': '\\mathbb{R}',
  '\\Z': '\\mathbb{Z}',
  '\\natnums': '\\mathbb{N}',
  '\\reals': '\\mathbb{R}',
  '\\Reals': '\\mathbb{R}',
  '\\cnums': '\\mathbb{C}',
  '\\Complex': '\\mathbb{C}',
  '\\alef': '\\aleph',
  '\\alefsym': '\\aleph',
  '\\infin': '\\infty',
  '\\empty': '\\emptyset',
  '\\isin': '\\in',
  '\\plusmn': '\\pm',
  '\\sdot': '\\cdot',
  '\\sub': '\\subset',
  '\\sube': '\\subseteq',
  '\\supe': '\\supseteq',
  '\\exist': '\\exists',
  '\\real': '\\Re',
  '\\image': '\\Im',
  '\\thetasym': '\\vartheta',
  '\\weierp': '\\wp',
  '\\lang': '\\langle',
  '\\rang': '\\rangle',
  '\\rarr': '\\rightarrow',
  '\\rArr': '\\Rightarrow',
  '\\Rarr': '\\Rightarrow',
  '\\larr': '\\leftarrow',
  '\\lArr': '\\Leftarrow',
  '\\Larr': '\\Leftarrow',
  '\\harr': '\\leftrightarrow',
  '\\hArr': '\\Leftrightarrow',
  '\\Harr': '\\Leftrightarrow',
  '\\lrarr': '\\leftrightarrow',
  '\\lrArr': '\\Leftrightarrow',
  '\\Lrarr': '\\Leftrightarrow',
  '\\uarr': '\\uparrow',
  '\\darr': '\\downarrow',
  // Capital Greek letters that look Latin are upright Latin letters.
  '\\Alpha': '\\mathrm{A}',
  '\\Beta': '\\mathrm{B}',
  '\\Epsilon': '\\mathrm{E}',
  '\\Zeta': '\\mathrm{Z}',
  '\\Eta': '\\mathrm{H}',
  '\\Iota': '\\mathrm{I}',
  '\\Kappa': '\\mathrm{K}',
  '\\Mu': '\\mathrm{M}',
  '\\Nu': '\\mathrm{N}',
  '\\Omicron': '\\mathrm{O}',
  '\\Rho': '\\mathrm{P}',
  '\\Tau': '\\mathrm{T}',
  '\\Chi': '\\mathrm{X}',
};

/** The macro a command names: the document's, else KaTeX's built-in one. */
function macroFor(macros: ParserMacros, name: string): ParserMacro | undefined {
  const own = macros.get(name);
  if (own !== undefined) return own;
  const body = Object.hasOwn(KATEX_MACROS, name) ? KATEX_MACROS[name] : undefined;
  return body === undefined ? undefined : { body, arity: 0 };
}

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
  let current = tokens;
  for (let depth = 0; ; depth++) {
    let expanded = false;
    const out: Token[] = [];
    for (let i = 0; i < current.length;) {
      const token = current[i];
      const macro = token.kind === 'command' ? macroFor(macros, `\\${token.value}`) : undefined;
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
      const first = out.find(
        (t) => t.kind === 'command' && macroFor(macros, `\\${t.value}`) !== undefined,
      );
      throw new Unsupported('macro expansion too deep', first?.start ?? 0, first?.end ?? 0);
    }
    current = out;
  }
}
