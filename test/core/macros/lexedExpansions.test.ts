import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import katex from 'katex';
import { lexedBuiltins } from '../../../server/src/core/macros/lexedExpansions';
import { katexBuiltinMacros } from '../../../server/src/core/render/katexApi';

function render(source: string, macros: Record<string, unknown>, displayMode = false): string {
  try {
    return katex.renderToString(source, {
      macros: { ...macros } as katex.KatexOptions['macros'],
      displayMode,
      throwOnError: true,
      strict: 'ignore',
    });
  } catch (error) {
    return `error: ${(error as { rawMessage?: string }).rawMessage ?? String(error)}`;
  }
}

describe('KaTeX macros lexed once', () => {
  it('reads KaTeX’s own table and lexes its string macros', () => {
    const builtins = katexBuiltinMacros();
    assert.equal(typeof builtins['\\,'], 'string');
    for (const name of ['\\,', '\\tmspace', '\\iff', '\\vcentcolon', '\\qquad'])
      assert.equal(typeof lexedBuiltins[name], 'function', name);
    // \bgroup is a lone brace: no \gdef can hold it, so it stays KaTeX's.
    assert.equal(lexedBuiltins['\\bgroup'], undefined);
  });

  it('renders every lexed macro exactly as KaTeX’s own, in math and in text', () => {
    let compared = 0;
    for (const name of Object.keys(lexedBuiltins)) {
      for (const source of [`${name}{a}{b}{c}`, `x ${name} y`, `\\text{${name}{a}{b}}`]) {
        for (const display of [false, true]) {
          assert.equal(render(source, lexedBuiltins, display), render(source, {}, display), source);
          compared++;
        }
      }
    }
    assert.ok(compared > 1000, `only ${compared} renders compared`);
  });

  it('hands out fresh tokens: \\noexpand and \\global in one formula leave the next intact', () => {
    const table = { ...lexedBuiltins };
    // \noexpand marks the first token of \,'s expansion and KaTeX renames it \relax; \global
    // renames a \def it fetches. Shared tokens would carry that into every later \, .
    render('a\\expandafter\\noexpand\\, b', table);
    render('\\expandafter\\noexpand\\tmspace', table);
    render('\\global\\iff', table);
    for (const source of ['a\\,b', 'a\\iff b', 'a\\; b \\: c'])
      assert.equal(render(source, table), render(source, {}), source);
  });
});
