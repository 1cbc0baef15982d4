/**
 * Subscripts: "x sub i", "a sub n plus 1" (one operand: a_n + 1), "x subscript i end subscript",
 * MathSpeak's "x Subscript i Baseline" (which runs to "Baseline" or "Superscript").
 */
import { closing, lexicon, phrases } from '../lexicon';
import { Power, type Parser } from '../parser';
import {
  atom,
  attachScript,
  empty,
  isPrimeMark,
  juxtapose,
  lastFactor,
  type Formula,
} from '../tree';
import { compactScript, isMathSpeakWord } from './compactScript';
import { operator } from './construct';
import { withCommaItems } from './scriptIndexList';
import { texScript } from './texScript';

const endSubscript = closing('subscript.end', 'subscript.superscript');
const closeSubscript = closing('subscript.end');
const subscriptOpeners = closing('subscript.sub');

/** "x sub i plus 1 end sub": the words say where the subscript ends. */
function closedLater(parser: Parser): boolean {
  return parser.closesLater(subscriptOpeners, closeSubscript);
}

/**
 * Dictation's script ("x sub i squared"), unless the words close it or pause before it, or it is
 * MathSpeak's capitalised "Subscript", which runs to "Baseline" or the end.
 */
function dictatedScript(parser: Parser): Formula {
  if (parser.peek()?.kind === 'pause' || isMathSpeakWord(parser.tokens[parser.pos - 1]))
    return empty;
  if (closedLater(parser)) return empty;
  // The base said right after a pause is itself an item of a list.
  const inList = parser.tokens[parser.pos - 3]?.kind === 'pause';
  return withCommaItems(parser, compactScript(parser), inList);
}

/**
 * The operand of "sub": one symbol with its primes and nested subscripts ("sub b prime", "sub X sub
 * H") and trailing letters; powers after it belong to the base ("g sub D squared" squares g_D).
 */
export function subscriptOperand(parser: Parser): Formula {
  // "T sub in", "E sub out": an operator word that cannot start an operand is the index's word.
  const word = parser.peek();
  const operator = parser.grammar.operators.match(parser.tokens, parser.pos);
  if (word?.kind === 'word' && operator?.length === 1 && parser.operandPhraseLength() === 0) {
    parser.pos++;
    // Written as other word indices are (E_{out}).
    return atom(word.raw, 'letter');
  }
  let script = parser.expression(Power.postfix);
  for (;;) {
    if (parser.accept('prime')) script = attachScript(script, 'sup', atom("'"));
    else if (parser.accept('sub')) script = attachScript(script, 'sub', subscriptOperand(parser));
    else return withTrailingLetters(parser, script);
  }
}

/** "p sub i plus 1", "H sub n minus one": a subscript index with a small step stays in the subscript. */
function withIncrement(parser: Parser, script: Formula): Formula {
  const sign = parser.peek()?.text;
  const step = parser.peek(1);
  const after = parser.peek(2);
  if ((sign !== 'plus' && sign !== 'minus') || step?.kind !== 'number' || !/^\d$/.test(step.text))
    return script;
  if (script.kind !== 'atom' || script.role !== 'letter') return script;
  if (
    after !== undefined &&
    after.kind !== 'pause' &&
    after.kind !== 'stop' &&
    !parser.startsOperatorAt(parser.pos + 2)
  )
    return script;
  parser.pos += 2;
  return {
    kind: 'infix',
    op: sign === 'plus' ? '+' : '-',
    left: script,
    right: atom(step.text, 'number'),
  };
}

/** "x sub i j", "w sub 1 j": single lower-case letters and digits said after a subscript belong to it. */
function withTrailingLetters(parser: Parser, script: Formula): Formula {
  let out = withIncrement(parser, script);
  // "sub mu nu": after a Greek index, further lower-case Greek letters are indices too.
  const greekScript = script.kind === 'atom' && script.tex.startsWith('\\');
  for (let count = 0; count < 2; count++) {
    const token = parser.peek();
    if (
      token === undefined ||
      !(
        /^[a-z]$/.test(token.raw) ||
        (greekScript && lexicon.greekLower.has(token.raw)) ||
        (token.kind === 'number' && /^\d$/.test(token.text))
      )
    )
      break;
    if (
      parser.grammar.operators
        .match(parser.tokens, parser.pos + 1)
        ?.value.some((c) => c.power >= Power.postfix) === true
    )
      break;
    parser.pos++;
    const greek = lexicon.greekLower.get(token.text);
    out = juxtapose(out, atom(greek ?? token.text, token.kind === 'number' ? 'number' : 'letter'));
  }
  return out;
}

