/**
 * The shape of a grammar construct. A construct is triggered by one of its phrases (from the
 * lexicon, so the words are data) at a position of the sentence:
 * - `operand` constructs start an operand ("the square root of …", "StartFraction …", "sine");
 * - `operator` constructs continue one with the formula to their left ("over", "squared", "sub").
 * `parse` is called with the cursor just after the trigger phrase; it returns the formula, or
 * `undefined` when the words turn out not to be this construct (the cursor is then restored and
 * the next candidate tried).
 */
import type { Parser } from '../parser';
import type { Formula } from '../tree';

export interface OperandConstruct {
  name: string;
  position: 'operand';
  phrases: readonly string[];
  parse(parser: Parser, trigger: string): Formula | undefined;
}

export interface OperatorConstruct {
  name: string;
  position: 'operator';
  phrases: readonly string[];
  /** Binding power (see Power in parser.ts): the construct takes a left side only when it binds tighter than its context. */
  power: number;
  /**
   * Not a reason to end an operand where it does not apply: triggered by an operand (digits after
   * a letter), or by a word that is prose unless the construct applies ("if" without cases).
   */
  implied?: boolean;
  /** Ends the scopes a pause may close, as a pause would ("the square root of x all over 2"). */
  closesScopes?: boolean | ((parser: Parser) => boolean);
  /**
   * Its words at the parser's position start an operand instead ("cap A cap B": the second "cap"
   * names a capital), so they end no operand before them.
   */
  operandHere?: (parser: Parser) => boolean;
  parse(parser: Parser, left: Formula, trigger: string): Formula | undefined;
}

export type Construct = OperandConstruct | OperatorConstruct;

export function operand(
  name: string,
  phrases: readonly string[],
  parse: OperandConstruct['parse'],
): OperandConstruct {
  return { name, position: 'operand', phrases, parse };
}

export function operator(
  name: string,
  phrases: readonly string[],
  power: number,
  parse: OperatorConstruct['parse'],
): OperatorConstruct {
  return { name, position: 'operator', phrases, power, parse };
}
