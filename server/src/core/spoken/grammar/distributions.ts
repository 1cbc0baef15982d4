/**
 * Distributions named with their parameters: "the normal distribution with mean mu and variance
 * sigma squared" is 𝒩(μ, σ²), "X is normally distributed with mean 0 and standard deviation 2"
 * X ∼ 𝒩(0, 2²) (𝒩 takes the variance), "a Poisson distribution with rate lambda" Poisson(λ),
 * "the binomial distribution with parameters n and p" Bin(n, p). A name without "with" and its
 * parameters is not this construct, but "X is normally distributed" says X ∼ 𝒩.
 */
import { closing, phraseMap } from '../lexicon';
import { Power, type Parser } from '../parser';
import { PhraseTable } from '../phraseTable';
import { atom, type Formula } from '../tree';
import { operand, operator } from './construct';

const named = phraseMap('distribution.named');
const distributed = phraseMap('distribution.distributed');
const parameterWords = new PhraseTable(phraseMap('distribution.parameter'));
const withWord = closing('distribution.with');
const andWord = closing('distribution.and');

/** σ said as a standard deviation is the parameter σ². */
function squared(value: Formula): Formula {
  const base: Formula =
    value.kind === 'atom' ? value : { kind: 'fence', open: '(', close: ')', body: value };
  return { kind: 'script', base, sup: atom('2', 'number') };
}

/** "with mean mu and variance sigma squared": the parameters in order, or undefined (cursor kept). */
function parameters(parser: Parser): Formula[] | undefined {
  return parser.attempt(() => {
    const values: Formula[] = [];
    if (parser.acceptFrom(withWord) === undefined) return undefined;
    do {
      const role = parser.acceptFrom(parameterWords);
      // "with parameters n and p": only the first needs its word.
      if (role === undefined && values.length === 0) break;
      const value = parser.scope({ until: andWord, closedByPause: true, power: Power.relation });
      if (value.kind === 'empty') break;
      values.push(role === 'deviation' ? squared(value) : value);
    } while (parser.acceptFrom(andWord) !== undefined);
    return values.length > 0 ? values : undefined;
  });
}

function distribution(name: string, values: Formula[]): Formula {
  const list = values.reduce((left, right) => ({ kind: 'infix', op: ',', left, right }));
  return {
    kind: 'row',
    items: [atom(name, 'function'), { kind: 'fence', open: '(', close: ')', body: list }],
  };
}

const namedDistribution = operand('distribution.named', [...named.keys()], (parser, trigger) => {
  const name = named.get(trigger);
  const values = name === undefined ? undefined : parameters(parser);
  return name === undefined || values === undefined ? undefined : distribution(name, values);
});

const distributedAs = operator(
  'distribution.distributed',
  [...distributed.keys()],
  Power.relation,
  (parser, left, trigger) => {
    const name = distributed.get(trigger);
    if (name === undefined || left.kind === 'empty') return undefined;
    const values = parameters(parser);
    const right = values === undefined ? atom(name, 'symbol') : distribution(name, values);
    return { kind: 'infix', op: '\\sim', left, right, power: Power.relation };
  },
);

export const distributionConstructs = [namedDistribution, distributedAs];
