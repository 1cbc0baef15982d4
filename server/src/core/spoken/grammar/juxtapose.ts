/**
 * Two operands said in a row. Mostly a product; "x i" may be x_i (subscript.ts); and after a
 * quantifier's set a new operand starts the statement it quantifies: "for all x in the reals x
 * squared is at least 0" is ∀x ∈ ℝ, x² ≥ 0.
 */
import { lexicon } from '../lexicon';
import type { Parser } from '../parser';
import { PhraseTable } from '../phraseTable';
import { atom, lastFactor, type Formula } from '../tree';
import { juxtaposeIndex } from './subscript';

const quantifiers = new PhraseTable(
  [...lexicon.symbols].filter(([, tex]) => tex === '\\forall' || tex.startsWith('\\exists')),
);
const namedSets = new Set(lexicon.setNames.values());

/** How far back a quantifier is looked for, so that time stays linear. */
const quantifierReach = 32;

/** A quantifier said in the sentence shortly before token `at`. */
function quantifiedBefore(parser: Parser, at: number): boolean {
  const reach = Math.max(0, at - quantifierReach);
  for (let i = at - 1; i >= reach && parser.tokens[i].kind !== 'stop'; i--)
    if (quantifiers.match(parser.tokens, i) !== undefined) return true;
  return false;
}

/** A group or ring named by a capital, maybe scripted or a number system (G, ℤ, S_n). */
function namesStructure(formula: Formula): boolean {
  if (formula.kind === 'script') return namesStructure(formula.base);
  return formula.kind === 'atom' && (/^[A-Z]$/.test(formula.tex) || namedSets.has(formula.tex));
}

/**
 * "G mod N", "G mod the kernel of phi", "Z mod n Z": "mod" between structures is the quotient,
 * G/N, G/ker φ, ℤ/nℤ; between numbers it is the remainder.
 */
function quotientOf(left: Formula, right: Formula): Formula | undefined {
  if (!namesStructure(lastFactor(left)) || right.kind !== 'row') return undefined;
  const [mod, ...modulus] = right.items;
  if (mod.kind !== 'atom' || mod.tex !== '\\bmod' || modulus.length === 0) return undefined;
  const divisor: Formula = modulus.length === 1 ? modulus[0] : { kind: 'row', items: modulus };
  const kernel =
    divisor.kind === 'row' && divisor.items[0].kind === 'atom' && divisor.items[0].tex === '\\ker';
  if (!namesStructure(lastFactor(divisor)) && !kernel && !namesStructure(divisor)) return undefined;
  return { kind: 'infix', op: '/', left, right: divisor };
}

export function juxtaposed(parser: Parser, left: Formula, right: Formula, at: number): Formula {
  const quotient = quotientOf(left, right);
  if (quotient !== undefined) return quotient;
  const set = lastFactor(left);
  const first = right.kind === 'row' ? right.items[0] : right;
  const saidComma = first.kind === 'atom' && first.tex === ',';
  const afterSet =
    set.kind === 'atom' && namedSets.has(set.tex) && right.kind !== 'empty' && !saidComma;
  if (afterSet && quantifiedBefore(parser, at))
    return {
      kind: 'row',
      items: [...(left.kind === 'row' ? left.items : [left]), atom(',', 'symbol'), right],
    };
  return juxtaposeIndex(parser, left, right, at);
}
