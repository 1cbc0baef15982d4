/**
 * The modulus of a congruence, written after its chain: `a \equiv b \pmod{n}`, `\pmod 7`,
 * `a \equiv b \mod n`, `a \equiv b \ (\text{mod}\ n)`, `\left(\mathrm{mod}\ n\right)`. The
 * statement keeps it (index.ts): its relations become `congruent` — never an equation.
 */
import type { Parser } from '../parser';
import type { MathNode } from '../mathjsNodes';

/** The number of tokens of `mod` as a word at offset k: `\text{mod}`, `\mathrm{mod}`, `\operatorname{mod}`. */
function modWordLength(p: Parser, k: number): number {
  if (p.is('text', undefined, k) && p.peek(k).value.trim() === 'mod') return 1;
  const spelled =
    (p.isCommand('mathrm', k) || p.isCommand('operatorname', k) || p.isCommand('text', k)) &&
    p.is('open', undefined, k + 1) &&
    p.is('letter', 'm', k + 2) &&
    p.is('letter', 'o', k + 3) &&
    p.is('letter', 'd', k + 4) &&
    p.is('close', undefined, k + 5);
  return spelled ? 6 : 0;
}

/** `(`, or `\left(`, before the word mod: the tokens up to the modulus, 0 when none. */
function parenthesisedPrefix(p: Parser): number {
  const left = p.isCommand('left') ? 1 : 0;
  if (!p.is('punct', '(', left)) return 0;
  const word = modWordLength(p, left + 1);
  return word === 0 ? 0 : left + 1 + word;
}

/** At a modulus clause. */
export function modulusAhead(p: Parser): boolean {
  return p.isCommand('pmod') || p.isCommand('mod') || parenthesisedPrefix(p) > 0;
}

/** Parses the modulus clause ahead (the caller checked modulusAhead) and returns the modulus. */
export function parseModulus(p: Parser): MathNode {
  // \pmod takes one argument, as TeX does (`\pmod 12` is mod 1, then 2); \mod is only a word
  // before the modulus, which runs to the end of the sum.
  if (p.isCommand('pmod')) {
    p.next();
    return p.parseScriptArgument();
  }
  if (p.isCommand('mod')) {
    p.next();
    return p.parseSum();
  }
  const left = p.isCommand('left');
  const prefix = parenthesisedPrefix(p);
  for (let k = 0; k < prefix; k++) p.next();
  const modulus = p.parseExpression();
  if (left) p.expect('command', 'right');
  p.expect('punct', ')');
  return modulus;
}
