/** Formula → LaTeX (no delimiters). Braces only where LaTeX needs them. */
import { additiveSigns, isApplication, isNumberAtom, isPrimeMark, type Formula } from './tree';

/** Arguments that a function name may take without parentheses: `\sin x`, `\log_{10} x y`. */
export function isBareArgument(formula: Formula): boolean {
  switch (formula.kind) {
    case 'atom':
      return formula.role !== 'function';
    case 'script':
      return isBareArgument(formula.base);
    case 'row':
      // "the log of the gamma function of z": an application's parentheses suffice, ln Γ(z).
      return isApplication(formula) || formula.items.every(isBareArgument);
    case 'infix':
      return formula.op === '' && isBareArgument(formula.left) && isBareArgument(formula.right);
    case 'frac':
    case 'command':
    case 'fence':
    case 'grid':
      return true;
    default:
      return false;
  }
}

const isNegation = (item: Formula | undefined) => item?.kind === 'atom' && item.tex === '\\neg';

/**
 * Words said in a row are one piece of text: \text{is an even number}. A negation between words
 * is the word: "does not exist" is no ¬.
 */
function mergeWords(items: readonly Formula[]): Formula[] {
  const out: Formula[] = [];
  items.forEach((item, i) => {
    const last = out[out.length - 1];
    const word = isNegation(item) && last?.kind === 'text' && items[i + 1]?.kind === 'text';
    const said: Formula = word ? { kind: 'text', text: 'not' } : item;
    if (said.kind === 'text' && last?.kind === 'text') {
      out[out.length - 1] = { kind: 'text', text: `${last.text} ${said.text}` };
    } else out.push(said);
  });
  return out;
}

/**
 * Where a formula is printed. Inside a script a primed symbol is written b' (as in x_{b'}): b^{'}
 * would raise the prime a script level further.
 */
type Place = 'line' | 'script';

/**
 * Words kept as text. Math mode drops the spaces between a symbol and a word ("2 miles" would be
 * set "2miles"), so a side with a neighbour in the row keeps its space inside the text.
 */
