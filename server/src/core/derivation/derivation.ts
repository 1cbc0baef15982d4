/**
 * checkDerivation: the chain of relations in one display environment (or one inline formula),
 * step by step (DESIGN §4). Each environment is its own scope:
 * - a continued row `&= c` relates the previous right-hand side to c;
 * - a row with both sides is a new equation that must follow from the rows above, unless it is
 *   a premise: annotated (`\text{given}`, assume, let, define, where…), written with `:=`, the
 *   first equation of the environment (unless an identity on its own), a definition (a function
 *   `f(x) = …`, or a name nothing above has said anything about: `y = 3x + 2`), or, before the
 *   first checked step, one more equation of a system that is consistent with those above;
 * - definitions are substituted into later rows; other premises and earlier equations constrain
 *   the points at which later rows are checked; assumed inequalities (`x > 0`, `a \neq 0`)
 *   restrict them;
 * - `A \implies B` asks that B follow from A and what is above; A itself is a hypothesis, and the
 *   row adds nothing to what later rows may use.
 */
import type { MathNode, Relation } from '../latex';
import type { ParserDefinitions } from '../macros/parserMacros';
import { freeSymbols, rebuild } from '../equivalence/nodes';
import { functionNode, symbolNode } from '../latex/mathjsNodes';
import { foreignNotation } from './numeric';
import { judge, type JudgeOptions, type Verdict } from './judge';
import { relevantPremises } from './knowledge';
import { substitute } from './substitution';
import { splitRows, type Row } from './rows';
import { namesIn } from './numeric';
import { Scope } from './scope';
import {
  definedFunctionNames,
  joinContinuations,
  namesUsedAlone,
  readRow,
  type RowReading,
  type Statement,
} from './statements';
import type { DerivationResult, Span, StepResult } from './types';

export interface FormulaSpan {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  /** Rows of a multline are one equation broken across lines. */
  singleRow: boolean;
}

export interface DerivationOptions extends JudgeOptions {
  /** The document's macros and operator names (core/macros/parserMacros.ts). */
  definitions?: ParserDefinitions;
  /** Wall-clock budget for the whole formula; steps past it are `unknown` (time budget). */
  formulaBudgetMs: number;
  now: () => number;
}

const PREMISE_WORDS =
  /\b(given|assume[sd]?|assuming|assumption|let|define[sd]?|definition|where|suppose|hypothes[ie]s|premise|set)\b/i;
/** Words that mark a row as derived from those above, not one more given equation. */
const CONCLUSION_WORDS =
  /\b(so|hence|thus|therefore|then|divid\w*|multipl\w*|subtract\w*|add\w*|cancel\w*|simplif\w*|solv\w*|substitut\w*)\b/i;
