import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { convertSpoken } from '../../../server/src/core/spoken/convert';
import { expandBriefMathSpeak } from '../../../server/src/core/spoken/mathspeakBrief';
import { tokenize } from '../../../server/src/core/spoken/tokens';

/** [brief or superbrief MathSpeak, the verbose MathSpeak of the same formula]. */
const pairs: [string, string][] = [
  ['StartFrac 1 Over x EndFrac', 'StartFraction 1 Over x EndFraction'],
  ['Frac 1 Over x EndFrac', 'StartFraction 1 Over x EndFraction'],
  [
    'NestFrac Frac x Over y EndFrac NestOver z NestEndFrac',
    'StartStartFraction StartFraction x Over y EndFraction OverOver z EndEndFraction',
  ],
  [
    'x Sup m plus n Base equals x Sup m Base x Sup n',
    'x Superscript m plus n Baseline equals x Superscript m Baseline x Superscript n',
  ],
  [
    'upper T Sub n minus 1 Base plus 5 equals 0',
    'upper T Subscript n minus 1 Baseline plus 5 equals 0',
  ],
  [
    'x Sup a Sup Sub n Sup plus a Sup Sub n minus 1',
    'x Superscript a Super Subscript n Superscript plus a Super Subscript n minus 1',
  ],
  ['Root m plus n EndRoot', 'StartRoot m plus n EndRoot'],
  ['Index 3 Root x EndRoot', 'RootIndex 3 StartRoot x EndRoot'],
  [
    'NestRoot Root x plus 1 EndRoot plus Root y plus 1 EndRoot NestEndRoot',
    'NestedStartRoot StartRoot x plus 1 EndRoot plus StartRoot y plus 1 EndRoot NestedEndRoot',
  ],
  [
    'Nest3StartRoot NestTwiceStartRoot NestStartRoot StartRoot a EndRoot NestEndRoot NestTwiceEndRoot Nest3EndRoot',
    'Nested3StartRoot NestedTwiceStartRoot NestedStartRoot StartRoot a EndRoot NestedEndRoot NestedTwiceEndRoot Nested3EndRoot',
  ],
  ["L p'ren x plus 1 R p'ren squared", 'left parenthesis x plus 1 right parenthesis squared'],
  ['left brack a comma b right brack', 'left bracket a comma b right bracket'],
  ['upper A R arrow upper B', 'upper A right arrow upper B'],
  ['Set 1 comma 2 EndSet', 'StartSet 1 comma 2 EndSet'],
  ['AbsoluteValue 4 minus 7 EndAbsoluteValue', 'StartAbsoluteValue 4 minus 7 EndAbsoluteValue'],
  ['ModAbove x With caret', 'ModifyingAbove x With caret'],
  [
    '2 By 2 Matrix 1st Row 1st Column a 2nd Column b 2nd Row 1st Column c 2nd Column d EndMatrix',
    'Start 2 By 2 Matrix 1st Row 1st Column a 2nd Column b 2nd Row 1st Column c 2nd Column d EndMatrix',
  ],
];

describe('brief and superbrief MathSpeak', () => {
  for (const [brief, verbose] of pairs) {
    it(`${brief} reads as ${verbose}`, () => {
      assert.equal(convertSpoken(brief).latex, convertSpoken(verbose).latex);
    });
  }

  it('leaves words that are only MathSpeak with their closer alone', () => {
    assert.deepEqual(
      expandBriefMathSpeak(tokenize('the Set of roots, Root x')).map((token) => token.text),
      ['the', 'set', 'of', 'roots', ',', 'root', 'x'],
    );
  });

  it('keeps the span of the words said', () => {
    const input = "a L p'ren b";
    const [, open, parenthesis] = expandBriefMathSpeak(tokenize(input));
    assert.deepEqual([open.text, parenthesis.text], ['left', 'parenthesis']);
    assert.equal(input.slice(open.start, open.end), "L p'ren");
  });
});
