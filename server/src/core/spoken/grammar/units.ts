/**
 * Units after a quantity. Feet, inches and the minutes and seconds of an angle are marks: "10 feet"
 * → 10′, "1 inch" → 1″, "45 degrees, 10 minutes" → 45°10′. Other units are upright symbols set off
 * by a thin space, as siunitx writes them: "9.8 meters per second squared" → 9.8 m/s², "3 times 10
 * to the 8 meters per second" → 3 × 10⁸ m/s. Elsewhere the words stay words.
 */
import units from '../lexicon/en/units.json';
import { phraseMap } from '../lexicon';
import { Power, type Parser } from '../parser';
import type { Token } from '../tokens';
import { atom, attachScript, juxtapose, type Formula } from '../tree';
import { operator } from './construct';

const marks = phraseMap('units.marks');
const symbols = new Map(Object.entries(units.symbols));
const angleWords = new Set(['degree', 'degrees', '°', 'minute', 'minutes']);
const angleParts = new Set(['minute', 'minutes', 'second', 'seconds']);

function lastFactor(formula: Formula): Formula {
  return formula.kind === 'row' ? lastFactor(formula.items[formula.items.length - 1]) : formula;
}

/** "45 degrees, 10 minutes": minutes and seconds said after a degree or a minute are an angle's. */
function inAngle(parser: Parser): boolean {
  const from = Math.max(0, parser.pos - 8);
  return parser.tokens.slice(from, parser.pos - 1).some((token) => angleWords.has(token.text));
}

const unitMark = operator(
  'units.mark',
  [...marks.keys()],
  Power.postfix,
  (parser, left, trigger) => {
    const mark = marks.get(trigger);
    const last = lastFactor(left);
    if (
      mark === undefined ||
      last.kind !== 'atom' ||
      (last.role !== 'number' && last.role !== 'letter') ||
      // "5 minutes" is a time; "x minutes", or minutes after degrees, an angle's part.
      (angleParts.has(trigger) && last.role === 'number' && !inAngle(parser))
    )
      return undefined;
    return attachScript(left, 'sup', atom(mark));
  },
);

/** A number, or what ends in one: 5, −2, 3 × 10⁸, ½. */
function isQuantity(formula: Formula): boolean {
  switch (formula.kind) {
    case 'atom':
      return formula.role === 'number';
    case 'script':
      return formula.sub === undefined && isQuantity(formula.base);
    case 'prefix':
      return isQuantity(formula.operand);
    case 'infix':
      return ['', '\\times', '\\cdot'].includes(formula.op) && isQuantity(formula.right);
    case 'row':
      return isQuantity(formula.items[formula.items.length - 1]);
    case 'frac':
      return isQuantity(formula.numerator) && isQuantity(formula.denominator);
    default:
      return false;
  }
}

/** The unit said at `at` and how many words it takes; the raw words count, as "second" may have been read as an ordinal. */
function unitAt(
  tokens: readonly Token[],
  at: number,
): { symbol: string; length: number } | undefined {
  for (const length of [2, 1]) {
    const words = tokens.slice(at, at + length);
    if (words.length < length || words.some((t) => t.kind !== 'word' && t.kind !== 'number'))
      continue;
    const symbol = symbols.get(words.map((t) => t.raw.toLowerCase()).join(' '));
    if (symbol !== undefined) return { symbol, length };
  }
  return undefined;
}

const powers = new Map(Object.entries(units.powers));

/** "squared", "cubed", MathSpeak's "Superscript negative 2": a unit's power, and its length in words. */
function unitPower(
  tokens: readonly Token[],
  at: number,
): { tex: string; length: number } | undefined {
  const word = tokens[at]?.text ?? '';
  const power = powers.get(word);
  if (power !== undefined) return { tex: `^{${power}}`, length: 1 };
  if (word !== 'superscript') return undefined;
  const negative = tokens[at + 1]?.text === 'negative' || tokens[at + 1]?.text === 'minus';
  const exponent = tokens[at + (negative ? 2 : 1)];
  if (exponent?.kind !== 'number' || !/^\d+$/.test(exponent.text)) return undefined;
  return { tex: `^{${negative ? '-' : ''}${exponent.text}}`, length: negative ? 3 : 2 };
}

/** "meters per second squared", "newton meters": the units said after the first, as one symbol. */
function compoundUnit(parser: Parser, first: string): string {
  const numerator = [first];
  const denominator: string[] = [];
  let current = numerator;
  for (;;) {
    const word = parser.peek()?.text ?? '';
    const power = unitPower(parser.tokens, parser.pos);
    // "kilograms dot meters": a product said with its dot.
    const joiner = word === 'per' || word === 'dot' ? word : undefined;
    const next = unitAt(parser.tokens, parser.pos + (joiner === undefined ? 0 : 1));
    if (power !== undefined) {
      current[current.length - 1] += power.tex;
      parser.pos += power.length;
    } else if (next !== undefined && (joiner === 'per' || current === numerator)) {
      if (joiner === 'per') current = denominator;
      if (joiner === 'dot') current[current.length - 1] += `\\cdot ${next.symbol}`;
      else current.push(next.symbol);
      parser.pos += next.length + (joiner === undefined ? 0 : 1);
    } else break;
  }
  const below = denominator.length > 1 ? `(${denominator.join('\\,')})` : denominator[0];
  return numerator.join('\\,') + (below === undefined ? '' : `/${below}`);
}

/**
 * A unit binds as a product does, so it follows the whole quantity (3 × 10⁸ m/s) and never enters
 * an exponent.
 */
const unit = operator(
  'units.symbol',
  [...symbols.keys()],
  Power.multiplicative,
  (parser, left, trigger) => {
    const symbol = symbols.get(trigger);
    // "the first second": after an ordinal the word is no unit.
    const counted = parser.tokens[parser.pos - trigger.split(' ').length - 1];
    if (symbol === undefined || !isQuantity(left) || counted?.ordinal === true) return undefined;
    if (angleParts.has(trigger) && inAngle(parser)) return undefined;
    return juxtapose(left, atom(`\\,\\mathrm{${compoundUnit(parser, symbol)}}`));
  },
);

export const unitConstructs = [unitMark, unit];
