import type { Finding } from '../findings';
import type { FileReference, InnerEnvironment, MathDelimiter, ScanItem } from './types';
import { mathWords, NO_SPANS, scanMath, type MathCloser, type MathScanResult } from './latexMath';
import { readDefinition } from './latexDefinitions';
import {
  isLetter,
  isNewline,
  readArgument,
  lookahead,
  readBracedName,
  resetLookahead,
  readOptionalArgument,
  skipSpaces,
} from './texText';
import { definingCommands } from './latexDefinitions';
import {
  environmentPattern,
  inlineVerbatimCommands,
  mathEnvironments,
  rawArgumentCommands,
  simpleInlineMath,
  stopPattern,
  verbatimEnvironments,
} from './latexVocabulary';

/** Where a scan stops early: at the first sync point at or after `from` that `accept` accepts. */
export interface ScanStop {
  from: number;
  accept: (syncPoint: number) => boolean;
}

export interface PartialScan {
  items: ScanItem[];
  syncPoints: number[];
  /** The sync point the scan stopped at, or the text length. */
  end: number;
}

const referenceCommands: Record<string, FileReference['command']> = {
  '\\input': 'input',
  '\\include': 'include',
  '\\subfile': 'subfile',
  '\\subfileinclude': 'subfile',
  '\\import': 'import',
  '\\subimport': 'import',
  '\\inputfrom': 'import',
  '\\subinputfrom': 'import',
  '\\includefrom': 'import',
  '\\subincludefrom': 'import',
  '\\usepackage': 'package',
  '\\RequirePackage': 'package',
  '\\documentclass': 'class',
};

const MATH_OPTIONS = { comments: true };

/** The commands text mode acts on; every other command is passed over. */
const textStops = new RegExp(
  `${simpleInlineMath(mathWords)}|${
    // A comment is matched whole, up to its end of line.
    `%[^\\n\\r]*|${
      stopPattern(
        '$',
        '()[]',
        [
          'ensuremath',
          'iffalse',
          ...inlineVerbatimCommands,
          ...rawArgumentCommands,
          ...Object.keys(referenceCommands),
          ...definingCommands(),
        ],
        // Paragraph breaks in text matter only as sync points; the items give enough of those.
        false,
        // Only the environments that open math or hide text; \begin{itemize} needs no look.
        `${environmentPattern('begin', [...mathEnvironments.keys(), ...verbatimEnvironments])}|${environmentPattern('end', mathEnvironments.keys())}`,
      ).source
    }`
  }`,
  'g',
);

/**
 * Scans LaTeX source in text mode from `start`: math regions (with their delimiters), macro
 * definitions, file references and the magic root comment; skips comments, verbatim environments,
 * \verb and URL arguments. Linear time, no recursion, never throws.
 */
