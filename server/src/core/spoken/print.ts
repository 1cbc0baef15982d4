/** Formula → LaTeX (no delimiters). Braces only where LaTeX needs them. */
import type { Formula } from './tree';

/** Arguments that a function name may take without parentheses: `\sin x`, `\log_{10} x y`. */
export function isBareArgument(formula: Formula): boolean {
  switch (formula.kind) {
    case 'atom':
      return formula.role !== 'function';
    case 'script':
      return isBareArgument(formula.base);
    case 'row':
      return formula.items.every(isBareArgument);
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

/** Words said in a row are one piece of text: \text{is an even number}. */
function mergeWords(items: readonly Formula[]): Formula[] {
  const out: Formula[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (item.kind === 'text' && last?.kind === 'text') {
      out[out.length - 1] = { kind: 'text', text: `${last.text} ${item.text}` };
    } else out.push(item);
  }
  return out;
}

function braced(formula: Formula): string {
  return `{${print(formula)}}`;
}

/** A base for a script: a single symbol or group stays bare, anything else is braced. */
function scriptBase(base: Formula): string {
  if (base.kind === 'atom' || base.kind === 'fence' || base.kind === 'command') return print(base);
  if (base.kind === 'empty') return '{}';
  return braced(base);
}

export function print(formula: Formula): string {
  switch (formula.kind) {
    case 'empty':
      return '';
    case 'atom':
      return formula.tex;
    case 'text':
      return `\\text{${formula.text.replace(/[\\{}$&#^_%~]/g, '')}}`;
    case 'row':
      return mergeWords(formula.items)
        .map(print)
        .filter((s) => s !== '')
        .join(' ');
    case 'infix': {
      const left = print(formula.left);
      const right = print(formula.right);
      return [left, formula.op, right].filter((s) => s !== '').join(' ');
    }
    case 'prefix':
      return `${formula.op} ${print(formula.operand)}`.trim();
    case 'frac':
      return `\\frac${braced(formula.numerator)}${braced(formula.denominator)}`;
    case 'script': {
      let out = (formula.pre === undefined ? '' : print(formula.pre)) + scriptBase(formula.base);
      if (formula.sub !== undefined) out += `_${braced(formula.sub)}`;
      if (formula.sup !== undefined) out += `^${braced(formula.sup)}`;
      return out;
    }
    case 'root':
      return formula.index === undefined
        ? `\\sqrt${braced(formula.radicand)}`
        : `\\sqrt[${print(formula.index)}]${braced(formula.radicand)}`;
    case 'fence':
      return `\\left${formula.open} ${print(formula.body)} \\right${formula.close}`;
    case 'command':
      return `\\${formula.name}${formula.args.map(braced).join('')}`;
    case 'bigop': {
      let out = formula.op;
      if (formula.lower !== undefined) out += `_${braced(formula.lower)}`;
      if (formula.upper !== undefined) out += `^${braced(formula.upper)}`;
      return formula.body === undefined ? out : `${out} ${print(formula.body)}`;
    }
    case 'grid':
      return `\\begin{${formula.environment}}${formula.rows
        .map((row) => row.map(print).join(' & '))
        .join(' \\\\ ')}\\end{${formula.environment}}`;
  }
}
