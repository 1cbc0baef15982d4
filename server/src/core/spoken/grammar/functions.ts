/**
 * Functions: named ones ("sine of x", "the log base 2 of n", "sine squared x", "inverse sine",
 * "arc sine"), any letter applied with "of" ("f of x", "f prime of x", "g inverse of y"), primes,
 * "inverse" and factorial.
 */
import { closing, lexicon, namesSymbol, phrases, texMap } from '../lexicon';
import { Power, type Parser } from '../parser';
import type { Token } from '../tokens';
import { PhraseTable } from '../phraseTable';
import { isBareArgument } from '../print';
import { additiveSigns, atom, attachScript, lastFactor, onLastFactor, type Formula } from '../tree';
import { differentialAt } from './calculus';
import { pastNamingWords } from './fallback';
import { withRandomTerms } from './randomVariables';
import { withRecurrenceStep } from './recurrence';
import { withOneMoreTerm } from './oneMoreTerm';
import { operand, operator } from './construct';

const of = closing('function.of');
const base = closing('function.base');
const inverse = closing('inverse');
/** How far back or ahead the checks of lists and parentheses look, so that long input stays linear. */
const parenthesisReach = 64;
const minusOne: Formula = { kind: 'prefix', op: '-', operand: atom('1', 'number') };

/** Puts an exponent on a function applied to its argument (sin² x, f⁵(x)), or on the formula. */
export function raiseFunction(formula: Formula, exponent: Formula): Formula {
  if (formula.kind === 'row' && formula.items.length === 2 && isFunctionName(formula.items[0])) {
    return {
      kind: 'row',
      items: [attachScript(formula.items[0], 'sup', exponent), formula.items[1]],
    };
  }
  return attachScript(formula, 'sup', exponent);
}

function isFunctionName(formula: Formula): boolean {
  // "mu hat sub i of t": an accented letter with scripts is applied like the letter itself.
  if (formula.kind === 'script')
    return isFunctionName(formula.base) || formula.base.kind === 'command';
  return formula.kind === 'atom' && (formula.role === 'function' || formula.role === 'letter');
}

/** Functions whose argument is written in other brackets than parentheses: ℒ{f(t)}, 𝔼[X]. */
const fencedArguments = texMap('function.fenced');

function bracketsOf(name: Formula): readonly [string, string] | undefined {
  const symbol = name.kind === 'script' ? name.base : name;
  const brackets = symbol.kind === 'atom' ? fencedArguments.get(symbol.tex) : undefined;
  return brackets?.split(' ') as [string, string] | undefined;
}

/** A function's argument: parenthesised unless it is a single symbol or a product of them. */
function applied(
  name: Formula,
  argument: Formula,
  alwaysParenthesise: boolean,
  saidBare = false,
): Formula {
  if (argument.kind === 'empty') return name;
  const brackets = bracketsOf(name);
  if (brackets !== undefined) {
    // "the Laplace transform of the quantity f plus g": the brackets group it already.
    const body = argument.kind === 'fence' && argument.open === '(' ? argument.body : argument;
    const [open, close] = brackets;
    return { kind: 'row', items: [name, { kind: 'fence', open, close, body }] };
  }
  const fenced = argument.kind === 'fence' && argument.open === '(';
  // "sine sine x" said without "of" is written as said, sin sin x.
  const head = argument.kind === 'row' ? argument.items[0] : undefined;
  const base = head?.kind === 'script' ? head.base : head;
  const named = saidBare && base?.kind === 'atom' && base.role === 'function';
  const bare = fenced || (!alwaysParenthesise && (isBareArgument(argument) || named));
  return {
    kind: 'row',
    items: [name, bare ? argument : { kind: 'fence', open: '(', close: ')', body: argument }],
  };
}

const bareToThe = new Set(['to the', 'raised to the']);

/**
 * "sine to the n of x", "f to the n of a": after a function's name, a bare "to the" with one
 * operand before "of" raises the function, sinⁿ(x), f^n(a). Returns the exponent, or undefined
 * with the cursor kept.
 */
export function exponentBeforeOf(parser: Parser, trigger: string): Formula | undefined {
  if (!bareToThe.has(trigger)) return undefined;
  const start = parser.pos;
  return parser.attempt(() => {
    const exponent = parser.expression(Power.postfix);
    const short = parser.pos - start <= 2;
    const applied = of.match(parser.tokens, parser.pos) !== undefined;
    return exponent.kind !== 'empty' && short && applied ? exponent : undefined;
  });
}

