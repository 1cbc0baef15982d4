/**
 * Tokens of Unicode math → LaTeX. The structure that plain Unicode writes without markup:
 * scripts attach to what they follow (`x²`, `∑ᵢ`, `∫₀¹`, `x^(n+1)`, `a_{ij}`), a root takes the
 * operand after it (`√(a+b)`, `∛x`), a slash makes a fraction of the juxtaposed operands around
 * it (`∂f/∂x`, `(a+b)/2`; spaces and operators end an operand), accents wrap their letter (x̄),
 * and brackets group. Words are function names (`sin`), Greek names (`alpha`), or text.
 */
import type { ConversionFinding } from '../types';
import { FUNCTION_LATEX, GREEK_SET } from '../../latex/names';
import { braceGroupEnd } from '../../latex/braceGroup';
import { joinLatex, type Token } from './tokenize';
import wordTable from './words.json';

const WORDS: Readonly<Record<string, string>> = wordTable;
/** Words that take their operand like √ does. */
const PREFIX_WORDS: Readonly<Record<string, (inner: string) => string>> = {
  sqrt: (inner) => `\\sqrt{${inner}}`,
  cbrt: (inner) => `\\sqrt[3]{${inner}}`,
  abs: (inner) => `\\left|${inner}\\right|`,
  norm: (inner) => `\\left\\|${inner}\\right\\|`,
  floor: (inner) => `\\left\\lfloor ${inner}\\right\\rfloor`,
  ceil: (inner) => `\\left\\lceil ${inner}\\right\\rceil`,
};
const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
/** A half-open interval closes with the other bracket: [0, 2π), (a, b]. */
const INTERVAL_CLOSING: Readonly<Record<string, string>> = { '(': ']', '[': ')' };
/** Deeper nesting is not a formula; the limit keeps recursion bounded. */
const MAX_DEPTH = 100;

/** A primary with what is attached to it. */
interface Item {
  kind: 'item';
  latex: string;
  /** The inside of a bracketed group, for a fraction or a script that drops the brackets. */
  inner?: string;
  sub?: string;
  sup?: string;
  /** `(1/n)`: brackets that only group a fraction, which \frac groups itself. */
  groupsFraction?: boolean;
}
interface Separator {
  kind: 'separator' | 'space' | 'slash';
  latex: string;
}
type Part = Item | Separator;

function render(item: Item): string {
  const sub = item.sub === undefined ? '' : `_{${item.sub}}`;
  const sup = item.sup === undefined ? '' : `^{${item.sup}}`;
  // A prime is a superscript: x′₀ with an exponent is x'^{y}_{0}, where TeX merges the two.
  return item.latex.endsWith("'") ? item.latex + sup + sub : item.latex + sub + sup;
}

/** The operand as a fraction or a root shows it: `(a+b)` loses its brackets. */
function bare(item: Item): string {
  return item.inner !== undefined && item.sub === undefined && item.sup === undefined
    ? item.inner
    : render(item);
}

function wordLatex(word: string): string {
  if (Object.hasOwn(WORDS, word)) return WORDS[word];
  if (GREEK_SET.has(word)) return `\\${word}`;
  if (Object.hasOwn(FUNCTION_LATEX, word)) return FUNCTION_LATEX[word];
  // Two letters are a product (`dx`, `ab`), capitals are points (`ABC`); a longer word is prose.
  return word.length <= 2 || /^[A-Z]+$/.test(word) ? word : `\\text{ ${word} }`;
}

/**
 * `x² ′`, `x′ ′`: a prime set apart from a superscripted or primed item would be TeX's second
 * superscript of it, so it stands on an empty base; after an unscripted item (`x ′`) it primes
 * that item as written.
 */
function primeAfterSuperscript(parts: readonly Part[], item: Item): boolean {
  if (!item.latex.startsWith("'")) return false;
  const before = parts.filter((part) => part.kind !== 'space').pop();
  return before?.kind === 'item' && (before.sup !== undefined || before.latex.endsWith("'"));
}

