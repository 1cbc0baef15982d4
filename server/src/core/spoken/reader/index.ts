/**
 * readAloud: LaTeX math → English, in a ClearSpeak-like style (as screen readers speak) or a terse
 * one. Parses with parseLatexMath and walks the tree (speak.ts); the words are data
 * (spoken/lexicon/en/reading.json). Total: never throws; what it cannot voice is `unsupported`.
 */
import {
  parseLatexMath,
  type MathNode,
  type ParsedStatement,
  type ParserMacros,
} from '../../latex/index';
import { joinContinuedRows, rowBreaks } from './continuedRows';
import { readQuantified } from './quantifiers';
import { Speaker, Unspeakable, type ReadingStyle } from './speak';
import { trailingUnit } from './units';
import { writtenForm } from './written';

export type { ReadingStyle } from './speak';

export interface ReadAloudOptions {
  style?: ReadingStyle;
  /** Names known to be functions: `f(x)` reads "f of x" rather than "f x". */
  functions?: ReadonlySet<string>;
  /** The document's macros and operator names (core/macros/parserMacros.ts). */
  macros?: ParserMacros;
  operators?: ReadonlySet<string>;
  /** Commands the document defines (an unexpandable one is not read as an opaque name). */
  defined?: ReadonlySet<string>;
}

const textCommand = /\\(?:text|textrm|mbox)\{([^{}]*)\}/g;

/** A piece of a formula read aloud on its own: its words, or undefined when it cannot be voiced. */
function wordsOf(math: string, options: ReadAloudOptions): string | undefined {
  const read = readAloud(math, options);
  return 'text' in read ? read.text : undefined;
}

/**
 * The prose the parser keeps after a formula, `\text{ and } y > 0`: the texts' words, and the
 * math between them read aloud; undefined when some of that math cannot be voiced.
 */
function annotationWords(source: string, options: ReadAloudOptions): string | undefined {
  const words: string[] = [];
  let at = 0;
  const readMath = (math: string): boolean => {
    // The full stop of a sentence in text (`\text{is even}.`) is not said.
    if (/^[\s.,;:!?]*$/.test(math)) return true;
    const said = wordsOf(math, options);
    if (said !== undefined) words.push(said);
    return said !== undefined;
  };
  for (const match of source.matchAll(textCommand)) {
    if (!readMath(source.slice(at, match.index))) return undefined;
    if (match[1].trim() !== '') words.push(match[1].trim());
    at = match.index + match[0].length;
  }
  return readMath(source.slice(at)) ? words.join(' ') : undefined;
}

/** The last side of a statement, or the whole expression. */
function lastNode(item: ParsedStatement): MathNode {
  return item.kind === 'expression' ? item.node : item.parts[item.parts.length - 1];
}

/** The leftmost operand of a statement (x_2 in `x_2 + 1 = y`). */
function firstLeaf(item: ParsedStatement): MathNode {
  let node = item.kind === 'expression' ? item.node : item.parts[0];
  for (let args = operandsOf(node); args.length > 0; args = operandsOf(node)) node = args[0];
  return node;
}

function operandsOf(node: MathNode): MathNode[] {
  return node.type === 'OperatorNode' ? ((node as { args?: MathNode[] }).args ?? []) : [];
}

