/**
 * Arithmetic said in words: "the difference of a and b" (a − b), "the quotient of a and b"
 * (a/b), "the average of a and b", "the square of x", "the reciprocal of x", "twice x".
 */
import { closing, phraseMap, phrases } from '../lexicon';
import { Power, type Parser } from '../parser';
import { atom, attachScript, type Formula } from '../tree';
import { operand, operator } from './construct';

const operations = phraseMap('arithmetic.wordOf');
const and = closing('group.pairAnd');
// "The ratio of a to b": "to" is the ratio's own word, and "and" is heard too.
const ratioTo = closing('arithmetic.ratioTo');

function fence(body: Formula): Formula {
  return { kind: 'fence', open: '(', close: ')', body };
}

/**
 * Parenthesised when a sum or a sign would otherwise spread: (a + b)², 2(−x), but 2√x; a product
 * spreads under a power ((a b)²) and not after a coefficient (2 a b).
 */
function base(formula: Formula, underPower: boolean): Formula {
  const spreads =
    formula.kind === 'prefix' ||
    (formula.kind === 'infix' && formula.op !== '') ||
    (underPower && (formula.kind === 'row' || formula.kind === 'infix'));
  return spreads ? fence(formula) : formula;
}

function binary(kind: string, left: Formula, right: Formula): Formula | undefined {
  switch (kind) {
    case 'difference':
      return { kind: 'infix', op: '-', left, right };
    case 'quotient':
    case 'ratio':
      return { kind: 'frac', numerator: left, denominator: right };
    case 'average':
      return {
        kind: 'frac',
        numerator: { kind: 'infix', op: '+', left, right },
        denominator: atom('2', 'number'),
      };
    default:
      return undefined;
  }
}

function unary(kind: string, operand: Formula): Formula | undefined {
  switch (kind) {
    case 'square':
      return attachScript(base(operand, true), 'sup', atom('2', 'number'));
    case 'cube':
      return attachScript(base(operand, true), 'sup', atom('3', 'number'));
    case 'reciprocal':
      return { kind: 'frac', numerator: atom('1', 'number'), denominator: operand };
    case 'twice':
      return { kind: 'row', items: [atom('2', 'number'), base(operand, false)] };
    case 'half':
      return {
        kind: 'row',
        items: [
          { kind: 'frac', numerator: atom('1', 'number'), denominator: atom('2', 'number') },
          base(operand, false),
        ],
      };
    default:
      return undefined;
  }
}

const binaryKinds = new Set(['difference', 'quotient', 'ratio', 'average']);

const wordOf = operand('arithmetic.wordOf', [...operations.keys()], (parser: Parser, trigger) => {
  const kind = operations.get(trigger) ?? '';
  if (!binaryKinds.has(kind)) {
    // One operand, as a function's argument: to a sum's sign or a pause.
    const operand = parser.scope({ closedByPause: true, power: Power.additive });
    return operand.kind === 'empty' ? undefined : unary(kind, operand);
  }
  // Two operands named with "and": "the quotient of x plus 1 and x minus 1".
  const separator = kind === 'ratio' ? ratioTo : and;
  if (!parser.saidLater(separator)) return undefined;
  // "x to the n" inside a ratio is still a power.
  const atSeparator = (at: Parser) =>
    separator.match(at.tokens, at.pos) !== undefined &&
    !(kind === 'ratio' && at.tokens[at.pos + 1]?.text === 'the');
  const first = parser.scope({ closedByPause: true, power: Power.relation, stop: atSeparator });
  if (first.kind === 'empty' || parser.acceptFrom(separator) === undefined) return undefined;
  const second = parser.scope({ closedByPause: true, power: Power.relation });
  return second.kind === 'empty' ? undefined : binary(kind, first, second);
});

const isNumber = (formula: Formula) => formula.kind === 'atom' && formula.role === 'number';

/** Three fourths, 20 percent: a share, which "of" multiplies. */
function isShare(formula: Formula): boolean {
  if (formula.kind === 'frac') return isNumber(formula.numerator) && isNumber(formula.denominator);
  if (formula.kind !== 'row' || formula.items.length !== 2) return false;
  const [amount, percent] = formula.items;
  return isNumber(amount) && percent.kind === 'atom' && percent.tex === '\\%';
}

/** "three fourths of x", "20 percent of the price": a share of something is a product. */
const shareOf = operator(
  'arithmetic.shareOf',
  phrases('function.of'),
  Power.postfix,
  (parser, left) => {
    if (!isShare(left)) return undefined;
    const whole = parser.scope({ closedByPause: true, power: Power.multiplicative });
    return whole.kind === 'empty' ? undefined : { kind: 'row', items: [left, base(whole, false)] };
  },
);

export const wordArithmeticConstructs = [wordOf, shareOf];
