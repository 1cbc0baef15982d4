/**
 * checkDerivation: the chain of relations in one display environment (or one inline formula),
 * step by step (DESIGN §4). Each environment is its own scope:
 * - a continued row `&= c` relates the previous right-hand side to c;
 * - a row with both sides is a new equation that must follow from the rows above, unless it is
 *   a premise: annotated (`\text{given}`, assume, let, define, where…), written with `:=`, the
 *   first equation of the environment (unless an identity on its own), or a definition — a
 *   function `f(x) = …` or a symbol that appears here for the first time (`y = 3x + 2`);
 * - definitions are substituted into later rows; other premises and earlier equations constrain
 *   the points at which later rows are checked;
 * - an implication `A \implies B` asks that B follow from A (and what is above).
 */
import type { MathNode, Relation } from '../latex';
import { operatorNode } from '../latex/mathjsNodes';
import { foreignNotation } from './numeric';
import {
  judge,
  relevantPremises,
  substitute,
  type JudgeOptions,
  type Knowledge,
  type Verdict,
} from './judge';
import { splitRows, type Row } from './rows';
import { definedFunctionNames, joinContinuations, readRow, type Statement } from './statements';
import type { DerivationResult, Span, StepResult } from './types';

export interface FormulaSpan {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  /** Rows of a multline are one equation broken across lines. */
  singleRow: boolean;
}

const PREMISE_WORDS =
  /\b(given|assume[sd]?|assuming|assumption|let|define[sd]?|definition|where|suppose|hypothes[ie]s|premise|set)\b/i;
/** Words that mark a row as derived from those above, not one more given equation. */
const CONCLUSION_WORDS =
  /\b(so|hence|thus|therefore|then|divid\w*|multipl\w*|subtract\w*|add\w*|cancel\w*|simplif\w*|solv\w*|substitut\w*)\b/i;
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

function given(reason: string): Verdict {
  return { status: 'given', reason, premises: [], computation: true };
}

/** `x = 3`, `y = 2x + 1`: an equation solved for a name (a conclusion, not a system's equation). */
function solvedForm(left: MathNode, right: MathNode): boolean {
  const name = symbolName(left);
  if (name === undefined) return false;
  const names = new Set<string>();
  namesIn(right, names);
  return !names.has(name);
}

function symbolName(node: MathNode): string | undefined {
  return node.type === 'SymbolNode' ? (node as unknown as { name: string }).name : undefined;
}

function namesIn(node: MathNode, into: Set<string>): void {
  node.traverse((child) => {
    if (child.type === 'SymbolNode') into.add((child as unknown as { name: string }).name);
  });
}

/** `f(x, y)` with distinct variable arguments: the function and its parameters. */
function functionHead(node: MathNode): { name: string; params: string[] } | undefined {
  if (node.type !== 'FunctionNode') return undefined;
  const fn = node as unknown as { fn: { name?: string }; args: MathNode[] };
  const params = fn.args.map(symbolName);
  if (fn.fn.name === undefined || params.some((p) => p === undefined)) return undefined;
  if (new Set(params).size !== params.length) return undefined;
  return { name: fn.fn.name, params: params as string[] };
}

class Scope {
  readonly knowledge: Knowledge = {
    symbols: new Map(),
    functions: new Map(),
    functionRows: new Map(),
    premises: [],
  };
  readonly seen = new Set<string>();

  /** Records `left = right` as a definition when it has that shape; true if it did. */
  define(left: MathNode, right: MathNode, row: Span): boolean {
    const head = functionHead(left);
    if (
      head !== undefined &&
      !this.seen.has(head.name) &&
      !this.knowledge.functions.has(head.name)
    ) {
      this.knowledge.functions.set(head.name, { params: head.params, body: right });
      this.knowledge.functionRows.set(head.name, row);
      return true;
    }
    const name = symbolName(left);
    if (name === undefined || this.seen.has(name)) return false;
    const inRight = new Set<string>();
    namesIn(right, inRight);
    if (inRight.has(name)) return false;
    this.knowledge.symbols.set(name, { value: right, row });
    return true;
  }

  /** An equation that constrains later rows, in terms of what is not defined (definitions substituted). */
  premise(left: MathNode, right: MathNode, row: Span): void {
    const [l, r] = [left, right].map((side) => substitute(side, this.knowledge));
    this.knowledge.premises.push({ tree: operatorNode('subtract', [l, r]), row });
  }

