/**
 * A structural proof that an expression is non-negative (or positive) wherever the assumptions
 * hold. It is a sum whose constant part is ≥ 0 and whose other terms are each squares or even
 * powers, absolute values, roots, exponentials, quantities assumed positive, or products and
 * quotients of such (`\frac{(x - 1)^2}{x} + 2 - 2` under x > 0); or it is a positive multiple of
 * an assumption itself (`4 + 2x` under `7 - (3 - 2x) > 0`).
 */
import type { MathNode } from 'mathjs' with { 'resolution-mode': 'import' };
import { compare } from './compare';
import { evaluateAt } from './evaluateAt';
import { mathNumber } from './mathInstance';
import { freeSymbols, functionName, view } from './nodes';
import type { Condition } from './types';

export type Sign = 'positive' | 'nonnegative';

interface Summand {
  node: MathNode;
  negative: boolean;
}

function summands(node: MathNode, negative = false, into: Summand[] = []): Summand[] {
  const v = view(node);
  if (v.type === 'ParenthesisNode') return summands(v.content, negative, into);
  if (v.type === 'OperatorNode' && v.fn === 'add') {
    for (const arg of v.args) summands(arg, negative, into);
  } else if (v.type === 'OperatorNode' && v.fn === 'subtract') {
    summands(v.args[0], negative, into);
    summands(v.args[1], !negative, into);
  } else if (v.type === 'OperatorNode' && v.fn === 'unaryMinus') {
    summands(v.args[0], !negative, into);
  } else {
    into.push({ node, negative });
  }
  return into;
}

function constantValue(node: MathNode): number | undefined {
  if (freeSymbols(node).size > 0) return undefined;
  const result = evaluateAt(node, {}, { imaginaryUnit: false });
  return result.ok && typeof result.value === 'number' ? result.value : undefined;
}

const weaker = (a: Sign, b: Sign): Sign =>
  a === 'positive' && b === 'positive' ? 'positive' : 'nonnegative';

class Prover {
  constructor(
    private readonly facts: readonly Condition[],
    private readonly budget: number,
  ) {}

  /** The sign of a fact the term equals, if any. */
  private assumed(term: MathNode): Sign | undefined {
    for (const fact of this.facts) {
      if (fact.kind === 'nonzero') continue;
      if (
        compare(term, fact.tree, { timeBudgetMs: this.budget, imaginaryUnit: false }).verdict ===
        'equal'
      )
        return fact.kind;
    }
    return undefined;
  }

  term(node: MathNode): Sign | undefined {
    const v = view(node);
    switch (v.type) {
      case 'ParenthesisNode':
        return this.term(v.content);
      case 'ConstantNode': {
        const value = Number(v.value);
        return value > 0 ? 'positive' : value === 0 ? 'nonnegative' : undefined;
      }
      case 'SymbolNode':
        return v.name === 'pi' || v.name === 'e' ? 'positive' : this.assumed(node);
      case 'OperatorNode': {
        const signs = v.args.map((arg) => this.term(arg));
        if (v.fn === 'multiply' || v.fn === 'divide') {
          if (signs.some((s) => s === undefined)) return this.assumed(node);
          // Dividing by something only known non-negative could divide by zero.
          if (v.fn === 'divide' && signs[1] !== 'positive') return this.assumed(node);
          return (signs as Sign[]).reduce(weaker);
        }
        if (v.fn === 'pow') {
          const exponent = constantValue(v.args[1]);
          if (signs[0] === 'positive') return 'positive';
          if (
            exponent !== undefined &&
            Number.isInteger(exponent) &&
            exponent % 2 === 0 &&
            exponent > 0
          )
            return 'nonnegative';
          return this.assumed(node);
        }
        return this.assumed(node);
      }
      case 'FunctionNode': {
        const name = functionName(v);
        if (name === 'exp' || name === 'cosh') return 'positive';
        if (name === 'abs' || name === 'sqrt') return 'nonnegative';
        return this.assumed(node);
      }
    }
  }