export class UnicodeReader {
  private i = 0;
  readonly findings: ConversionFinding[] = [];
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  /** Everything up to the end, or up to the `close` bracket (not consumed). */
  sequence(depth = 0, close?: string, intervalClose?: string): string {
    const parts: Part[] = [];
    for (let token = this.peek(); token !== undefined; token = this.peek()) {
      if (token.kind === 'close') {
        if (token.latex === close) break;
        const listed = parts.some((part) => part.kind === 'separator' && part.latex === ',');
        if (token.latex === intervalClose && listed) break;
        this.i++;
        this.finding('unicode.unbalanced', token, `“${token.latex}” closes nothing`);
        parts.push({ kind: 'item', latex: token.latex === '}' ? '\\}' : token.latex });
        continue;
      }
      if (token.kind === 'space' || token.kind === 'separator' || token.kind === 'slash') {
        this.i++;
        parts.push({ kind: token.kind, latex: token.latex });
        continue;
      }
      const item = this.item(depth);
      if (item !== undefined)
        parts.push(
          primeAfterSuperscript(parts, item) ? { ...item, latex: `{}${item.latex}` } : item,
        );
    }
    return joinParts(
      thinSpaceBeforeDifferentials(withoutFractionBrackets(fractions(multipleIntegrals(parts)))),
    );
  }

  private finding(code: string, token: Token, message: string): void {
    this.findings.push({ code, start: token.start, end: token.end, message });
  }

  /** A primary and its postfixes (scripts, accents, primes); undefined when nothing is there. */
  private item(depth: number): Item | undefined {
    const item = this.primary(depth);
    if (item === undefined) return undefined;
    for (let token = this.peek(); token !== undefined; token = this.peek()) {
      if (token.kind === 'superscript' || token.kind === 'subscript') {
        this.i++;
        this.attach(item, token.kind === 'superscript' ? 'sup' : 'sub', token.latex);
      } else if (token.kind === 'caret' || token.kind === 'underscore') {
        this.i++;
        this.attach(item, token.kind === 'caret' ? 'sup' : 'sub', this.scriptOperand(depth, token));
      } else if (token.kind === 'accent') {
        this.i++;
        item.latex = `${token.latex}{${render(item)}}`;
        item.inner = item.sub = item.sup = undefined;
      } else if (token.kind === 'postfix') {
        this.i++;
        // A prime after a script (`xⁿ′`) primes the whole: braces keep it from a double script.
        if (item.sup !== undefined || item.sub !== undefined) item.latex = `{${render(item)}}`;
        item.latex += token.latex;
        item.inner = item.sub = item.sup = undefined;
      } else break;
    }
    return item;
  }

  private attach(item: Item, where: 'sup' | 'sub', latex: string): void {
    // A second script of a kind already there (`x²^3`), or a subscript after a superscript
    // (`x²₁`), scripts the whole, braced: `{x^2}^3` (never a double script).
    if (item[where] !== undefined || (where === 'sub' && item.sup !== undefined)) {
      item.latex = `{${render(item)}}`;
      item.inner = item.sub = item.sup = undefined;
    }
    item[where] = latex;
  }

  /** After `^` or `_`: a sign and an item (`x^-1`), or an item (`x^(n+1)` → n+1). */
  private scriptOperand(depth: number, at: Token): string {
    let sign = '';
    const next = this.peek();
    if (next?.kind === 'separator' && (next.latex === '-' || next.latex === '+')) {
      sign = next.latex;
      this.i++;
    }
    // Only the primary: in `∑_{i=1}^n` the `^n` belongs to ∑, not to `{i=1}`.
    const operand = this.startsOperand() ? this.primary(depth, true) : undefined;
    if (operand === undefined) {
      this.finding('unicode.empty-script', at, `nothing after “${at.latex}”`);
      return sign;
    }
    return joinLatex(sign, bare(operand));
  }

