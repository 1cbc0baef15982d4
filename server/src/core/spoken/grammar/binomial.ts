/** Binomial coefficients: "n choose k", MathSpeak's "StartBinomialOrMatrix n Choose k EndBinomialOrMatrix". */
import { closing, phrases } from '../lexicon';
import { Power } from '../parser';
import { atom } from '../tree';
import { operand, operator } from './construct';

const choose = closing('binomial.choose');
const mathspeakEnd = closing('binomial.mathspeakEnd');

const infix = operator(
  'binomial.choose',
  phrases('binomial.choose'),
  Power.multiplicative,
  (parser, left) => ({
    kind: 'command',
    name: 'binom',
    args: [left, parser.expression(Power.multiplicative)],
  }),
);

const mathspeak = operand('binomial.mathspeak', phrases('binomial.mathspeak'), (parser) => {
  const top = parser.scope({ until: choose });
  if (parser.acceptFrom(choose) === undefined) return undefined;
  const bottom = parser.scope({ until: mathspeakEnd });
  parser.acceptFrom(mathspeakEnd);
  return { kind: 'command', name: 'binom', args: [top, bottom] };
});

/** "n permute r": the number of permutations, written ₙPᵣ. */
const permute = operator(
  'binomial.permute',
  phrases('binomial.permute'),
  Power.multiplicative,
  (parser, left) => ({
    kind: 'row',
    items: [
      { kind: 'script', base: { kind: 'empty' }, sub: left },
      { kind: 'script', base: atom('P', 'letter'), sub: parser.expression(Power.multiplicative) },
    ],
  }),
);

export const binomialConstructs = [infix, mathspeak, permute];
