/**
 * Number words → number tokens: "twenty five" → 25, "one thousand two hundred" → 1200,
 * "zero point zero six" → 0.06, "point five" → 0.5, "three halves" → 3 over 2, "third" → the
 * ordinal 3. A run of number words ends where a word could not continue the number ("one two" is
 * two numbers), so digits said one by one stay apart.
 */
import numbers from './lexicon/en/numbers.json';
import type { Token } from './tokens';

const units = new Map(Object.entries(numbers.units));
const tens = new Map(Object.entries(numbers.tens));
const scales = new Map(Object.entries(numbers.scales));
const ordinals = new Map(Object.entries(numbers.ordinals));
const denominators = new Map(Object.entries(numbers.denominators));
const compoundDenominators = new Map(Object.entries(numbers.compoundDenominators));
/** "half", "third", "quarter": the denominators an article counts ("a half", not "a halves"). */
const singularDenominators = new Set(
  [...denominators.keys()].filter((word) => !word.endsWith('s')),
);
const decimalPoint = new Set(numbers.decimalPoint);
const articleFractions = new Set(['half', 'quarter']);

/**
 * "twenty third", "ninety ninth": a tens word and a singular ordinal are the ordinal 23, 99, as in
 * "ten to the twenty third"; a fraction would say "twenty thirds".
 */
function compoundOrdinal(tokens: readonly Token[], at: number): number | undefined {
  const tensValue = isWord(tokens[at], tens) ? tens.get(tokens[at].text) : undefined;
  const unit = tokens[at + 1]?.kind === 'word' ? ordinals.get(tokens[at + 1].text) : undefined;
  return tensValue !== undefined && unit !== undefined && unit < 10 ? tensValue + unit : undefined;
}

function isWord(
  token: Token | undefined,
  table: ReadonlyMap<string, number> | ReadonlySet<string>,
): boolean {
  return token?.kind === 'word' && table.has(token.text);
}

/** Reads a cardinal in number words from `tokens[at]`; returns its value and the tokens used. */
function readCardinal(
  tokens: readonly Token[],
  at: number,
): { value: number; used: number } | undefined {
  let total = 0;
  let current = 0;
  let used = 0;
  let last: 'unit' | 'ten' | 'scale' | undefined;
  for (let i = at; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== 'word') break;
    // "one hundred and five", "two thousand and twelve": "and" after a scale joins the number.
    const next = tokens[i + 1];
    if (token.text === 'and' && last === 'scale' && (isWord(next, units) || isWord(next, tens))) {
      used++;
      continue;
    }
    // "a hundred and five", "a thousand": the article before a scale is one.
    const article = i === at && token.text === 'a' && isWord(next, scales);
    const unit = article ? 1 : units.get(token.text);
    const ten = tens.get(token.text);
    const scale = scales.get(token.text);
    if (unit !== undefined) {
      if (last === 'unit' || (last === 'ten' && unit >= 10)) break;
      current += unit;
      last = 'unit';
    } else if (ten !== undefined) {
      if (last === 'unit' || last === 'ten' || current % 100 !== 0) break;
      current += ten;
      last = 'ten';
    } else if (scale !== undefined && last !== undefined && last !== 'scale') {
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
      last = 'scale';
    } else break;
    used++;
  }
  return used === 0 ? undefined : { value: total + current, used };
}

/**
 * Digits said after "point": "zero six" → "06". After a whole number, figures count too, as a
 * recogniser writes them: "3 point 14", "3 point 1 4" → 3.14.
 */
function readDigits(
  tokens: readonly Token[],
  at: number,
  figures = false,
): { digits: string; used: number } {
  let digits = '';
  let used = 0;
  for (let i = at; i < tokens.length; i++) {
    const token = tokens[i];
    const value = token.kind === 'word' ? units.get(token.text) : undefined;
    const figure = figures && token.kind === 'number' && /^\d+$/.test(token.text);
    if (figure) digits += token.text;
    else if (value === undefined || value > 9) break;
    else digits += String(value);
    used++;
  }
  return { digits, used };
}

function span(tokens: readonly Token[], from: number, to: number, text: string): Token {
  const first = tokens[from];
  const last = tokens[to - 1];
  return { ...first, kind: 'number', text, end: last.end, raw: first.raw, capital: false };
}

/** "open second paren", "close third paren": the ordinal only tells nesting depth. */
function bracketOrdinal(before: Token | undefined, after: Token | undefined): boolean {
  return (
    (before?.text === 'open' || before?.text === 'close') &&
    /^(paren|parenthesis|bracket|brace)$/.test(after?.text ?? '')
  );
}