const toThe = new PhraseTable(phrases('power.toThe').map((phrase) => [phrase, true] as const));

/** Powers said between the name and the argument: "sine squared x", "tangent inverse of 1". */
function nameModifiers(parser: Parser, name: Formula): Formula {
  for (;;) {
    const raised = toThe.match(parser.tokens, parser.pos);
    const start = parser.pos;
    if (raised !== undefined) parser.pos += raised.length;
    const exponent = raised && exponentBeforeOf(parser, parser.phraseAt(start, raised.length));
    if (exponent !== undefined) {
      name = attachScript(name, 'sup', exponent);
      continue;
    }
    parser.pos = start;
    if (parser.accept('squared')) name = attachScript(name, 'sup', atom('2', 'number'));
    else if (parser.accept('cubed')) name = attachScript(name, 'sup', atom('3', 'number'));
    else if (parser.acceptFrom(inverse) !== undefined) name = attachScript(name, 'sup', minusOne);
    else if (parser.acceptFrom(base) !== undefined)
      name = attachScript(name, 'sub', parser.expression(Power.postfix));
    else return name;
  }
}

const divisions = lexicon.divisionWords;
const roots = closing('root.square', 'root.cube');
const quantities = closing('group.quantity');
const primeWords = closing('prime', 'doublePrime', 'triplePrime');

/** "g of x", "f prime of x", "phi of t" said from token `at`. */
export function letterApplied(tokens: Parser['tokens'], at: number): boolean {
  if (!namesSymbol(tokens[at]?.text ?? '')) return false;
  let next = at + 1;
  for (let prime = primeWords.match(tokens, next); prime; prime = primeWords.match(tokens, next))
    next += prime.length;
  return of.match(tokens, next) !== undefined;
}

/** "P of a times the probability of b": an article before a function changes nothing. */
function pastArticle(tokens: Parser['tokens'], at: number): number {
  return tokens[at]?.text === 'the' ? at + 1 : at;
}

/**
 * "cosine of 2 phi times cosine of phi", "sine of x over cosine of x", "f of x over f prime of
 * x": a product or quotient with another function ends the argument. A named function said
 * without "of" ends a letter's argument only then: "Q of a times cosine psi, omega" lists a cos ψ.
 */
function operationOnFunction(parser: Parser, namedNeedsOf: boolean, depth: number): boolean {
  const { tokens, pos } = parser;
  const operation = lexicon.productWords.match(tokens, pos) ?? divisions.match(tokens, pos);
  if (operation === undefined) return false;
  const next = pastArticle(tokens, pos + operation.length);
  // "u of x times d x": a differential is never inside an argument.
  if (lexicon.productWords.match(tokens, pos) !== undefined && differentialAt(tokens, next))
    return true;
  // "f of x times the quantity g of x end quantity": a quantity multiplied on is the next factor
  // (inside the argument's own parentheses it is one of its factors).
  const product = lexicon.productWords.match(tokens, pos) !== undefined;
  const quantity = quantities.match(tokens, pos + operation.length) !== undefined;
  if (product && quantity && parser.scopeDepth === depth) return true;
  const named = lexicon.functionTable.match(tokens, next);
  // "Lambda of n divided by log n", "sine of l x divided by square root of pi": a quotient by a
  // named function or a root is Λ(n)/log n, sin(lx)/√π.
  const dividing = divisions.match(tokens, pos) !== undefined;
  if (dividing && roots.match(tokens, next) !== undefined) return true;
  if (named !== undefined && (!namedNeedsOf || dividing || of.match(tokens, next + named.length)))
    return true;
  return letterApplied(tokens, next);
}

/**
 * "sine of x cosine of x", "f of x g of x": another application said right after an argument is
 * the next factor, sin x cos x.
 */
