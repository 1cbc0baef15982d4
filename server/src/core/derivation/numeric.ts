/**
 * Which relations are computations worth checking (DESIGN §4). Real documents are full of chains
 * that state facts: `M = N = 0` for modules, `\mathsf{refl}_x = p` in type theory, `f = g` for
 * maps. Checking those as identities of numbers would raise false alarms. A side is numeric when
 * every name in it looks like a number's: a letter (Latin or Greek) with subscripts, primes or an
 * accent — not bold, calligraphic, blackboard, sans-serif or operator names.
 */
import type { MathNode } from '../latex';
import { GREEK } from '../latex/names';

const GREEK_NAMES = new Set(GREEK);
const ACCENTED =
  /^\\(hat|bar|tilde|dot|ddot|check|breve|acute|grave|mathrm|mathit|overline)\{([A-Za-z]|\\?[a-zA-Z]+)\}$/;

function baseOf(name: string): string {
  const subscript = name.indexOf('_');
  const withoutSubscript = subscript > 0 ? name.slice(0, subscript) : name;
  return withoutSubscript.replace(/'+$/, '').replace(/\^(\*|\+|-)$/, '');
}

function isNumericName(name: string): boolean {
  const base = baseOf(name);
  if (/^[A-Za-z]$/.test(base) || GREEK_NAMES.has(base)) return true;
  const accented = ACCENTED.exec(base);
  if (accented === null) return false;
  const inner = accented[2].replace(/^\\/, '');
  return /^[A-Za-z]$/.test(inner) || GREEK_NAMES.has(inner);
}

/** The first name in the tree that does not look numeric, if any. */
function nonNumericName(node: MathNode): string | undefined {
  let found: string | undefined;
  node.traverse((child, path) => {
    if (found !== undefined || child.type !== 'SymbolNode' || path === 'fn') return;
    const name = (child as unknown as { name: string }).name;
    if (!['pi', 'e', 'Infinity', 'Ellipsis'].includes(name) && !isNumericName(name)) found = name;
  });
  return found;
}

/** A bare name or number: `M`, `x_1`, `0`. */
export function isAtom(node: MathNode): boolean {
  return node.type === 'SymbolNode' || node.type === 'ConstantNode';
}

/** Tree nodes of notation that is not arithmetic (tuples, sets, composition, norms…). */
const NON_ARITHMETIC = new Set([
  'norm',
  'det',
  'AngleBrackets',
  'Tuple',
  'Brackets',
  'Set',
  'Subscript',
  'Compose',
  'Inner',
  'Union',
  'Intersect',
  'SetMinus',
  'Interval',
]);

/** Non-arithmetic notation in a part (a tuple, a set, a name that is not a number's). */
export function foreignNotation(node: MathNode): string | undefined {
  const name = nonNumericName(node);
  if (name !== undefined) return name;
  let found: string | undefined;
  node.traverse((child) => {
    const callee = (child as unknown as { fn?: { name?: string } }).fn?.name;
    if (
      found === undefined &&
      child.type === 'FunctionNode' &&
      callee !== undefined &&
      NON_ARITHMETIC.has(callee)
    )
      found = callee;
  });
  return found;
}

/** Names of the symbols in the nodes (not of the functions they apply). */
export function namesIn(nodes: readonly MathNode[], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    node.traverse((child, path) => {
      if (child.type === 'SymbolNode' && path !== 'fn')
        into.add((child as unknown as { name: string }).name);
    });
  }
  return into;
}

const DOTS: Readonly<Record<string, number>> = { dot: 1, ddot: 2, dddot: 3 };

/**
 * A name that denotes a derivative of another: `y'`, `y''` (in y's one variable), `\dot{s}`,
 * `\ddot{s}` (in time, t, by the physicists' convention).
 */
export function derivativeName(
  name: string,
): { base: string; order: number; time: boolean } | undefined {
  const primed = /^(.+?)('+)$/.exec(name);
  if (primed !== null) return { base: primed[1], order: primed[2].length, time: false };
  const dotted = /^\\(dot|ddot|dddot)\{(.+)\}$/.exec(name);
  if (dotted !== null) return { base: dotted[2], order: DOTS[dotted[1]], time: true };
  return undefined;
}
