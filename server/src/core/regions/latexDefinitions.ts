import type { Finding } from '../findings';
import type { MacroDefinition } from './types';
import {
  readArgument,
  readBracedName,
  readControlSequence,
  readOptionalArgument,
  skipSpaces,
} from './texText';

export interface DefinitionRead {
  definitions: MacroDefinition[];
  finding?: Finding;
  /** Where scanning resumes. */
  end: number;
}

type Reader = (
  text: string,
  start: number,
  command: string,
  afterCommand: number,
) => DefinitionRead;

const STAR = 42;
const OPEN_BRACE = 123;
const HASH = 35;

/**
 * Reads the macro definition whose command (e.g. "\\newcommand") starts at `start` and ends at
 * `afterCommand`. Returns undefined when `command` defines nothing. An unreadable definition yields
 * a finding and resumes right after the command, so one bad brace cannot hide the rest.
 */
export function readDefinition(
  text: string,
  start: number,
  command: string,
  afterCommand: number,
): DefinitionRead | undefined {
  const reader = readers.get(command);
  return reader?.(text, start, command, afterCommand);
}

export function definingCommands(): Iterable<string> {
  return readers.keys();
}

/** A reader's result holding the one definition it read; scanning resumes after it. */
function one(definition: MacroDefinition): DefinitionRead {
  return { definitions: [definition], end: definition.end };
}

function unreadable(
  _text: string,
  start: number,
  command: string,
  afterCommand: number,
): DefinitionRead {
  return {
    definitions: [],
    end: afterCommand,
    finding: {
      code: 'macro.unreadable-definition',
      start,
      end: afterCommand,
      message: `MathLens cannot read this ${command} definition; the macro it defines will be unknown.`,
    },
  };
}

/** \foo or {\foo}: the name being defined. */
function readDefinedName(
  text: string,
  pos: number,
): { name: string; start: number; end: number } | undefined {
  const argument = readArgument(text, pos, 500);
  if (!argument) return undefined;
  const inner = text.slice(argument.innerStart, argument.innerEnd).trim();
  if (!inner.startsWith('\\')) return undefined;
  const offset =
    argument.innerStart + text.slice(argument.innerStart, argument.innerEnd).indexOf('\\');
  const { name, end } = readControlSequence(text, offset);
  if (end - offset !== inner.length) return undefined;
  return { name, start: offset, end: argument.end };
}

function skipStar(text: string, pos: number): { pos: number; starred: boolean } {
  const at = skipSpaces(text, pos);
  return text.charCodeAt(at) === STAR ? { pos: at + 1, starred: true } : { pos, starred: false };
}

const modes: Record<string, MacroDefinition['mode']> = {
  '\\newcommand': 'new',
  '\\renewcommand': 'renew',
  '\\providecommand': 'provide',
  '\\DeclareRobustCommand': 'always',
  '\\NewDocumentCommand': 'new',
  '\\RenewDocumentCommand': 'renew',
  '\\ProvideDocumentCommand': 'provide',
  '\\DeclareDocumentCommand': 'always',
  '\\newenvironment': 'new',
  '\\renewenvironment': 'renew',
  '\\NewDocumentEnvironment': 'new',
  '\\RenewDocumentEnvironment': 'renew',
};

/** \newcommand*{\name}[n][default]{body} and its relatives. */
const readNewcommand: Reader = (text, start, command, afterCommand) => {
  const { pos } = skipStar(text, afterCommand);
  const name = readDefinedName(text, pos);
  if (!name) return unreadable(text, start, command, afterCommand);
  let at = name.end;
  let arity = 0;
  let optionalDefault: string | undefined;
  const count = readOptionalArgument(text, at, 100);
  if (count) {
    arity = Number.parseInt(text.slice(count.innerStart, count.innerEnd).trim(), 10);
    if (!(arity >= 0 && arity <= 9)) return unreadable(text, start, command, afterCommand);
    at = count.end;
    const fallback = readOptionalArgument(text, at);
    if (fallback) {
      optionalDefault = text.slice(fallback.innerStart, fallback.innerEnd);
      at = fallback.end;
    }
  }
  const body = readArgument(text, at);
  if (!body) return unreadable(text, start, command, afterCommand);
  return one({
    kind: 'definition',
    command,
    style: 'newcommand',
    name: name.name,
    nameStart: name.start,
    nameEnd: name.start + name.name.length,
    arity,
    optionalDefault,
    body: text.slice(body.innerStart, body.innerEnd),
    mode: modes[command] ?? 'always',
    start,
    end: body.end,
  });
};

