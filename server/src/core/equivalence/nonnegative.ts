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
    for (const { node, negative } of summands(gap)) {
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
