import type { InnerEnvironment, Span } from './types';
import {
  isNewline,
  lineEnd,
  readArgument,
  readBracedName,
  readOptionalArgument,
  skipSpaces,
} from './texText';
import {
  innerMathEnvironments,
  mathBreakingCommands,
  mathEnvironments,
  rawArgumentCommands,
  stopPattern,
  textEnvironments,
  textModeCommands,
} from './latexVocabulary';

/** What closes a formula. 'bound' closes at a known offset (Markdown found the delimiters). */
export type MathCloser =
  | { type: 'dollar' }
  | { type: 'double-dollar' }
  | { type: 'paren' }
  | { type: 'bracket' }
  | { type: 'environment'; name: string }
  | { type: 'ensuremath' }
  | { type: 'bound'; end: number };

export interface MathScanOptions {
  /** % starts a comment (LaTeX documents); in Markdown it does not hide delimiters. */
  comments: boolean;
}

export interface MathScanResult {
  /** End of the formula source (start of the closing delimiter, or where recovery stopped). */
  contentEnd: number;
  /** End of the region including the closing delimiter. */
  end: number;
  terminated: boolean;
  textIslands: Span[];
  innerEnvironments: InnerEnvironment[];
  /** Paragraph breaks met inside display math that was closed later (LaTeX errors). */
  blankLines: Span[];
  /** How far the scan read: an unterminated formula's extent depends on text past its end. */
  examined: number;
}

const DOLLAR = 36;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const PERCENT = 37;

export const mathWords = [
  'begin',
  'end',
  ...textModeCommands.keys(),
  ...mathBreakingCommands,
  ...rawArgumentCommands,
];
/** In math, braces matter only inside text islands and for \ensuremath{…}, which closes with its brace. */
const mathStops = stopPattern('$%', ')]', mathWords);
const bracedMathStops = stopPattern('$%{}', ')]', mathWords);
const textStops = stopPattern('$%{}', '(', []);

/** The shared empty list (never mutated: writers replace it with a fresh array first). */
export const NO_SPANS: Span[] = [];
const NONE = NO_SPANS;

interface MathFrame {
  mode: 'math';
  closer: MathCloser;
  braceDepth: number;
  /** Depth of environments named like the closing one, opened inside (\begin{equation} nested). */
  sameNameDepth: number;
}

interface TextFrame {
  mode: 'text';
  start: number;
  braceDepth: number;
}

/**
 * Scans a formula from `contentStart` to its closing delimiter, tracking text-mode islands (where $
 * opens nested math), inner environments, braces for \ensuremath, comments and paragraph breaks.
 * Iterative (an explicit stack), linear in the text scanned, never throws.
 */