function applicationFollows(parser: Parser, argument: { start: number; depth: number }): boolean {
  const { tokens, pos } = parser;
  let first = argument.start;
  // "P of B given A P of A": a condition's operand counts from its "given". Only a short operand
  // matters below, so the look-back is a few tokens.
  for (let at = pos - 1; at > Math.max(first, pos - 5); at--)
    if (given.match(tokens, at) !== undefined) {
      first = at + 1;
      break;
    }
  while (tokens[first]?.kind === 'pause') first++;
  // The argument's own first application is its operand ("f of g of x" is f(g(x))), and so is
  // what follows a longer argument: "O of kappa d squared log of beta" is O(κd² log β). An
  // argument that is one application is short: "f prime of g of x g prime of x" is f′(g(x)) g′(x).
  if (parser.scopeDepth !== argument.depth || pos <= first) return false;
  const short = pos - first <= 2 || (pos - first === 3 && letterApplied(tokens, first));
  if (!short) return false;
  // Only right after a symbol of the argument: not inside a script ("q sub L of u") or after
  // a word or operator ("x nabla p of x").
  const before = tokens[pos - 1];
  const symbol = before.kind === 'number' || namesSymbol(before.text);
  if (!symbol || tokens[pos - 2]?.text === 'sub') return false;
  // "…, nabla p of x": the gradient of an application is one too.
  const gradient = lexicon.symbols.get(tokens[pos]?.text ?? '') === '\\nabla';
  return (
    namedApplicationAt(tokens, pos) ||
    namedOfApplicationAt(tokens, pos) ||
    letterApplied(tokens, gradient ? pos + 1 : pos)
  );
}

/** "the tangent of", "sine of": a named function's application starts at `at`. */
export function namedApplicationAt(tokens: Parser['tokens'], at: number): boolean {
  const start = tokens[at]?.text === 'the' ? at + 1 : at;
  const named = lexicon.functionTable.match(tokens, start);
  return named !== undefined && of.match(tokens, start + named.length) !== undefined;
}

/** "log p of x": a named function said bare of a letter's application. */
function namedOfApplicationAt(tokens: Parser['tokens'], at: number): boolean {
  const named = lexicon.functionTable.match(tokens, at);
  return named !== undefined && letterApplied(tokens, at + named.length);
}

/**
 * "f of t e to the minus i omega t", "f of t times e raised to …": after an argument of one symbol, e
 * raised to a power is the
 * next factor, f(t) e^{−iωt}, as in every transform's integrand.
 */
function exponentialAfterSymbol(parser: Parser, argumentStart: number): boolean {
  const { tokens, pos } = parser;
  const times = lexicon.productWords.match(tokens, pos)?.length ?? 0;
  return (
    pos === argumentStart + 1 &&
    tokens[pos + times]?.raw === 'e' &&
    toThe.match(tokens, pos + times + 1) !== undefined
  );
}

/** How far either way a letter's primes are looked for. */
const primeReach = 32;

/**
 * "y prime plus p of x y equals q of x": a letter said with primes elsewhere is the equation's
 * unknown function, a factor after a coefficient's argument, p(x) y, not part of it.
 */
function dependentVariableAt(parser: Parser, argumentStart: number): boolean {
  const { tokens, pos } = parser;
  const letter = tokens[pos];
  // After one symbol of the argument ("p of x y"), and not itself applied ("g of x").
  if (pos !== argumentStart + 1 || letter?.kind !== 'word' || !/^[a-z]$/.test(letter.raw))
    return false;
  if (of.match(tokens, pos + 1) !== undefined) return false;
  const end = Math.min(tokens.length, pos + primeReach);
  for (let at = Math.max(0, pos - primeReach); at < end; at++)
    if (
      at !== pos &&
      tokens[at].raw === letter.raw &&
      primeWords.match(tokens, at + 1) !== undefined
    )
      return true;
  return false;
}

/**
 * "f of x over 2", "lambda of tau sub Q divided by U": a letter's argument that is one symbol
 * ends at a division, f(x)/2, as it ends at a sign.
 */
function symbolDivided(parser: Parser, argumentStart: number): boolean {
  const { tokens, pos } = parser;
  if (divisions.match(tokens, pos) === undefined) return false;
  const said = tokens.slice(argumentStart, pos);
  const symbol = (token: Token | undefined) =>
    token !== undefined && (token.kind === 'number' || namesSymbol(token.text));
  if (said.length === 1) return symbol(said[0]);
  return said.length === 3 && symbol(said[0]) && said[1].text === 'sub' && symbol(said[2]);
}

/**
 * "the covariance of X and Y over sigma X sigma Y": a division after a pair's second item divides
 * the application, Cov(X, Y)/(σ_X σ_Y).
 */
function pairDivided(parser: Parser, argumentStart: number): boolean {
  if (divisions.match(parser.tokens, parser.pos) === undefined) return false;
  return parser.tokens.slice(argumentStart, parser.pos).some((token) => token.text === 'and');
}

const parenOpeners = closing('group.paren');
const parenClosers = closing('group.parenEnd');

/**
 * "f of open paren x close paren times y": an argument said in parentheses ends where they close,
 * when a product or a quotient follows, f(x)·y.
 */
