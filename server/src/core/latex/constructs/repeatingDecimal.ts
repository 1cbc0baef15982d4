/**
 * Repeating decimals: `0.\overline{3}`, `0 . \bar{12}`, `2.5\bar{3}` (a bar over the digits that
 * repeat, after a number with a decimal point or before one) are the exact fractions they denote:
 * 0.3̄ → 1/3, 2.13̄4̄ → 2132/999, as a ConstantNode or the division of two. The digits must fit in
 * a double exactly (15 in all), else unsupported.
 */
import type { Parser } from '../parser';
import { numberNode, operatorNode, type MathNode } from '../mathjsNodes';

const BARS = new Set(['bar', 'overline']);
const MAX_DIGITS = 15;

/** The number of tokens before the bar: 1 after `2.5`, 2 after `0 .`; 0 when no repeating decimal. */
function prefixLength(p: Parser): number {
  const number = p.peek();
  if (number.kind !== 'number') return 0;
  const dotted = p.is('punct', '.', 1) && !number.value.includes('.');
  const k = dotted ? 2 : 1;
  if (!dotted && !number.value.includes('.')) return 0;
  const isBar = p.peek(k).kind === 'command' && BARS.has(p.peek(k).value);
  const digits = p.peek(k + 2);
  const braced = p.is('open', undefined, k + 1) && p.is('close', undefined, k + 3);
  return isBar && braced && digits.kind === 'number' && /^\d+$/.test(digits.value) ? k : 0;
}

export function repeatingDecimalAhead(p: Parser): boolean {
  return prefixLength(p) > 0;
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/** Parses the repeating decimal at the parser's position (the caller checked it is one). */
export function parseRepeatingDecimal(p: Parser): MathNode {
  const k = prefixLength(p);
  const number = p.next();
  if (k === 2) p.next();
  p.next(); // \bar
  p.next(); // {
  const repeating = p.next().value;
  const close = p.next();
  const [whole, fixed = ''] = number.value.split('.');
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