/** The names an integration constant goes by: C, K, c, C_1, c_2… */
const INTEGRATION_CONSTANT = /^[CKc](_\{?[0-9a-z]\}?)?$/;
/** `x = 2 \text{ or } x = -2`: a disjunction, of which one side alone proves nothing. */
const DISJUNCTION = /(^|[\s{])or\b/i;
const EQUATIONS: ReadonlySet<Relation> = new Set(['eq', 'define', 'equiv']);
const LOGICAL: ReadonlySet<Relation> = new Set(['implies', 'iff', 'impliedby']);
/** Relations between numbers (and statements about them); any other marks non-arithmetic notation. */
const NUMERIC_RELATIONS: ReadonlySet<Relation> = new Set([
  ...EQUATIONS,
  ...LOGICAL,
  'neq',
  'lt',
  'le',
  'gt',
  'ge',
  'approx',
]);

/** A relation of a clause of an implication (`x > 2` in `x > 2 \implies x^2 > 4`). */
interface Equation {
  left: MathNode;
  relation: Relation;
  right: MathNode;
}

function given(reason: string): Verdict {
  return { status: 'given', reason, premises: [], computation: true };
}

function unknown(reason: string, computation: boolean): Verdict {
  return { status: 'unknown', reason, premises: [], computation };
}

/** `x = 3`, `y = 2x + 1`: an equation solved for a name (a conclusion, not a system's equation). */
function solvedForm(left: MathNode, right: MathNode): boolean {
  if (left.type !== 'SymbolNode') return false;
  return !namesIn([right]).has((left as unknown as { name: string }).name);
}

/** Whether the nodes differentiate (`\frac{dy}{dx}`, `y'`): then they are derived, not given. */
function differentiates(nodes: readonly MathNode[]): boolean {
  let found = false;
  for (const node of nodes) {
    node.traverse((child, path) => {
      const name = (child as unknown as { name?: string; fn?: { name?: string } }).fn?.name;
      if (child.type === 'FunctionNode' && name === 'Derivative') found = true;
      const symbol = (child as unknown as { name?: string }).name;
      if (child.type === 'SymbolNode' && path !== 'fn' && symbol?.endsWith("'") === true)
        found = true;
    });
  }
  return found;
}

function step(statement: Statement, k: number, relation: Relation, verdict: Verdict): StepResult {
  const span = statement.spans[k + 1] ?? statement.row;
  // A row's first relation spans the row; a later one runs from its left part's end.
  const start = k === 0 ? statement.row.start : (statement.spans[k]?.end ?? statement.row.start);
  return { ...verdict, relation, start: Math.min(start, span.start), end: span.end };
}

/**
 * A refutation in a formula that also uses non-arithmetic notation is no refutation, and what it
 * leaves undecided is not worth a hint.
 */
function downgrade(result: StepResult, why: string): StepResult {
  if (result.status === 'unknown') return { ...result, computation: false };
  if (result.status !== 'refuted') return result;
  return {
    ...result,
    status: 'unknown',
    reason: `not checked as arithmetic: the formula also has ${why}`,
    computation: false,
  };
}

class DerivationChecker {
  private readonly scope = new Scope();
  readonly steps: StepResult[] = [];
  relations = 0;
  /** What shows that this formula is not arithmetic (then nothing in it is refuted). */
  notArithmetic: string | undefined;
  /** Whether some step has been checked (not a premise): then new equations must follow. */
  private started = false;
  private equations = 0;
  private previous: MathNode | undefined;
  /** The equations of the last clause read (the antecedent of a row starting with ⟹). */
  private lastClause: Equation[] = [];
  /**
   * The chain being rewritten when it starts from a premise that is false as an identity. If no
   * rewrite of it holds either (`(G'\epsilon F)(\eta' G F)\eta = (G'\epsilon F)(G' F \eta)\eta'
   * = \eta'` for functors), its notation is likely not arithmetic and its refutations are
   * withdrawn; one rewrite that holds (`x - x_0 = v_0 t + \tfrac12 a t^2 = …`) confirms the
   * arithmetic reading.
   */
  private suspectChain: { refuted: number[]; confirmed: boolean } | undefined;
  /** Whether the last premise read is refuted when read as an identity. */
  private premiseIsFalseIdentity = false;
  private readonly deadline: number;

  constructor(
    private readonly options: DerivationOptions,
    numbers: ReadonlySet<string>,
  ) {
    this.deadline = options.now() + options.formulaBudgetMs;
    for (const name of numbers) this.scope.knowledge.numbers.add(name);
  }

  row(reading: RowReading): void {
    if (reading.kind === 'expression') {
      this.previous = reading.node;
      this.lastClause = [];
      return;
    }
    if (reading.kind === 'unread') {
      this.previous = undefined;
      this.lastClause = [];
      this.relations += reading.relations;
      if (reading.relations === 0) return;
      this.notArithmetic ??= `a row MathLens cannot read (${reading.reason})`;
      this.steps.push({
        ...unknown(`not read: ${reading.reason}`, false),
        relation: 'eq',
        start: reading.row.start,
        end: reading.row.end,
      });
      return;
    }
    for (const statement of reading.statements) this.statement(statement);
  }

  private decide(relation: Relation, left: MathNode, right: MathNode, usePremises = true): Verdict {
    if (this.options.signal?.aborted) return unknown('cancelled', true);
    if (this.options.now() > this.deadline) return unknown('time budget for this formula', true);
    return judge(relation, left, right, this.scope.knowledge, { ...this.options, usePremises });
  }

  /** Every link of the statement gets the same verdict (a statement MathLens does not check). */
  private skip(statement: Statement, verdict: Verdict): void {
    statement.relations.forEach((relation, k) =>
      this.steps.push(step(statement, k, relation, verdict)),
    );
    this.previous = statement.parts[statement.parts.length - 1];
    this.lastClause = [];
  }

  private statement(statement: Statement): void {
    this.relations += statement.relations.length;
    const foreign = statement.relations.find((r) => !NUMERIC_RELATIONS.has(r));
    if (foreign !== undefined) {
      this.notArithmetic ??= `the relation ${foreign}`;
      this.skip(statement, unknown(`a statement with ${foreign}, not a computation`, false));
      return;
    }
    if (DISJUNCTION.test(statement.annotation)) {
      this.skip(statement, unknown('one side of a disjunction ("or") is not checked', true));
      return;
    }
    const parts = [...statement.parts];
    // Prose before a relation introduces it ("If", "Let", "For all") unless it concludes ("So").
    const introduced = statement.lead !== undefined && !CONCLUSION_WORDS.test(statement.lead);
    const premiseWords = introduced || PREMISE_WORDS.test(statement.annotation);
    const logical = statement.relations.some((r) => LOGICAL.has(r));
    let antecedent: Equation[] = [];
    if (statement.continued) {
      if (LOGICAL.has(statement.relations[0])) {
        antecedent = this.lastClause;
      } else if (this.previous === undefined) {
        this.skip(statement, unknown('no previous right-hand side to continue', false));
        return;
      } else {
        parts[0] = this.previous;
      }
      this.started = true;
    }
    let clause: Equation[] = [];
    for (let k = 0; k < statement.relations.length; k++) {
      const relation = statement.relations[k];
      const [left, right] = [parts[k], parts[k + 1]];
      if (LOGICAL.has(relation)) {
        if (clause.length > 0) antecedent = clause;
        clause = [];
        this.steps.push(
          step(
            statement,
            k,
            relation,
            given('implication: what follows is checked from what precedes'),
          ),
        );
        continue;
      }
      this.notArithmetic ??= foreignNotation(left) ?? foreignNotation(right);
      const opensClause = k === 0 ? !statement.continued : LOGICAL.has(statement.relations[k - 1]);
      let verdict: Verdict;
      if (!opensClause) {
        // A rewrite (`&= c`, or the next link of `a = b = c`): an identity, premises aside.
        verdict = this.decide(relation, left, right, false);
        if (this.suspectChain !== undefined) {
          if (verdict.status === 'verified') this.suspectChain.confirmed = true;
          if (verdict.status === 'refuted') this.suspectChain.refuted.push(this.steps.length);
        }
      } else if (logical && antecedent.length === 0 && k < statement.relations.length - 1) {
        verdict = given('hypothesis of the implication');
      } else if (antecedent.length > 0) {
        verdict = this.consequence(relation, left, right, antecedent);
      } else if (EQUATIONS.has(relation)) {
        verdict = this.newEquation(relation, left, right, statement, premiseWords);
      } else if (premiseWords && this.scope.assume(left, relation, right, statement.row)) {
        verdict = given('assumption');
      } else {
        verdict = this.decide(relation, left, right);
      }
      if (k === 0 && !statement.continued) {
        this.endChain();
        if (
          verdict.status === 'given' &&
          verdict.reason === 'premise' &&
          this.premiseIsFalseIdentity
        )
          this.suspectChain = { refuted: [], confirmed: false };
      }
      clause.push({ left, relation, right });
      if (verdict.status !== 'given') {
        this.started = true;
        this.scope.claim([left, right]);
      }
      this.steps.push(step(statement, k, relation, verdict));
    }
    if (!logical && statement.relations.some((r) => EQUATIONS.has(r))) this.equations++;
    this.previous = parts[parts.length - 1];
    this.lastClause = clause;
  }

  /** Withdraws the refutations of a suspect chain that nothing confirmed (see suspectChain). */
  endChain(): void {
    const chain = this.suspectChain;
    this.suspectChain = undefined;
    if (chain === undefined || chain.confirmed) return;
    for (const index of chain.refuted) {
      const { start, end, relation } = this.steps[index];
      this.steps[index] = {
        ...unknown(
          'rewrites an equation that is not an identity: is its notation arithmetic?',
          false,
        ),
        start,
        end,
        relation,
      };
    }
  }

  /** B in `A \implies B`: checked with A's equations as extra premises, for this row only. */
  private consequence(
    relation: Relation,
    left: MathNode,
    right: MathNode,
    antecedent: readonly Equation[],
  ): Verdict {
    const { premises, conditions } = this.scope.knowledge;
    const [premiseCount, conditionCount] = [premises.length, conditions.length];
    const here = { start: 0, end: 0 };
    for (const item of antecedent) {
      if (EQUATIONS.has(item.relation)) this.scope.premise(item.left, item.right, here);
      else this.scope.assume(item.left, item.relation, item.right, here);
    }
    const verdict = this.decide(relation, left, right);
    premises.splice(premiseCount);
    conditions.splice(conditionCount);
    return verdict;
  }

  private newEquation(
    relation: Relation,
    left: MathNode,
    right: MathNode,
    statement: Statement,
    premiseWords: boolean,
  ): Verdict {
    const row = statement.row;
    const defined = this.scope.define(left, right, row);
    if (defined !== undefined) return given(`defines ${defined}`);
    if (premiseWords || relation === 'define' || this.equations === 0) {
      const identity = this.decide(relation, left, right);
      if (identity.status === 'verified') return identity;
      // An equation between numbers (`\int_0^2 (3t^2 - 2t)\,dt = 4`) constrains nothing: it is
      // a claim, right or wrong, whatever its place.
      if (!premiseWords && relation !== 'define' && this.closed(left, right)) return identity;
      this.scope.premise(left, right, row);
      this.premiseIsFalseIdentity = identity.status === 'refuted';
      return given('premise');
    }
    let verdict = this.decide(relation, left, right);
    if (verdict.status !== 'verified') verdict = this.integrated(left, right) ?? verdict;
    if (
      !this.started &&
      verdict.status === 'refuted' &&
      !solvedForm(left, right) &&
      !differentiates([left, right]) &&
      !CONCLUSION_WORDS.test(statement.annotation) &&
      this.constrained(left, right) &&
      this.consistent(left, right)
    ) {
      verdict = given('premise (one more equation of the system above)');
    }
    // What was derived is known from here on, right or wrong: later rows are judged from it
    // (an identity adds nothing to know).
    if (verdict.status !== 'verified' || verdict.reason === 'follows from the equations above') {
      this.scope.premise(left, right, row);
    }
    return verdict;
  }

  /**
   * An equation with a new constant (`f(x) = 2x^3 + C` after `f'(x) = 6x^2`) may integrate both
   * sides of what is above: verified when its derivative in one of its variables follows.
   */
  private integrated(left: MathNode, right: MathNode): Verdict | undefined {
    const names = [...namesIn([left, right])];
    const fresh = names.filter((name) => INTEGRATION_CONSTANT.test(name) && this.scope.isNew(name));
    // Arguments of applied functions first: in `f(x) = 2x^3 + C` the variable is x.
    const arguments_ = namesIn(
      [left, right].flatMap((side) => {
        const found: MathNode[] = [];
        side.traverse((child) => {
          if (child.type === 'FunctionNode')
            found.push(...(child as unknown as { args: MathNode[] }).args);
        });
        return found;
      }),
    );
    const candidates = [...names].sort(
      (a, b) => Number(arguments_.has(b)) - Number(arguments_.has(a)),
    );
    for (const variable of candidates.slice(0, 3)) {
      const constants = fresh.filter((name) => name !== variable);
      if (constants.length === 0) continue;
      const d = (side: MathNode) => functionNode('Derivative', [side, symbolNode(variable)]);
      const verdict = this.decide('eq', d(left), d(right));
      if (verdict.status === 'verified') {
        return {
          ...verdict,
          reason: `follows by integrating both sides in ${variable} (${constants.join(', ')}: the constant)`,
        };
      }
    }
    return undefined;
  }

  /** Whether both sides, definitions substituted, have no free variable. */
  private closed(left: MathNode, right: MathNode): boolean {
    try {
      const sides = [left, right].map((side) => rebuild(substitute(side, this.scope.knowledge)));
      return sides.every((side) => freeSymbols(side).size === 0);
    } catch {
      return false;
    }
  }

  /** Whether `left = right` shares unknowns with the equations above (beyond definitions). */
  private constrained(left: MathNode, right: MathNode): boolean {
    const sides = [left, right].map((side) => substitute(side, this.scope.knowledge));
    return relevantPremises(sides, this.scope.knowledge.premises).length > 0;
  }

  /** Whether the equations above and `left = right` hold together somewhere. */
  private consistent(left: MathNode, right: MathNode): boolean {
    const premises = this.scope.knowledge.premises;
    const before = premises.length;
    this.scope.premise(left, right, { start: 0, end: 0 });
    const together = this.decide('eq', left, right);
    premises.splice(before);
    return together.status === 'verified';
  }
}

export function checkDerivation(
  text: string,
  formula: FormulaSpan,
  options: DerivationOptions,
): DerivationResult & { relations: number } {
  let rows = joinContinuations(splitRows(text, formula.contentStart, formula.contentEnd));
  if (formula.singleRow && rows.length > 1) rows = [joinRows(rows)];
  const functions = definedFunctionNames(rows);
  const readings = rows.map((row) => readRow(row, functions, options.definitions));
  const checker = new DerivationChecker(options, lettersUsedAlone(readings));
  for (const reading of readings) checker.row(reading);
  checker.endChain();
  const why = checker.notArithmetic;
  const steps = why === undefined ? checker.steps : checker.steps.map((s) => downgrade(s, why));
  return { start: formula.start, end: formula.end, steps, relations: checker.relations };
}

/** Names some part of the formula uses on their own: numbers, even where one precedes `(`. */
function lettersUsedAlone(readings: readonly RowReading[]): Set<string> {
  const names = new Set<string>();
  for (const reading of readings) {
    if (reading.kind !== 'statements') continue;
    for (const statement of reading.statements)
      for (const part of statement.parts)
        for (const name of namesUsedAlone.get(part) ?? []) names.add(name);
  }
  return names;
}

/** The rows of a multline as one row (the gaps between them blanked). */
function joinRows(rows: readonly Row[]): Row {
  const first = rows[0];
  const last = rows[rows.length - 1];
  let text = '';
  for (const row of rows) text += ' '.repeat(row.start - first.start - text.length) + row.text;
  text += ' '.repeat(Math.max(0, last.end - first.start - text.length));
  const justification = rows
    .map((row) => row.justification)
    .filter(Boolean)
    .join(' ');
  return { start: first.start, end: last.end, text, justification } satisfies Span & Row;
}
