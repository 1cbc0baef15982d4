import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { referenceAt } from '../../../server/src/core/symbols/references';

/** The reference at the `|` in the text, as [command, key, text of its span]. */
function at(marked: string): [string, string, string] | undefined {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const found = referenceAt(text, offset);
  return found && [found.command, found.key, text.slice(found.start, found.end)];
}

describe('referenceAt', () => {
  const cases: [string, [string, string, string] | undefined][] = [
    ['see \\eqref{eq:o|ne} here', ['\\eqref', 'eq:one', 'eq:one']],
    ['see \\ref{|eq:one}', ['\\ref', 'eq:one', 'eq:one']],
    ['see \\re|f{eq:one}', ['\\ref', 'eq:one', 'eq:one']],
    ['\\cref{a, b|b ,c}', ['\\cref', 'bb', 'bb']],
    ['\\Cref{a,|c}', ['\\Cref', 'c', 'c']],
    ['\\autoref*{ sec:x |}', ['\\autoref*', 'sec:x', 'sec:x']],
    ['\\eqref{eq}| after', undefined],
    ['\\label{eq:|one}', undefined],
    ['plain |text', undefined],
    ['\\ref{|}', undefined],
    ['\\ref{unclosed |', undefined],
  ];
  for (const [marked, expected] of cases) {
    it(JSON.stringify(marked), () => assert.deepEqual(at(marked), expected));
  }
});