  /** `inScript`: right after `^` or `_`, where braces group (`x_{ij}`) instead of making a set. */
  /** Whether the next token can begin an operand (of a root or a script). */
  private startsOperand(): boolean {
    const kind = this.peek()?.kind;
    return (
      kind === 'symbol' ||
      kind === 'number' ||
      kind === 'word' ||
      kind === 'open' ||
      kind === 'root'
    );
  }

  private primary(depth: number, inScript = false): Item | undefined {
    const token = this.tokens[this.i++];
    switch (token.kind) {
      case 'symbol':
      case 'number':
        return { kind: 'item', latex: token.latex };
      case 'word':
        return this.word(token, depth);
      case 'open':
        return this.group(token, depth, inScript);
      case 'root': {
        const radicand = this.operand(depth, token);
        const index = token.latex === '' ? '' : `[${token.latex}]`;
        return { kind: 'item', latex: `\\sqrt${index}{${radicand}}` };
      }
      case 'unknown':
        this.finding(
          'unicode.unknown-character',
          token,
          token.latex === ''
            ? 'a control character'
            : `no LaTeX for “${token.latex}” (U+${token.latex.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`,
        );
        return token.latex === '' ? undefined : { kind: 'item', latex: `\\text{${token.latex}}` };
      case 'superscript':
      case 'subscript':
        // A script with nothing before it (`²` alone): attached to an empty base.
        return {
          kind: 'item',
          latex: '{}',
          [token.kind === 'superscript' ? 'sup' : 'sub']: token.latex,
        };
      case 'accent':
        // An accent with nothing before it: over an empty base.
        return { kind: 'item', latex: `${token.latex}{}` };
      default:
        // A postfix or script sign with nothing before it: shown as written.
        return {
          kind: 'item',
          latex: token.latex === '^' || token.latex === '_' ? `\\${token.latex}{}` : token.latex,
        };
    }
  }

  private operand(depth: number, at: Token): string {
    const operand = this.startsOperand() ? this.item(depth) : undefined;
    if (operand === undefined) {
      this.finding('unicode.empty-root', at, 'a root with nothing under it');
      return '';
    }
    return bare(operand);
  }

  private word(token: Token, depth: number): Item {
    const next = this.peek();
    if (Object.hasOwn(PREFIX_WORDS, token.latex) && next?.kind === 'open') {
      const group = this.group(this.tokens[this.i++], depth);
      return { kind: 'item', latex: PREFIX_WORDS[token.latex](bare(group)) };
    }
    return { kind: 'item', latex: wordLatex(token.latex) };
  }

  private group(open: Token, depth: number, inScript = false): Item {
    const close = CLOSING[open.latex];
    if (depth >= MAX_DEPTH) {
      this.finding('unicode.too-deep', open, `brackets nested more than ${MAX_DEPTH} deep`);
      this.i = this.tokens.length;
      return { kind: 'item', latex: '' };
    }
    const inner = this.sequence(depth + 1, close, INTERVAL_CLOSING[open.latex]);
    const closer = this.peek();
    const closed = closer?.kind === 'close';
    if (closed) this.i++;
    else this.finding('unicode.unbalanced', open, `“${open.latex}” is never closed`);
    if (open.latex === '{' && inScript) return { kind: 'item', latex: `{${inner}}`, inner };
    // Elsewhere braces are a set: {x | x > 0}.
    const [opening, closing] =
      open.latex === '{' ? ['\\{', '\\}'] : [open.latex, closer?.latex ?? close];
    // `a ≡ b (mod n)`: the parenthesised modulus.
    const modulus = /^\\bmod\s*(.+)$/.exec(inner);
    if (open.latex === '(' && closed && modulus !== null)
      return { kind: 'item', latex: `\\pmod{${modulus[1]}}` };
    const tall = /\\(?:frac|sum|int|prod)/.test(inner);
    const left = tall ? `\\left${opening}` : opening;
    const right = closed ? (tall ? `\\right${closing}` : closing) : tall ? '\\right.' : '';
    const groupsFraction = open.latex === '(' && closed && isOneFraction(inner);
    return { kind: 'item', latex: `${left}${inner}${right}`, inner, groupsFraction };
  }
}

