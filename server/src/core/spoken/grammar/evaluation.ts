/**
 * An expression evaluated at a point or between limits, as said in calculus: "x squared plus 2 x,
 * evaluated at x equals 2" is \left. x^2 + 2x \right|_{x=2}; "evaluated from 0 to 1" and
 * ClearSpeak's "evaluated at 1, minus the same expression evaluated at 0" give both limits.
 */
import { closing, phrases } from '../lexicon';
import { Power, type Parser } from '../parser';
import type { Formula } from '../tree';
import { operator } from './construct';

const limitTo = closing('calculus.evaluatedTo');
const sameExpression = closing('calculus.sameExpression');

function evaluationBar(body: Formula, lower: Formula, upper?: Formula): Formula {
  return {
    kind: 'script',
    base: { kind: 'fence', open: '.', close: '|', body },
    sub: lower,
    ...(upper === undefined ? {} : { sup: upper }),
  };
}

/** A point or limit: up to a pause, relations included ("at x equals 2"). */
function point(parser: Parser, until?: typeof limitTo): Formula {
  return parser.scope({ closedByPause: true, power: Power.logic, until });
}

// As loose as "all over": the evaluated expression is the whole sum before the words.
const evaluatedAt = operator(
  'calculus.evaluatedAt',
  phrases('calculus.evaluatedAt'),
  Power.allOver,
  (parser, left) => {
    if (left.kind === 'empty') return undefined;
    const at = point(parser);
    if (at.kind === 'empty') return undefined;
    if (!parser.acceptClosing(sameExpression)) return evaluationBar(left, at);
    const lower = point(parser);
    return lower.kind === 'empty' ? undefined : evaluationBar(left, lower, at);
  },
);

const evaluatedFrom = operator(
  'calculus.evaluatedFrom',
  phrases('calculus.evaluatedFrom'),
  Power.allOver,
  (parser, left) => {
    if (left.kind === 'empty') return undefined;
    const lower = point(parser, limitTo);
    if (lower.kind === 'empty' || parser.acceptFrom(limitTo) === undefined) return undefined;
    const upper = point(parser);
    return upper.kind === 'empty' ? undefined : evaluationBar(left, lower, upper);
  },
);

export const evaluationConstructs = [evaluatedAt, evaluatedFrom];