function printText(text: string, spaceBefore = false, spaceAfter = false): string {
  const words = text.replace(/[\\{}$&#^_%~]/g, '');
  return `\\text{${spaceBefore ? ' ' : ''}${words}${spaceAfter ? ' ' : ''}}`;
}

/**
 * Symbols that TeX spaces itself, as relations, operators and punctuation (":", "=", "+"); an
 * ordinary one (ℝ, ∞, ∂) sits against a word like a letter.
 */
const selfSpaced =
  /^(?:[=<>+\-,.;:|!?']|\\(?:in|notin|ni|to|mapsto|le|leq|ge|geq|ne|neq|approx|equiv|sim|simeq|cong|propto|subset|subseteq|supset|supseteq|times|cdot|pm|mp|cup|cap|setminus|circ|oplus|otimes|wedge|vee|land|lor|implies|iff|Rightarrow|Leftrightarrow|rightarrow|leftarrow|mid|perp|parallel|ldots|cdots|dots|colon)(?![a-zA-Z]))/;

/** A neighbour set apart from words by a space: not a symbol that brings its own. */
function spacedFrom(neighbour: Formula | undefined): boolean {
  if (neighbour === undefined) return false;
  return !(
    neighbour.kind === 'atom' &&
    neighbour.role === 'symbol' &&
    selfSpaced.test(neighbour.tex)
  );
}

/** A root's index holding a "]" (an interval, a bracket) is braced, or it would end the index early. */
function rootIndex(index: string): string {
  return index.includes(']') ? `{${index}}` : index;
}

/**
 * "the quantity a plus b" as a whole numerator, denominator, radicand or a command's argument
 * (a binomial's count): the bar, the root or the braces group it, and brackets said as such
 * ("open paren") stay.
 */
function ungrouped(formula: Formula): Formula {
  return formula.kind === 'fence' && formula.grouping === true ? formula.body : formula;
}

function braced(formula: Formula, place: Place = 'line'): string {
  return `{${print(formula, place)}}`;
}

/** A base for a script: a single symbol or group stays bare, anything else is braced. */
function scriptBase(base: Formula, place: Place): string {
  // A named set carries its own script (ℤ⁺ is \mathbb{Z}^{+}): a second one needs braces round it.
  if (base.kind === 'atom' && /[\^_]/.test(base.tex)) return `{${base.tex}}`;
  if (base.kind === 'atom' || base.kind === 'fence' || base.kind === 'command')
    return print(base, place);
  if (base.kind === 'empty') return '{}';
  return braced(base, place);
}

/**
 * Primes are written a', never a^{'}: KaTeX and LaTeX read an apostrophe as a superscript
 * prime already, so a^{'} would raise it a second time.
 */
function shorthandPrimes(sup: Formula | undefined): string | undefined {
  return sup !== undefined && isPrimeMark(sup) ? sup.tex : undefined;
}

function printScript(formula: Formula & { kind: 'script' }, place: Place): string {
  const { pre, base, sub, sup } = formula;
  // A base that prints as nothing (a filler word) still needs one for its script.
  const bare = scriptBase(base, place).trim() || '{}';
  const primes = shorthandPrimes(sup);
  // A primed base already has a superscript (″ said alone is {}''): another one needs braces round it.
  const written =
    sup !== undefined && primes === undefined && bare.endsWith("'") ? `{${bare}}` : bare;
  let out = (pre === undefined ? '' : print(pre, place)) + written;
  if (primes !== undefined) out += primes;
  if (sub !== undefined) out += `_${braced(sub, 'script')}`;
  if (sup !== undefined && primes === undefined) out += `^${braced(sup, 'script')}`;
  return out;
}

/**
 * A side of a/b, parenthesised where the slash would take less than the side: a sum on either
 * side, (a+b)/c; a product, sign or fraction below it, a/(2c). A product or fraction above stays
 * bare, 2π/3 and a/b/c, and an application is one operand, W(s)/W(p, R).
 */
function slashOperand(formula: Formula, side: 'numerator' | 'denominator', place: Place): string {
  const sum = formula.kind === 'infix' && formula.op !== '';
  const below =
    formula.kind === 'infix' ||
    formula.kind === 'frac' ||
    formula.kind === 'prefix' ||
    (formula.kind === 'row' && formula.items.length > 1 && !isApplication(formula));
  // a/b/c is (a/b)/c as written; a fraction above a slash needs no parentheses.
  const grouped = side === 'numerator' ? sum : below;
  return grouped ? `\\left( ${print(formula, place)} \\right)` : print(formula, place);
}

export function print(formula: Formula, place: Place = 'line'): string {
  const inner = (part: Formula) => print(part, place);
  switch (formula.kind) {
    case 'empty':
      return '';
    case 'atom':
      return formula.tex;
    case 'text':
      return printText(formula.text);
    case 'row': {
      const items = mergeWords(formula.items);
      return items
        .map((item, i) => {
          if (item.kind !== 'text') return inner(item);
          // "Supp of X": a word before its parenthesised argument names a function.
          const spaceAfter = spacedFrom(items[i + 1]) && items[i + 1].kind !== 'fence';
          // "2 miles": a quantity's unit is set off by a thin space, as units are.
          const unit = i === items.length - 1 && !item.text.includes(' ');
          if (unit && isNumberAtom(items[i - 1]))
            return `\\, ${printText(item.text, false, spaceAfter)}`;
          return printText(item.text, spacedFrom(items[i - 1]), spaceAfter);
        })
        .filter((s) => s !== '')
        .join(' ');
    }
    case 'infix': {
      const left = inner(formula.left);
      const right = inner(formula.right);
      return [left, formula.op, right].filter((s) => s !== '').join(' ');
    }
    case 'prefix':
      return `${formula.op} ${inner(formula.operand)}`.trim();
    case 'frac':
      if (formula.slash === true)
        return `${slashOperand(formula.numerator, 'numerator', place)} / ${slashOperand(formula.denominator, 'denominator', place)}`;
      return `\\frac${braced(ungrouped(formula.numerator), place)}${braced(ungrouped(formula.denominator), place)}`;
    case 'script':
      return printScript(formula, place);
    case 'root':
      return formula.index === undefined
        ? `\\sqrt${braced(ungrouped(formula.radicand), place)}`
        : `\\sqrt[${rootIndex(inner(formula.index))}]${braced(ungrouped(formula.radicand), place)}`;
    case 'fence':
      return `\\left${formula.open} ${inner(formula.body)} \\right${formula.close}`;
    case 'command':
      return `\\${formula.name}${formula.args.map((arg) => braced(ungrouped(arg), place)).join('')}`;
    case 'bigop': {
      let out = formula.op;
      if (formula.lower !== undefined) out += `_${braced(formula.lower, 'script')}`;
      if (formula.upper !== undefined) out += `^${braced(formula.upper, 'script')}`;
      if (formula.body === undefined) return out;
      // A limit or a product of a sum is written with its parentheses: lim (x + 2), ∏ (x + 1);
      // an integral's differential closes its body.
      const { body } = formula;
      const sum =
        body.kind === 'infix' &&
        (formula.op === '\\lim'
          ? body.op !== ''
          : !formula.op.includes('int') && additiveSigns.has(body.op));
      return `${out} ${sum ? `\\left( ${inner(body)} \\right)` : inner(body)}`;
    }
    case 'grid':
      return `\\begin{${formula.environment}}${formula.rows
        .map((row) => row.map(inner).join(' & '))
        .join(' \\\\ ')}\\end{${formula.environment}}`;
  }
}
