/**
 * `a^2 + 2ab + b^2`: mathjs reads `ab` as one name, but where each of its letters is a name of its
 * own elsewhere in the formula, the name is their product, as its writer meant. A name whose
 * letters do not all stand alone stays one name (`5 cm`, `speed`, `dx`).
 */
import { symbolNode } from '../../latex/mathjsNodes';
import { FUNCTION_LATEX, GREEK_SET } from '../../latex/names';
import { FUNCTIONS } from './functions';
import { WRITTEN_OPERATORS } from './calculus';
import { nameOf, product } from './nodes';
import type { MathNode } from './parse';
import symbolTable from './symbols.json';

function isKnownName(name: string): boolean {
  return (
    Object.hasOwn(symbolTable, name) ||
    GREEK_SET.has(name) ||
    Object.hasOwn(FUNCTION_LATEX, name) ||
    Object.hasOwn(FUNCTIONS, name) ||
    Object.hasOwn(WRITTEN_OPERATORS, name)
  );
}

/** The one-letter names of the formula's sides. */
export function singleLetters(sides: readonly MathNode[]): Set<string> {
  const letters = new Set<string>();
  for (const side of sides)
    for (const node of side.filter((n) => n.type === 'SymbolNode'))
      if (/^[A-Za-z]$/.test(nameOf(node))) letters.add(nameOf(node));
  return letters;
}

export function splitLetterNames(node: MathNode, letters: ReadonlySet<string>): MathNode {
  return node.transform((child, path) => {
    // A called name (`dx(t)`) is a function's, not a product.
    if (child.type !== 'SymbolNode' || path === 'fn') return child;
    const name = nameOf(child);
    if (!/^[A-Za-z]{2,4}$/.test(name) || isKnownName(name)) return child;
    if (![...name].every((letter) => letters.has(letter))) return child;
    return product([...name].map((letter) => symbolNode(letter)));
  });
}
