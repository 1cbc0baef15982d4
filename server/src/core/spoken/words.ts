/**
 * Word-level normalisation after tokenizing: hyphenated words are split ("one-half", "sub-ji"),
 * letter and digit ordinals are marked ("n-th", "nth", "2nd"), recogniser slips are corrected
 * ("sign" → "sine"), hesitations ("um") are dropped and spelled letters become letters ("dee" →
 * "d"). Spans stay those of the written words, so findings point at what the user wrote.
 */
import constructs from './lexicon/en/constructs.json';
import fillers from './lexicon/en/fillers.json';
import functions from './lexicon/en/functions.json';
import greek from './lexicon/en/greek.json';
import letters from './lexicon/en/letters.json';
import numbers from './lexicon/en/numbers.json';
import relations from './lexicon/en/relations.json';
import slips from './lexicon/en/slips.json';
import slipsInContext from './lexicon/en/slipsInContext.json';
import spelledSymbols from './lexicon/en/spelledSymbols.json';
import symbols from './lexicon/en/symbols.json';
import units from './lexicon/en/units.json';
import { expandBriefMathSpeak } from './mathspeakBrief';
import { PhraseTable } from './phraseTable';
import type { Token } from './tokens';

const slipTable = new Map(
  Object.entries(slips as Record<string, string>).filter(([key]) => key !== '//'),
);
/** The first words of slips heard as two words ("co" of "co sine"). */
const joinedFirstWords = new Set(
  [...slipTable.keys()].filter((key) => key.includes(' ')).map((key) => key.split(' ')[0]),
);
const letterTable = new Map(
  Object.entries(letters as Record<string, string>).filter(([key]) => key !== '//'),
);
const ordinalSuffixes = new Set(numbers.ordinalSuffixes);
const hesitations = new Set(fillers.hesitations);
/**
 * "dollar sign", "equals sign with question mark over it": after these words "sign" is the noun,
 * not a slip for "sine".
 */
const signNouns = new Set(
  [...Object.keys(symbols), ...Object.keys(relations)].flatMap((phrase) => {
    const words = phrase.split(' ');
    return words.flatMap((word, i) => (word === 'sign' && i > 0 ? [words[i - 1]] : []));
  }),
);
const scriptWords = new Set(['sub', 'subscript']);
/** Spelled letters that are also abbreviations written as scripts. */
const abbreviations = new Set(['eff']);
const letterOrdinal = /^([a-z])-?th$/;
const openers = new Set(fillers.openers);

/** "So, x equals 2", "okay so f of x is …": a speaker's opening word before more is said. */
function opensSentence(out: readonly Token[], token: Token, next: Token | undefined): boolean {
  const previous = out[out.length - 1];
  const first = previous === undefined || previous.kind === 'stop';
  return first && openers.has(token.text) && next !== undefined && next.kind !== 'stop';
}

function word(token: Token, text: string, start = token.start, end = token.end): Token {
  return {
    ...token,
    kind: 'word',
    text,
    start,
    end,
    raw: token.raw.slice(start - token.start, end - token.start),
  };
}

/** "one-half" → "one", "half"; "n-th" → ordinal n; other words are returned as they are. */
function splitHyphens(token: Token): Token[] {
  const ordinal = letterOrdinal.exec(token.text);
  if (ordinal !== null) return [{ ...word(token, ordinal[1]), ordinal: true }];
  if (!token.text.includes('-')) return [token];
  const out: Token[] = [];
  let offset = token.start;
  for (const part of token.raw.split('-')) {
    if (part !== '') {
      const piece = word(token, part.toLowerCase(), offset, offset + part.length);
      out.push({
        ...piece,
        capital: part[0] !== part[0].toLowerCase(),
        sentenceStart: token.sentenceStart && offset === token.start,
        ...(offset === token.start ? {} : { afterHyphen: true }),
      });
    }
    offset += part.length + 1;
  }
  return out;
}

/** Units written as their symbols after a number ("5kg", "2GB") and names ("2pi", "2sin x"). */
const gluedNames = new Set([
  ...Object.values(units.symbols),
  ...Object.keys(greek.lower),
  ...Object.keys(functions),
  ...slipTable.keys(),
]);

/**
 * "4AC", "2xy", "3ab": letters glued to a number are a product of letters, as a recogniser writes
 * "4 a c"; a unit's symbol or a name ("5kg", "2GB", "2pi") stays one, and an initialism said apart ("the MM
 * algorithm") is not glued.
 */
function gluedLetters(previous: Token | undefined, token: Token): Token[] | undefined {
  const glued = previous?.kind === 'number' && previous.end === token.start;
  if (!glued || !/^(?:[A-Z]{2,3}|[a-z]{2,3})$/.test(token.raw) || gluedNames.has(token.raw))
    return undefined;
  return [...token.raw].map((letter, i) =>
    word(token, letter.toLowerCase(), token.start + i, token.start + i + 1),
  );
}

/** The variables a differential is glued to as one word: "dy", "dx", "dt" ("do" stays a word). */
const differentialVariables = new Set(constructs['calculus.differentialVariables']);

/**
 * "dy dx", "DY DX": a recogniser's glued differential, the one piece of a word, is "d" and its
 * variable; written all in capitals, the capital is the recogniser's, not a capital variable.
 */
function splitDifferential(pieces: Token[]): Token[] {
  const [token] = pieces;
  const glued = pieces.length === 1 && token.text.length === 2 && token.text[0] === 'd';
  if (!glued || !differentialVariables.has(token.text[1])) return pieces;
  const variable = word(token, token.text[1], token.start + 1);
  const shouted = token.raw === token.raw.toUpperCase();
  return [
    word(token, 'd', token.start, token.start + 1),
    shouted ? { ...variable, raw: variable.raw.toLowerCase(), capital: false } : variable,
  ];
}

