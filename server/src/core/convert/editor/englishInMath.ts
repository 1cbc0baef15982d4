import { isAsciiLetter } from '../../regions/texText';
import { convertSpoken } from '../../spoken/convert';
import type { Conversion } from '../types';

/** What a conversion adds that plain letters do not have: commands, scripts, operators. */
const STRUCTURE = /[\\^_{}+\-=<>/|!()[\]]/g;

/** Any LaTeX markup (\ ^ _ { } &): a formula with it is LaTeX, however many words it has. */
const markup = new Uint8Array(128);
for (const character of '\\^_{}&') markup[character.charCodeAt(0)] = 1;

/**
 * Whether text[start, end) may be English at all: no LaTeX markup, and at least two words (runs of
 * ASCII letters), one of them longer than a letter. Read in place: the checker asks this of every
 * formula of a document, nearly all of them LaTeX, and a copy and a word list each cost more.
 */
export function mayBeEnglish(text: string, start: number, end: number): boolean {
  let words = 0;
  let longWord = false;
  let wordLength = 0;
  for (let pos = start; pos <= end; pos++) {
    const code = pos < end ? text.charCodeAt(pos) : 0;
    if (code < 128 && markup[code] === 1) return false;
    if (isAsciiLetter(code)) {
      wordLength++;
      continue;
    }
    if (wordLength > 0) {
      words++;
      if (wordLength >= 2) longWord = true;
      wordLength = 0;
    }
  }
  return words >= 2 && longWord;
}

/**
 * A formula written in words (`$x squared plus one$`, as dictation software types it): its
 * conversion to LaTeX, or undefined when the formula is not English that the spoken grammar reads
 * completely. Letters that merely sit side by side (`$xy z$`) are valid LaTeX and stay alone.
 */
export function englishInMath(content: string): Conversion | undefined {
  if (!mayBeEnglish(content, 0, content.length)) return undefined;
  const conversion = convertSpoken(content);
  if (conversion.findings.length > 0) return undefined;
  if (structureOf(conversion.latex) === structureOf(content)) return undefined;
  return conversion;
}

function structureOf(text: string): string {
  return (text.match(STRUCTURE) ?? []).join('');
}