/** `a/b` with juxtaposed operands: `∂f/∂x` is \frac{∂f}{∂x}; `(a+b)/2` drops the brackets. */
function fractions(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (part.kind !== 'slash') {
      out.push(part);
      continue;
    }
    let from = out.length;
    while (from > 0 && out[from - 1].kind === 'item') from--;
    let to = k + 1;
    while (to < parts.length && parts[to].kind === 'item') to++;
    const numerator = out.slice(from) as Item[];
    const denominator = parts.slice(k + 1, to) as Item[];
    if (numerator.length === 0 || denominator.length === 0) {
      out.push({ kind: 'item', latex: '/' });
      continue;
    }
    out.splice(from);
    out.push({
      kind: 'item',
      latex: `\\frac{${operandLatex(numerator)}}{${operandLatex(denominator)}}`,
    });
    k = to - 1;
  }
  return out;
}

/** Whether `latex` is one \frac{…}{…} and nothing else. */
function isOneFraction(latex: string): boolean {
  if (!latex.startsWith('\\frac{')) return false;
  const numeratorEnd = braceGroupEnd(latex, '\\frac'.length);
  return numeratorEnd !== -1 && braceGroupEnd(latex, numeratorEnd) === latex.length;
}

/**
 * `(1/2)mv²`, `(1/n)∑xᵢ`: brackets typed only to group a fraction go, as \frac groups itself. They
 * stay after an operand, where they apply (`f(1/2)`) or keep a mixed number apart (`2(1/3)`),
 * and under a script, `(n/e)ⁿ`.
 */
function withoutFractionBrackets(parts: Part[]): Part[] {
  return parts.map((part, k) => {
    if (part.kind !== 'item' || part.groupsFraction !== true) return part;
    if (part.sub !== undefined || part.sup !== undefined || parts[k - 1]?.kind === 'item')
      return part;
    return { kind: 'item', latex: part.inner ?? part.latex };
  });
}

const INTEGRALS = ['\\int', '\\iint', '\\iiint'];

/** `∫∫_D f dA`: integral signs typed in a row are one multiple integral, \iint_D. */
function multipleIntegrals(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const part of parts) {
    const before = out[out.length - 1];
    const count = before?.kind === 'item' ? INTEGRALS.indexOf(before.latex) : -1;
    const unscripted =
      before?.kind === 'item' && before.sub === undefined && before.sup === undefined;
    if (part.kind === 'item' && part.latex === '\\int' && count >= 0 && count < 2 && unscripted) {
      out[out.length - 1] = { ...part, latex: INTEGRALS[count + 1] };
      continue;
    }
    out.push(part);
  }
  return out;
}

/** `∫ f(x) dx`: the space before a differential after an integral sign is a thin space. */
function thinSpaceBeforeDifferentials(parts: Part[]): Part[] {
  let integral = false;
  return parts.map((part, k) => {
    if (part.kind === 'item' && /\\i+nt|\\oint/.test(part.latex)) integral = true;
    const next = parts[k + 1];
    const differential = next?.kind === 'item' && /^d[A-Za-z]$/.test(render(next));
    return integral && part.kind === 'space' && differential
      ? { kind: 'space', latex: '\\,' }
      : part;
  });
}

function operandLatex(items: Item[]): string {
  return items.length === 1 ? bare(items[0]) : items.map(render).reduce(joinLatex);
}

function joinParts(parts: Part[]): string {
  let latex = '';
  for (const part of parts) {
    const piece = part.kind === 'item' ? render(part) : part.latex;
    latex = joinLatex(latex, piece);
  }
  return latex.replace(/\s+/g, ' ').trim();
}
