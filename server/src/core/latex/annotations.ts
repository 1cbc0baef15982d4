/**
 * Prose around the math of a formula, kept verbatim rather than parsed: the annotation after it
 * (`\quad \text{for } x > 0`, `& \text{if } x < 0` at the end of a row) and the lead before it
 * (`\text{If } x \in \mathbb{Z} …`, `\text{Let } y = 2`).
 */
import type { Parser } from './parser';
import { isProse } from './constructs/text';

/** Prose beside the math: its source text and span. */
export interface Annotation {
  text: string;
  start: number;
  end: number;
}

/** At prose that starts an annotation. */
export function annotationAhead(parser: Parser): boolean {
  return parser.is('text') && isProse(parser.peek().value);
}

/** Everything from prose text to the end is the annotation (undefined when not at prose). */
export function annotationAt(parser: Parser, source: string): Annotation | undefined {
  if (!annotationAhead(parser)) return undefined;
  const start = parser.peek().start;
  while (!parser.atEnd()) parser.next();
  const end = source.length;
  return { text: source.slice(start, end).trim(), start, end };
}

/** Prose at the end of a row (`& \text{if } x < 0`), up to the row's end. */
export function rowAnnotation(parser: Parser, source: string): Annotation | undefined {
  while (parser.is('amp')) parser.next();
  if (!annotationAhead(parser)) return undefined;
  const start = parser.peek().start;
  let end = start;
  while (!parser.atEnd() && !parser.is('rowsep') && !parser.isCommand('end'))
    end = parser.next().end;
  return { text: source.slice(start, end).trim(), start, end };
}

/** Prose before the math: an annotation whose words (the texts' contents) are known. */
export interface Lead extends Annotation {
  /** `\text{If}\textrm{ }` → `If`. */
  words: string;
}

/**
 * Prose that opens a formula, up to its first math (`\text{If}\textrm{ } x …` → `If`): the
 * words are consumed, undefined when the formula starts with math. A text that names a quantity
 * (`\text{area}`) is math, and ends the lead.
 */
export function leadAt(parser: Parser, source: string): Lead | undefined {
  if (!annotationAhead(parser)) return undefined;
  const start = parser.peek().start;
  let end = start;
  const words: string[] = [];
  while (annotationAhead(parser)) {
    const text = parser.next();
    words.push(text.value);
    end = text.end;
  }
  const text = source.slice(start, end).trim();
  return { text, start, end, words: words.join(' ').trim().replace(/\s+/g, ' ') };
}
