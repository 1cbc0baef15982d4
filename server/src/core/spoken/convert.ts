/**
 * Spoken English → LaTeX. The text is tokenized (tokens.ts, words.ts, numbers.ts), parsed under
 * each reading the words leave open (parser.ts with the constructs of grammar/index.ts), and the
 * readings are ranked (rank.ts): the best is `latex`, the other distinct ones are `alternatives`.
 * Total: never throws, and linear in the length of the input per reading.
 */
import type { Conversion, ConversionFinding } from '../convert/types';
import { grammar } from './grammar/index';
import { foldNumbers } from './numbers';
import { Parser } from './parser';
import { print } from './print';
import { readingsFor } from './rank';
import { scriptLevels } from './scriptLevels';
import { tokenize } from './tokens';
import type { Formula } from './tree';
import { wholeFractions } from './wholeFractions';
import { normaliseWords } from './words';

const maxAlternatives = 3;

export function convertSpoken(text: string): Conversion {
  const tokens = foldNumbers(scriptLevels(normaliseWords(tokenize(text))));
  let best: { latex: string; findings: ConversionFinding[] } | undefined;
  const alternatives: string[] = [];
  for (const reading of readingsFor(tokens)) {
    const parser = new Parser(tokens, grammar, reading);
    let latex: string;
    try {
      const finish = (formula: Formula) =>
        print(reading.overTakesSums ? wholeFractions(formula) : formula);
      latex = finish(parser.scope({}));
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
    else if (
      latex !== best.latex &&
      !alternatives.includes(latex) &&
      alternatives.length < maxAlternatives
    )
      alternatives.push(latex);
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
