/**
 * MathSpeak's brief and superbrief words → the verbose words the grammar reads: "StartFrac",
 * "Frac … EndFrac", "Sup … Base", "L p'ren", "NestTwiceRoot", a matrix said without "Start".
 * Screen readers set to brief MathSpeak speak these; spans stay those of the words said.
 */
import brief from './lexicon/en/mathspeakBrief.json';
import type { Token } from './tokens';

const words = new Map<string, string>(Object.entries(brief.words));
const closers = new Map<string, string[]>(Object.entries(brief.closers));
const phrases = new Map<string, string>(Object.entries(brief.phrases));
const nestingPrefix = /^Nest(?:Twice|\d)?(?=[A-Z])/;
const scriptLevel: Record<string, { prefix: string; script: string }> = {
  Sup: { prefix: 'Super', script: 'Superscript' },
  Sub: { prefix: 'Sub', script: 'Subscript' },
};

const levelWords = new Set(['Sub', 'Sup', 'Super', 'Subscript', 'Superscript']);

/** The word without its nesting prefix: "NestTwiceFrac" is "Frac", "NestEndRoot" "EndRoot". */
function unnested(raw: string): string {
  return raw.replace(nestingPrefix, '');
}

function spoken(token: Token, raw: string, first: boolean): Token {
  return {
    ...token,
    kind: 'word',
    raw,
    text: raw.toLowerCase(),
    capital: raw[0] !== raw[0].toLowerCase(),
    sentenceStart: first && token.sentenceStart,
  };
}

function closedLater(tokens: readonly Token[], at: number, closing: readonly string[]): boolean {
  return tokens.slice(at + 1).some((token) => closing.includes(unnested(token.raw)));
}

/** "2 By 3 Matrix": superbrief leaves out the "Start" of a matrix. */
function matrixWithoutStart(tokens: readonly Token[], at: number): boolean {
  const [size, by, other, name] = tokens.slice(at, at + 4);
  return (
    size?.kind === 'number' &&
    by?.raw === 'By' &&
    other?.kind === 'number' &&
    (name?.raw === 'Matrix' || name?.raw === 'Determinant') &&
    tokens[at - 1]?.raw !== 'Start'
  );
}

/** The verbose word for the brief one at `at`, or undefined when it is no brief MathSpeak word. */
function verboseWord(tokens: readonly Token[], at: number, scripted: boolean): string | undefined {
  const raw = unnested(tokens[at].raw);
  const level = scriptLevel[raw];
  if (level !== undefined) {
    // "x Sup a Sup Sub n", verbose "x Subscript a Sub Superscript b": a word before another
    // script word names a level, as "Super Subscript" does.
    return levelWords.has(tokens[at + 1]?.raw ?? '') ? level.prefix : level.script;
  }
  const word = words.get(raw);
  const closing = closers.get(raw);
  if (raw === 'Base' && !scripted) return undefined;
  if (word !== undefined && (closing === undefined || closedLater(tokens, at, closing)))
    return word;
  return raw === tokens[at].raw ? undefined : raw;
}

export function expandBriefMathSpeak(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let scripted = false;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at];
    if (token.kind === 'stop') scripted = false;
    if (matrixWithoutStart(tokens, at))
      out.push(spoken({ ...token, end: token.start }, 'Start', true));
    const pair =
      tokens[at + 1] === undefined ? undefined : phrases.get(`${token.raw} ${tokens[at + 1].raw}`);
    if (pair !== undefined) {
      const span = { ...token, end: tokens[at + 1].end };
      pair.split(' ').forEach((raw, i) => out.push(spoken(span, raw, i === 0)));
      at++;
      continue;
    }
    if (token.kind !== 'word') {
      out.push(token);
      continue;
    }
    const verbose = verboseWord(tokens, at, scripted);
    if (scriptLevel[unnested(token.raw)] !== undefined) scripted = true;
    out.push(verbose === undefined ? token : spoken(token, verbose, true));
  }
  return out;
}
