/**
 * mathjs identifiers → LaTeX. mathjs reads `x_1`, `x1` and `speed` each as one name; a name is
 * printed as a base with a subscript (`x_1`, `x_ij`, `alpha_max`, `x1` → `x_{1}`), a Greek letter
 * (`alpha` → `\alpha`), a constant (symbols.json: `pi`, `inf`), or — several letters — one upright
 * name (`speed` → `\mathrm{speed}`: mathjs says it is one symbol, so we do not show a product).
 */
import { FUNCTION_LATEX, GREEK_SET } from '../../latex/names';
import symbolTable from './symbols.json';

const NAMED_SYMBOLS: Readonly<Record<string, string>> = symbolTable;

const TRAILING_DIGITS = /^([A-Za-z]+)(\d+)$/;

/** A name with no subscript: a Greek letter, a constant, one letter, or an upright word. */
function baseLatex(name: string): string {
  if (Object.hasOwn(NAMED_SYMBOLS, name)) return NAMED_SYMBOLS[name];
  if (GREEK_SET.has(name)) return `\\${name}`;
  if (Object.hasOwn(FUNCTION_LATEX, name)) return FUNCTION_LATEX[name];
  if ([...name].length === 1) return name === '$' ? '\\$' : name;
  return `\\mathrm{${name.replace(/\$/g, '\\$')}}`;
}

/** Inside a subscript several letters are indices (`x_ij`), not a word. */
function subscriptLatex(index: string): string {
  return index
    .split('_')
    .filter((part) => part !== '')
    .map((part) => (GREEK_SET.has(part) ? `\\${part}` : part))
    .join(',');
}

/** `x'` and `f''` are names too (a prime written after a name: see normalise.ts). */
export function symbolLatex(name: string): string {
  const unprimed = name.replace(/'+$/, '');
  return unprimedLatex(unprimed) + name.slice(unprimed.length);
}

function unprimedLatex(name: string): string {
  const underscore = name.indexOf('_');
  if (underscore > 0 && underscore < name.length - 1) {
    return `${baseLatex(name.slice(0, underscore))}_{${subscriptLatex(name.slice(underscore + 1))}}`;
  }
  const digits = TRAILING_DIGITS.exec(name);
  if (digits !== null && (digits[1].length === 1 || GREEK_SET.has(digits[1]))) {
    return `${baseLatex(digits[1])}_{${digits[2]}}`;
  }
  return baseLatex(name);
}
