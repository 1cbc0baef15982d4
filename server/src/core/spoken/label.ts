/**
 * A formula said after its name: "Coulomb's law equals F equals k q one q two over r squared",
 * "Polynomial: 2 x cubed plus 4", "the uncertainty principle states delta x delta p is at least h
 * bar over 2". Words that only name the formula that follows are its label, not part of it: the
 * converter leaves them out of the LaTeX and reports them (spoken.label), so nothing is dropped
 * silently. Three ways of saying a name are recognised: words before a colon (or two words and
 * more before a comma and a relation), two words and more set equal ("is", "equals") to a formula
 * with a relation of its own or to mathematics without words, and words ending in a verb of saying
 * ("states").
 */
import { phrases, lexicon, relationAt } from './lexicon';
import type { Token } from './tokens';
import { onlyWords, type Formula } from './tree';

const relationOps = new Set(lexicon.relations.values());
const sayingVerbs = new Set(phrases('label.verbs'));

export interface Labelled {
  formula: Formula;
  /** The index of the label's last token. */
  labelEnd: number;
}

function wordCount(formula: Formula): number {
  if (formula.kind === 'text') return formula.text.split(' ').length;
  if (formula.kind === 'row') return formula.items.reduce((sum, item) => sum + wordCount(item), 0);
  return 0;
}

/** Whether there is mathematics in `formula`, not words only. */
function hasMath(formula: Formula): boolean {
  switch (formula.kind) {
    case 'text':
    case 'empty':
      return false;
    case 'row':
      return formula.items.some(hasMath);
    case 'infix':
      return hasMath(formula.left) || hasMath(formula.right) || formula.op !== ',';
    default:
      return true;
  }
}

/** Whether words are said anywhere in `formula`. */
function hasWords(formula: Formula): boolean {
  switch (formula.kind) {
    case 'text':
      return true;
    case 'row':
      return formula.items.some(hasWords);
    case 'infix':
      return hasWords(formula.left) || hasWords(formula.right);
    case 'prefix':
      return hasWords(formula.operand);
    case 'frac':
      return hasWords(formula.numerator) || hasWords(formula.denominator);
    case 'script':
      return hasWords(formula.base) || [formula.sub, formula.sup].some((s) => s && hasWords(s));
    case 'fence':
      return hasWords(formula.body);
    default:
      return false;
  }
}

const isRelation = (op: string) => relationOps.has(op);
const anyOperator = () => true;

/** The leftmost operand of a chain of `ops` (a = b = c, a + b = c). */
function leftmost(formula: Formula, ops: (op: string) => boolean): Formula {
  return formula.kind === 'infix' && ops(formula.op) ? leftmost(formula.left, ops) : formula;
}

/** `formula` with `change` applied to its leftmost operand in a chain of `ops`. */
function onLeftmost(
  formula: Formula,
  ops: (op: string) => boolean,
  change: (operand: Formula) => Formula,
): Formula {
  if (formula.kind !== 'infix' || !ops(formula.op)) return change(formula);
  return { ...formula, left: onLeftmost(formula.left, ops, change) };
}

/** The first operator node of `formula` said between `label` and the rest: a = b, "label, x". */
function firstNode(formula: Formula, op: (op: string) => boolean): Formula | undefined {
  if (formula.kind !== 'infix') return undefined;
  const deeper = firstNode(formula.left, op);
  if (deeper !== undefined) return deeper;
  return op(formula.op) ? formula : undefined;
}

/** `formula` without the operand before its first `node` and `node`'s operator. */
function withoutFirst(formula: Formula, node: Formula): Formula {
  if (formula === node && formula.kind === 'infix') return formula.right;
  if (formula.kind !== 'infix') return formula;
  return { ...formula, left: withoutFirst(formula.left, node) };
}

function relationCount(formula: Formula): number {
  return formula.kind === 'infix' && isRelation(formula.op) ? 1 + relationCount(formula.left) : 0;
}

/**
 * "Polynomial: 2 x cubed plus 4", "Digamma function, psi of z equals …": words before a first
 * colon, or two words and more before a comma with a relation after it.
 */
function beforePause(formula: Formula, tokens: readonly Token[]): Labelled | undefined {
  const pause = tokens.findIndex((token) => token.kind === 'pause');
  const node = firstNode(formula, (op) => op === ',');
  if (pause < 0 || node?.kind !== 'infix' || !onlyWords(node.left)) return undefined;
  const rest = withoutFirst(formula, node);
  const named =
    tokens[pause].text === ':' || (wordCount(node.left) >= 2 && relationCount(rest) > 0);
  return named ? { formula: rest, labelEnd: pause } : undefined;
}

/**
 * "the quadratic formula equals x equals …", "group velocity equals d omega by d k": a name of
 * two words or more set equal to a relation, or to mathematics without words.
 */
function equalToFormula(formula: Formula, tokens: readonly Token[]): Labelled | undefined {
  const name = leftmost(formula, isRelation);
  if (!onlyWords(name) || wordCount(name) < 2) return undefined;
  const node = firstNode(formula, isRelation);
  // "the term in quantum electrodynamics is …": only "is" or "equals" names; "in" is prose.
  if (node?.kind !== 'infix' || node.op !== '=') return undefined;
  const rest = withoutFirst(formula, node);
  if (relationCount(formula) < 2 && hasWords(rest)) return undefined;
  // The relation may be a construct's ("such that"), not a word of the relation table.
  const first = tokens.findIndex((_, at) => relationAt(tokens, at));
  if (first < 0) return undefined;
  const said = lexicon.relationWords.match(tokens, first);
  const phrase = tokens.slice(first, first + (said?.length ?? 0)).map((token) => token.text);
  if (said === undefined || lexicon.relations.get(phrase.join(' ')) !== '=') return undefined;
  return { formula: rest, labelEnd: first + said.length - 1 };
}

function lastWord(text: string): string {
  return text.trim().split(' ').pop()?.toLowerCase() ?? '';
}

/** "the uncertainty principle states delta x …": words up to a verb of saying. */
function beforeVerb(formula: Formula, tokens: readonly Token[]): Labelled | undefined {
  const start = leftmost(formula, anyOperator);
  if (start.kind !== 'row') return undefined;
  const verb = start.items.findIndex(
    (item) => item.kind === 'text' && sayingVerbs.has(lastWord(item.text)),
  );
  if (verb < 0 || !start.items.slice(0, verb + 1).every((item) => item.kind === 'text'))
    return undefined;
  // "the theorem states that …"
  const next = start.items[verb + 1];
  const that = next?.kind === 'text' && next.text.trim() === 'that';
  const rest = start.items.slice(verb + (that ? 2 : 1));
  const verbAt = tokens.findIndex((token) => sayingVerbs.has(token.text));
  if (rest.length === 0 || verbAt < 0) return undefined;
  const labelEnd = that ? verbAt + 1 : verbAt;
  const kept: Formula = rest.length === 1 ? rest[0] : { kind: 'row', items: rest };
  return { formula: onLeftmost(formula, anyOperator, () => kept), labelEnd };
}

/** The formula without the name said before it, or undefined when no name is said. */
export function withoutLabel(formula: Formula, tokens: readonly Token[]): Labelled | undefined {
  const labelled =
    beforePause(formula, tokens) ?? equalToFormula(formula, tokens) ?? beforeVerb(formula, tokens);
  return labelled !== undefined && hasMath(labelled.formula) ? labelled : undefined;
}
