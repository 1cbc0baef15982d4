/**
 * Recurrences: "f of n equals f of n minus 1 plus f of n minus 2" is f(n) = f(n−1) + f(n−2), and
 * "T of n equals 2 T of n over 2 plus n" T(n) = 2T(n/2) + n; difference quotients: "f of x plus h
 * minus f of x" is f(x + h) − f(x). A function's argument ends at a sign
 * elsewhere ("f of x plus 1" is f(x) + 1); where the same function is applied to the same variable
 * elsewhere in the sentence, a step by a number is the argument's, as a recurrence is written.
 */
import { closing, lexicon, namesSymbol } from '../lexicon';
import type { Parser } from '../parser';
import type { Formula } from '../tree';

const { additiveTable: signs, divisionWords: divisions } = lexicon;
const of = closing('function.of');

/** How far either way another application of the function is looked for. */
const reach = 48;

/** Whether `name of variable` is said at `at`. */
function appliedAt(tokens: Parser['tokens'], at: number, name: string, variable: string): boolean {
  if (tokens[at]?.raw !== name) return false;
  const said = of.match(tokens, at + 1);
  return said !== undefined && tokens[at + 1 + said.length]?.text === variable;
}

/** Whether the function named at `nameAt` is applied to `variable` elsewhere near it. */
function appliedElsewhere(tokens: Parser['tokens'], nameAt: number, variable: string): boolean {
  const name = tokens[nameAt].raw;
  const end = Math.min(tokens.length, nameAt + reach);
  for (let at = Math.max(0, nameAt - reach); at < end; at++)
    if (at !== nameAt && appliedAt(tokens, at, name, variable)) return true;
  return false;
}

/**
 * `argument`, a single variable said at `argumentStart` after "<name> of", with the step by a
 * number said next when it is a recurrence's; otherwise `argument` as it is.
 */
export function withRecurrenceStep(
  parser: Parser,
  argument: Formula,
  argumentStart: number,
): Formula {
  const { tokens, pos } = parser;
  if (argument.kind !== 'atom' || argument.role !== 'letter' || pos !== argumentStart + 1)
    return argument;
  const sign = signs.match(tokens, pos);
  const division = sign === undefined ? divisions.match(tokens, pos) : undefined;
  const step = sign ?? division;
  const amount = step === undefined ? undefined : tokens[pos + step.length];
  if (step === undefined || amount === undefined) return argument;
  // The function is named by a letter said right before "of" ("f of n", not "f prime of n").
  const nameAt = argumentStart - 2;
  if (nameAt < 0 || !namesSymbol(tokens[nameAt].text)) return argument;
  const variable = tokens[argumentStart].text;
  // "f of a plus h minus f of a": a difference quotient's step is a letter, the same function
  // of the variable subtracted right after it.
  const afterStep = pos + step.length + 1;
  const differenced =
    sign !== undefined &&
    amount.kind === 'word' &&
    namesSymbol(amount.text) &&
    amount.text !== variable &&
    signs.match(tokens, afterStep) !== undefined &&
    appliedAt(tokens, afterStep + 1, tokens[nameAt].raw, variable);
  if (amount.kind !== 'number' && !differenced) return argument;
  if (!appliedElsewhere(tokens, nameAt, variable)) return argument;
  // The step is the number alone: "f of n minus 1 x" is no recurrence.
  if (!differenced && /^[a-z]$/.test(tokens[afterStep]?.text ?? '')) return argument;
  parser.pos += step.length;
  const number = parser.operand();
  if (sign !== undefined) return { kind: 'infix', op: sign.value, left: argument, right: number };
  return { kind: 'frac', numerator: argument, denominator: number };
}
