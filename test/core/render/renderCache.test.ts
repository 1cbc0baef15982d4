import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { SvgRenderCache, type SvgCacheOptions } from '../../../server/src/core/render/renderCache';

const options: SvgCacheOptions = {
  display: false,
  macros: { '\\RR': '\\mathbb{R}' },
  macrosKey: 'ctx1',
  color: '#000',
  fontSize: 14,
};

describe('SvgRenderCache', () => {
  it('returns the same object on a hit', () => {
    const cache = new SvgRenderCache();
    const first = cache.render('x^2', options);
    assert.equal(first.kind, 'svg');
    assert.equal(cache.render('x^2', { ...options }), first);
    assert.equal(cache.size, 1);
  });

  it('renders again when anything the image depends on changes', () => {
    const cache = new SvgRenderCache();
    const first = cache.render(String.raw`\RR`, options);
    const variants: Partial<SvgCacheOptions>[] = [
      { display: true },
      { color: '#fff' },
      { fontSize: 20 },
      { maxWidth: 10 },
      { maxLength: 50_000 },
      { macrosKey: 'ctx2', macros: {} },
    ];
    for (const variant of variants) {
      assert.notEqual(cache.render(String.raw`\RR`, { ...options, ...variant }), first);
    }
    assert.equal(cache.size, 1 + variants.length);
    // The macros table is named by its key: the same key means the cached render.
    assert.equal(cache.render(String.raw`\RR`, { ...options, macros: {} }), first);
  });

  it('caches errors too', () => {
    const cache = new SvgRenderCache();
    const error = cache.render('x^', options);
    assert.equal(error.kind, 'error');
    assert.equal(cache.render('x^', options), error);
  });

  it('keeps at most maxEntries, dropping the least recently used', () => {
    const cache = new SvgRenderCache(3);
    const a = cache.render('a', options);
    const oldB = cache.render('b', options);
    cache.render('c', options);
    assert.equal(cache.render('a', options), a); // a is now the most recent
    cache.render('d', options); // evicts b
    assert.equal(cache.size, 3);
    assert.equal(cache.render('a', options), a);
    assert.notEqual(cache.render('b', options), oldB); // rendered again
    assert.equal(cache.size, 3);
  });

  it('keeps at most maxCharacters, but always the newest render', () => {
    const cache = new SvgRenderCache(100, 1);
    cache.render('a', options);
    const b = cache.render('b', options);
    assert.equal(cache.size, 1);
    assert.equal(cache.render('b', options), b);
  });
});