export function scanLatexFrom(text: string, start: number, stop?: ScanStop): PartialScan {
  const items: ScanItem[] = [];
  const syncPoints: number[] = [];
  let pos = start;
  // The furthest offset any decision so far depended on: a sync point before it is not safe.
  let frontier = start;
  const examined = (offset: number) => {
    frontier = Math.max(frontier, Math.min(offset, text.length));
  };
  resetLookahead(start);

  const sync = (at: number): boolean => {
    examined(lookahead());
    if (frontier > at) return false;
    syncPoints.push(at);
    return stop !== undefined && at >= stop.from && stop.accept(at);
  };
  const finding = (value: Finding) =>
    items.push({ kind: 'finding', start: value.start, end: value.end, finding: value });
  const math = (
    delimiter: MathDelimiter,
    open: number,
    contentStart: number,
    closer: MathCloser,
    display: boolean,
    environment?: string,
  ): number => {
    const result = scanMath(text, contentStart, closer, MATH_OPTIONS);
    items.push({
      kind: 'math',
      start: open,
      end: result.end,
      contentStart,
      contentEnd: result.contentEnd,
      display,
      delimiter,
      environment,
      terminated: result.terminated,
      textIslands: result.textIslands,
      innerEnvironments: result.innerEnvironments,
      checked: undefined,
    });
    if (!result.terminated || result.blankLines.length > 0) {
      reportMathProblems(result, open, contentStart, delimiter, environment, finding);
    }
    examined(result.examined);
    return result.end;
  };

  while (pos < text.length) {
    textStops.lastIndex = pos;
    const found = textStops.exec(text);
    if (!found) {
      pos = text.length;
      break;
    }
    pos = found.index;
    // The match's end and first character come from lastIndex and the text: cheaper than its string.
    const matchEnd = textStops.lastIndex;
    if (matchEnd - pos > 1 && text.charCodeAt(pos) === 36 /* $ */) {
      // A simple inline formula, matched whole (every other match starting with $ is the $ alone).
      const open = pos;
      pos = matchEnd;
      items.push({
        kind: 'math',
        start: open,
        end: pos,
        contentStart: open + 1,
        contentEnd: pos - 1,
        display: false,
        delimiter: 'dollar',
        environment: undefined,
        terminated: true,
        textIslands: NO_SPANS,
        innerEnvironments: NO_SPANS as InnerEnvironment[],
        checked: undefined,
      });
      if (sync(pos)) return { items, syncPoints, end: pos };
      continue;
    }
    const match = found[0];
    const code = match.charCodeAt(0);

    if (code === 37 /* % */) {
      const end = pos + match.length;
      let bang = pos + 1;
      while (text.charCodeAt(bang) === 32 || text.charCodeAt(bang) === 9) bang++;
      if (text.charCodeAt(bang) === 33 /* ! */) {
        const directive = /^%\s*!\s*TeX\s+root\s*=\s*(.+?)\s*$/i.exec(text.slice(pos, end));
        if (directive)
          items.push({ kind: 'root-directive', start: pos, end, target: directive[1] });
      }
      pos = end;
      continue;
    }

    if (code === 36 /* $ */) {
      const double = text.charCodeAt(pos + 1) === 36;
      pos = double
        ? math('double-dollar', pos, pos + 2, { type: 'double-dollar' }, true)
        : math('dollar', pos, pos + 1, { type: 'dollar' }, false);
      if (sync(pos)) return { items, syncPoints, end: pos };
      continue;
    }

    const commandStart = pos;
    // A control sequence the pattern matched whole, or \begin{…}/\end{…} with its name.
    const name =
      match.length > 6 && match.startsWith('\\begin')
        ? '\\begin'
        : match.length > 4 && match.startsWith('\\end') && !isLetter(match.charCodeAt(4))
          ? '\\end'
          : match;
    const nameEnd = pos + name.length;
    pos = nameEnd;
    switch (name) {
      case '\\(':
        pos = math('paren', commandStart, nameEnd, { type: 'paren' }, false);
        break;
      case '\\[':
        pos = math('bracket', commandStart, nameEnd, { type: 'bracket' }, true);
        break;
      case '\\)':
      case '\\]':
        finding({
          code: 'latex.unmatched-math-close',
          start: commandStart,
          end: nameEnd,
          message: `${name} closes math that was never opened.`,
        });
        continue;
      case '\\ensuremath': {
        const open = skipSpaces(text, nameEnd);
        if (text.charCodeAt(open) !== 123) continue;
        pos = math('ensuremath', commandStart, open + 1, { type: 'ensuremath' }, false);
        break;
      }
      case '\\begin': {
        const env = readBracedName(text, nameEnd);
        if (!env) {
          examined(nameEnd + 101);
          continue;
        }
        const mathEnvironment = mathEnvironments.get(env.name);
        if (mathEnvironment) {
          let contentStart = env.end;
          examined(contentStart + (mathEnvironment.args === 'none' ? 0 : 2000));
          if (mathEnvironment.args === 'braced')
            contentStart = readArgument(text, contentStart, 200)?.end ?? contentStart;
          if (mathEnvironment.args === 'optional')
            contentStart = readOptionalArgument(text, contentStart, 2000)?.end ?? contentStart;
          pos = math(
            'environment',
            commandStart,
            contentStart,
            { type: 'environment', name: env.name },
            mathEnvironment.display,
            env.name,
          );
          break;
        }
        if (verbatimEnvironments.has(env.name)) {
          const closing = text.indexOf(`\\end{${env.name}}`, env.end);
          pos = closing < 0 ? text.length : closing + env.name.length + 6;
          examined(pos);
          break;
        }
        pos = env.end;
        continue;
      }
      case '\\end': {
        const env = readBracedName(text, nameEnd);
        if (!env) {
          examined(nameEnd + 101);
          continue;
        }
        pos = env.end;
        if (mathEnvironments.has(env.name)) {
          finding({
            code: 'latex.unmatched-math-close',
            start: commandStart,
            end: env.end,
            message: `\\end{${env.name}} has no matching \\begin{${env.name}}.`,
          });
        }
        continue;
      }
      case '\\iffalse': {
        pos = skipConditional(text, nameEnd);
        examined(pos);
        break;
      }
      default: {
        if (inlineVerbatimCommands.has(name)) {
          pos = skipInlineVerbatim(text, nameEnd, name);
          continue;
        }
        if (rawArgumentCommands.has(name)) {
          const argument = readArgument(text, nameEnd, 2_000, true);
          if (argument?.braced) pos = argument.end;
          else examined(nameEnd + 2_001);
          continue;
        }
        const referenceKind = referenceCommands[name];
        if (referenceKind) {
          examined(nameEnd + 2_100); // how far a reference's argument is looked for
          pos = readReferences(text, commandStart, nameEnd, name, referenceKind, items);
          continue;
        }
        const definition = readDefinition(text, commandStart, name, nameEnd);
        if (definition) {
          items.push(...definition.definitions);
          if (definition.finding) {
            finding(definition.finding);
            examined(text.length);
          }
          pos = definition.end;
          break;
        }
        continue;
      }
    }
    if (sync(pos)) return { items, syncPoints, end: pos };
  }
  return { items, syncPoints, end: text.length };
}

