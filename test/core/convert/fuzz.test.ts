/**
 * Fuzz: random strings of the characters the converters know (and some they do not) never make
 * them throw, and LaTeX they return without findings renders in KaTeX.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { convertCalculator } from '../../../server/src/core/convert/calculator/convert';
import { convertUnicode } from '../../../server/src/core/convert/unicode/convert';
import { convertToLatex } from '../../../server/src/core/convert/index';
import type { Conversion } from '../../../server/src/core/convert/types';
import { rendersInKatex } from './rendersInKatex';

const PIECES = [
  ...'xyabn0123 +-*/^_=<>!,;.|()[]{}\'"'.split(''),
  'sin',
  'sqrt',
  'log',
  'alpha',
  'pi',
  '**',
  '<=',
  '!=',
  '->',
  '...',
  'e5',
  ...'²³ⁿ⁻⁺₁₂ᵢ√∛∑∫∂∇αβπ≤≥≠≈∈∪ℝℕ½′″→∞±×÷·⟨⟩‖𝑥𝐱𝔽😀\u0304\u0302\u20d7\u0000é'.match(/./gsu)!,
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));

function check(convert: (input: string) => Conversion) {
  return (input: string) => {
    const result = convert(input);
    for (const finding of result.findings) {
      assert.ok(finding.start >= 0 && finding.end <= input.length && finding.start <= finding.end);
    }
    if (result.findings.length === 0) {
      assert.ok(rendersInKatex(result.latex), `${JSON.stringify(input)} → ${result.latex}`);
    }
  };
}

describe('converters on random input', () => {
  it('calculator notation', () => {
    fc.assert(fc.property(text, check(convertCalculator)), { numRuns: 1500, seed: 6 });
  });
  it('Unicode math', () => {
    fc.assert(fc.property(text, check(convertUnicode)), { numRuns: 1500, seed: 6 });
  });
  it('convertToLatex with detection', () => {
    fc.assert(
      fc.property(text, (input) => {
        const result = convertToLatex(input);
        if (result.form !== 'latex' && result.form !== 'spoken') check(() => result)(input);
      }),
      { numRuns: 1500, seed: 6 },
    );
  });
});