/** Formulas one under the other: an environment of rows, or rows broken by `\\`. */
function writtenInRows(latex: string): boolean {
  return /^\s*\\begin\{/.test(latex) || rowBreaks(latex).length > 0;
}

/** "2 lines, Line 1: a equals b. Line 2: b equals c", as screen readers say rows. */
function lines<T>(rows: readonly T[], say: (row: T) => string, speaker: Speaker): string {
  const line = speaker.word('line').replace(/^./, (c) => c.toUpperCase());
  const said = rows.map((row, i) => `${line} ${i + 1}: ${say(row)}`);
  return `${speaker.word('lines').replace('{count}', String(rows.length))}, ${said.join('. ')}`;
}

/**
 * A row with its label before it (`\text{Step 1}: a = b` is "Step 1 colon a equals b") and its
 * annotation after it (`& \text{if } x > 0`).
 */
function rowWords(
  item: ParsedStatement,
  statement: (item: ParsedStatement) => string,
  speaker: Speaker,
  options: ReadAloudOptions,
): string {
  const said = statement(item);
  const annotation = item.annotation;
  if (annotation === undefined) return said;
  const label = /^(.*):\s*$/s.exec(annotation.text);
  const words = annotationWords(label === null ? annotation.text : label[1], options);
  if (words === undefined) throw new Unspeakable(`words of a row: ${annotation.text}`);
  return label === null ? `${said} ${words}` : `${words} ${speaker.relation('colon')} ${said}`;
}

export function readAloud(
  written: string,
  options: ReadAloudOptions = {},
): { text: string } | { unsupported: string } {
  try {
    const latex = joinContinuedRows(written);
    const quantified = readQuantified(latex, (math) => wordsOf(math, options));
    if (quantified !== undefined) return { text: quantified };
    const unit = trailingUnit(latex);
    if (unit !== undefined) {
      const quantity = readAloud(unit.math, options);
      return 'text' in quantity ? { text: `${quantity.text} ${unit.words}` } : quantity;
    }
    const parseOptions = {
      functions: options.functions,
      macros: options.macros,
      operators: options.operators,
      defined: options.defined,
    };
    const parsed = parseLatexMath(latex, parseOptions);
    if (parsed.kind === 'unsupported') return { unsupported: parsed.reason };
    const form = writtenForm(latex);
    const reparse = (sub: string): MathNode | undefined => {
      const result = parseLatexMath(sub, parseOptions);
      return result.kind === 'expression' ? result.node : undefined;
    };
    const angle = /°|\\circ|\\degree/.test(latex);
    const speaker = new Speaker(options.style ?? 'clearspeak', form, reparse, angle);
    const speak = (node: MathNode, tail: boolean) => speaker.speak(node, tail);
    const statement = (item: ParsedStatement): string => {
      if (item.kind === 'expression') return speak(item.node, true);
      const words = [speak(item.parts[0], true)];
      item.relations.forEach((relation, i) => {
        // x \overset{?}{=} 4: the parser reads an equation to be checked; the question is said.
        const sign = form.between(item.parts[i], item.parts[i + 1]) ?? '';
        const questioned = relation === 'eq' && /\\(?:overset|stackrel)\s*\{\s*\?\s*\}/.test(sign);
        const said = questioned ? speaker.word('questionedEquals') : speaker.relation(relation);
        words.push(said, speak(item.parts[i + 1], true));
      });
      if (item.modulus !== undefined) words.push(speaker.word('modulo'), speak(item.modulus, true));
      return words.join(' ');
    };
    const math =
      parsed.kind !== 'list'
        ? statement(parsed)
        : writtenInRows(latex)
          ? lines(parsed.items, (item) => rowWords(item, statement, speaker, options), speaker)
          : parsed.items
              .map((item, i) => {
                // "V sub j end sub comma i plus 1": a subscript before the comma is closed, or the
                // next item would be read into it ("x sub 1 comma x sub 2" needs no end).
                const next = parsed.items[i + 1];
                const open =
                  next !== undefined &&
                  speaker.endsWithSubscript(lastNode(item)) &&
                  !speaker.endsWithSubscript(firstLeaf(next));
                return open ? `${statement(item)} ${speaker.word('endSub')}` : statement(item);
              })
              .join(` ${speaker.word('comma')} `);
    // The words before the math (`\text{If } x > 0`) and after it (`x > 0 \text{ and } y > 0`)
    // are part of what the formula says.
    const after =
      parsed.annotation === undefined ? '' : annotationWords(parsed.annotation.text, options);
    if (after === undefined)
      return { unsupported: `words after the formula: ${parsed.annotation?.text}` };
    const said = parsed.lead === undefined ? math : `${parsed.lead.words} ${math}`;
    return { text: after === '' ? said : `${said} ${after}` };
  } catch (error) {
    if (error instanceof Unspeakable) return { unsupported: error.message };
    return { unsupported: `internal error: ${String(error)}` };
  }
}