/** "three and a half": after a number and "and", the article is a mixed number's numerator. */
function articleNumerator(out: readonly Token[], tokens: readonly Token[], at: number): boolean {
  const whole = out[out.length - 2];
  // "a half", "a quarter of x": ½ and ¼ wherever they are said; "a third" may be the ordinal ("a
  // third order equation") unless nothing or "of" follows ("a third of the total", "is a fifth").
  if (tokens[at].text === 'a' && articleFractions.has(tokens[at + 1]?.text ?? '')) return true;
  if (
    tokens[at].text === 'a' &&
    tokens[at + 1]?.kind === 'word' &&
    singularDenominators.has(tokens[at + 1].text) &&
    (tokens[at + 2] === undefined || tokens[at + 2].text === 'of')
  )
    return true;
  return (
    tokens[at].text === 'a' &&
    out[out.length - 1]?.text === 'and' &&
    whole?.kind === 'number' &&
    whole.denominator === undefined &&
    whole.ordinal !== true &&
    tokens[at + 1]?.kind === 'word' &&
    singularDenominators.has(tokens[at + 1].text)
  );
}

export function foldNumbers(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    const ordinal = compoundOrdinal(tokens, i);
    if (ordinal !== undefined) {
      out.push({ ...span(tokens, i, i + 2, String(ordinal)), ordinal: true });
      i += 2;
      continue;
    }
    const cardinal = readCardinal(tokens, i);
    let text: string | undefined;
    let next = i;
    if (cardinal !== undefined) {
      text = String(cardinal.value);
      next = i + cardinal.used;
    } else if (token.kind === 'number' && !token.ordinal) {
      text = token.text;
      next = i + 1;
    } else if (isWord(token, decimalPoint) && readDigits(tokens, i + 1).used > 0) {
      text = '0';
      next = i;
    } else if (articleNumerator(out, tokens, i)) {
      text = '1';
      next = i + 1;
    }
    if (text === undefined) {
      if (
        (token.ordinal === true || ordinals.has(token.text)) &&
        bracketOrdinal(out[out.length - 1], tokens[i + 1])
      ) {
        i++;
        continue;
      }
      // "1 second", "20 seconds": a unit of time (or angle) after a number, not the ordinal.
      const afterNumber = out[out.length - 1]?.kind === 'number' && token.text === 'second';
      const ordinal = token.kind === 'word' && !afterNumber ? ordinals.get(token.text) : undefined;
      out.push(
        ordinal === undefined
          ? token
          : { ...span(tokens, i, i + 1, String(ordinal)), ordinal: true },
      );
      i++;
      continue;
    }
    if (isWord(tokens[next], decimalPoint) && !text.includes('.')) {
      const decimals = readDigits(tokens, next + 1, true);
      if (decimals.used > 0) {
        text = `${text}.${decimals.digits}`;
        next += 1 + decimals.used;
      }
    }
    const folded = span(tokens, i, next, text);
    let denominator =
      tokens[next]?.kind === 'word' ? denominators.get(tokens[next].text) : undefined;
    // "thirty one twenty fourths": a tens word before the denominator word is part of it.
    const tensBefore = tokens[next]?.kind === 'word' ? tens.get(tokens[next].text) : undefined;
    const unitWord = tokens[next + 1]?.kind === 'word' ? tokens[next + 1].text : '';
    const unitAfter = denominators.get(unitWord) ?? compoundDenominators.get(unitWord);
    if (
      denominator === undefined &&
      cardinal !== undefined &&
      tensBefore !== undefined &&
      unitAfter !== undefined &&
      unitAfter < 10
    ) {
      denominator = tensBefore + unitAfter;
      next++;
    }
    if (
      denominator !== undefined &&
      !text.includes('.') &&
      (cardinal !== undefined || token.kind === 'number' || token.text === 'a')
    ) {
      const fraction = { ...span(tokens, i, next + 1, text), denominator: String(denominator) };
      const and = out[out.length - 1];
      const whole = out[out.length - 2];
      if (
        and?.text === 'and' &&
        whole?.kind === 'number' &&
        whole.denominator === undefined &&
        !whole.ordinal
      ) {
        // "three and one half": a mixed number.
        out.splice(out.length - 2, 2, { ...fraction, start: whole.start, whole: whole.text });
      } else out.push(fraction);
      i = next + 1;
    } else {
      out.push(folded);
      i = next;
    }
  }
  return out;
}
