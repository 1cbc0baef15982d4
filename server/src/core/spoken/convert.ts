/**
 * Spoken English → LaTeX. The text is tokenized (tokens.ts, words.ts, numbers.ts), parsed under
 * each reading the words leave open (parser.ts with the constructs of grammar/index.ts), and the
 * readings are ranked (rank.ts): the best is `latex`, the other distinct ones are `alternatives`.
 * Total: never throws, and linear in the length of the input per reading.
 */
import type { Conversion, ConversionFinding } from '../convert/types';
import { grammar } from './grammar/index';
import { foldNumbers } from './numbers';
import { withoutLabel } from './label';
import { Parser } from './parser';
import { print } from './print';
import { readingsFor } from './rank';
import { scriptLevels } from './scriptLevels';
import { tokenize, type Token } from './tokens';
import type { Formula } from './tree';
import { indexSequenceEnds } from './sequenceIndex';
import { wholeFractions } from './wholeFractions';
import { normaliseWords } from './words';

const maxAlternatives = 3;

/** The label's words are reported once as a label, not one by one as unknown words. */
function reportLabel(
  parser: Parser,
  text: string,
  tokens: readonly Token[],
  labelEnd: number,
): void {
  const start = tokens[0].start;
  const end = tokens[labelEnd].end;
  const kept = parser.findings.filter(
    (finding) => finding.code !== 'spoken.unknown-word' || finding.start >= end,
  );
  parser.findings.splice(0, parser.findings.length, ...kept);
  const label = text.slice(start, end).replace(/[\s:,]+$/, '');
  parser.report(
    'spoken.label',
    start,
    end,
    `"${label}" names the formula; it is left out of the LaTeX`,
  );
}

export function convertSpoken(text: string): Conversion {
  const tokens = foldNumbers(scriptLevels(normaliseWords(tokenize(text))));
  let best: { latex: string; findings: ConversionFinding[] } | undefined;
  const alternatives: string[] = [];
  for (const reading of readingsFor(tokens)) {
    const parser = new Parser(tokens, grammar, reading);
    let latex: string;
    let literal: string | undefined;
    try {
      const finish = (formula: Formula) =>
        print(indexSequenceEnds(reading.overTakesSums ? wholeFractions(formula) : formula));
      const first = parser.scope({});
      const labelled = withoutLabel(first, tokens);
      if (labelled !== undefined) {
        literal = finish(first);
        reportLabel(parser, text, tokens, labelled.labelEnd);
      }
      latex = finish(labelled?.formula ?? first);
      while (!parser.atEnd()) {
        // What a scope left over is read on; a token no construct moves past is read as a word.
        const before = parser.pos;
        latex += ` ${finish(parser.scope({}))}`;
        if (parser.pos === before) latex += ` ${print(grammar.fallback(parser))}`;
      }
    } catch (error) {
      parser.report(
        'spoken.internal-error',
        0,
        text.length,
        `the converter failed: ${String(error)}`,
      );
      latex = '';
    }
    if (best === undefined) best = { latex, findings: parser.findings };
    // The formula with its label is what was said word for word: the first runner-up.
    for (const said of [latex, literal])
      if (
        said !== undefined &&
        said !== best.latex &&
        !alternatives.includes(said) &&
        alternatives.length < maxAlternatives
      )
        alternatives.push(said);
  }
  const findings = best?.findings ?? [];
  if (tokens.length === 0)
    findings.push({
      code: 'spoken.empty',
      start: 0,
      end: text.length,
      message: 'nothing to convert',
    });
  return { form: 'spoken', latex: best?.latex ?? '', alternatives, findings };
}
