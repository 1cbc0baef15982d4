/**
 * Distributions named with their parameters: "the normal distribution with mean mu and variance
 * sigma squared" is 𝒩(μ, σ²), "X is normally distributed with mean 0 and standard deviation 2"
 * X ∼ 𝒩(0, 2²) (𝒩 takes the variance), "a Poisson distribution with rate lambda" Poisson(λ),
 * "the binomial distribution with parameters n and p" Bin(n, p). A name without "with" and its
 * parameters is not this construct, but "X is normally distributed" says X ∼ 𝒩.
 */
import { closing, lexicon, phraseMap, phrases } from '../lexicon';
import { Power, type Parser } from '../parser';
import { PhraseTable } from '../phraseTable';
import { atom, lastFactor, type Formula } from '../tree';
import { operand, operator } from './construct';
import { isRandomVariable } from './randomVariables';

const named = phraseMap('distribution.named');
const distributed = phraseMap('distribution.distributed');
const parameterWords = new PhraseTable(phraseMap('distribution.parameter'));
const withWord = closing('distribution.with');
const andWord = closing('distribution.and');
const tilde = closing('distribution.tilde');
const ofWord = closing('distribution.of');

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

/** Whether a "∼" ("is distributed as", "tilde") was said right before token `at`. */
function afterSim(parser: Parser, at: number): boolean {
  if (tilde.match(parser.tokens, at - 1) !== undefined) return true;
  for (let length = 1; length <= 3; length++) {
    const said = lexicon.relationTable.match(parser.tokens, at - length);
    if (said?.length === length && said.value === '\\sim') return true;
  }
  return false;
}

/** "normal mu comma sigma squared over n", "normal of 0 comma 1": parameters listed after "∼". */
function listedParameters(parser: Parser): Formula[] | undefined {
  return parser.attempt(() => {
    parser.acceptFrom(ofWord);
    const values: Formula[] = [];
    const atComma = (at: Parser) => at.peek()?.text === ',' || at.peek()?.text === 'comma';
    do {
      const value = parser.scope({ stop: atComma, power: Power.relation });
      if (value.kind === 'empty') return undefined;
      values.push(value);
    } while (parser.accept(',') || parser.accept('comma'));
    return values.length > 1 ? values : undefined;
  });
}

const namedDistribution = operand('distribution.named', [...named.keys()], (parser, trigger) => {
  const name = named.get(trigger);
  if (name === undefined) return undefined;
  const saidAt = parser.pos - trigger.split(' ').length;
  const values =
    parameters(parser) ?? (afterSim(parser, saidAt) ? listedParameters(parser) : undefined);
  return values === undefined ? undefined : distribution(name, values);
});

/** "N of", "Poisson of", "normal": a distribution is named at `at`. */
function distributionAt(parser: Parser, at: number): boolean {
  const { tokens } = parser;
  if (
    named.has(tokens[at]?.text ?? '') ||
    lexicon.functions.get(tokens[at]?.text ?? '')?.startsWith('\\operatorname')
  )
    return true;
  return /^[A-Z]$/.test(tokens[at]?.raw ?? '') && ofWord.match(tokens, at + 1) !== undefined;
}

/** "X sub i tilde N of 0 comma 1": between a random variable and a distribution, "tilde" is ∼. */
const tildeRelation = operator(
  'distribution.tilde',
  phrases('distribution.tilde'),
  Power.relation,
  (parser, left) => {
    if (!isRandomVariable(lastFactor(left)) || !distributionAt(parser, parser.pos))
      return undefined;
    const right = parser.expression(Power.relation);
    if (right.kind === 'empty') return undefined;
    return { kind: 'infix', op: '\\sim', left, right, power: Power.relation };
  },
);

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

export const distributionConstructs = [namedDistribution, distributedAs, tildeRelation];
