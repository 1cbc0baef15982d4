/**
 * Piecewise definitions said as people dictate them: "f of x equals x squared if x is less than
 * 0, and x otherwise", "1 if x is positive, 0 if x is negative": two or more values, each with its
 * condition, are the lines of a brace (cases). A single value with a condition ("x equals 1 if y
 * equals 2", "2x over 3 for x > 3") stays a formula followed by its words.
 */
import { closing, lexicon, phrases } from '../lexicon';
import { Power, type Parser } from '../parser';
import { PhraseTable } from '../phraseTable';
import type { Token } from '../tokens';
import type { Formula } from '../tree';
import { operator, type OperatorConstruct } from './construct';

const otherwiseWords = closing('piecewise.otherwise');
const branchWords = closing('piecewise.condition', 'piecewise.otherwise');
const joinWords = closing('piecewise.join');
/** How far ahead a next value's condition word is looked for. */
const maxValueLength = 24;

function isBreak(token: Token | undefined): boolean {
  return token === undefined || token.kind === 'pause' || token.kind === 'stop';
}

/** Past the pauses and joining word ("and", "or") between two branches. */
function pastJoin(tokens: readonly Token[], at: number): number {
  let i = at;
  while (tokens[i]?.kind === 'pause') i++;
  const join = joinWords.match(tokens, i);
  if (join !== undefined) i += join.length;
  while (tokens[i]?.kind === 'pause') i++;
  return i;
}

/**
 * Whether another branch starts at `at`: "otherwise …", or a value said before its condition word
 * with no relation in it ("and x otherwise", ", negative x if …"; not "and y is greater than 0").
 */
function branchAt(tokens: readonly Token[], at: number): boolean {
  if (otherwiseWords.match(tokens, at) !== undefined) return true;
  for (let i = at; i < at + maxValueLength && !isBreak(tokens[i]); i++) {
    if (branchWords.match(tokens, i) !== undefined) return i > at;
    if (lexicon.relationWords.match(tokens, i) !== undefined) return false;
  }
  return false;
}

/** A pause or "and" at `at`, with the next branch after it. */
function separatesBranches(tokens: readonly Token[], at: number): boolean {
  const separated = tokens[at]?.kind === 'pause' || joinWords.match(tokens, at) !== undefined;
  return separated && branchAt(tokens, pastJoin(tokens, at));
}

/** How far ahead the next branch of cases is looked for. */
const maxConditionLength = 60;

/** Whether cases are said from the condition word at `at`: another branch follows its condition. */
function casesFollow(tokens: readonly Token[], at: number): boolean {
  for (let i = at + 1; i < Math.min(tokens.length, at + maxConditionLength); i++)
    if (separatesBranches(tokens, i)) return true;
  return false;
}

/** Whether a condition with a relation is said from the condition word at `at`: "if x is positive". */
function conditionFollows(tokens: readonly Token[], at: number): boolean {
  for (
    let i = at + 1;
    i < Math.min(tokens.length, at + maxConditionLength) && !isBreak(tokens[i]);
    i++
  )
    if (lexicon.relationWords.match(tokens, i) !== undefined) return true;
  return false;
}

/** A condition ends where the next branch begins: at a pause or "and" before one. */
function conditionEnds(parser: Parser): boolean {
  return separatesBranches(parser.tokens, parser.pos);
}

/** "if x is less than 0" → \text{if } x < 0; "otherwise" is its own condition. */
function condition(parser: Parser, word: string): Formula {
  const text: Formula = { kind: 'text', text: word };
  if (otherwiseWords.match(parser.tokens, parser.pos - word.split(' ').length) !== undefined)
    return text;
  const body = parser.scope({ stop: conditionEnds });
  return body.kind === 'empty' ? text : { kind: 'row', items: [text, body] };
}

/** The next branch, value and condition, or undefined (and the position unchanged) if none follows. */
function nextBranch(parser: Parser): Formula[] | undefined {
  const start = parser.pos;
  const at = pastJoin(parser.tokens, start);
  if (!branchAt(parser.tokens, at)) return undefined;
  parser.pos = at;
  // "…, otherwise 0": the condition said before its value.
  const otherwise = otherwiseWords.match(parser.tokens, at);
  if (otherwise !== undefined) {
    parser.pos += otherwise.length;
    const value = parser.scope({ stop: (p) => isBreak(p.peek()) });
    if (value.kind !== 'empty')
      return [value, { kind: 'text', text: parser.phraseAt(at, otherwise.length) }];
  } else {
    const value = parser.scope({ stop: (p) => branchWords.match(p.tokens, p.pos) !== undefined });
    const said = branchWords.match(parser.tokens, parser.pos);
    if (value.kind !== 'empty' && said !== undefined) {
      parser.pos += said.length;
      return [value, condition(parser, parser.phraseAt(parser.pos - said.length, said.length))];
    }
  }
  parser.pos = start;
  return undefined;
}

const connectives = new PhraseTable(lexicon.logic);

/** "x is in B if and only if …": a condition word that starts a longer connective is that. */
function startsConnective(tokens: readonly Token[], at: number, trigger: string): boolean {
  return (connectives.match(tokens, at)?.length ?? 0) > trigger.split(' ').length;
}

const piecewise: OperatorConstruct = {
  ...operator(
    'piecewise',
    [...phrases('piecewise.condition'), ...phrases('piecewise.otherwise')],
    Power.relation + 1,
    (parser, left, trigger) => {
      // Cases need a second branch: without one said, reading the condition would be in vain.
      if (left.kind === 'empty' || !casesFollow(parser.tokens, parser.pos - 1)) return undefined;
      const saidFrom = parser.pos - trigger.split(' ').length;
      if (startsConnective(parser.tokens, saidFrom, trigger)) return undefined;
      const rows = [[left, condition(parser, trigger)]];
      for (let next = nextBranch(parser); next !== undefined; next = nextBranch(parser))
        rows.push(next);
      if (rows.length < 2) return undefined;
      return { kind: 'grid', environment: 'cases', rows };
    },
  ),
  // "open paren x if y close paren": a condition word that makes no cases is a word of the formula.
  implied: true,
  // "the square root of x if x > 0, and 0 otherwise": cases, or a condition, take the whole value
  // said before them.
  closesScopes: (parser) =>
    !startsConnective(parser.tokens, parser.pos, parser.tokens[parser.pos]?.text ?? '') &&
    (casesFollow(parser.tokens, parser.pos) || conditionFollows(parser.tokens, parser.pos)),
};

export const piecewiseConstructs = [piecewise];