  see(nodes: readonly MathNode[]): void {
    for (const node of nodes) namesIn(node, this.seen);
    for (const node of nodes) {
      node.traverse((child) => {
        if (child.type === 'FunctionNode') {
          const name = (child as unknown as { fn: { name?: string } }).fn.name;
          if (name !== undefined) this.seen.add(name);
        }
      });
    }
  }
}

function step(statement: Statement, k: number, relation: Relation, verdict: Verdict): StepResult {
  const span = statement.spans[k + 1] ?? statement.row;
  // A continued row's step is the whole row; a link inside a row runs to its right part's end.
  const start = k === 0 ? statement.row.start : (statement.spans[k]?.end ?? statement.row.start);
  return { ...verdict, relation, start: Math.min(start, span.start), end: span.end };
}

export interface DerivationOptions extends JudgeOptions {
  /** Wall-clock budget for the whole formula; steps past it are `unknown` (time budget). */
  formulaBudgetMs: number;
  now: () => number;
}

export function checkDerivation(
  text: string,
  formula: FormulaSpan,
  options: DerivationOptions,
): DerivationResult & { relations: number } {
  let rows = joinContinuations(splitRows(text, formula.contentStart, formula.contentEnd));
  if (formula.singleRow && rows.length > 1) {
    const first = rows[0];
    const last = rows[rows.length - 1];
    const justification = rows
      .map((row) => row.justification)
      .filter(Boolean)
      .join(' ');
    rows = [{ start: first.start, end: last.end, text: joinText(rows), justification }];
  }
  const functions = definedFunctionNames(rows);
  const scope = new Scope();
  const steps: StepResult[] = [];
  const deadline = options.now() + options.formulaBudgetMs;
  let previous: MathNode | undefined;
  let equations = 0;
  let relations = 0;
  /** What shows that this formula is not arithmetic (then nothing in it is refuted). */
  let notArithmetic: string | undefined;
  /** Whether some step has been checked (not a premise): then new equations must follow. */
  let started = false;

  /** Whether `left = right` shares unknowns with the equations above (beyond definitions). */
  const constrained = (left: MathNode, right: MathNode): boolean =>
    relevantPremises(
      [left, right].map((side) => substitute(side, scope.knowledge)),
      scope.knowledge.premises,
    ).length > 0;

  /** Whether the equations above and `left = right` hold together somewhere. */
  const consistent = (left: MathNode, right: MathNode): boolean => {
    scope.premise(left, right, { start: 0, end: 0 });
    const together = decide('eq', left, right);
    scope.knowledge.premises.pop();
    return together.status === 'verified';
  };

  const decide = (relation: Relation, left: MathNode, right: MathNode): Verdict => {
    if (options.signal?.aborted)
      return { status: 'unknown', reason: 'cancelled', premises: [], computation: true };
    if (options.now() > deadline) {
      return {
        status: 'unknown',
        reason: 'time budget for this formula',
        premises: [],
        computation: true,
      };
    }
    return judge(relation, left, right, scope.knowledge, options);
  };

  for (const row of rows) {
    const reading = readRow(row, functions);
    if (reading.kind === 'expression') {
      previous = reading.node;
      continue;
    }
    if (reading.kind === 'unread') {
      previous = undefined;
      if (reading.relations > 0) notArithmetic ??= `a row MathLens cannot read (${reading.reason})`;
      relations += reading.relations;
      if (reading.relations > 0) {
        steps.push({
          status: 'unknown',
          reason: `not read: ${reading.reason}`,
          relation: 'eq',
          premises: [],
          computation: false,
          start: row.start,
          end: row.end,
        });
      }
      continue;
    }
    for (const statement of reading.statements) {
      relations += statement.relations.length;
      const foreign = statement.relations.find((r) => !NUMERIC_RELATIONS.has(r));
      if (foreign !== undefined) {
        notArithmetic ??= `the relation ${foreign}`;
        statement.relations.forEach((relation, k) =>
          steps.push(
            step(statement, k, relation, {
              status: 'unknown',
              reason: `a statement with ${foreign}, not a computation`,
              premises: [],
              computation: false,
            }),
          ),
        );
        previous = statement.parts[statement.parts.length - 1];
        continue;
      }
      started ||= statement.continued;
      const parts = [...statement.parts];
      if (statement.continued) {
        if (previous === undefined) {
          steps.push(
            step(statement, 0, statement.relations[0], {
              status: 'unknown',
              reason: 'no previous right-hand side to continue',
              premises: [],
              computation: false,
            }),
          );
          previous = parts[parts.length - 1];
          continue;
        }
        parts[0] = previous;
      }
      const premiseByWords = PREMISE_WORDS.test(statement.annotation);
      let antecedent: { left: MathNode; right: MathNode }[] = [];
      let clause: { left: MathNode; right: MathNode }[] = [];
      for (let k = 0; k < statement.relations.length; k++) {
        const relation = statement.relations[k];
        const left = parts[k];
        const right = parts[k + 1];
        if (LOGICAL.has(relation)) {
          // `A \implies B`: the equations of A become premises for B (for this row only).
          antecedent = clause.length > 0 ? clause : antecedent;
          clause = [];
          steps.push(
            step(
              statement,
              k,
              relation,
              given('implication: the next relation is checked from the one before'),
            ),
          );
          continue;
        }
        notArithmetic ??= foreignNotation(left) ?? foreignNotation(right);
        const head = k === 0 && !statement.continued;
        const afterImplication = k > 0 && LOGICAL.has(statement.relations[k - 1]);
        let verdict: Verdict;
        if ((head || afterImplication) && EQUATIONS.has(relation)) {
          verdict = newEquation(
            relation,
            left,
            right,
            statement.row,
            {
              premise:
                premiseByWords || relation === 'define' || (equations === 0 && !afterImplication),
              antecedent: afterImplication ? antecedent : [],
            },
            statement.annotation,
          );
        } else {
          verdict = decide(relation, left, right);
        }
        if (EQUATIONS.has(relation)) clause.push({ left, right });
        if (verdict.status !== 'given') started = true;
        steps.push(step(statement, k, relation, verdict));
        scope.see([left, right]);
      }
      if (statement.relations.some((r) => EQUATIONS.has(r))) equations++;
      previous = parts[parts.length - 1];
    }
  }

  function newEquation(
    relation: Relation,
    left: MathNode,
    right: MathNode,
    row: Span,
    how: { premise: boolean; antecedent: { left: MathNode; right: MathNode }[] },
    annotation: string,
  ): Verdict {
    if (how.antecedent.length === 0 && scope.define(left, right, row)) {
      return given(`defines ${symbolName(left) ?? functionHead(left)?.name ?? 'a name'}`);
    }
    if (how.premise) {
      const identity = decide(relation, left, right);
      if (identity.status === 'verified' && identity.reason === 'identity') return identity;
      scope.premise(left, right, row);
      return given('premise');
    }
    const added = how.antecedent.length;
    for (const equation of how.antecedent) scope.premise(equation.left, equation.right, row);
    let verdict = decide(relation, left, right);
    scope.knowledge.premises.splice(scope.knowledge.premises.length - added, added);
    // Before the first checked step, an equation that does not follow but is consistent with
    // those above is one more equation of a system (`x + y = 5`, `x - y = 1`): a premise.
    if (
      !started &&
      added === 0 &&
      verdict.status === 'refuted' &&
      !solvedForm(left, right) &&
      constrained(left, right) &&
      !CONCLUSION_WORDS.test(annotation) &&
      consistent(left, right)
    ) {
      verdict = given('premise (one more equation of the system above)');
    }
    // What was derived is known from here on, right or wrong: later rows are judged from it
    // (an identity adds nothing to know).
    if (verdict.status !== 'verified' || verdict.reason === 'follows from the equations above')
      scope.premise(left, right, row);
    return verdict;
  }

  const judged =
    notArithmetic === undefined ? steps : steps.map((s) => downgrade(s, notArithmetic));
  return { start: formula.start, end: formula.end, steps: judged, relations };
}

/** A refutation in a formula that also uses non-arithmetic notation is no refutation. */
function downgrade(step: StepResult, why: string): StepResult {
  if (step.status !== 'refuted') return step;
  return {
    ...step,
    status: 'unknown',
    reason: `not checked as arithmetic: the formula also has ${why}`,
    computation: false,
  };
}

function joinText(rows: readonly Row[]): string {
  const first = rows[0];
  let joined = '';
  for (const row of rows) joined += ' '.repeat(row.start - first.start - joined.length) + row.text;
  return joined + ' '.repeat(Math.max(0, rows[rows.length - 1].end - first.start - joined.length));
}
