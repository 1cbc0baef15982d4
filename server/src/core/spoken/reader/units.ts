/**
 * Units written as the converter writes them, `9.8 \, \mathrm{m/s^{2}}`, which the math parser
 * does not read: said as words ("9.8 meters per second squared") from the units lexicon, after the
 * quantity.
 */
import units from '../lexicon/en/units.json';

/** Each unit symbol's spoken words: the first phrase that writes it, and its plural. */
const singular = new Map<string, string>();
const plural = new Map<string, string>();
for (const [phrase, symbol] of Object.entries(units.symbols)) {
  if (!singular.has(symbol)) singular.set(symbol, phrase);
  if (!plural.has(symbol) && phrase.endsWith('s')) plural.set(symbol, phrase);
}

/** "2" → "squared": the power words of the units lexicon, the other way round. */
const powerWords = new Map(Object.entries(units.powers).map(([word, power]) => [power, word]));
const unitGroup = /\\,\s*\\mathrm\{((?:[^{}]|\{[^{}]*\})*)\}\s*$/;

/**
 * "kg\,m^{2}", "s^{2}": the words of units multiplied together ("per second", singular, below a
 * slash), or undefined for an unknown one.
 */
function productWords(product: string, words: ReadonlyMap<string, string>): string | undefined {
  // "kg \cdot m": a product written with its dot is said with it.
  const factors = product.split('\\cdot');
  if (factors.length > 1) {
    const dotted = factors.map((part) => productWords(part, words));
    return dotted.some((part) => part === undefined) ? undefined : dotted.join(' dot ');
  }
  const said: string[] = [];
  for (const piece of product.split(/\\,|\s+/).filter((part) => part !== '')) {
    const match = /^(.+?)(?:\^\{?(\d)\}?)?$/.exec(piece);
    const word = match === null ? undefined : (words.get(match[1]) ?? singular.get(match[1]));
    if (match === null || word === undefined) return undefined;
    const power = match[2] === undefined ? undefined : powerWords.get(match[2]);
    if (match[2] !== undefined && power === undefined) return undefined;
    said.push(power === undefined ? word : `${word} ${power}`);
  }
  return said.length === 0 ? undefined : said.join(' ');
}

/** A formula ending in a unit: the math before it and the unit's words, or undefined. */
export function trailingUnit(latex: string): { math: string; words: string } | undefined {
  const group = unitGroup.exec(latex);
  if (group === null) return undefined;
  const [above, below, ...rest] = group[1].split('/');
  if (rest.length > 0) return undefined;
  const numerator = productWords(above, plural);
  const denominator = below === undefined ? '' : productWords(below, singular);
  if (numerator === undefined || denominator === undefined) return undefined;
  const words = denominator === '' ? numerator : `${numerator} per ${denominator}`;
  return { math: latex.slice(0, group.index), words };
}
