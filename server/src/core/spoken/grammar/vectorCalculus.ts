/**
 * Vector calculus said in words: "the gradient of f" (∇f), "the divergence of F" (∇·F), "the
 * curl of F" (∇×F), "the Laplacian of u" (∇²u).
 */
import { closing, phraseMap } from '../lexicon';
import { Power, type Parser } from '../parser';
import { isBareArgument } from '../print';
import { atom, attachScript, type Formula } from '../tree';
import { operand } from './construct';

const nabla = atom('\\nabla', 'symbol');
const operators = phraseMap('calculus.vectorOperator');
const respect = closing('calculus.respect');

/** The operator before its operand: ∇, ∇· or ∇×, or ∇². */
function operatorFor(kind: string): Formula | undefined {
  switch (kind) {
    case 'gradient':
      return nabla;
    case 'divergence':
      return { kind: 'row', items: [nabla, atom('\\cdot', 'symbol')] };
    case 'curl':
      return { kind: 'row', items: [nabla, atom('\\times', 'symbol')] };
    case 'laplacian':
      return attachScript(nabla, 'sup', atom('2', 'number'));
    default:
      return undefined;
  }
}

const vectorOperator = operand(
  'calculus.vectorOperator',
  [...operators.keys()],
  (parser: Parser, trigger: string) => {
    const kind = operators.get(trigger) ?? '';
    let operator = operatorFor(kind);
    if (operator === undefined) return undefined;
    // It applies to one factor: "the gradient of f dot v" is ∇f · v, "of f plus g" is ∇f + g.
    const body = parser.scope({ closedByPause: true, power: Power.multiplicative, until: respect });
    if (body.kind === 'empty') return undefined;
    // "the gradient of L with respect to theta": ∇_θ L.
    if (kind === 'gradient' && parser.acceptFrom(respect) !== undefined)
      operator = attachScript(operator, 'sub', parser.expression(Power.implicit));
    const operandFormula: Formula = isBareArgument(body)
      ? body
      : { kind: 'fence', open: '(', close: ')', body };
    return { kind: 'row', items: [operator, operandFormula] };
  },
);

export const vectorCalculusConstructs = [vectorOperator];