function parenthesisedArgumentClosed(parser: Parser, argumentStart: number): boolean {
  const { tokens, pos } = parser;
  const operation = lexicon.productWords.match(tokens, pos) ?? divisions.match(tokens, pos);
  if (
    operation === undefined ||
    pos - argumentStart > parenthesisReach ||
    parenOpeners.match(tokens, argumentStart) === undefined
  )
    return false;
  let depth = 0;
  for (let at = argumentStart; at < pos;) {
    const closer = parenClosers.match(tokens, at);
    const opener = closer === undefined ? parenOpeners.match(tokens, at) : undefined;
    if (closer !== undefined) depth--;
    else if (opener !== undefined) depth++;
    else if (depth === 0) return false;
    at += (closer ?? opener)?.length ?? 1;
    if (depth === 0 && at < pos) return false;
  }
  return depth === 0;
}

/** Whether a parenthesis said shortly before token `at` is still open there. */
function insideParentheses(tokens: Parser['tokens'], at: number): boolean {
  let depth = 0;
  for (let i = Math.max(0, at - parenthesisReach); i < at; i++) {
    if (parenClosers.match(tokens, i) !== undefined) depth = Math.max(0, depth - 1);
    else if (parenOpeners.match(tokens, i) !== undefined) depth++;
  }
  return depth > 0;
}

/**
 * Whether the word "comma" ends an argument here: said before the next formula (see
 * argumentListEnds), as a written comma is, or inside another function's parenthesised arguments
 * ("psi of open paren u of x comma t close paren" is ψ(u(x), t)).
 */
function spokenCommaEndsList(parser: Parser, nested: boolean): boolean {
  return (
    parser.peek()?.text === 'comma' && (nested || argumentListEnds(parser.tokens, parser.pos + 1))
  );
}

/** "pi sub zero of f, colon, …": a colon said as a word ends an argument (a semicolon lists: H(R³; C₄)). */
function atSpokenColon(parser: Parser): boolean {
  return parser.peek()?.text === 'colon';
}

/**
 * Whether the words after an argument's comma (from token `at`) are the next formula rather than
 * one more argument: another application ("S of P, S of Q"), or a comparison said straight on
 * after an equation's right side ("… equals l sub p of x, x less than 0" is l_p(x), x < 0; "f of
 * x, y equals 3" still lists x, y).
 */
function argumentListEnds(tokens: Parser['tokens'], at: number): boolean {
  if (letterApplied(tokens, at)) return true;
  let pause = at;
  const last = Math.min(tokens.length, at + parenthesisReach);
  while (pause < last && tokens[pause].kind !== 'pause' && tokens[pause].kind !== 'stop') pause++;
  const relations = lexicon.relationWords;
  return (
    relations.occursIn(tokens, at, pause) &&
    relations.occursIn(tokens, Math.max(0, at - parenthesisReach), at)
  );
}

/** "equals", "is equal to": relations that end an event's description. */
const equalities = new PhraseTable(
  [...lexicon.relations]
    .filter(([, tex]) => tex === '=')
    .map(([phrase]) => [phrase, true] as const),
);

/**
 * "X equals x", "Y is equal to y": a random variable (a capital) set to a value of it (its small
 * letter), P(X = x), at the equality at `at`; never the end of an event or a condition.
 */
function variableTakesValue(tokens: Parser['tokens'], at: number): boolean {
  const equality = equalities.match(tokens, at);
  const variable = tokens[at - 1];
  const value = equality === undefined ? undefined : tokens[at + equality.length];
  return (
    variable !== undefined &&
    value !== undefined &&
    /^[A-Z]$/.test(variable.raw) &&
    value.raw === variable.raw.toLowerCase()
  );
}

const given = closing('function.given');

/**
 * "p of x given z", "the probability of A given B": the condition is inside the argument, and so
 * is a value its variable takes ("given Y equals y").
 */
function withCondition(parser: Parser, argument: Formula, read: () => Formula): Formula {
  const beforeGiven = parser.pos;
  if (parser.acceptFrom(given) === undefined) return argument;
  let condition = read();
  if (condition.kind === 'empty') {
    parser.pos = beforeGiven;
    return argument;
  }
  const equality = equalities.match(parser.tokens, parser.pos);
  if (equality !== undefined && variableTakesValue(parser.tokens, parser.pos)) {
    parser.pos += equality.length;
    const value = parser.expression(Power.postfix);
    condition = { kind: 'infix', op: '=', left: condition, right: value };
  }
  return { kind: 'infix', op: '|', left: argument, right: condition };
}

