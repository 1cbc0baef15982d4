/**
 * The English vocabulary (lexicon/en/*.json) as phrase tables. The grammar asks for words by the
 * name of the construct that uses them, so every word a construct reacts to is data.
 */
import constructs from './lexicon/en/constructs.json';
import functions from './lexicon/en/functions.json';
import greek from './lexicon/en/greek.json';
import logic from './lexicon/en/logic.json';
import operators from './lexicon/en/operators.json';
import relations from './lexicon/en/relations.json';
import sets from './lexicon/en/sets.json';
import symbols from './lexicon/en/symbols.json';
import { PhraseTable } from './phraseTable';
import type { Token } from './tokens';

/** A JSON object of phrase → value as a map with lower-case keys (keys starting with "//" are comments). */
function mapOf(data: object, keepCase = false): ReadonlyMap<string, string> {
  return new Map(
    Object.entries(data as Record<string, string>)
      .filter(([key]) => !key.startsWith('//'))
      .map(([key, value]) => [keepCase ? key : key.toLowerCase(), value]),
  );
}

type ConstructPhrases = typeof constructs;
type ListKey = {
  [K in keyof ConstructPhrases]: ConstructPhrases[K] extends string[] ? K : never;
}[keyof ConstructPhrases];
type MapKey = Exclude<keyof ConstructPhrases, ListKey | '//'>;

/** The trigger phrases of a construct. */
export function phrases(key: ListKey): readonly string[] {
  return constructs[key];
}

/** A construct's phrases as a table, for scope ends ("end root") and optional words. */
const closingTables = new Map<string, PhraseTable<true>>();

/** One table per list of keys, so that a scope's closer can be recognised (Parser.awaits). */
export function closing(...keys: ListKey[]): PhraseTable<true> {
  const name = keys.join(' ');
  let table = closingTables.get(name);
  if (table === undefined) {
    table = new PhraseTable(
      keys.flatMap((key) => constructs[key].map((phrase) => [phrase, true] as const)),
    );
    closingTables.set(name, table);
  }
  return table;
}

/** A construct's phrase → value map ("bar" → "bar" accent). */
export function phraseMap(key: MapKey): ReadonlyMap<string, string> {
  return mapOf(constructs[key]);
}

/** A construct's map keyed by LaTeX, where case tells symbols apart (\mathcal{L} from \mathcal{l}). */
export function texMap(key: MapKey): ReadonlyMap<string, string> {
  return mapOf(constructs[key], true);
}

/** "x, which is less than y", "B, which is a subset of I": a relation said after "which" is that relation. */
function withRelativePronoun(relations: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const said = [...relations].filter(([phrase]) => /^[a-z]/.test(phrase));
  return new Map([...relations, ...said.map(([phrase, tex]) => [`which ${phrase}`, tex] as const)]);
}

function wordsOf(...maps: ReadonlyMap<string, string>[]): PhraseTable<true> {
  return new PhraseTable(maps.flatMap((map) => [...map.keys()].map((key) => [key, true] as const)));
}

const multiplicative = mapOf(operators.multiplicative);
const additive = mapOf(operators.additive);

const relationMap = withRelativePronoun(mapOf(relations));

export const lexicon = {
  greekLower: mapOf(greek.lower),
  greekUpper: mapOf(greek.upper),
  lowerWords: new Set(greek.lowerWords),
  symbols: mapOf(symbols),
  functions: mapOf(functions),
  functionTable: new PhraseTable(mapOf(functions)),
  relations: relationMap,
  /** Relation phrases with their LaTeX, matched at a position. */
  relationTable: new PhraseTable(relationMap),
  relationWords: wordsOf(relationMap),
  logic: mapOf(logic),
  additive,
  multiplicative,
  /** "times", "plus", "equals" and the like, where only whether one is said matters. */
  productWords: wordsOf(multiplicative),
  additiveWords: wordsOf(additive),
  /** "plus", "minus" with their LaTeX, matched at a position. */
  additiveTable: new PhraseTable(additive),
  /** "over", "divided by": the words of a division. */
  divisionWords: closing('fraction.over', 'fraction.dividedBy'),
  /** "f", "g", "h": letters that name functions ("f to the n of a", "the derivative of f at a"). */
  functionLetters: new Set(operators.functionLetters),
  arithmeticWords: wordsOf(additive, multiplicative),
  prefixOperators: mapOf(operators.prefix),
  setNames: mapOf(sets.names),
  setOperators: mapOf(sets.operators),
  setHyphenPowers: mapOf(sets.hyphenPowers),
  /** The letters that name indices: "x i", "a n", "sub 1 j". */
  indexLetters: new Set(constructs['subscript.indexLetters']),
  /** "capital", "cap", "upper": words that make the next letter a capital. */
  capitalWords: new Set(constructs['letters.capital']),
};

/** A letter or a Greek letter's name: a word that names a symbol. */
export function namesSymbol(word: string): boolean {
  return /^[a-z]$/.test(word) || lexicon.greekLower.has(word);
}

/** Whether a relation ("equals", "is less than") is said at token `at`. */
export function relationAt(tokens: readonly Token[], at: number): boolean {
  return lexicon.relationWords.match(tokens, at) !== undefined;
}
