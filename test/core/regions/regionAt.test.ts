import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { mathRegionAt } from '../../../server/src/core/regions/regionAt';
import { scanDocument } from '../../../server/src/core/regions/scannedDocument';

const text = String.raw`Text $a+b$ more \[ c \] and \begin{align} d &= e \end{align} end.`;
const scan = scanDocument('latex', text);

function regionTextAt(offset: number, orBefore = false): string | undefined {
  const region = mathRegionAt(scan, offset, orBefore);
  return region && text.slice(region.start, region.end);
}

describe('mathRegionAt', () => {
  it('finds the region holding an offset, delimiters included', () => {
    assert.equal(regionTextAt(text.indexOf('$')), '$a+b$');
    assert.equal(regionTextAt(text.indexOf('+')), '$a+b$');
    assert.equal(regionTextAt(text.indexOf(' more')), '$a+b$', 'just after the closing $');
    assert.equal(regionTextAt(text.indexOf('c ')), '\\[ c \\]');
    assert.equal(regionTextAt(text.indexOf('&=')), '\\begin{align} d &= e \\end{align}');
  });

  it('finds nothing in text, or the nearest region before with orBefore', () => {
    assert.equal(regionTextAt(0), undefined);
    assert.equal(regionTextAt(text.indexOf('more') + 2), undefined);
    assert.equal(regionTextAt(text.indexOf('more') + 2, true), '$a+b$');
    assert.equal(regionTextAt(0, true), undefined);
    assert.equal(regionTextAt(text.length, true), '\\begin{align} d &= e \\end{align}');
  });
});
