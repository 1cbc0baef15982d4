/**
 * Calculator notation → LaTeX: rewrite the spellings mathjs lacks (rewrite.ts), split off
 * relations (splitRelations.ts), parse each side with mathjs's parser, read function names and
 * primes (normalise.ts), print (printer.ts). Never throws: what cannot be read is a finding with
 * the offending range in the caller's text.
 */
import type { Conversion, ConversionFinding } from '../types';
import { characterAt, trimmed, unbalancedBracket } from '../ranges';
import { leibniz } from './leibniz';
import { singleLetters, splitLetterNames } from './letterProducts';
import { parseExpression, type MathNode } from './parse';
import { normalise } from './normalise';
import { printCalculator, Unsupported } from './printer';
import { rewriteCalculator } from './rewrite';
import { splitRelations } from './splitRelations';
import { total } from '../total';

/** Longer input is not a formula someone typed; mathjs's recursive parser is not for it. */
export const MAX_CALCULATOR_LENGTH = 5000;

function failed(finding: ConversionFinding): Conversion {
  return { form: 'calculator', latex: '', alternatives: [], findings: [finding] };
}

/**
 * mathjs reads `a; b` and two lines as two statements; the separator's offset (a `;` inside
 * brackets separates matrix rows instead).
 */
function statementBreak(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if ('([{'.includes(text[i])) depth++;
    else if (')]}'.includes(text[i])) depth--;
    else if ((text[i] === ';' || text[i] === '\n') && depth === 0) return i;
  }
  return undefined;
}

function convert(text: string): Conversion {
  if (text.trim() === '') {
    return failed({
      code: 'calculator.empty',
      start: 0,
      end: text.length,
      message: 'nothing to convert',
    });
  }
  if (text.length > MAX_CALCULATOR_LENGTH) {
    return failed({
      code: 'calculator.too-long',
      start: 0,
      end: text.length,
      message: `longer than ${MAX_CALCULATOR_LENGTH} characters: not read as one formula`,
    });
  }
  const { text: rewritten, origin, problem } = rewriteCalculator(text);
  const parseError = (at: number, message: string): Conversion => {
    const { start, end } = characterAt(text, origin[Math.min(at, rewritten.length)]);
    return failed({ code: 'calculator.parse-error', start, end, message });
  };
  if (rewritten.trim() === '') return parseError(0, 'no formula here, only punctuation');
  const unbalanced = unbalancedBracket(rewritten);
  if (unbalanced !== undefined) return parseError(unbalanced.offset, unbalanced.problem);
  // A script or a big operator that cannot be read (`int_0^`, `sum_(i=1)^n` with no body).
  if (problem !== undefined) return failed({ code: 'calculator.parse-error', ...problem });

  const { sides, relations, relationSpans } = splitRelations(rewritten);
  const trees: MathNode[] = [];
  for (const [k, side] of sides.entries()) {
    if (side.text.trim() === '') {
      // sides.length === relationSpans.length + 1, and a side can only be empty beside one.
      const span = relationSpans[Math.min(k, relationSpans.length - 1)];
      return parseError(
        span.start,
        `nothing on one side of “${rewritten.slice(span.start, span.end)}”`,
      );
    }
    const parsed = parseExpression(side.text);
    if (!parsed.ok) return parseError(side.start + parsed.at, parsed.message);
    if (parsed.node.type === 'BlockNode') {
      const at = statementBreak(side.text) ?? 0;
      return parseError(side.start + at, 'two formulas: convert one at a time');
    }
    // Only separators (`;;`): mathjs reads an empty statement.
    if (
      parsed.node.type === 'ConstantNode' &&
      (parsed.node as { value?: unknown }).value === undefined
    ) {
      return parseError(side.start + (statementBreak(side.text) ?? 0), 'no formula here');
    }
    trees.push(parsed.node);
  }
  const letters = singleLetters(trees);
  const printed: string[] = [];
  for (const [k, tree] of trees.entries()) {
    const side = sides[k];
    try {
      printed.push(printCalculator(normalise(leibniz(splitLetterNames(tree, letters)))));
    } catch (error) {
      const range = trimmed(text, {
        start: origin[side.start],
        end: origin[side.start + side.text.length],
      });
      const what = error instanceof Unsupported ? error.message : 'this expression';
      return failed({ code: 'calculator.unsupported', ...range, message: `no LaTeX for ${what}` });
    }
  }
  const latex = printed.reduce((chain, side, k) =>
    relations[k - 1] === ',' ? `${chain}, ${side}` : `${chain} ${relations[k - 1]} ${side}`,
  );
  return { form: 'calculator', latex, alternatives: [], findings: [] };
}

export const convertCalculator = total('calculator', convert);