/** "that X is greater than 2 equals …": a relation said since `from` is the event's own. */
function relationSaid(parser: Parser, from: number): boolean {
  return lexicon.relationWords.occursIn(parser.tokens, from, parser.pos);
}

/**
 * "the probability of A plus the probability of B": a sign before another application ends an
 * event, which otherwise holds its sums and comparisons.
 */
function sumOfApplications(parser: Parser): boolean {
  const { tokens, pos } = parser;
  const sign = lexicon.additiveWords.match(tokens, pos);
  if (sign === undefined) return false;
  const next = pastArticle(tokens, pos + sign.length);
  return (
    namedApplicationAt(tokens, next) || letterApplied(tokens, next) || eventClauseAt(tokens, next)
  );
}

/** "probability that": an event said as a clause starts at `at`. */
function eventClauseAt(tokens: Parser['tokens'], at: number): boolean {
  const named = lexicon.functionTable.match(tokens, at);
  return (
    named !== undefined && events.has(named.value) && tokens[at + named.length]?.text === 'that'
  );
}

/** A bare "is", not the start of "is greater than": what ends an event said as a clause. */
function atCopula(parser: Parser): boolean {
  return (
    parser.peek()?.text === 'is' &&
    lexicon.relationWords.match(parser.tokens, parser.pos)?.length === 1
  );
}

/**
 * Where an event said without "that" ends: at an equality ("the probability of A equals 0.1"),
 * unless another equality follows with no application between ("the probability of X equals k
 * equals one sixth" is P(X = k) = 1/6, as "P of A equals P of B equals one half" is not), or at a
 * sign before another application.
 */
function eventEnds(parser: Parser): boolean {
  if (sumOfApplications(parser)) return true;
  const equality = equalities.match(parser.tokens, parser.pos);
  if (equality === undefined || variableTakesValue(parser.tokens, parser.pos)) return false;
  const { tokens } = parser;
  for (let at = parser.pos + equality.length; at < tokens.length; at++) {
    if (tokens[at].kind === 'stop' || namedApplicationAt(tokens, at) || letterApplied(tokens, at))
      return true;
    if (equalities.match(tokens, at) !== undefined) return false;
  }
  return true;
}

/** The terms of a sum: a − λI is [a, λI]; anything else is one term. */
function termsOf(formula: Formula): Formula[] {
  return formula.kind === 'infix' && additiveSigns.has(formula.op)
    ? [...termsOf(formula.left), ...termsOf(formula.right)]
    : [formula];
}

/** A matrix said as a capital letter at the end of a term: A, λI, 2B. */
function endsInMatrix(formula: Formula): boolean {
  const factors = formula.kind === 'row' ? formula.items : [formula];
  const last = factors[factors.length - 1];
  return (
    factors.every((factor) => factor.kind === 'atom' && factor.role !== 'function') &&
    last.kind === 'atom' &&
    last.role === 'letter' &&
    /^[A-Z]$/.test(last.tex)
  );
}

/**
 * "the determinant of A minus lambda I": a function of matrices takes a sum whose every term is a
 * matrix, det(A − λI); otherwise (undefined) its argument ends at a sign as others do.
 */
function matrixSum(parser: Parser, readSum: () => Formula): Formula | undefined {
  // Tried only where a matrix and a sign are said first, so nested functions read once each.
  // "the determinant of the matrix A minus lambda I".
  const named = pastNamingWords(parser.tokens, parser.pos);
  // "the determinant of capital A minus …".
  const at = capitalWords.has(parser.tokens[named]?.text ?? '') ? named + 1 : named;
  const first = parser.tokens[at];
  const capital = at > named || /^[A-Z]$/.test(first?.raw ?? '');
  if (
    first?.kind !== 'word' ||
    !/^[a-zA-Z]$/.test(first.raw) ||
    !capital ||
    lexicon.additiveWords.match(parser.tokens, at + 1) === undefined
  )
    return undefined;
  return parser.attempt(() => {
    const sum = readSum();
    const terms = termsOf(sum);
    return terms.length > 1 && terms.every(endsInMatrix) ? sum : undefined;
  });
}

/** A variable of a function's argument: a letter other than π. */
const isVariable = (symbol: { tex: string; role?: string }) =>
  symbol.role === 'letter' && symbol.tex !== '\\pi';

/** What a named function is applied to, where that changes how far its argument reaches. */
interface ArgumentKind {
  /** P: an event, with its comparisons. */
  event?: boolean;
  /** det, tr: a sum of matrices. */
  ofMatrices?: boolean;
  /** E, Var: a sum of random variables. */
  ofRandomVariables?: boolean;
  /** sin, cos: an angle, which may be a sum of two ("the cosine of a minus b"). */
  ofAngles?: boolean;
}

