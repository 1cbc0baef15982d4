/**
 * The script of natural dictation: "x sub i j squared", "W sub R superscript R", "a sub n plus 1",
 * "sigma sub T, i squared".
 * People say a script as a few symbols in a row and go on with the base: "squared", "superscript",
 * "of" and relations after it belong to the scripted symbol, not to the script. So the script is
 * read as juxtaposed symbols (letters, numbers, Greek, accented symbols, nested "sub"), plus a
 * "plus/minus <number>" tail after a letter (x sub n minus 1 is x_{n−1}: an index said with its
 * offset). Screen-reader styles that close their scripts ("end subscript", "Baseline") keep the
 * scoped reading of subscript.ts and power.ts.
 */
import { closing, lexicon, phraseMap, phrases } from '../lexicon';
import { Power, type Parser } from '../parser';
import { PhraseTable } from '../phraseTable';
import type { Token } from '../tokens';
import { attachScript, juxtapose, type Formula } from '../tree';

/**
 * Accents that may follow a symbol inside a script ("f sub theta hat"); not the words that are
 * operators too ("dot" is a product, "arrow" a relation: "E sub T arrow F").
 */
const scriptAccents = new Map(
  [...phraseMap('accent.postfix')].filter(
    ([phrase]) => !lexicon.multiplicative.has(phrase) && !lexicon.relations.has(phrase),
  ),
);
const prefixAccents = phraseMap('accent.prefix');
export const offsetSigns = new Map([
  ['plus', '+'],
  ['minus', '-'],
]);

/** "sub b prime", "sub A double prime": primes said after a script's symbol are its own. */
const primes = new PhraseTable([
  ...phrases('prime').map((phrase) => [phrase, "'"] as const),
  ...phrases('doublePrime').map((phrase) => [phrase, "''"] as const),
  ...phrases('triplePrime').map((phrase) => [phrase, "'''"] as const),
]);

/** Punctuation said as a word ("colon") separates; it is no symbol of a script. */
const punctuation = new Set([':', ';']);

function isSymbol(formula: Formula): boolean {
  if (formula.kind === 'command') return formula.args.length === 1 && isSymbol(formula.args[0]);
  if (formula.kind === 'script') return isSymbol(formula.base);
  return formula.kind === 'atom' && formula.role !== 'function' && !punctuation.has(formula.tex);
}

function isNumber(formula: Formula): boolean {
  return formula.kind === 'atom' && formula.role === 'number';
}

function indexLetter(formula: Formula): boolean {
  return formula.kind === 'atom' && lexicon.indexLetters.has(formula.tex);
}

function isLetter(formula: Formula): boolean {
  if (formula.kind === 'row') return isLetter(formula.items[formula.items.length - 1]);
  return formula.kind === 'atom' && formula.role === 'letter';
}

function startsSymbol(token: Token | undefined): boolean {
  return token !== undefined && token.kind !== 'pause' && token.kind !== 'stop';
}

/** The digits of a plain number token (not an ordinal or a fraction), or "". */
function digits(token: Token | undefined): string {
  if (token?.kind !== 'number' || token.ordinal === true || token.denominator !== undefined)
    return '';
  return token.text;
}

/**
 * "t sub ref", "x to the power of src": an unknown word as a script is its letters, as written,
 * and no longer reported. `reported` is the number of findings before the word was read.
 */
export function lettersOf(parser: Parser, formula: Formula, reported: number): Formula {
  if (formula.kind !== 'text' || !/^[A-Za-z]+$/.test(formula.text)) return formula;
  parser.findings.length = reported;
  return { kind: 'atom', tex: formula.text, role: 'symbol' };
}

/** "sub i tilde Lambda": an accent word before a symbol is that symbol's prefix accent. */
function accentsNext(parser: Parser): boolean {
  const after = parser.peek(1);
  if (!startsSymbol(after) || !prefixAccents.has(parser.peek()?.text ?? '')) return false;
  return parser.grammar.operators.match(parser.tokens, parser.pos + 1) === undefined;
}