const sub = operator(
  'subscript.sub',
  phrases('subscript.sub'),
  Power.postfix,
  (parser, left, trigger) => {
    // "x sub equals 2": a script not said leaves "sub" a word.
    const next = parser.peek()?.text ?? '';
    if (next === 'is' || lexicon.relations.get(next) === '=') return undefined;
    const typed = trigger === '_' ? texScript(parser) : undefined;
    if (typed !== undefined) return attachScript(left, 'sub', typed);
    const dictated = dictatedScript(parser);
    if (dictated.kind !== 'empty') return attachScript(left, 'sub', dictated);
    const scoped = trigger === 'subscript' || closedLater(parser);
    const script = scoped
      ? // "p sub i 1 end sub" is p_{i1}: in a subscript closed by "end sub", a number is one more
        // index (MathSpeak's "Subscript n 1" is n₁, as everywhere in MathSpeak).
        parser.scope({ until: endSubscript, closedByPause: true, indices: trigger !== 'subscript' })
      : subscriptOperand(parser);
    if (script.kind === 'empty') return undefined;
    if (scoped) parser.acceptClosing(closeSubscript);
    return attachScript(left, 'sub', script);
  },
);

/** A letter, or a primed letter without a subscript (MathSpeak's "x prime 10" is x′₁₀). */
function takesImpliedSubscript(formula: Formula): boolean {
  if (formula.kind === 'script') {
    const primed = formula.sup !== undefined && isPrimeMark(formula.sup);
    return (
      primed &&
      formula.sub === undefined &&
      formula.pre === undefined &&
      takesImpliedSubscript(formula.base)
    );
  }
  return formula.kind === 'atom' && formula.role === 'letter';
}

/** MathSpeak's "x 1", "upper T 0", "pi 11": digits right after a letter are its subscript. */
const implied = operator('subscript.implied', ['<number>'], Power.postfix, (parser, left) => {
  const token = parser.tokens[parser.pos - 1];
  const letter = lastFactor(left);
  if (token.ordinal === true || token.denominator !== undefined || !/^\d[\d.,]*$/.test(token.text))
    return undefined;
  if (!takesImpliedSubscript(letter) || parser.readsIndices()) return undefined;
  return attachScript(left, 'sub', atom(token.text, 'number'));
});
implied.implied = true;

const { indexLetters } = lexicon;

/** The index letter `right` starts with, said alone at token `at`, and its power if it has one. */
function saidIndex(
  parser: Parser,
  right: Formula,
  at: number,
): (Formula & { kind: 'atom' }) | undefined {
  const first = right.kind === 'row' ? right.items[0] : right;
  const index = first.kind === 'script' && first.sub === undefined ? first.base : first;
  const token = parser.tokens[at];
  if (index.kind !== 'atom' || index.role !== 'letter' || index.tex !== token?.raw)
    return undefined;
  return indexLetters.has(token.raw) ? index : undefined;
}

/**
 * "x i plus x j": an index letter said right after a letter is its subscript in the reading that
 * tries it, as the corpora say such pairs as products more often. The letter a sum runs over is an
 * index in every reading: "the sum over i of a i" is ∑ᵢ aᵢ. `right` was said from token `at`.
 */
export function juxtaposeIndex(parser: Parser, left: Formula, right: Formula, at: number): Formula {
  const index = saidIndex(parser, right, at);
  const { letterIndices, boundIndices } = parser.reading;
  if (index === undefined || (letterIndices !== true && boundIndices?.has(index.tex) !== true))
    return juxtapose(left, right);
  const base = parser.tokens[at - 1];
  const letter = lastFactor(left);
  const named = letter.kind === 'atom' && letter.role === 'letter' && letter.tex === base?.raw;
  if (!named || !/^[A-Za-z]$/.test(base.raw) || indexLetters.has(base.raw))
    return juxtapose(left, right);
  const items = right.kind === 'row' ? right.items : [right];
  const indexed = attachScript(left, 'sub', index);
  // "x i squared" squares x_i.
  const power = items[0].kind === 'script' ? items[0].sup : undefined;
  const raised = power === undefined ? indexed : attachScript(indexed, 'sup', power);
  return juxtapose(raised, items.length > 1 ? { kind: 'row', items: items.slice(1) } : empty);
}

const underEnd = closing('script.over', 'script.end');
const overEnd = closing('script.under', 'script.end');
const scriptsEnd = closing('script.end');

/** MathSpeak's "limit Underscript x right arrow 0 Endscripts", "sum Underscript … Overscript … Endscripts". */
const under = operator('script.under', phrases('script.under'), Power.postfix, (parser, left) => {
  const script = parser.scope({ until: underEnd });
  parser.acceptFrom(scriptsEnd);
  return attachScript(left, 'sub', script);
});

const over = operator('script.over', phrases('script.over'), Power.postfix, (parser, left) => {
  const script = parser.scope({ until: overEnd });
  parser.acceptFrom(scriptsEnd);
  return attachScript(left, 'sup', script);
});

export const subscriptConstructs = [sub, implied, under, over];