const { punctuation, ...symbolPhrases } = spelledSymbols;
const symbolTable = new PhraseTable(
  Object.entries(symbolPhrases as Record<string, string>).filter(([key]) => !key.startsWith('//')),
);
const punctuationWords = new Map<string, string>(Object.entries(punctuation));

function isPause(token: Token | undefined): boolean {
  return token?.kind === 'pause' && token.text === ',';
}

/**
 * "F sub 0, colon, R", "R cubed, semicolon, C": the pauses around a punctuation word are part of
 * saying it. After a colon said without a pause before it the pause stays: after a label ("Case 4
 * colon, p plus q") it separates the cells of a line.
 */
function dropPausesAroundPunctuation(tokens: readonly Token[]): Token[] {
  const said = (at: number, sides: readonly string[]) =>
    tokens[at]?.kind === 'word' && sides.includes(punctuationWords.get(tokens[at].text) ?? '');
  const setOff = (at: number) => said(at, ['before']) && isPause(tokens[at - 1]);
  return tokens.filter(
    (token, i) =>
      !isPause(token) ||
      !(said(i + 1, ['before', 'around']) || said(i - 1, ['around']) || setOff(i - 1)),
  );
}

/** "dot dot dot" → one "…" token, before "dot" can be read as an accent or a product. */
function foldSpelledSymbols(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = tokens[i].kind === 'word' ? symbolTable.match(tokens, i) : undefined;
    if (match === undefined) {
      out.push(tokens[i]);
      continue;
    }
    const words = tokens.slice(i, i + match.length);
    const raw = words.map((token) => token.raw).join(' ');
    out.push({
      ...tokens[i],
      kind: 'symbol',
      text: match.value,
      raw,
      end: words[words.length - 1].end,
    });
    i += match.length - 1;
  }
  return out;
}

export function normaliseWords(tokens: readonly Token[]): Token[] {
  const spelled = correctInContext(spellWords(expandBriefMathSpeak(tokens)));
  return dropPausesAroundPunctuation(foldSpelledSymbols(spelled));
}

interface ContextSlip {
  meant: string;
  after?: string[];
  before?: string[];
}

const { '//': _about, ...contextSlipEntries } = slipsInContext as Record<string, unknown>;
const contextSlips = new Map(Object.entries(contextSlipEntries as Record<string, ContextSlip>));

/** The word a slip's context names for `token`: its text, or "<number>" for a number. */
function contextWord(token: Token | undefined): string | undefined {
  return token?.kind === 'number' ? '<number>' : token?.text;
}

/**
 * "minus for equals zero", "x over to plus 3", "pie are squared": a word that is a number or a
 * letter only next to math (slipsInContext.json) is corrected where its neighbours say so.
 */
function correctInContext(tokens: Token[]): Token[] {
  return tokens.map((token, i) => {
    const slip = token.kind === 'word' ? contextSlips.get(token.text) : undefined;
    if (slip === undefined) return token;
    const after = slip.after?.includes(contextWord(tokens[i - 1]) ?? '') === true;
    const before = slip.before?.includes(contextWord(tokens[i + 1]) ?? '') === true;
    if (!after && !before) return token;
    return /^\d+$/.test(slip.meant)
      ? { ...token, kind: 'number', text: slip.meant }
      : { ...token, text: slip.meant };
  });
}

function spellWords(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at];
    if (token.kind !== 'word') {
      out.push(token);
      continue;
    }
    // "rho sub ER", "the MM algorithm": an initialism written in capitals is no hesitation.
    if (hesitations.has(token.text) && !/^[A-Z]{2,}$/.test(token.raw)) continue;
    if (opensSentence(out, token, tokens[at + 1])) continue;
    const previous = out[out.length - 1];
    if (
      previous?.kind === 'number' &&
      previous.end === token.start &&
      ordinalSuffixes.has(token.text)
    ) {
      out[out.length - 1] = {
        ...previous,
        end: token.end,
        raw: previous.raw + token.raw,
        ordinal: true,
      };
      continue;
    }
    // "the n th derivative": a recogniser's "n th" is the ordinal "n-th".
    if (previous?.kind === 'word' && /^[a-z]$/.test(previous.raw) && token.text === 'th') {
      out[out.length - 1] = { ...previous, end: token.end, ordinal: true };
      continue;
    }
    const pieces = gluedLetters(previous, token) ?? splitDifferential(splitHyphens(token));
    for (const piece of pieces) {
      // "T sub eff" is T_eff, the effective temperature: as a script the word is the abbreviation.
      const script = scriptWords.has(out[out.length - 1]?.text ?? '');
      const spelled =
        script && abbreviations.has(piece.text) ? undefined : letterTable.get(piece.text);
      const noun = piece.text === 'sign' && signNouns.has(out[out.length - 1]?.text ?? '');
      const meant = noun ? undefined : (slipTable.get(piece.text) ?? spelled);
      // "co-sign", "co sine": a name heard as two words is one.
      const previousWord = out[out.length - 1];
      const joined =
        previousWord?.kind === 'word' && joinedFirstWords.has(previousWord.text)
          ? slipTable.get(`${previousWord.text} ${meant ?? piece.text}`)
          : undefined;
      if (joined !== undefined) {
        out[out.length - 1] = {
          ...previousWord,
          text: joined,
          end: piece.end,
          raw: `${previousWord.raw} ${piece.raw}`,
        };
        continue;
      }
      out.push(meant === undefined ? piece : { ...piece, text: meant });
    }
  }
  return out;
}