export function scanMath(
  text: string,
  contentStart: number,
  closer: MathCloser,
  options: MathScanOptions,
): MathScanResult {
  const limit = closer.type === 'bound' ? closer.end : text.length;
  // The first stop decides most formulas (see quickClose); if not, the loop starts from it.
  let firstStop: RegExpExecArray | null | undefined;
  if (closesQuickly(closer)) {
    mathStops.lastIndex = contentStart;
    firstStop = mathStops.exec(text);
    const quick = quickClose(text, firstStop, closer, limit);
    if (quick) return quick;
  }
  const inline =
    closer.type === 'dollar' || closer.type === 'paren' || closer.type === 'ensuremath';
  const first: MathFrame = { mode: 'math', closer, braceDepth: 0, sameNameDepth: 0 };
  const stack: (MathFrame | TextFrame)[] = [first];
  // Most formulas have no islands, inner environments or blank lines: share one empty list.
  let textIslands: Span[] = NONE;
  let innerEnvironments: InnerEnvironment[] = NONE as InnerEnvironment[];
  const openInner: { name: string; start: number }[] = [];
  let blankLines: Span[] = NONE;
  let pos = contentStart;

  const unterminated = (stop: number, examined = stop): MathScanResult => {
    const cut = blankLines.length > 0 ? blankLines[0].start : stop;
    return {
      examined: Math.max(examined, stop),
      contentEnd: cut,
      end: cut,
      terminated: false,
      textIslands: textIslands.filter((span) => span.end <= cut),
      innerEnvironments: innerEnvironments.filter((env) => env.end <= cut),
      blankLines: NONE,
    };
  };
  const closed = (contentEnd: number, end: number): MathScanResult => ({
    examined: end,
    contentEnd,
    end,
    terminated: true,
    textIslands,
    innerEnvironments,
    blankLines,
  });

  while (pos < limit) {
    const frame = stack[stack.length - 1];
    const stops =
      frame.mode === 'text'
        ? textStops
        : frame.closer.type === 'ensuremath'
          ? bracedMathStops
          : mathStops;
    let found: RegExpExecArray | null;
    if (firstStop !== undefined) {
      found = firstStop;
      firstStop = undefined;
    } else {
      stops.lastIndex = pos;
      found = stops.exec(text);
    }
    if (!found || found.index >= limit) break;
    pos = found.index;
    const match = found[0];
    const code = match.charCodeAt(0);

    if (code === PERCENT) {
      if (options.comments) pos = lineEnd(text, pos);
      else pos++;
      continue;
    }

    if (isNewline(code)) {
      const afterBlank = pos + match.length; // the pattern matched a whole blank line
      if (closer.type === 'bound') {
        pos = afterBlank;
        continue;
      }
      const blank = { start: pos, end: afterBlank };
      if (inline || stack.length > 1) return unterminated(pos, afterBlank);
      if (blankLines === NONE) blankLines = [];
      blankLines.push(blank);
      pos = afterBlank;
      continue;
    }

    if (code === OPEN_BRACE) {
      frame.braceDepth++;
      pos++;
      continue;
    }

    if (code === CLOSE_BRACE) {
      frame.braceDepth--;
      pos++;
      if (frame.mode === 'text' && frame.braceDepth === 0) {
        if (textIslands === NONE) textIslands = [];
        textIslands.push({ start: frame.start, end: pos - 1 });
        stack.pop();
      } else if (
        frame.mode === 'math' &&
        frame.closer.type === 'ensuremath' &&
        frame.braceDepth < 0
      ) {
        if (stack.length === 1) return closed(pos - 1, pos);
        stack.pop();
      }
      continue;
    }

    if (code === DOLLAR) {
      const double = text.charCodeAt(pos + 1) === DOLLAR;
      if (frame.mode === 'text') {
        stack.push({
          mode: 'math',
          closer: double ? { type: 'double-dollar' } : { type: 'dollar' },
          braceDepth: 0,
          sameNameDepth: 0,
        });
        pos += double ? 2 : 1;
        continue;
      }
      if (frame.closer.type === 'dollar') {
        if (stack.length === 1) return closed(pos, pos + 1);
        stack.pop();
        pos++;
        continue;
      }
      if (frame.closer.type === 'double-dollar' && double) {
        if (stack.length === 1) return closed(pos, pos + 2);
        stack.pop();
        pos += 2;
        continue;
      }
      pos += double ? 2 : 1;
      continue;
    }

    // A backslash: a control sequence the pattern matched whole.
    const name = match;
    const commandStart = pos;
    const nameEnd = pos + name.length;
    pos = nameEnd;

    if (frame.mode === 'text') {
      if (name === '\\(')
        stack.push({ mode: 'math', closer: { type: 'paren' }, braceDepth: 0, sameNameDepth: 0 });
      continue;
    }

    if (name === '\\)' && frame.closer.type === 'paren') {
      if (stack.length === 1) return closed(commandStart, nameEnd);
      stack.pop();
      continue;
    }
    if (name === '\\]' && frame.closer.type === 'bracket') {
      if (stack.length === 1) return closed(commandStart, nameEnd);
      stack.pop();
      continue;
    }
    if (name === '\\begin' || name === '\\end') {
      const env = readBracedName(text, nameEnd);
      if (!env) continue;
      pos = env.end;
      const sameAsCloser = frame.closer.type === 'environment' && frame.closer.name === env.name;
      if (name === '\\begin') {
        // Text environments end a formula that was never closed; in inline math a display
        // environment does too (the $ was forgotten). In display math, align inside equation is
        // the formula's own mistake, for the checks to report.
        const breaking =
          textEnvironments.has(env.name) || (inline && mathEnvironments.has(env.name));
        if (sameAsCloser) frame.sameNameDepth++;
        else if (stack.length === 1 && closer.type !== 'bound' && breaking)
          return unterminated(commandStart, env.end);
        else openInner.push({ name: env.name, start: commandStart });
        continue;
      }
      if (sameAsCloser && frame.sameNameDepth === 0) {
        if (stack.length === 1) return closed(commandStart, env.end);
        stack.pop();
        continue;
      }
      if (sameAsCloser) {
        frame.sameNameDepth--;
        continue;
      }
      const open = findLast(openInner, env.name);
      if (open >= 0) {
        if (innerEnvironments === NONE) innerEnvironments = [];
        innerEnvironments.push({ name: env.name, start: openInner[open].start, end: env.end });
        openInner.length = open;
      } else if (
        stack.length === 1 &&
        closer.type === 'environment' &&
        !innerMathEnvironments.has(env.name)
      ) {
        // \begin{equation} … \end{equaton}: LaTeX stops here with an error; so does the formula,
        // and the structure check reports the mismatch.
        return closed(commandStart, env.end);
      } else if (
        stack.length === 1 &&
        closer.type !== 'bound' &&
        (textEnvironments.has(env.name) || mathEnvironments.has(env.name))
      ) {
        // \end{proof} inside math: the formula was never closed. A mismatched \end{bmatrix} is
        // the formula's own mistake, reported by the structure check.
        return unterminated(commandStart, env.end);
      }
      continue;
    }
    if (stack.length === 1 && closer.type !== 'bound' && mathBreakingCommands.has(name)) {
      return unterminated(commandStart, nameEnd + 1);
    }
    if (rawArgumentCommands.has(name)) {
      const argument = readArgument(text, pos);
      if (argument?.braced) pos = argument.end;
      continue;
    }
    const textCommand = textModeCommands.get(name);
    if (textCommand !== undefined) {
      pos = enterTextArgument(text, pos, textCommand, stack);
    }
  }

  if (closer.type === 'bound') return closed(limit, limit);
  // No closing delimiter anywhere: the formula runs to the end (as TeX would read it).
  return unterminated(limit, text.length);
}

