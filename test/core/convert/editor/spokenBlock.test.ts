import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { spokenBlockAround } from '../../../../server/src/core/convert/editor/spokenBlock';

describe('spokenBlockAround', () => {
  const cases: [string, string, [number, number] | undefined][] = [
    ['a closed block', 'Text\n```spoken\nx squared\n```\nafter', [5, 28]],
    ['a tilde fence with CRLF', 'T\r\n~~~~ spoken\r\na over b\r\n~~~~\r\n', [3, 30]],
    ['a block never closed', '```spoken\nx\ny', [0, 13]],
    ['another fence', '```python\nx squared\n```', undefined],
    ['no fence at all', 'x squared\n', undefined],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const inside = text.includes('x squared')
        ? text.indexOf('x squared') + 2
        : text.indexOf('x') + 1;
      const block = spokenBlockAround(
        text,
        text.includes('a over') ? text.indexOf('a over') : inside,
      );
      assert.deepEqual(block && [block.start, block.end], expected);
    });
  }
});