/**
 * "cosine of a minus b equals …": a sum of two symbols said after a trigonometric "of", up to a
 * relation or the end, is the angle, as in every addition formula.
 */
function angleSum(parser: Parser, first: Formula): Formula {
  const { tokens, pos } = parser;
  const sign = lexicon.additive.get(tokens[pos]?.text ?? '');
  const second = tokens[pos + 1];
  const after = tokens[pos + 2];
  const ends =
    after === undefined ||
    after.kind === 'stop' ||
    after.kind === 'pause' ||
    lexicon.relationWords.match(tokens, pos + 2) !== undefined;
  const symbols = first.kind === 'atom' && isVariable(first) && namesSymbol(second?.text ?? '');
  if (sign === undefined || !symbols || !ends) return first;
  parser.pos++;
  return { kind: 'infix', op: sign, left: first, right: parser.operand() };
}

/**
 * The argument of a named function. An event's ("the probability of X less than 2") holds its
 * comparisons, P(X < 2), and ends at an equality: "… equals 0.1" is said of the probability.
 */
function argumentOf(
  parser: Parser,
  {
    event = false,
    ofMatrices = false,
    ofRandomVariables = false,
    ofAngles = false,
  }: ArgumentKind = {},
): Formula {
  // "the probability that X equals k is …": an event said as a clause holds its equality and
  // ends at "is".
  const clause = event && parser.accept('that');
  if (clause || parser.acceptFrom(of) !== undefined) {
    const argument = { start: parser.pos, depth: parser.scopeDepth + 1 };
    const atEquality = (at: Parser) =>
      equalities.match(at.tokens, at.pos) !== undefined && !variableTakesValue(at.tokens, at.pos);
    const read = (power: number = event ? Power.logic : Power.additive) =>
      parser.scope({
        closedByPause: true,
        listByComma: true,
        power,
        stop: (at) =>
          operationOnFunction(at, false, argument.depth) ||
          applicationFollows(at, argument) ||
          atSpokenColon(at) ||
          pairDivided(at, argument.start) ||
          (event && !clause && eventEnds(at)) ||
          (event && clause && sumOfApplications(at)) ||
          (clause && (atCopula(at) || (atEquality(at) && relationSaid(at, argument.start)))),
        // "sine of x, cosine of x": another application after a comma is the next formula.
        listEnd: argumentListEnds,
      });
    const sum = ofMatrices ? matrixSum(parser, () => read(Power.additive - 1)) : undefined;
    const first = sum ?? read();
    const angle = ofAngles ? angleSum(parser, first) : first;
    const whole =
      event || sum !== undefined || angle !== first
        ? angle
        : ofRandomVariables
          ? withRandomTerms(parser, first, read, applicationAt)
          : withOneMoreTerm(parser, first, read, isVariable);
    return withCondition(parser, whole, read);
  }
  parser.skipPauses();
  // "cosine cap C": a word that starts an operand here is the argument, even if it is also an operator.
  if (parser.atEnd() || (parser.startsOperator() && parser.operandPhraseLength() === 0))
    return { kind: 'empty' };
  return parser.expression(Power.implicit);
}

const { relationTable, capitalWords } = lexicon;
const eventGroups = closing('absolute.of', 'norm.of', 'group.quantity', 'group.paren');

/** How far before a "mod" its congruence is looked for, so that time stays linear. */
const congruenceReach = 32;

/** A congruence (≡) said shortly before the "mod" said as `trigger`. */
function congruenceBefore(parser: Parser, trigger: string): boolean {
  const { tokens } = parser;
  const saidAt = parser.pos - trigger.split(' ').length;
  const reach = Math.max(0, saidAt - congruenceReach);
  for (let at = saidAt - 1; at >= reach && tokens[at].kind !== 'stop'; at--)
    if (relationTable.match(tokens, at)?.value === '\\equiv') return true;
  return false;
}

/** A letter, maybe scripted: a factor of a product of symbols (a b, A B, x_i y). */
function isLetter(formula: Formula): boolean {
  if (formula.kind === 'script') return isLetter(formula.base);
  return formula.kind === 'atom' && formula.role === 'letter';
}

/** Functions whose argument is written in parentheses even when said bare: P(A), Var(X). */
const parenthesised = new Set(phrases('function.parenthesised'));
const events = new Set(phrases('function.event'));
const ofMatrices = new Set(phrases('function.ofMatrices'));
const ofRandomVariables = new Set(phrases('function.ofRandomVariables'));
const ofAngles = new Set(phrases('function.ofAngles'));

