/**
 * Which screen-reader dialect a sentence is in, where the dialect changes what a word means.
 */
import { phrases } from '../lexicon';
import type { Token } from '../tokens';

/** Words only MathSpeak says: the brackets of its fractions, roots, sets, layouts and scripts. */
const mathSpeakWords = new Set([
  ...phrases('fraction.mathspeak'),
  ...phrases('root.mathspeak'),
  ...phrases('absolute.mathspeak'),
  ...phrases('sets.mathspeak'),
  ...phrases('binomial.mathspeak'),
  ...phrases('matrix.mathspeakLayout'),
  ...phrases('script.end'),
  'baseline',
]);
const saidInMathSpeak = new WeakMap<readonly Token[], boolean>();

/**
 * Whether the sentence is MathSpeak ("StartFraction … EndFraction", "Superscript … Baseline"),
 * which says every displayed fraction and every written operator with its own words: its
 * "divided by" is a slash, its "times" a ×.
 */
export function inMathSpeak(tokens: readonly Token[]): boolean {
  let said = saidInMathSpeak.get(tokens);
  if (said === undefined) {
    said = tokens.some((token) => mathSpeakWords.has(token.text));
    saidInMathSpeak.set(tokens, said);
  }
  return said;
}
