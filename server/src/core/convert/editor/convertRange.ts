import type { DocumentLanguage, DocumentScan } from '../../regions/types';
import { convertToLatex } from '../index';
import type { Conversion } from '../types';
import { latexInsertion } from './insertion';

export interface RangeConversion {
  /** The converted span: the range given, without its surrounding white space. */
  start: number;
  end: number;
  conversion: Conversion;
  /** What replaces the span (the LaTeX, wrapped where the span is outside math). */
  newText: string;
  /** The same for each alternative. */
  alternativeTexts: string[];
}

/** The text of [start, end) converted to LaTeX as the document wants it; undefined when blank. */
export function convertRange(
  text: string,
  language: DocumentLanguage,
  scan: DocumentScan,
  start: number,
  end: number,
): RangeConversion | undefined {
  const selected = text.slice(start, end);
  const trimmedStart = start + (selected.length - selected.trimStart().length);
  const trimmedEnd = end - (selected.length - selected.trimEnd().length);
  if (trimmedStart >= trimmedEnd) return undefined;
  const conversion = convertToLatex(text.slice(trimmedStart, trimmedEnd));
  const insert = (latex: string) => latexInsertion(language, scan, trimmedStart, trimmedEnd, latex);
  return {
    start: trimmedStart,
    end: trimmedEnd,
    conversion,
    newText: insert(conversion.latex),
    alternativeTexts: conversion.alternatives.map(insert),
  };
}