/** "E of Y", "the variance of Y": an application starts at `at`. */
function applicationAt(tokens: Parser['tokens'], at: number): boolean {
  return letterApplied(tokens, pastArticle(tokens, at)) || namedApplicationAt(tokens, at);
}

const named = operand(
  'function.named',
  [...lexicon.functions.keys()].flatMap((phrase) => [phrase, `the ${phrase}`]),
  (parser, trigger) => {
    const tex = lexicon.functions.get(trigger.replace(/^the /, ''));
    if (tex === undefined) return undefined;
    const name = nameModifiers(parser, atom(tex, 'function'));
    // "cosine of alpha." in prose is cos(α), as papers write it; ClearSpeak's "the cosine of" and
    // dictated formulas keep a bare argument (cos α).
    const prose = !trigger.startsWith('the ') && parser.inProse();
    const ofAt = parser.pos;
    const saidOf = of.match(parser.tokens, ofAt) !== undefined;
    // "sine, arc cosine one half": a pause after the name sets the argument apart, sin(cos⁻¹ ½).
    const saidBare = !saidOf && parser.peek()?.kind !== 'pause';
    const argument = argumentOf(parser, {
      event: events.has(tex),
      ofMatrices: ofMatrices.has(tex),
      ofRandomVariables: ofRandomVariables.has(tex),
      ofAngles: ofAngles.has(tex),
    });
    // "a is congruent to b mod n": the modulus of a congruence is written (mod n).
    if (tex === '\\bmod' && argument.kind !== 'empty' && congruenceBefore(parser, trigger))
      return { kind: 'command', name: 'pmod', args: [argument] };
    // "the determinant of the 2 by 2 matrix …": a determinant of written entries has bars.
    if (tex === '\\det' && argument.kind === 'grid' && argument.environment === 'pmatrix')
      return { ...argument, environment: 'vmatrix' };
    // "the log of a b", "the determinant of A B": a product said after "of" is the argument
    // whole, log(ab); written bare, log a b would read as (log a) b. ClearSpeak's pause after
    // "of" ("the log base 10 of, x y") reads the bare form it was spoken from.
    const pausedAfterOf = parser.tokens[ofAt + 1]?.kind === 'pause';
    const product =
      saidOf &&
      !pausedAfterOf &&
      argument.kind === 'row' &&
      argument.items.length > 1 &&
      argument.items.every(isLetter);
    return applied(
      name,
      argument,
      (prose && saidOf) || product || parenthesised.has(tex),
      saidBare,
    );
  },
);

/** "arc sine x", "inverse sine of x", "the inverse cosine": the named function to the power −1. */
const arc = operand('function.arc', [...phrases('function.arc'), 'the inverse'], (parser) => {
  const match = lexicon.functionTable.match(parser.tokens, parser.pos);
  if (match === undefined) return undefined;
  parser.pos += match.length;
  const name = nameModifiers(parser, attachScript(atom(match.value, 'function'), 'sup', minusOne));
  return applied(name, argumentOf(parser), false);
});