/** \def\name<parameter text>{body}; the parameter text runs up to the first {. */
const readDef: Reader = (text, start, command, afterCommand) => {
  const at = skipSpaces(text, afterCommand);
  if (text.charCodeAt(at) !== 92) return unreadable(text, start, command, afterCommand);
  const name = readControlSequence(text, at);
  let pos = name.end;
  let arity = 0;
  const limit = Math.min(text.length, pos + 500);
  while (pos < limit && text.charCodeAt(pos) !== OPEN_BRACE) {
    if (text.charCodeAt(pos) === HASH) {
      // "#{" ends the parameter text: TeX's way to take everything up to a brace.
      if (text.charCodeAt(pos + 1) === OPEN_BRACE) {
        pos++;
        break;
      }
      const digit = text.charCodeAt(pos + 1) - 48;
      if (digit === arity + 1) arity = digit;
      pos += 2;
    } else if (text.charCodeAt(pos) === 92) pos = readControlSequence(text, pos).end;
    else pos++;
  }
  if (text.charCodeAt(pos) !== OPEN_BRACE) return unreadable(text, start, command, afterCommand);
  const parameterText = text.slice(name.end, pos);
  const body = readArgument(text, pos);
  if (!body) return unreadable(text, start, command, afterCommand);
  return one({
    kind: 'definition',
    command,
    style: 'def',
    name: name.name,
    nameStart: at,
    nameEnd: name.end,
    arity,
    parameterText: parameterText.trim() === '' ? undefined : parameterText,
    body: text.slice(body.innerStart, body.innerEnd),
    mode: 'always',
    start,
    end: body.end,
  });
};

/** \let\name=\target, \let\name\target, \let\name= x. */
const readLet: Reader = (text, start, command, afterCommand) => {
  const at = skipSpaces(text, afterCommand);
  if (text.charCodeAt(at) !== 92) return unreadable(text, start, command, afterCommand);
  const name = readControlSequence(text, at);
  let pos = skipSpaces(text, name.end);
  if (text.charCodeAt(pos) === 61 /* = */) {
    pos++;
    if (text.charCodeAt(pos) === 32) pos++;
  }
  const target = readArgument(text, pos, 1);
  if (!target || target.braced) return unreadable(text, start, command, afterCommand);
  return one({
    kind: 'definition',
    command,
    style: 'let',
    name: name.name,
    nameStart: at,
    nameEnd: name.end,
    arity: 0,
    body: text.slice(target.start, target.end),
    mode: 'always',
    start,
    end: target.end,
  });
};

/** \DeclareMathOperator{\name}{text} and the starred form with limits. */
const readOperator: Reader = (text, start, command, afterCommand) => {
  const { pos, starred } = skipStar(text, afterCommand);
  const name = readDefinedName(text, pos);
  const body = name && readArgument(text, name.end);
  if (!name || !body) return unreadable(text, start, command, afterCommand);
  return one({
    kind: 'definition',
    command,
    style: 'operator',
    name: name.name,
    nameStart: name.start,
    nameEnd: name.start + name.name.length,
    arity: 0,
    body: text.slice(body.innerStart, body.innerEnd),
    starred,
    mode: 'new',
    start,
    end: body.end,
  });
};

