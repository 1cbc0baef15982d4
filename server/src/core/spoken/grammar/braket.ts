/**
 * Dirac notation: "psi ket" or "ket psi" is |ψ⟩, "bra phi" is ⟨φ|. Said after a symbol, "ket"
 * takes the last factor ("a psi ket" is a|ψ⟩).
 */
import { closing, phrases } from '../lexicon';
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

const kets = closing('braket.ket');

/** "bra psi ket phi": a bra followed by a ket is their bracket ⟨ψ|φ⟩. */
const braThenKet = operand('braket.braket', phrases('braket.bra'), (parser) => {
  if (!parser.saidLater(kets)) return undefined;
  const left = parser.scope({
    stop: (at) => kets.match(at.tokens, at.pos) !== undefined,
    power: Power.postfix - 1,
  });
  if (left.kind === 'empty' || parser.acceptFrom(kets) === undefined) return undefined;
  const right = parser.expression(Power.postfix - 1);
  if (right.kind === 'empty') return undefined;
  return {
    kind: 'fence',
    open: '\\langle',
    close: '\\rangle',
    body: { kind: 'infix', op: '|', left, right },
  };
});

export const braketConstructs = [
  postfixKet,
  braThenKet,
  prefix('braket.ketBefore', 'braket.ket', ket),
  prefix('braket.bra', 'braket.bra', bra),
];
