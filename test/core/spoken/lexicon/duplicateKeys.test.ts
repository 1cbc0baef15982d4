/**
 * The lexicon is data: a key written twice in one object of a JSON file silently loses the first
 * value (JSON.parse keeps the last), so every object's keys must be distinct.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const lexiconDirectory = join(__dirname, '../../../../../server/src/core/spoken/lexicon/en');

/** The keys written twice in some object of `json`, as `path.key`. */
function duplicateKeys(json: string): string[] {
  const found: string[] = [];
  let at = 0;
  const space = () => {
    while (/\s/.test(json[at] ?? '')) at++;
  };
  const string = (): string => {
    const start = at;
    at++;
    while (json[at] !== '"') at += json[at] === '\\' ? 2 : 1;
    at++;
    return JSON.parse(json.slice(start, at)) as string;
  };
  const value = (path: string): void => {
    space();
    if (json[at] === '{') {
      at++;
      const seen = new Set<string>();
      for (space(); json[at] !== '}'; space()) {
        const key = string();
        if (seen.has(key)) found.push(`${path}.${key}`);
        seen.add(key);
        space();
        at++; // the colon
        value(`${path}.${key}`);
        space();
        if (json[at] === ',') at++;
      }
      at++;
    } else if (json[at] === '[') {
      at++;
      for (space(); json[at] !== ']'; space()) {
        value(path);
        space();
        if (json[at] === ',') at++;
      }
      at++;
    } else if (json[at] === '"') string();
    else while (at < json.length && !/[\s,\]}]/.test(json[at])) at++;
  };
  value('');
  return found;
}

describe('lexicon JSON', () => {
  it('finds a key written twice', () => {
    assert.deepEqual(duplicateKeys('{"a": {"b": 1, "c": [1, {"d": 2}], "b": "x\\"y"}}'), ['.a.b']);
    assert.deepEqual(duplicateKeys('{"a": 1, "b": 2}'), []);
  });

  for (const name of readdirSync(lexiconDirectory).filter((file) => file.endsWith('.json'))) {
    it(`${name} writes each key once per object`, () => {
      assert.deepEqual(duplicateKeys(readFileSync(join(lexiconDirectory, name), 'utf8')), []);
    });
  }
});
