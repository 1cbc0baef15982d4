/** Is a character Unicode mathematics (a symbol, a script, a styled letter, a root, an accent)? */
import scriptTable from './scripts.json';
import { accentCommand, characterLatex } from './characters';
import { ROOTS, SLASHES } from './tokenize';

/** Precomposed letters with these marks are math (ā, ẋ, ẍ, â); é and à are words. */
const MATH_MARKS = new Set(['\u0302', '\u0304', '\u0307', '\u0308']);

export function isMathCharacter(character: string): boolean {
  if (character.charCodeAt(0) < 0x80) return false;
  const latex = characterLatex(character);
  if (latex !== undefined) return latex.trim() !== '';
  if (
    Object.hasOwn(scriptTable.superscripts, character) ||
    Object.hasOwn(scriptTable.subscripts, character) ||
    Object.hasOwn(ROOTS, character) ||
    SLASHES.has(character) ||
    accentCommand(character) !== undefined
  )
    return true;
  const decomposed = character.normalize('NFD');
  return decomposed.length === 2 && MATH_MARKS.has(decomposed[1]);
}
