/**
 * Delimiters: `( )` and `[ ]` group; `\left…\right` with ( [ | \{ \lfloor \lceil \lvert \|;
 * `|x|`, `\lvert x\rvert` → abs; `\lfloor x\rfloor` → floor; `\lceil x\rceil` → ceil;
 * `\|v\|` → norm; `\{a, b\}` → Set(a, b) (set-builder forms in setBuilder.ts); `|\psi\rangle` →
 * Ket(ψ). Several items in parentheses: `(a, b, c)` →
 * Tuple(a, b, c), except after a membership (`x \in (0, 1)`) where two items are an open interval
 * Interval(0, 1, false, false). Half-open `[a, b)`, `(a, b]` are always intervals; `[a, b]` is a
 * closed interval only after a membership; elsewhere (a commutator? a list?) it is Brackets(a, b).
 * Brackets with evaluation scripts are an evaluation: `[F(x)]_a^b` → Evaluate(F(x), a, b).
 */
import type { Construct, Parser } from '../parser';
import { booleanNode, symbolNode, type MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';
import { casesEnvironmentAhead, parseCasesEnvironment } from './cases';
import { parseSetBuilder, setBuilderAhead } from './setBuilder';

interface Pair {
  close: string;
  /** mathjs function applied to the content, or '' for plain grouping, 'Set' for a set. */
  fn: string;
}

/** Opening delimiter (punct value or command name) → its closer and meaning. */
const PAIRS: Readonly<Record<string, Pair>> = {
  '(': { close: ')', fn: '' },
  '[': { close: ']', fn: '' },
  '|': { close: '|', fn: 'abs' },
  lvert: { close: 'rvert', fn: 'abs' },
  vert: { close: 'vert', fn: 'abs' },
  lfloor: { close: 'rfloor', fn: 'floor' },
  lceil: { close: 'rceil', fn: 'ceil' },
  '\\|': { close: '\\|', fn: 'norm' },
  lVert: { close: 'rVert', fn: 'norm' },
  Vert: { close: 'Vert', fn: 'norm' },
  '{': { close: '}', fn: 'Set' },
  lbrace: { close: 'rbrace', fn: 'Set' },
};

/** The delimiter key of a token: punct values as they are, commands by name (`\|` as `\|`). */
function delimiterKey(token: Token): string | undefined {
  if (token.kind === 'punct') return token.value;
  if (token.kind === 'command') return token.value === '|' ? '\\|' : token.value;
  return undefined;
}

function isCloser(p: Parser, key: string, withRight: boolean): boolean {
  const k = withRight ? 1 : 0;
  if (withRight && !p.isCommand('right')) return false;
  return (
    delimiterKey(p.peek(k)) === key && (p.peek(k).kind === 'punct' || p.peek(k).kind === 'command')
  );
}

const MEMBERSHIP = new Set(['in', 'notin', 'subset', 'subseteq']);

/** After `\in`, `\notin`, `\subset`, `\subseteq`: a pair in brackets is an interval. */
function afterMembership(p: Parser, open: Token): boolean {
  const before = p.previousOf(open);
  return before?.kind === 'command' && MEMBERSHIP.has(before.value);
}

/** `[a, b)`, `(a, b]` and their `\left…\right` forms: [closed left, closed right] or undefined. */
function halfOpen(p: Parser, key: string, withRight: boolean): [boolean, boolean] | undefined {
  const closer = p.peek(withRight ? 1 : 0);
  if (withRight && !p.isCommand('right')) return undefined;
  if (closer.kind !== 'punct') return undefined;
  if (key === '[' && closer.value === ')') return [true, false];
  if (key === '(' && closer.value === ']') return [false, true];
  return undefined;
}

function parseDelimited(p: Parser, open: Token, key: string, withRight: boolean): MathNode {
  const pair = PAIRS[key];
  if (pair === undefined)
    p.fail(`delimiter ${open.value === '' ? key : key}`, open.start, p.lastEnd());
  const savedAbs = p.absDepth;
  // In set braces a bar separates (`\{x | x > 0\}`); it never continues a product there.
  p.absDepth = ((key === '|' || key === 'vert') && !withRight) || pair.fn === 'Set' ? 1 : 0;
  const savedNorm = p.normDepth;
  p.normDepth = (key === '\\|' || key === 'Vert') && !withRight ? 1 : 0;
  const items: MathNode[] = [];
  let builder: MathNode[] | undefined;
  if (!isCloser(p, pair.close, withRight)) {
    for (;;) {
      items.push(p.parseExpression());
      if (pair.fn === 'Set' && items.length === 1 && setBuilderAhead(p)) {
        builder = parseSetBuilder(p, items[0]);
        break;
      }
      if (p.is('punct', ',')) {
        p.next();
        continue;
      }
      break;
    }
  }
  p.absDepth = savedAbs;
  p.normDepth = savedNorm;
  const interval = items.length === 2 ? halfOpen(p, key, withRight) : undefined;
  if (interval !== undefined) {
    if (withRight) p.next();
    p.next();
    return intervalNode(p, items, interval, open.start);
  }
  // |ψ⟩, \left|ψ\right\rangle: a ket.
  const ketAt = (k: number) => key === '|' && p.isCommand('rangle', k) && items.length === 1;
  if (withRight) {
    if (!p.isCommand('right'))
      p.fail(p.atEnd() ? 'missing \\right' : `expected \\right, found '${p.peek().value}'`);
    p.next();
    const closer = p.peek();
    if (ketAt(0)) {
      p.next();
      return p.apply('Ket', items, open.start, p.lastEnd());
    }
    if (delimiterKey(closer) !== pair.close) {
      p.fail(
        closer.value === '.' || key === '.'
          ? 'one-sided \\left…\\right'
          : 'mismatched delimiters (interval?)',
        open.start,
        closer.end,
      );
    }
    p.next();
  } else {
    const closer = p.peek();
    if (ketAt(0)) {
      p.next();
      return p.apply('Ket', items, open.start, p.lastEnd());
    }
    if (
      delimiterKey(closer) !== pair.close ||
      (closer.kind !== 'punct' && closer.kind !== 'command')
    ) {
      if (closer.kind === 'punct' && (closer.value === ')' || closer.value === ']')) {
        p.fail('mismatched delimiters (interval?)', open.start, closer.end);
      }
      p.fail(
        closer.kind === 'eof' ? `missing '${pair.close}'` : `expected '${pair.close}'`,
        closer.start,
        closer.end,
      );
    }
    p.next();
  }
  const end = p.lastEnd();
  // `\{\}`, `\left\{\right\}`: the empty set, as `\emptyset`.
  if (items.length === 0 && pair.fn === 'Set') return p.apply('Set', [], open.start, end);
  if (items.length === 0) p.fail('empty delimiters', open.start, end);
  if (builder !== undefined) return p.apply('SetBuilder', builder, open.start, end);
  if (pair.fn === 'Set') return p.apply('Set', items, open.start, end);
  if (items.length > 1) {
    if (key === '(' || key === '[') {
      const membership = afterMembership(p, open);
      if (items.length === 2 && membership)
        return intervalNode(p, items, key === '[' ? [true, true] : [false, false], open.start);
      return p.apply(key === '(' ? 'Tuple' : 'Brackets', items, open.start, end);
    }
    p.fail('list inside delimiters', open.start, end);
  }
  if (key === '[' && evaluationScriptsAhead(p)) return parseEvaluationBar(p, items[0], open.start);
  if (pair.fn === '') return p.mark(items[0], p.spanOf(items[0]).start, p.spanOf(items[0]).end);
  return p.apply(pair.fn, items, open.start, end);
}

/**
 * After `]`: evaluation scripts, `_{a}^{b}` or `_{x=a}` (`\left[ -\cos x \right]_0^{\pi}`,
 * `\Bigl[ 2x^{1/2} \Bigr]_1^4`: the size commands are dropped by the tokenizer). A bracket with a
 * lone lower script (`[x]_p`, a class) is not an evaluation.
 */
function evaluationScriptsAhead(p: Parser): boolean {
  if (!p.is('sub')) return false;
  if (p.is('sup', undefined, 1 + p.argumentLength(1))) return true;
  const lower = p.peekArgumentTokens(1) ?? [];
  return lower.length > 2 && lower[0].kind === 'letter' && lower[1].value === '=';
}

function intervalNode(
  p: Parser,
  items: MathNode[],
  [leftClosed, rightClosed]: [boolean, boolean],
  start: number,
): MathNode {
  const flag = (closed: boolean) => p.mark(booleanNode(closed), start, start);
  return p.apply('Interval', [...items, flag(leftClosed), flag(rightClosed)], start, p.lastEnd());
}

export const bracketConstruct: Construct = {
  commands: [
    '#(',
    '#[',
    '#|',
    'lvert',
    'vert',
    'lfloor',
    'lceil',
    '|',
    'lVert',
    'Vert',
    '{',
    'lbrace',
  ],
  parse(p: Parser, token: Token): MathNode {
    p.next();
    const key = delimiterKey(token) ?? '';
    if (PAIRS[key]?.fn === 'Set' && casesEnvironmentAhead(p, 0)) {
      // `\{ \begin{matrix} v & \text{if } c \\ … \end{matrix}`: a brace opening cases.
      const cases = parseCasesEnvironment(p, token.start);
      if (!p.atEnd() && !p.is('punct', ',') && !p.is('punct', '.'))
        p.fail('cases followed by more', token.start, p.peek().end);
      return cases;
    }
    return parseDelimited(p, token, key, false);
  },
};

/**
 * `\\left. F(x) \\right|_{a}^{b}` → Evaluate(F, a, b); `|_{x=a}^{b}` → Evaluate(F, x, a, b).
 * A bar with one bound must name the variable: `|_{x=a}` → Substitute(F, x, a).
 */
function parseEvaluation(p: Parser, token: Token): MathNode {
  const saved = p.absDepth;
  p.absDepth = 0;
  const body = p.parseExpression();
  p.absDepth = saved;
  if (!p.isCommand('right')) p.fail('one-sided \\left…\\right', token.start, p.peek().end);
  p.next();
  const bar = p.next();
  const isBar =
    (bar.kind === 'punct' && (bar.value === '|' || bar.value === ']')) ||
    (bar.kind === 'command' && (bar.value === 'vert' || bar.value === 'rvert'));
  if (!isBar || !p.is('sub')) p.fail('one-sided \\left…\\right', token.start, bar.end);
  return parseEvaluationBar(p, body, token.start);
}

/**
 * The scripts of an evaluation bar after `body` (at `_`): `|_{a}^{b}` → Evaluate(body, a, b),
 * `|_{x=a}^{b}` → Evaluate(body, x, a, b), `|_{x=a}` → Substitute(body, x, a).
 */
export function parseEvaluationBar(p: Parser, body: MathNode, start: number): MathNode {
  p.next();
  const lower = p.takeArgumentTokens();
  const [v, eq, ...rest] = lower.tokens;
  const named = v?.kind === 'letter' && eq?.kind === 'punct' && eq.value === '=' && rest.length > 0;
  const variable = named ? p.mark(symbolNode(v.value), v.start, v.end) : undefined;
  if (!p.is('sup')) {
    if (variable === undefined) p.fail('evaluation bar with one bound', start, p.lastEnd());
    const at = p.subParser(rest, lower.end).parseWhole();
    return p.apply('Substitute', [body, variable, at], start, p.lastEnd());
  }
  p.next();
  const upper = p.parseScriptArgument();
  if (variable !== undefined) {
    const from = p.subParser(rest, lower.end).parseWhole();
    return p.apply('Evaluate', [body, variable, from, upper], start, p.lastEnd());
  }
  const from = p.subParser(lower.tokens, lower.end).parseWhole();
  return p.apply('Evaluate', [body, from, upper], start, p.lastEnd());
}

export const leftRightConstruct: Construct = {
  commands: ['left'],
  parse(p: Parser, token: Token): MathNode {
    p.next();
    const delimiter = p.next();
    const key = delimiterKey(delimiter);
    if (key === '.') return parseEvaluation(p, token);
    if (PAIRS[key ?? '']?.fn === 'Set' && casesEnvironmentAhead(p, 0)) {
      const cases = parseCasesEnvironment(p, token.start);
      if (!p.isCommand('right') || !p.is('punct', '.', 1))
        p.fail('cases without \\right.', token.start, p.peek().end);
      p.next();
      p.next();
      return cases;
    }
    if (key === undefined || PAIRS[key] === undefined)
      p.fail(
        `\\left${delimiter.kind === 'command' ? '\\' : ''}${delimiter.value}`,
        token.start,
        delimiter.end,
      );
    return parseDelimited(p, token, key, true);
  },
};
