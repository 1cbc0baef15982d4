/**
 * The registry of spoken-math constructs: the one list the parser knows.
 *
 * To add a construct: write it in its own file under grammar/ with `operand(…)` (it starts an
 * operand: "the square root of …") or `operator(…)` (it continues the formula on its left:
 * "squared", "over"), put its words in lexicon/en/constructs.json under the construct's name and
 * take them with `phrases(…)`/`closing(…)`, add it to `constructs` below, and add its golden table
 * in test/core/spoken/grammar/. Where two constructs share a phrase, the one listed first is tried
 * first; a construct returns `undefined` to let the next one try.
 */
import type { Grammar } from '../parser';
import { PhraseTable } from '../phraseTable';
import { accentConstructs } from './accents';
import { arithmeticConstructs } from './arithmetic';
import { atomConstructs } from './atoms';
import { binomialConstructs } from './binomial';
import { braketConstructs } from './braket';
import { calculusConstructs } from './calculus';
import { cancelConstructs } from './cancel';
import type { Construct, OperandConstruct, OperatorConstruct } from './construct';
import { decimalConstructs } from './decimal';
import { encloseConstructs } from './enclose';
import { evaluationConstructs } from './evaluation';
import { fallback, wordEndsOperand } from './fallback';
import { fractionConstructs } from './fraction';
import { functionConstructs } from './functions';
import { groupingConstructs } from './grouping';
import { intervalConstructs } from './interval';
import { layoutConstructs } from './layout';
import { pauseRules } from './pauses';
import { piecewiseConstructs } from './piecewise';
import { postfixMarkConstructs } from './postfixMarks';
import { powerConstructs } from './power';
import { rootConstructs } from './root';
import { setConstructs } from './sets';
import { sideScriptConstructs } from './sideScripts';
import { subscriptConstructs } from './subscript';
import { juxtaposed } from './juxtapose';
import { unitConstructs } from './units';
import { distributionConstructs } from './distributions';
import { vectorCalculusConstructs } from './vectorCalculus';
import { wordArithmeticConstructs } from './wordArithmetic';

export const constructs: readonly Construct[] = [
  ...layoutConstructs,
  ...piecewiseConstructs,
  ...calculusConstructs,
  ...vectorCalculusConstructs,
  ...evaluationConstructs,
  ...wordArithmeticConstructs,
  ...fractionConstructs,
  ...rootConstructs,
  ...powerConstructs,
  ...subscriptConstructs,
  ...sideScriptConstructs,
  ...groupingConstructs,
  ...intervalConstructs,
  ...setConstructs,
  ...binomialConstructs,
  // Before the fonts: "normal with mean 0" is a distribution, "normal x" an upright letter.
  ...distributionConstructs,
  ...accentConstructs,
  ...postfixMarkConstructs,
  ...braketConstructs,
  ...cancelConstructs,
  ...encloseConstructs,
  ...decimalConstructs,
  ...functionConstructs,
  ...unitConstructs,
  ...atomConstructs,
  ...arithmeticConstructs,
];

function tableOf<T extends Construct>(list: readonly T[]): PhraseTable<T[]> {
  const byPhrase = new Map<string, T[]>();
  for (const construct of list) {
    for (const phrase of construct.phrases) {
      const key = phrase.toLowerCase();
      const entry = byPhrase.get(key);
      if (entry === undefined) byPhrase.set(key, [construct]);
      else if (!entry.includes(construct)) entry.push(construct);
    }
  }
  return new PhraseTable(byPhrase);
}

export const grammar: Grammar = {
  operands: tableOf(constructs.filter((c): c is OperandConstruct => c.position === 'operand')),
  operators: tableOf(constructs.filter((c): c is OperatorConstruct => c.position === 'operator')),
  fallback,
  wordEndsOperand,
  juxtapose: juxtaposed,
  pauses: pauseRules,
};
