/**
 * Infix operators from the lexicon: relations, connectives, + and −, products, set operators;
 * and the prefix signs ("negative x", "plus or minus b"). The right operand is read at the
 * operator's own binding power, so operators of one level are left-associative.
 */
import { lexicon } from '../lexicon';
import { Power, type Parser } from '../parser';
import { juxtapose, type Formula } from '../tree';
import { operand, operator, type OperatorConstruct } from './construct';

function infixTable(
  name: string,
  table: ReadonlyMap<string, string>,
  power: number,
): OperatorConstruct {
  return operator(
    name,
    [...table.keys()],
    power,
    (parser: Parser, left: Formula, trigger: string) => {
      const op = table.get(trigger);
      if (op === undefined) return undefined;
      parser.skipPauses();
      const right = parser.expression(power);
      if (op === '') return juxtapose(left, right);
      return { kind: 'infix', op, left, right };
    },
  );
}

const prefixSign = operand(
  'arithmetic.sign',
  [...lexicon.prefixOperators.keys()],
  (parser, trigger) => {
    const op = lexicon.prefixOperators.get(trigger);
    if (op === undefined) return undefined;
    parser.skipPauses();
    return { kind: 'prefix', op, operand: parser.expression(Power.prefix) };
  },
);

export const arithmeticConstructs = [
  infixTable('logic.connective', lexicon.logic, Power.logic),
  infixTable('relation', lexicon.relations, Power.relation),
  infixTable('arithmetic.additive', lexicon.additive, Power.additive),
  infixTable('sets.operator', lexicon.setOperators, Power.additive),
  infixTable('arithmetic.product', lexicon.multiplicative, Power.multiplicative),
  prefixSign,
];
