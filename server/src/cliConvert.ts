/** `mathlens convert`: plain-text math (spoken, calculator, Unicode) → LaTeX, a line at a time. */
import { createInterface } from 'node:readline';
import { convertToLatex } from './core/convert';
import type { SourceForm } from './core/convert/types';

export interface ConvertOptions {
  format: 'text' | 'json';
  form?: SourceForm;
  /** Words given on the command line: converted as one input instead of standard input. */
  words: string[];
}

/** One output line for one input line; problems go to `problem`. Returns whether all read cleanly. */
export function convertLine(
  input: string,
  options: ConvertOptions,
  write: (line: string) => void,
  problem: (message: string) => void,
): boolean {
  if (input.trim() === '') {
    write(options.format === 'json' ? JSON.stringify({ input, latex: '', alternatives: [] }) : '');
    return true;
  }
  const conversion = convertToLatex(input, { form: options.form });
  if (options.format === 'json') {
    write(
      JSON.stringify({
        input,
        latex: conversion.latex,
        alternatives: conversion.alternatives,
        form: conversion.form,
        findings: conversion.findings,
      }),
    );
  } else write(conversion.latex);
  for (const finding of conversion.findings) problem(finding.message);
  return conversion.findings.length === 0;
}

/** Exit status 0 when every input was read completely, 1 when something was kept as text. */
export async function convertCommand(options: ConvertOptions): Promise<number> {
  const write = (line: string) => process.stdout.write(`${line}\n`);
  let clean = true;
  if (options.words.length > 0) {
    clean = convertLine(options.words.join(' '), options, write, (message) =>
      process.stderr.write(`mathlens: ${message}\n`),
    );
    return clean ? 0 : 1;
  }
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    const read = convertLine(line, options, write, (message) =>
      process.stderr.write(`mathlens: line ${lineNumber}: ${message}\n`),
    );
    clean &&= read;
  }
  return clean ? 0 : 1;
}