/** One symbol of the script, with its accents and nested subscripts, or undefined (cursor kept). */
export function scriptSymbol(parser: Parser, first: boolean): Formula | undefined {
  if (!startsSymbol(parser.peek()) || parser.atTerminator()) return undefined;
  // "r sub star": a mark word is the script when it comes first, else it marks the base (A sub q
  // star); a prefix accent word accents the next symbol anywhere ("T sub b b bar u").
  const word = parser.peek()?.text ?? '';
  const operand =
    (first || prefixAccents.has(word)) &&
    parser.grammar.operands.match(parser.tokens, parser.pos) !== undefined;
  if (parser.startsOperator() && !operand) return undefined;
  const start = parser.pos;
  const reported = parser.findings.length;
  // "sigma sub max of K": a function name as a script is only its name; its "of" is the base's.
  const name = first ? lexicon.functionTable.match(parser.tokens, parser.pos) : undefined;
  if (name !== undefined) {
    parser.pos += name.length;
    return { kind: 'atom', tex: name.value, role: 'symbol' };
  }
  let symbol = parser.expression(Power.postfix);
  if (first && symbol.kind === 'text') return lettersOf(parser, symbol, reported);
  if (!isSymbol(symbol)) {
    parser.pos = start;
    return undefined;
  }
  for (;;) {
    const accent = scriptAccents.get(parser.peek()?.text ?? '');
    // "f sub n prime of x": primes before an application are the function's, f_n′(x).
    const prime = primes.match(parser.tokens, parser.pos);
    const applied = prime !== undefined && parser.tokens[parser.pos + prime.length]?.text === 'of';
    const primed = applied ? undefined : parser.acceptFrom(primes);
    if (primed !== undefined) {
      symbol = attachScript(symbol, 'sup', { kind: 'atom', tex: primed, role: 'symbol' });
    } else if (accent !== undefined && !accentsNext(parser)) {
      parser.pos++;
      symbol = { kind: 'command', name: accent, args: [symbol] };
    } else if (parser.peek()?.text === 'sub' && startsSymbol(parser.peek(1))) {
      // "h sub L sub r" is h_{L_r}, but "c sub 2 e sub 2" is c₂e₂: a later symbol with its own
      // subscript starts the next factor.
      if (!first) {
        parser.pos = start;
        parser.findings.length = reported;
        return undefined;
      }
      parser.pos++;
      symbol = attachScript(symbol, 'sub', compactScript(parser));
    } else if (!first && isLetter(symbol) && /^\d+$/.test(digits(parser.peek()))) {
      // "d sub G W 1": digits after a later letter are its index, as they are outside scripts;
      // after the first ("Omega sub m zero", "p sub i1") they are one more index, Ω_{m0}.
      symbol = attachScript(symbol, 'sub', {
        kind: 'atom',
        tex: digits(parser.peek()),
        role: 'number',
      });
      parser.pos++;
    } else return symbol;
  }
}

/** An index's offset may also be ± one: r_{j±1}. */
const indexOffsetSigns = new PhraseTable([
  ...offsetSigns,
  ['plus or minus', '\\pm'],
  ['minus or plus', '\\mp'],
]);

/** "n minus 1", "j plus or minus 1" inside a script: a sign and a number after a letter. */
function offset(parser: Parser, script: Formula): Formula {
  const sign = indexOffsetSigns.match(parser.tokens, parser.pos);
  const amount = digits(parser.tokens[parser.pos + (sign?.length ?? 0)]);
  // "M sub r minus 4.76" is M_r − 4.76: an index's offset is a whole number, after a small letter
  // ("T sub C plus 32" is T_C + 32: a capital names, it does not count).
  if (sign === undefined || !/^\d+$/.test(amount) || !isLowerLetter(script)) return script;
  parser.pos += sign.length + 1;
  return {
    kind: 'infix',
    op: sign.value,
    left: script,
    right: { kind: 'atom', tex: amount, role: 'number' },
  };
}

/** The script after "sub"/"superscript" in dictation; empty when no symbol follows. */
export function compactScript(parser: Parser): Formula {
  let script: Formula = signedSymbol(parser) ?? { kind: 'empty' };
  for (;;) {
    const start = parser.pos;
    const symbol = scriptSymbol(parser, script.kind === 'empty');
    if (symbol === undefined || !continues(parser, script, symbol)) {
      parser.pos = start;
      break;
    }
    script = juxtapose(script, symbol);
  }
  return script.kind === 'empty' ? script : offset(parser, script);
}

const scriptTriggers = closing('subscript.sub');
const groupClosers = [closing('group.parenEnd'), closing('group.bracketEnd')];

/** The symbol a script ends with, seen through its own subscript ("n sub 2" ends with n). */
function lastSymbol(formula: Formula): Formula {
  if (formula.kind === 'row') return lastSymbol(formula.items[formula.items.length - 1]);
  if (formula.kind === 'script') return lastSymbol(formula.base);
  return formula;
}

function isLowerLetter(formula: Formula): boolean {
  const last = lastSymbol(formula);
  return last.kind === 'atom' && last.role === 'letter' && !/^[A-Z]/.test(last.tex);
}

/** A script of one Latin letter or one number, with or without its own subscript. */
function isPlainIndex(script: Formula): boolean {
  const base = script.kind === 'script' ? script.base : script;
  return base.kind === 'atom' && /^(?:[a-zA-Z]|\d+)$/.test(base.tex);
}

