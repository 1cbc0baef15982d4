import type { Connection } from 'vscode-languageserver';
import { convertToLatex } from '../core/convert';
import type { Conversion } from '../core/convert/types';
import { convertRange } from '../core/convert/editor/convertRange';
import { convertRequest, type ConvertedRange, type ConvertParams } from '../protocol';
import type { Session } from '../session/session';

/** The "Convert to LaTeX" command's request: each range of a document converted in turn. */
export function registerConvert(connection: Connection, session: Session): void {
  connection.onRequest(
    convertRequest,
    ({ uri, ranges, texts }: ConvertParams): ConvertedRange[] => {
      const open = session.documents.get(uri);
      if (!open) {
        return ranges.flatMap((range, index) => {
          const text = texts?.[index]?.trim();
          if (!text) return [];
          const conversion = convertToLatex(text);
          return [{ range, newText: conversion.latex, ...described(conversion) }];
        });
      }
      const { document, scanned } = open;
      return ranges.flatMap((range) => {
        const converted = convertRange(
          scanned.text,
          scanned.language,
          scanned.scan,
          document.offsetAt(range.start),
          document.offsetAt(range.end),
        );
        if (!converted) return [];
        const start = document.positionAt(converted.start);
        const end = document.positionAt(converted.end);
        return [
          { range: { start, end }, newText: converted.newText, ...described(converted.conversion) },
        ];
      });
    },
  );
}

function described(conversion: Conversion): Omit<ConvertedRange, 'range' | 'newText'> {
  return {
    latex: conversion.latex,
    alternatives: conversion.alternatives,
    form: conversion.form,
    problems: conversion.findings.map((finding) => finding.message),
  };
}