/** The closers whose formula is read with mathStops from its start: quickClose can answer them. */
function closesQuickly(closer: MathCloser): boolean {
  const type = closer.type;
  return type === 'dollar' || type === 'paren' || type === 'bracket' || type === 'double-dollar';
}

/**
 * Most formulas hold nothing the scanner must track (no text islands, environments, comments or
 * blank lines): when the first place worth stopping at is the closing delimiter, answer at once.
 */
function quickClose(
  text: string,
  found: RegExpExecArray | null,
  closer: MathCloser,
  limit: number,
): MathScanResult | undefined {
  const type = closer.type;
  if (!found || found.index >= limit) return undefined;
  const at = found.index;
  const match = found[0];
  let width = 0;
  if (type === 'dollar' && match === '$') width = 1;
  else if (type === 'double-dollar' && match === '$' && text.charCodeAt(at + 1) === DOLLAR)
    width = 2;
  else if (type === 'paren' && match === '\\)') width = 2;
  else if (type === 'bracket' && match === '\\]') width = 2;
  if (width === 0) return undefined;
  return {
    examined: at + width,
    contentEnd: at,
    end: at + width,
    terminated: true,
    textIslands: NONE,
    innerEnvironments: NONE as InnerEnvironment[],
    blankLines: NONE,
  };
}

/** Skips a text command's star, options and leading arguments, and opens its text-mode group. */
function enterTextArgument(
  text: string,
  pos: number,
  skipBefore: number,
  stack: (MathFrame | TextFrame)[],
): number {
  let at = skipSpaces(text, pos);
  if (text.charCodeAt(at) === 42 /* * */) at++;
  for (let option = readOptionalArgument(text, at); option; option = readOptionalArgument(text, at))
    at = option.end;
  for (let i = 0; i < skipBefore; i++) {
    const argument = readArgument(text, at, 1000);
    if (!argument) return at;
    at = argument.end;
    for (
      let option = readOptionalArgument(text, at);
      option;
      option = readOptionalArgument(text, at)
    )
      at = option.end;
  }
  at = skipSpaces(text, at);
  if (text.charCodeAt(at) !== OPEN_BRACE) return at;
  stack.push({ mode: 'text', start: at + 1, braceDepth: 1 });
  return at + 1;
}

function findLast(open: { name: string }[], name: string): number {
  for (let i = open.length - 1; i >= 0; i--) if (open[i].name === name) return i;
  return -1;
}