/** \DeclarePairedDelimiter{\abs}{\lvert}{\rvert}; the X form adds [n] and a body. */
const readPairedDelimiter: Reader = (text, start, command, afterCommand) => {
  const name = readDefinedName(text, afterCommand);
  if (!name) return unreadable(text, start, command, afterCommand);
  let at = name.end;
  let arity = 1;
  const extended =
    command === '\\DeclarePairedDelimiterX' || command === '\\DeclarePairedDelimiterXPP';
  if (extended) {
    const count = readOptionalArgument(text, at, 100);
    if (count) {
      arity = Number.parseInt(text.slice(count.innerStart, count.innerEnd).trim(), 10) || 0;
      at = count.end;
    }
  }
  const parts: string[] = [];
  for (
    let i = 0;
    i < (extended ? 3 : 2) + (command === '\\DeclarePairedDelimiterXPP' ? 2 : 0);
    i++
  ) {
    const argument = readArgument(text, at);
    if (!argument) return unreadable(text, start, command, afterCommand);
    parts.push(text.slice(argument.innerStart, argument.innerEnd));
    at = argument.end;
  }
  const [open, close, body] = command === '\\DeclarePairedDelimiterXPP' ? parts.slice(1, 4) : parts;
  return one({
    kind: 'definition',
    command,
    style: 'paired-delimiter',
    name: name.name,
    nameStart: name.start,
    nameEnd: name.start + name.name.length,
    arity,
    body: extended ? body : '#1',
    parameterText: open,
    closing: close,
    mode: 'new',
    start,
    end: at,
  });
};

/** \NewDocumentCommand{\name}{m o m}{body}: arity from the argument specification. */
const readDocumentCommand: Reader = (text, start, command, afterCommand) => {
  const name = readDefinedName(text, afterCommand);
  const spec = name && readArgument(text, name.end);
  const body = spec && readArgument(text, spec.end);
  if (!name || !spec || !body) return unreadable(text, start, command, afterCommand);
  const specText = text.slice(spec.innerStart, spec.innerEnd);
  return one({
    kind: 'definition',
    command,
    style: 'document-command',
    name: name.name,
    nameStart: name.start,
    nameEnd: name.start + name.name.length,
    arity: countSpecArguments(specText),
    parameterText: specText,
    body: text.slice(body.innerStart, body.innerEnd),
    mode: modes[command] ?? 'always',
    start,
    end: body.end,
  });
};

/** The number of arguments an xparse specification such as "s o m O{x} m" declares. */
function countSpecArguments(spec: string): number {
  let count = 0;
  for (let i = 0; i < spec.length; i++) {
    const letter = spec[i];
    if ('mosvrRdDeEtbO'.includes(letter) || letter === 'g' || letter === 'G') {
      count++;
      if ('OGrRdDeE'.includes(letter)) i = skipSpecDefault(spec, i + 1);
      else if (letter === 't') i++;
    }
  }
  return Math.min(count, 9);
}

function skipSpecDefault(spec: string, from: number): number {
  let depth = 0;
  let i = from;
  for (; i < spec.length; i++) {
    if (spec[i] === '{') depth++;
    else if (spec[i] === '}') {
      depth--;
      if (depth === 0) return i;
    } else if (depth === 0 && spec[i] !== ' ' && i > from + 1) return i - 1;
  }
  return i;
}

/** \newenvironment{name}[n][default]{begin}{end}, \newtheorem{name}{Title}: environment names. */
const readEnvironment: Reader = (text, start, command, afterCommand) => {
  const { pos } = skipStar(text, afterCommand);
  const name = readBracedName(text, pos);
  if (!name) return unreadable(text, start, command, afterCommand);
  let at = name.end;
  let arity = 0;
  const argumentsToRead = command === '\\newtheorem' ? 1 : 2;
  if (command !== '\\newtheorem') {
    if (command === '\\NewDocumentEnvironment' || command === '\\RenewDocumentEnvironment') {
      const spec = readArgument(text, at);
      if (!spec) return unreadable(text, start, command, afterCommand);
      arity = countSpecArguments(text.slice(spec.innerStart, spec.innerEnd));
      at = spec.end;
    } else {
      const count = readOptionalArgument(text, at, 100);
      if (count) {
        arity = Number.parseInt(text.slice(count.innerStart, count.innerEnd).trim(), 10) || 0;
        at = count.end;
        const fallback = readOptionalArgument(text, at);
        if (fallback) at = fallback.end;
      }
    }
  } else {
    const shared = readOptionalArgument(text, at, 200);
    if (shared) at = shared.end;
  }
  for (let i = 0; i < argumentsToRead; i++) {
    const argument = readArgument(text, at);
    if (!argument) return unreadable(text, start, command, afterCommand);
    at = argument.end;
  }
  if (command === '\\newtheorem') {
    const within = readOptionalArgument(text, at, 200);
    if (within) at = within.end;
  }
  return one({
    kind: 'definition',
    command,
    style: 'environment',
    name: name.name,
    nameStart: name.start + 1,
    nameEnd: name.end - 1,
    arity,
    body: '',
    mode: modes[command] ?? 'always',
    start,
    end: at,
  });
};

