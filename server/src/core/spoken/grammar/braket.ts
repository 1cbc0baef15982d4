/**
 * Dirac notation: "psi ket" or "ket psi" is |ψ⟩, "bra phi" is ⟨φ|. Said after a symbol, "ket"
 * takes the last factor ("a psi ket" is a|ψ⟩).
 */
import { phrases } from '../lexicon';
import { Power } from '../parser';
import { onLastFactor, type Formula } from '../tree';
import { operand, operator } from './construct';

function ket(body: Formula): Formula {
  return { kind: 'fence', open: '|', close: '\\rangle', body };
}

function bra(body: Formula): Formula {
  return { kind: 'fence', open: '\\langle', close: '|', body };
}

const postfixKet = operator('braket.ketAfter', phrases('braket.ket'), Power.postfix, (_p, left) => {
  return left.kind === 'empty' ? undefined : onLastFactor(left, ket);
});

function prefix(name: string, key: 'braket.ket' | 'braket.bra', wrap: (body: Formula) => Formula) {
  return operand(name, phrases(key), (parser) => {
    const body = parser.expression(Power.postfix - 1);
    return body.kind === 'empty' ? undefined : wrap(body);
  });
}

export const braketConstructs = [
  postfixKet,
  prefix('braket.ketBefore', 'braket.ket', ket),
  prefix('braket.bra', 'braket.bra', bra),
];