function reportMathProblems(
  result: MathScanResult,
  open: number,
  contentStart: number,
  delimiter: MathDelimiter,
  environment: string | undefined,
  report: (finding: Finding) => void,
): void {
  if (!result.terminated) {
    const opener =
      delimiter === 'environment' ? `\\begin{${environment}}` : delimiterText[delimiter];
    report({
      code: 'latex.unterminated-math',
      start: open,
      end:
        delimiter === 'environment' ? Math.min(contentStart, open + opener.length) : contentStart,
      message: `${opener} is never closed${delimiter === 'environment' ? ` by \\end{${environment}}` : ''}.`,
    });
  }
  for (const blank of result.blankLines) {
    report({
      code: 'latex.blank-line-in-math',
      start: blank.start,
      end: blank.end,
      message: 'A blank line ends the paragraph, which is not allowed inside math.',
    });
  }
}

const delimiterText: Record<MathDelimiter, string> = {
  dollar: '$',
  'double-dollar': '$$',
  paren: '\\(',
  bracket: '\\[',
  environment: '\\begin',
  ensuremath: '\\ensuremath{',
  fence: '```math',
};

function readReferences(
  text: string,
  commandStart: number,
  nameEnd: number,
  name: string,
  command: FileReference['command'],
  items: ScanItem[],
): number {
  let at = nameEnd;
  if (command === 'package' || command === 'class') {
    const options = readOptionalArgument(text, at, 5000);
    if (options) at = options.end;
  }
  let directory = '';
  if (command === 'import') {
    const dir = readArgument(text, at, 1000);
    if (!dir?.braced) return at;
    directory = text.slice(dir.innerStart, dir.innerEnd).trim();
    at = dir.end;
  }
  const argument = readArgument(text, at, 2000);
  if (!argument) return at;
  if (!argument.braced) {
    // TeX syntax: \input file.tex (ends at a space).
    if (name !== '\\input') return at;
    let end = argument.start;
    while (end < text.length && !/[\s{}%\\]/.test(text[end])) end++;
    if (end === argument.start) return at;
    items.push({
      kind: 'reference',
      command,
      target: text.slice(argument.start, end),
      targetStart: argument.start,
      targetEnd: end,
      start: commandStart,
      end,
    });
    return end;
  }
  const inner = text.slice(argument.innerStart, argument.innerEnd);
  if (command === 'package' || command === 'class') {
    let offset = argument.innerStart;
    for (const part of inner.split(',')) {
      const trimmed = part.trim();
      const targetStart = offset + part.indexOf(trimmed);
      if (trimmed && !trimmed.startsWith('%')) {
        items.push({
          kind: 'reference',
          command,
          target: trimmed,
          targetStart,
          targetEnd: targetStart + trimmed.length,
          start: commandStart,
          end: argument.end,
        });
      }
      offset += part.length + 1;
    }
    return argument.end;
  }
  const trimmed = inner.trim();
  items.push({
    kind: 'reference',
    command,
    target: directory ? `${directory.replace(/\/?$/, '/')}${trimmed}` : trimmed,
    targetStart: argument.innerStart + inner.indexOf(trimmed),
    targetEnd: argument.innerStart + inner.indexOf(trimmed) + trimmed.length,
    start: commandStart,
    end: argument.end,
  });
  return argument.end;
}

/** \verb|…| and friends: the first character after the command (and optional *) is the delimiter. */
export function skipInlineVerbatim(text: string, pos: number, name: string): number {
  let at = pos;
  if (text.charCodeAt(at) === 42) at++;
  if (name === '\\mintinline') {
    const language = readArgument(text, at, 100);
    if (language) at = language.end;
  }
  if (name === '\\lstinline') {
    const options = readOptionalArgument(text, at, 1000);
    if (options) at = options.end;
  }
  const delimiter = text[at];
  if (delimiter === undefined || isNewline(delimiter.charCodeAt(0))) return at;
  const closing = delimiter === '{' ? '}' : delimiter;
  // The argument ends at its delimiter on the same line; unclosed, at the end of the line.
  for (let pos = at + 1; pos < text.length; pos++) {
    const code = text.charCodeAt(pos);
    if (text[pos] === closing) return pos + 1;
    if (isNewline(code)) return pos;
  }
  return text.length;
}

/** \iffalse … \fi: commented-out source, honouring nested \if…\fi. */
function skipConditional(text: string, pos: number): number {
  const pattern = /\\(if[a-zA-Z@]*|fi)(?![a-zA-Z@])/g;
  pattern.lastIndex = pos;
  let depth = 1;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    depth += match[1] === 'fi' ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return text.length;
}
