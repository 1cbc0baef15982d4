/**
 * A measured value with its uncertainty written as scripts on the number: `68.4_{\pm 1.0}` →
 * Uncertainty(68.4, 1.0) (symmetric), `1.03_{-0.16}^{+0.16}` and `0.965^{+0.046}_{-0.047}` →
 * Uncertainty(1.03, -0.16, 0.16) (lower and upper deviation, signed as written). Scripts without
 * their signs (`70.00_{4.10}`) say nothing certain: unsupported.
 */
import type { Parser } from '../parser';
import type { MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';

function signOf(tokens: readonly Token[]): string | undefined {
  const first = tokens[0];
  if (first?.kind === 'command' && first.value === 'pm') return '±';
  if (first?.kind === 'punct' && (first.value === '+' || first.value === '-')) return first.value;
  return undefined;
}

/** At a script after the number `value`: whether it is an uncertainty. */
export function uncertaintyAhead(p: Parser, value: MathNode): boolean {
  if (value.type !== 'ConstantNode') return false;
  const signed = (k: number) => signOf(p.peekArgumentTokens(k) ?? []) !== undefined;
  if (p.is('sub')) return signed(1);
  // `10^{-4}` is a power: a signed superscript is an uncertainty only with a signed subscript.
  const after = 1 + p.argumentLength(1);
  return p.is('sup') && signed(1) && p.is('sub', undefined, after) && signed(after + 1);
}

/** Parses the scripts of an uncertainty after `value` (the caller checked uncertaintyAhead). */
export function parseUncertainty(p: Parser, value: MathNode): MathNode {
  const start = p.spanOf(value).start;
  const scripts: Partial<Record<'sub' | 'sup', MathNode>> = {};
  let symmetric: MathNode | undefined;
  while ((p.is('sub') && !scripts.sub) || (p.is('sup') && !scripts.sup)) {
    const kind = p.next().kind as 'sub' | 'sup';
    const argument = p.takeArgumentTokens();
    const sign = signOf(argument.tokens);
    if (sign === undefined) p.fail('uncertainty without a sign', start, argument.end);
    if (sign === '±') {
      if (symmetric !== undefined || kind !== 'sub') p.fail('uncertainty', start, argument.end);
      symmetric = p.subParser(argument.tokens.slice(1), argument.end).parseWhole();
      scripts.sub = symmetric;
    } else scripts[kind] = p.subParser(argument.tokens, argument.end).parseWhole();
  }
  if (symmetric !== undefined) {
    if (scripts.sup !== undefined) p.fail('uncertainty', start, p.lastEnd());
    return p.apply('Uncertainty', [value, symmetric], start, p.lastEnd());
  }
  if (scripts.sub === undefined || scripts.sup === undefined)
    p.fail('uncertainty with one side', start, p.lastEnd());
  return p.apply('Uncertainty', [value, scripts.sub, scripts.sup], start, p.lastEnd());
}
