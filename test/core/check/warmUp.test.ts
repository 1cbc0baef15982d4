import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { warmUpChecker } from '../../../server/src/core/check/warmUp';

describe('warmUpChecker', () => {
  it('goes through the paths a first keystroke would compile: suggestions, English in math', () => {
    const codes = new Set(warmUpChecker().map((finding) => finding.code));
    assert.ok(codes.has('latex.unknown-command'), [...codes].join(', '));
    assert.ok(codes.has('spoken.english-in-math'), [...codes].join(', '));
  });
});
