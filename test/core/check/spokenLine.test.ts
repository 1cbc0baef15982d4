import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { checkSpokenLine } from '../../../server/src/core/check/spokenLine';

/** One spoken line per case: what it contains, the code expected, and the text it points at. */
const cases: [string, string, string][] = [
  ['x plus flibbertigibbet', 'spoken.unknown-word', 'flibbertigibbet'],
  ['open paren x plus one', 'spoken.unclosed-group', ''],
  ['(x+1', 'calculator.parse-error', ''],
  ["Coulomb's law: F equals k q over r squared", 'spoken.label', "Coulomb's law:"],
];

describe('checkSpokenLine', () => {
  for (const [line, code, pointsAt] of cases) {
    it(`${JSON.stringify(line)}: ${code}`, () => {
      const text = `first line\n${line}\n`;
      const start = text.indexOf(line);
      const findings = checkSpokenLine(text, { kind: 'spoken', start, end: start + line.length });
      const finding = findings.find((candidate) => candidate.code === code);
      assert.ok(finding, JSON.stringify(findings));
      assert.ok(finding.start >= start && finding.end <= start + line.length);
      if (pointsAt) assert.equal(text.slice(finding.start, finding.end), pointsAt);
    });
  }

  it('a line read completely has no findings', () => {
    const text = 'x squared plus one';
    assert.deepEqual(checkSpokenLine(text, { kind: 'spoken', start: 0, end: text.length }), []);
  });
});