/** "f of x", "g sub 1 of y", "f prime of x": a letter applied to an argument. */
const ofApplication = operator(
  'function.of',
  phrases('function.of'),
  Power.postfix,
  (parser, left) => {
    const target = lastFactor(left);
    // An unknown word before "of" names a function ("Supp of X", "Spin of 8"); it stays text.
    const namedByWord = target.kind === 'text' && !target.text.includes(' ');
    if (
      !isFunctionName(target) &&
      !namedByWord &&
      target.kind !== 'command' &&
      target.kind !== 'fence'
    )
      return undefined;
    const argumentAt = { start: parser.pos, depth: parser.scopeDepth + 1 };
    const nested = parser.inList();
    const nestedInParentheses = nested && insideParentheses(parser.tokens, parser.pos);
    // "P of X greater than 2 equals one half": P's argument about a random variable or an event
    // (a capital) is an event, as the probability's is; "P of x plus 1" is a polynomial's value.
    // "P of the absolute value of X bar minus mu greater than epsilon": past a group's opening.
    const opened = eventGroups.match(parser.tokens, parser.pos)?.length ?? 0;
    const first = parser.peek(opened);
    const capital = /^[A-Z]$/.test(first?.raw ?? '') || capitalWords.has(first?.text ?? '');
    const event = capital && target.kind === 'atom' && events.has(target.tex);
    const argumentScope = {
      closedByPause: true,
      // "psi of u of x, t": inside another's arguments, the comma is the outer list's.
      listByComma: !nested,
      power: event ? Power.logic : Power.additive,
      stop: (at: Parser) =>
        operationOnFunction(at, true, argumentAt.depth) ||
        applicationFollows(at, argumentAt) ||
        atSpokenColon(at) ||
        parenthesisedArgumentClosed(at, argumentAt.start) ||
        symbolDivided(at, argumentAt.start) ||
        dependentVariableAt(at, argumentAt.start) ||
        exponentialAfterSymbol(at, argumentAt.start) ||
        (at.scopeDepth === argumentAt.depth && spokenCommaEndsList(at, nestedInParentheses)) ||
        (event && eventEnds(at)),
      // "S of P, S of Q", "epsilon of y, epsilon of 0": not one more argument.
      listEnd: argumentListEnds,
    };
    const read = parser.scope(argumentScope);
    if (read.kind === 'empty') return undefined;
    const stepped = withRecurrenceStep(parser, read, argumentAt.start);
    const argument =
      target.kind === 'atom' && ofRandomVariables.has(target.tex)
        ? withRandomTerms(parser, stepped, () => parser.scope(argumentScope), applicationAt)
        : stepped;
    // "phi of x sub d given M sub n, Sigma sub n": the condition is inside. Its stops are
    // measured from its own start: "p of y given x p of x" is p(y | x) p(x).
    const conditioned = withCondition(parser, argument, () => {
      argumentAt.start = parser.pos;
      return parser.scope(argumentScope);
    });
    return onLastFactor(left, () => applied(target, conditioned, true));
  },
);

/** Primes as a superscript, written as the apostrophes a' that KaTeX raises itself. */
const primeMarks = (
  [
    ['function.prime', 'prime', 1],
    ['function.doublePrime', 'doublePrime', 2],
    ['function.triplePrime', 'triplePrime', 3],
  ] as const
).map(([name, key, count]) =>
  operator(name, phrases(key), Power.postfix, (_parser, left) =>
    // "n is prime": a prime of nothing is the word.
    left.kind === 'empty' ? undefined : attachScript(left, 'sup', atom("'".repeat(count))),
  ),
);
// "the inverse function": an inverse of nothing is the word.
const inverseOf = operator(
  'function.inverse',
  phrases('inverse'),
  Power.postfix,
  (_parser, left) => (left.kind === 'empty' ? undefined : attachScript(left, 'sup', minusOne)),
);
// "factorial" said of nothing is the word.
const factorial = operator('factorial', phrases('factorial'), Power.postfix, (_parser, left) =>
  left.kind === 'empty' ? undefined : { kind: 'row', items: [left, atom('!', 'symbol')] },
);

const signatureTo = closing('calculus.to');

/** A set as a map's domain or codomain: a capital letter or a named set, maybe raised (ℝⁿ). */
function isSetLike(formula: Formula): boolean {
  if (formula.kind === 'script') return formula.sub === undefined && isSetLike(formula.base);
  return (
    formula.kind === 'atom' && (/^[A-Z]$/.test(formula.tex) || formula.tex.startsWith('\\mathbb'))
  );
}

/** "f from A to B", "phi from G to H": a map's signature, f : A → B; "x from 0 to 1" stays words. */
const signature = operator(
  'function.signature',
  phrases('calculus.from'),
  Power.relation,
  (parser, left) => {
    // "the function f from …": the map is the last symbol said.
    const said = left.kind === 'row' ? left.items : [left];
    const map = said[said.length - 1];
    const name = map?.kind === 'script' ? map.base : map;
    if (name?.kind !== 'atom' || name.role !== 'letter' || !parser.saidLater(signatureTo))
      return undefined;
    const domain = parser.scope({ until: signatureTo });
    if (!isSetLike(domain) || parser.acceptFrom(signatureTo) === undefined) return undefined;
    const codomain = parser.scope({ closedByPause: true, power: Power.relation });
    if (!isSetLike(codomain)) return undefined;
    const arrow: Formula = { kind: 'infix', op: '\\to', left: domain, right: codomain };
    const typed: Formula = { kind: 'infix', op: ':', left: map, right: arrow };
    return said.length === 1 ? typed : { kind: 'row', items: [...said.slice(0, -1), typed] };
  },
);

export const functionConstructs = [
  signature,
  named,
  arc,
  ofApplication,
  ...primeMarks,
  inverseOf,
  factorial,
];