/**
 * Whether a symbol after a Latin or numeric index is a factor of its own: an accented symbol or a
 * capital Greek letter always ("epsilon sub 0 overline epsilon", "X sub H Omega"); a lower-case
 * Greek letter when more follows it (startsFactor), as "n sub m sigma equals" is n_{mσ}.
 */
function startsOwnSymbol(parser: Parser, symbol: Formula): boolean {
  if (symbol.kind === 'command') return true;
  if (symbol.kind !== 'atom' || !symbol.tex.startsWith('\\')) return false;
  return /^\\[A-Z]/.test(symbol.tex) || startsFactor(parser);
}

const ownArgumentOrScript = new Set(['function.of', 'subscript.sub', 'power.toThe']);

/**
 * After the symbol just read, another symbol, or an "of" or script of its own: the symbol starts
 * the next factor ("K sub l rho K", "a sub j sigma of w", "a sub n chi superscript u"), where a
 * relation, a power or the end would close the script with it ("n sub m sigma equals").
 */
function startsFactor(parser: Parser): boolean {
  const next = parser.peek();
  if (next === undefined || next.kind === 'pause' || next.kind === 'stop') return false;
  const match = parser.grammar.operators.match(parser.tokens, parser.pos);
  return match === undefined || ownArgumentOrScriptAt(parser);
}

/** "of", "sub" or "to the" at the parser's position: the symbol before it has its own. */
function ownArgumentOrScriptAt(parser: Parser): boolean {
  const match = parser.grammar.operators.match(parser.tokens, parser.pos);
  return match?.value.some((construct) => ownArgumentOrScript.has(construct.name)) === true;
}

const dictatedPowerOrSubscript = new Set(['to', 'raised', 'sub']);

function ownPowerOrSubscriptAt(parser: Parser): boolean {
  return ownArgumentOrScriptAt(parser) && dictatedPowerOrSubscript.has(parser.peek()?.text ?? '');
}

/**
 * Whether `symbol`, just read, belongs to the script so far: "R sub mu nu minus one half g sub mu
 * nu R" ends g's script before the capital R, "Gamma sub n sub 2 D" ends n's before D; a Greek
 * letter or accented symbol after a Latin or numeric index may start the next factor
 * (startsOwnSymbol); "s sub 1 comma s sub 2" ends it before a comma whose next symbol has a script
 * of its own, while "Gamma sub one comma two" is Γ_{1,2}.
 */
function continues(parser: Parser, script: Formula, symbol: Formula): boolean {
  if (script.kind === 'empty') return true;
  // "beta sub one x" is β₁x: after a number only an index letter ("w sub 1 j") is more index.
  if (isNumber(script) && isLetter(symbol) && !indexLetter(symbol)) return false;
  if (symbol.kind === 'atom' && /^[A-Z]$/.test(symbol.tex) && isLowerLetter(script)) return false;
  if (isPlainIndex(script) && startsOwnSymbol(parser, symbol)) return false;
  // "a sub n x to the n", "a sub i x sub j": a letter with a dictated power or a subscript of its
  // own is the next factor, a_n xⁿ; "x sub i j squared" and "P sub i j superscript i d" raise
  // the script's whole base.
  if (isPlainIndex(script) && isLetter(symbol) && ownPowerOrSubscriptAt(parser)) return false;
  if (symbol.kind !== 'atom' || symbol.tex !== ',') return true;
  // "lambda open parenthesis tau sub c comma upsilon close parenthesis": the group lists.
  if (groupClosers.some((closer) => parser.awaits(closer))) return false;
  const next = parser.peek();
  const word = next?.text ?? '';
  const index = next?.kind === 'number' || /^[a-z]$/i.test(word) || lexicon.greekLower.has(word);
  return index && scriptTriggers.match(parser.tokens, parser.pos + 1) === undefined;
}

const leadingSigns = new PhraseTable(lexicon.prefixOperators);

/** "1.03 sub minus 0.16", "sub plus or minus 1.0", "T sub nu, negative nu": a script may start with a sign. */
export function signedSymbol(parser: Parser): Formula | undefined {
  const start = parser.pos;
  const sign = parser.acceptFrom(leadingSigns);
  if (sign === undefined) return undefined;
  const symbol = scriptSymbol(parser, true);
  if (symbol !== undefined) return { kind: 'prefix', op: sign, operand: symbol };
  // "n sub plus or minus is greater than 2", "T sub minus": a sign the script ends after is the script.
  const next = parser.peek();
  if (
    next === undefined ||
    next.kind === 'pause' ||
    next.kind === 'stop' ||
    parser.startsOperator()
  )
    return { kind: 'atom', tex: sign, role: 'symbol' };
  parser.pos = start;
  return undefined;
}

/** MathSpeak writes its script words capitalised mid-sentence ("x Superscript m plus n"). */
export function isMathSpeakWord(token: Token | undefined): boolean {
  return token !== undefined && token.capital && !token.sentenceStart;
}