/**
 * Names TeX defines without a replacement MathLens can expand: symbols, fonts, registers. They are
 * known (never "unknown command"), rendered as placeholders.
 */
const readOpaque: Reader = (text, start, command, afterCommand) => {
  const braced =
    command.startsWith('\\Declare') ||
    command === '\\newlength' ||
    command === '\\newsavebox' ||
    command === '\\newcounter';
  const name = braced ? readDefinedName(text, afterCommand) : undefined;
  const at = skipSpaces(text, afterCommand);
  const direct = !name && text.charCodeAt(at) === 92 ? readControlSequence(text, at) : undefined;
  if (command === '\\newcounter') {
    const counter = readBracedName(text, afterCommand);
    if (!counter) return unreadable(text, start, command, afterCommand);
    return { definitions: [], end: counter.end };
  }
  const defined = name ?? (direct && { name: direct.name, start: at, end: direct.end });
  if (!defined) return unreadable(text, start, command, afterCommand);
  const definitions: MacroDefinition[] = [];
  const add = (definedName: string) =>
    definitions.push({
      kind: 'definition',
      command,
      style: 'opaque',
      name: definedName,
      nameStart: defined.start,
      nameEnd: defined.start + defined.name.length,
      arity: command === '\\DeclareMathAlphabet' ? 1 : 0,
      body: '',
      mode: 'always',
      start,
      end: defined.end,
    });
  add(defined.name);
  if (command === '\\newif' && defined.name.startsWith('\\if')) {
    const stem = defined.name.slice(3);
    add(`\\${stem}true`);
    add(`\\${stem}false`);
  }
  return { definitions, end: defined.end };
};

const readers = new Map<string, Reader>([
  ...['\\newcommand', '\\renewcommand', '\\providecommand', '\\DeclareRobustCommand'].map(
    (name) => [name, readNewcommand] as const,
  ),
  ...['\\def', '\\gdef', '\\edef', '\\xdef'].map((name) => [name, readDef] as const),
  ['\\let', readLet] as const,
  ['\\DeclareMathOperator', readOperator] as const,
  ...['\\DeclarePairedDelimiter', '\\DeclarePairedDelimiterX', '\\DeclarePairedDelimiterXPP'].map(
    (name) => [name, readPairedDelimiter] as const,
  ),
  ...[
    '\\NewDocumentCommand',
    '\\RenewDocumentCommand',
    '\\ProvideDocumentCommand',
    '\\DeclareDocumentCommand',
  ].map((name) => [name, readDocumentCommand] as const),
  ...[
    '\\newenvironment',
    '\\renewenvironment',
    '\\NewDocumentEnvironment',
    '\\RenewDocumentEnvironment',
    '\\newtheorem',
  ].map((name) => [name, readEnvironment] as const),
  ...[
    '\\DeclareMathSymbol',
    '\\DeclareMathAlphabet',
    '\\DeclareMathDelimiter',
    '\\DeclareMathAccent',
    '\\DeclareMathRadical',
    '\\DeclareTextSymbol',
    '\\newlength',
    '\\newsavebox',
    '\\newcounter',
    '\\newbox',
    '\\newcount',
    '\\newdimen',
    '\\newskip',
    '\\newtoks',
    '\\newif',
    '\\chardef',
    '\\mathchardef',
    '\\newfam',
    '\\font',
    '\\newmuskip',
  ].map((name) => [name, readOpaque] as const),
]);