  /** A positive multiple of an assumption. */
  multipleOfFact(gap: MathNode): Sign | undefined {
    const M = mathNumber();
    for (const fact of this.facts) {
      if (fact.kind === 'nonzero') continue;
      const names = [...freeSymbols(fact.tree)];
      const point = Object.fromEntries(names.map((name, k) => [name, 0.37 + 0.23 * k]));
      const [g, f] = [gap, fact.tree].map((tree) =>
        evaluateAt(tree, point, { imaginaryUnit: false }),
      );
      if (
        !g.ok ||
        !f.ok ||
        typeof g.value !== 'number' ||
        typeof f.value !== 'number' ||
        f.value === 0
      )
        continue;
      const ratio = g.value / f.value;
      if (!(ratio > 0)) continue;
      const scaled = new M.OperatorNode('*', 'multiply', [new M.ConstantNode(ratio), fact.tree]);
      if (
        compare(gap, scaled, { timeBudgetMs: this.budget, imaginaryUnit: false }).verdict ===
        'equal'
      )
        return fact.kind;
    }
    return undefined;
  }
}

function absArgument(node: MathNode): MathNode | undefined {
  const v = view(node);
  if (v.type === 'ParenthesisNode') return absArgument(v.content);
  return v.type === 'FunctionNode' && functionName(v) === 'abs' ? v.args[0] : undefined;
}

/**
 * The triangle inequality: `|a| + |b| - |a ± b|` is non-negative, so a subtracted `|w|` is
 * dropped together with the added `|a|`, `|b|` (at most three) whose signed sum w is. What is
 * left must be non-negative on its own.
 */
function triangle(terms: Summand[], budget: number): Summand[] {
  const M = mathNumber();
  const left = [...terms];
  for (const term of terms) {
    const w = term.negative ? absArgument(term.node) : undefined;
    if (w === undefined) continue;
    const positives = left.filter((t) => !t.negative && absArgument(t.node) !== undefined);
    const match = signedSubsets(positives.slice(0, 6)).find((subset) => {
      const sum = subset
        .map(({ term: t, sign }) => {
          const a = absArgument(t.node)!;
          return sign > 0 ? a : new M.OperatorNode('-', 'unaryMinus', [a]);
        })
        .reduce((acc, node) => new M.OperatorNode('+', 'add', [acc, node]));
      return compare(w, sum, { timeBudgetMs: budget, imaginaryUnit: false }).verdict === 'equal';
    });
    if (match === undefined) continue;
    for (const used of [term, ...match.map(({ term: t }) => t)]) left.splice(left.indexOf(used), 1);
  }
  return left;
}

/** Non-empty subsets of up to three terms, each with a sign. */
function signedSubsets(terms: Summand[]): { term: Summand; sign: number }[][] {
  const out: { term: Summand; sign: number }[][] = [];
  const visit = (start: number, chosen: { term: Summand; sign: number }[]) => {
    if (chosen.length > 0) out.push(chosen);
    if (chosen.length === 3) return;
    for (let k = start; k < terms.length; k++)
      for (const sign of [1, -1]) visit(k + 1, [...chosen, { term: terms[k], sign }]);
  };
  visit(0, []);
  return out;
}

export function structuralSign(
  gap: MathNode,
  facts: readonly Condition[],
  timeBudgetMs = 50,
): Sign | undefined {
  try {
    const prover = new Prover(facts, timeBudgetMs);
    const multiple = prover.multipleOfFact(gap);
    if (multiple !== undefined) return multiple;
    let constant = 0;
    let sign: Sign | undefined;
    for (const { node, negative } of triangle(summands(gap), timeBudgetMs)) {
      const value = constantValue(node);
      if (value !== undefined) {
        constant += negative ? -value : value;
        continue;
      }
      const termSign = negative ? undefined : prover.term(node);
      if (termSign === undefined) return undefined;
      sign =
        sign === undefined
          ? termSign
          : termSign === 'positive' || sign === 'positive'
            ? 'positive'
            : 'nonnegative';
    }
    if (constant < -1e-12 * Math.max(1, Math.abs(constant))) return undefined;
    if (constant > 1e-12) return 'positive';
    return sign ?? 'nonnegative';
  } catch {
    return undefined;
  }
}
