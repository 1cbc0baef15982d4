/**
 * The exponent of dictation's "to the power of" when no "end exponent" closes it (power.ts): a
 * short sum, and the scripts and arguments said after it belong to the base.
 */
import { closing, lexicon } from '../lexicon';
import { Power, type Parser } from '../parser';
import { attachScript, juxtapose, type Formula } from '../tree';
import { compactScript, lettersOf, offsetSigns } from './compactScript';

/**
 * "P to the power of x subscript a", "m to the power of x sub r": the subscript is the base's, and
 * so is an argument ("H raised to the power of L of t" is H^L(t)).
 */
const scriptWords = closing(
  'subscript.superscript',
  'subscript.word',
  'subscript.sub',
  'function.of',
);
const superscriptWords = closing('subscript.superscript', 'subscript.word', 'function.of');
const scriptWordsOnly = closing('subscript.superscript', 'subscript.word');
const { functionLetters } = lexicon;

function hasSubscript(formula: Formula): boolean {
  if (formula.kind === 'row') return hasSubscript(formula.items[formula.items.length - 1]);
  return formula.kind === 'script' && formula.sub !== undefined;
}

const subWords = closing('subscript.sub');

/**
 * "e to the power of 2 i theta sub j", "e raised to the power of i pi kappa sub O": after an
 * exponent of several factors, "sub" indexes its last factor and the product goes on; after a
 * single symbol it is the base's ("m raised to the power of x sub r" is m^x_r).
 */
function withFactorScripts(parser: Parser, exponent: Formula, term: () => Formula): Formula {
  if (exponent.kind === 'prefix')
    return {
      kind: 'prefix',
      op: exponent.op,
      operand: withFactorScripts(parser, exponent.operand, term),
    };
  let out: Formula = exponent;
  while (out.kind === 'row' && subWords.match(parser.tokens, parser.pos) !== undefined) {
    const start = parser.pos;
    parser.acceptFrom(subWords);
    const script = compactScript(parser);
    if (script.kind === 'empty') {
      parser.pos = start;
      return out;
    }
    out = attachScript(out, 'sub', script);
    const next = parser.peek();
    if (next !== undefined && next.kind !== 'pause' && next.kind !== 'stop')
      out = juxtapose(out, term());
  }
  return out;
}

function isSignedNumber(formula: Formula): boolean {
  if (formula.kind === 'prefix') return isSignedNumber(formula.operand);
  return formula.kind === 'atom' && formula.role === 'number';
}

/**
 * The exponent of "to the power of" when no "end exponent" closes it: terms joined by plus and
 * minus ("to the power of d minus p minus 1"), up to "times", a relation or a pause ("U to the power
 * of n times rho" is Uⁿρ). A number exponent takes no sum ("x to the power of 2 minus 9" is
 * x² − 9, "D to the power of negative 1 plus b" is D⁻¹ + b).
 */
export function dictatedExponent(parser: Parser, base: Formula): Formula {
  // A base with a subscript already ("sigma sub psi to the power of m sub psi") leaves "sub" to
  // the exponent, and "e to the power of f of x" raises e to f(x): f, g and h are functions.
  // Nor can e or a number take an argument: "e to the power of negative u of x" is e^{−u(x)}.
  const valueBase = base.kind === 'atom' && (base.role === 'number' || base.tex === 'e');
  const applies =
    valueBase || (functionLetters.has(parser.peek()?.text ?? '') && parser.peek(1)?.text === 'of');
  const until = applies ? scriptWordsOnly : hasSubscript(base) ? superscriptWords : scriptWords;
  const term = () => parser.scope({ until, closedByPause: true, power: Power.multiplicative });
  const reported = parser.findings.length;
  let exponent = withFactorScripts(parser, lettersOf(parser, term(), reported), term);
  if (isSignedNumber(exponent)) return exponent;
  for (;;) {
    const sign = offsetSigns.get(parser.peek()?.text ?? '');
    if (sign === undefined || exponent.kind === 'empty') return exponent;
    const beforeSign = parser.pos;
    parser.pos++;
    const right = term();
    // "x to the power n plus n times x": a term multiplied on is the next term of the sum outside.
    if (
      right.kind === 'empty' ||
      lexicon.productWords.match(parser.tokens, parser.pos) !== undefined
    ) {
      parser.pos = beforeSign;
      return exponent;
    }
    exponent = { kind: 'infix', op: sign, left: exponent, right };
  }
}
