/**
 * Vector calculus said in words: "the gradient of f" (∇f), "the divergence of F" (∇·F), "the
 * curl of F" (∇×F), "the Laplacian of u" (∇²u).
 */
import { closing, phraseMap, phrases } from '../lexicon';
import { Power, type Parser } from '../parser';
import { isBareArgument } from '../print';
import { atom, attachScript, type Formula } from '../tree';
import { variable } from './calculus';
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

const onto = closing('vector.onto');

/** "the projection of v onto u": proj_u v. */
const projection = operand('vector.projection', phrases('vector.projection'), (parser) =>
  parser.attempt(() => {
    const vector = variable(parser);
    if (vector.kind === 'empty' || parser.acceptFrom(onto) === undefined) return undefined;
    const along = variable(parser);
    if (along.kind === 'empty') return undefined;
    const name = attachScript(atom('\\operatorname{proj}', 'function'), 'sub', along);
    return { kind: 'row', items: [name, vector] };
  }),
);

export const vectorCalculusConstructs = [vectorOperator, projection];
