/**
 * Repeating decimals: `0.\overline{3}`, `0 . \bar{12}`, `2.5\bar{3}` (a bar over the digits that
 * repeat, after a number with a decimal point or before one), `0.5\dot{3}`, `0.\dot{1}2\dot{3}`
 * (dots over the first and last repeating digit) are the exact fractions they denote:
 * 0.3̄ → 1/3, 2.13̄4̄ → 2132/999, as a ConstantNode or the division of two. The digits must fit in
 * a double exactly (15 in all), else unsupported.
 */
import type { Parser } from '../parser';
import { numberNode, operatorNode, type MathNode } from '../mathjsNodes';

const BARS = new Set(['bar', 'overline']);
const MAX_DIGITS = 15;

/** The number of tokens before the repeating digits: 1 after `2.5`, 2 after `0 .`; 0 when none. */
function prefixLength(p: Parser): number {
  const number = p.peek();
  if (number.kind !== 'number') return 0;
  const dotted = p.is('punct', '.', 1) && !number.value.includes('.');
  if (!dotted && !number.value.includes('.')) return 0;
  return dotted ? 2 : 1;
}

/** The digit under a dot at offset k (`\dot{3}`, `\dot 3`, `\overset{\cdot}{3}`) and its token count. */
function dottedDigitAt(p: Parser, k: number): { digit: string; length: number } | undefined {
  const digitAt = (j: number) => {
    const t = p.peek(j);
    return t.kind === 'number' && /^\d$/.test(t.value) ? t.value : undefined;
  };
  const bracedDigitAt = (j: number) =>
    p.is('open', undefined, j) && p.is('close', undefined, j + 2) ? digitAt(j + 1) : undefined;
  if (p.isCommand('dot', k)) {
    const braced = bracedDigitAt(k + 1);
    if (braced !== undefined) return { digit: braced, length: 4 };
    const bare = digitAt(k + 1);
    return bare === undefined ? undefined : { digit: bare, length: 2 };
  }
  const overDot =
    p.isCommand('overset', k) &&
    p.is('open', undefined, k + 1) &&
    p.isCommand('cdot', k + 2) &&
    p.is('close', undefined, k + 3);
  const digit = overDot ? bracedDigitAt(k + 4) : undefined;
  return digit === undefined ? undefined : { digit, length: 7 };
}

interface Repetend {
  /** Digits written apart from the number, before the first dot (`0.\,5\dot{3}`). */
  fixed: string;
  repeating: string;
  /** Tokens from the number to the end of the repeating digits. */
  length: number;
}

/**
 * The repeating digits after the prefix: a bar over them (`\bar{12}`, `\overline{3}`), or dots
 * over the first and last (`\dot{1}2\dot{3}`, British style; one dot for one digit, and
 * dots over each digit of the block as screen-reader LaTeX writes them: `\dot{3}\dot{3}`).
 * Digits before the first dot do not repeat (`0.5\dot{3}` is 0.5333…).
 */
function repetendAt(p: Parser, k: number): Repetend | undefined {
  const bar = p.peek(k);
  if (bar.kind === 'command' && BARS.has(bar.value)) {
    const digits = p.peek(k + 2);
    const braced = p.is('open', undefined, k + 1) && p.is('close', undefined, k + 3);
    if (!braced || digits.kind !== 'number' || !/^\d+$/.test(digits.value)) return undefined;
    return { fixed: '', repeating: digits.value, length: k + 4 };
  }
  let fixed = '';
  let repeating = '';
  let pending = '';
  let j = k;
  let end = 0;
  for (;;) {
    const dotted = dottedDigitAt(p, j);
    const plain = p.peek(j);
    if (dotted !== undefined) {
      if (end === 0) fixed = pending;
      else repeating += pending;
      pending = '';
      repeating += dotted.digit;
      j += dotted.length;
      end = j;
    } else if (plain.kind === 'number' && /^\d+$/.test(plain.value) && !plain.spaced) {
      pending += plain.value;
      j++;
    } else break;
  }
  return end === 0 ? undefined : { fixed, repeating, length: end };
}

export function repeatingDecimalAhead(p: Parser): boolean {
  const k = prefixLength(p);
  return k > 0 && repetendAt(p, k) !== undefined;
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/** Parses the repeating decimal at the parser's position (the caller checked it is one). */
export function parseRepeatingDecimal(p: Parser): MathNode {
  const k = prefixLength(p);
  const repetend = repetendAt(p, k);
  if (repetend === undefined) p.fail('repeating decimal');
  const number = p.peek();
  for (let j = 0; j < repetend.length - 1; j++) p.next();
  const close = p.next();
  if (p.is('number') && p.peek().spaced !== true)
    p.fail('digits after the repeating ones', number.start, p.peek().end);
  const [whole, ownFixed = ''] = number.value.split('.');
  const fixed = ownFixed + repetend.fixed;
  const repeating = repetend.repeating;
  if (whole.length + fixed.length + repeating.length > MAX_DIGITS)
    p.fail('repeating decimal with too many digits', number.start, close.end);
  // x = (digits of whole·fixed·repeating − digits of whole·fixed) / (10^|fixed| (10^|repeating| − 1))
  const all = BigInt(`${whole}${fixed}${repeating}`);
  const head = BigInt(`${whole}${fixed}` || '0');
  let numerator = all - head;
  let denominator = 10n ** BigInt(fixed.length) * (10n ** BigInt(repeating.length) - 1n);
  const divisor = gcd(numerator, denominator);
  numerator /= divisor;
  denominator /= divisor;
  const top = p.mark(numberNode(Number(numerator)), number.start, close.end);
  if (denominator === 1n) return top;
  const bottom = p.mark(numberNode(Number(denominator)), number.start, close.end);
  return p.mark(operatorNode('divide', [top, bottom]), number.start, close.end);
}
