import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../../../server/src/core/check/analyze';
import { defaultSeverity, type Finding, type FindingCode } from '../../../server/src/core/findings';
import { ProjectIndex } from '../../../server/src/core/project/projectIndex';
import { LineMap } from '../../../server/src/core/text/lineMap';

/**
 * A realistic article with twenty deliberate mistakes in its math (one per formula) and plenty of
 * valid math around them. Each mistake must be reported as an error at the range of the offending
 * token; nothing else in the document may be an error or a warning.
 */

interface ExpectedMistake {
  line: number;
  startCharacter: number;
  /** Only for a range that spans lines (a blank line); defaults to `line`. */
  endLine?: number;
  endCharacter: number;
  code: FindingCode;
  /** The fixture's text in that range (guards against edits to the fixture that shift it). */
  text: string;
  mistake: string;
}

// Compiled to out/test/core/check/: four levels up is the project root.
const fixtures = path.resolve(__dirname, '../../../../test/fixtures/mistakes');
const text = readFileSync(path.join(fixtures, 'twenty-mistakes.tex'), 'utf8');
const expected = JSON.parse(
  readFileSync(path.join(fixtures, 'twenty-mistakes.expected.json'), 'utf8'),
) as ExpectedMistake[];
const uri = 'file:///fixtures/mistakes/twenty-mistakes.tex';

const files = new Map([[uri, text]]);
const index = new ProjectIndex({ read: (u) => files.get(u), texFiles: () => files.keys() });
const findings: Finding[] = analyzeDocument(index, uri, { macros: {} }) ?? [];
const lines = new LineMap(text);

interface Located {
  code: string;
  range: string;
  text: string;
  message: string;
}

function rangeKey(
  startLine: number,
  startCharacter: number,
  endLine: number,
  endCharacter: number,
): string {
  return `${startLine}:${startCharacter}-${endLine}:${endCharacter}`;
}

function locate(finding: Finding): Located {
  const start = lines.position(finding.start);
  const end = lines.position(finding.end);
  return {
    code: finding.code,
    range: rangeKey(start.line, start.character, end.line, end.character),
    text: text.slice(finding.start, finding.end),
    message: finding.message,
  };
}

const expectedKey = (mistake: ExpectedMistake) =>
  rangeKey(
    mistake.line,
    mistake.startCharacter,
    mistake.endLine ?? mistake.line,
    mistake.endCharacter,
  );

const isLoud = (finding: Finding) => ['error', 'warning'].includes(defaultSeverity(finding.code));

describe('twenty-mistakes.tex', () => {
  it('lists twenty distinct mistakes, each on a non-empty range of the fixture', () => {
    assert.equal(expected.length, 20);
    assert.equal(new Set(expected.map(expectedKey)).size, 20);
    for (const mistake of expected) {
      const start = lines.offset({ line: mistake.line, character: mistake.startCharacter });
      const end = lines.offset({
        line: mistake.endLine ?? mistake.line,
        character: mistake.endCharacter,
      });
      assert.ok(end > start, `${mistake.mistake}: empty range ${expectedKey(mistake)}`);
      assert.equal(
        text.slice(start, end),
        mistake.text,
        `${mistake.mistake}: the range no longer covers ${JSON.stringify(mistake.text)}`,
      );
      assert.equal(
        defaultSeverity(mistake.code),
        'error',
        `${mistake.mistake}: ${mistake.code} is not an error code`,
      );
    }
  });

  it('reads the whole document', () => {
    assert.ok(findings.length > 0);
    assert.ok(text.includes('\\end{document}'));
  });

  for (const mistake of expected) {
    const key = expectedKey(mistake);
    it(`reports ${mistake.mistake} as ${mistake.code} at ${key}`, () => {
      const here = findings
        .filter(isLoud)
        .map(locate)
        .filter((finding) => finding.range === key);
      const other = findings
        .filter(isLoud)
        .map(locate)
        .filter((finding) => finding.range.split(':')[0] === String(mistake.line));
      assert.deepEqual(
        here.map((finding) => finding.code),
        [mistake.code],
        `expected exactly one ${mistake.code} at ${key}; loud findings on that line: ${JSON.stringify(other)}`,
      );
    });
  }

  it('reports no other errors or warnings (the valid math around the mistakes stays quiet)', () => {
    const wanted = new Set(expected.map((mistake) => `${expectedKey(mistake)} ${mistake.code}`));
    const extra = findings
      .filter(isLoud)
      .map(locate)
      .filter((finding) => !wanted.has(`${finding.range} ${finding.code}`));
    assert.deepEqual(extra, []);
  });
});
