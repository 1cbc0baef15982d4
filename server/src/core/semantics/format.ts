/** Short, faithful renderings of the engine's numbers for messages ("at x = 1.3: left 2.69"). */
import type { PointValue } from '../equivalence';

/** `digits` significant digits, without trailing zeros or exponent noise for ordinary sizes. */
export function formatNumber(x: number, digits = 4): string {
  if (Number.isNaN(x)) return 'undefined';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x === 0) return '0';
  const text = x.toPrecision(Math.min(Math.max(digits, 1), 17));
  return String(Number(text));
}

export function formatValue(value: PointValue, digits = 4): string {
  if (typeof value === 'number') return formatNumber(value, digits);
  // Round-off of complex arithmetic (e^{iπ} = −1 + 1.2e−16 i) is not shown.
  const tiny = 1e-14 * Math.max(Math.abs(value.re), Math.abs(value.im));
  const re = Math.abs(value.re) <= tiny ? 0 : value.re;
  const imaginary = Math.abs(value.im) <= tiny ? 0 : value.im;
  if (imaginary === 0) return formatNumber(re, digits);
  value = { re, im: imaginary };
  const im = formatNumber(Math.abs(value.im), digits);
  const imag = `${im === '1' ? '' : im}i`;
  if (value.re === 0) return value.im < 0 ? `-${imag}` : imag;
  return `${formatNumber(value.re, digits)} ${value.im < 0 ? '-' : '+'} ${imag}`;
}

/**
 * Both values of a counterexample with the fewest significant digits (at least three) that tell
 * them apart: `1 + 10^{-12}x` vs `1` prints 1.0000000000004 and 1, not 1 and 1.
 */
export function formatPair(left: PointValue, right: PointValue): [string, string] {
  for (let digits = 3; digits <= 17; digits++) {
    const pair: [string, string] = [formatValue(left, digits), formatValue(right, digits)];
    if (pair[0] !== pair[1]) return pair;
  }
  return [formatValue(left, 17), formatValue(right, 17)];
}
