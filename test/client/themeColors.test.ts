import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  computeTheme,
  customForeground,
  selectorMatches,
  type ThemeInputs,
} from '../../client/src/themeColors';

const dark: ThemeInputs = {
  kind: 'dark',
  themeName: 'Default Dark Modern',
  colorCustomizations: undefined,
  fontSize: 16,
};

describe('selectorMatches', () => {
  const cases: [string, string, boolean][] = [
    ['[Default Dark Modern]', 'Default Dark Modern', true],
    ['[default dark modern]', 'Default Dark Modern', true],
    ['[Default *]', 'Default Dark Modern', true],
    ['[Monokai][Default Dark Modern]', 'Default Dark Modern', true],
    ['[Monokai]', 'Default Dark Modern', false],
    ['editor.foreground', 'Default Dark Modern', false],
    ['[Default (Dark)]', 'Default (Dark)', true],
  ];
  for (const [selector, theme, expected] of cases) {
    it(`${selector} ~ ${theme}`, () => assert.equal(selectorMatches(selector, theme), expected));
  }
});

describe('customForeground', () => {
  it('prefers the block for the theme over the global value, and ignores invalid colours', () => {
    const customizations = {
      'editor.foreground': '#111111',
      '[Monokai]': { 'editor.foreground': '#222222' },
      '[Default Dark*]': { 'editor.foreground': '#333333' },
    };
    assert.equal(customForeground(customizations, 'Default Dark Modern'), '#333333');
    assert.equal(customForeground(customizations, 'Solarized'), '#111111');
    assert.equal(customForeground({ 'editor.foreground': 'red; x' }, 'Any'), undefined);
    assert.equal(customForeground('nonsense', 'Any'), undefined);
  });
});

describe('computeTheme', () => {
  it('falls back to the default colour of the kind and the given font size', () => {
    assert.deepEqual(computeTheme(dark), { kind: 'dark', foreground: '#cccccc', fontSize: 16 });
    assert.equal(computeTheme({ ...dark, fontSize: 'big' }).fontSize, 14);
  });

  it('takes the webview’s colour only for the theme kind it was computed for', () => {
    const webview = { kind: 'dark' as const, foreground: '#d4d4d4' };
    assert.equal(computeTheme({ ...dark, webview }).foreground, '#d4d4d4');
    assert.equal(
      computeTheme({ ...dark, kind: 'light', webview }).foreground,
      '#1f1f1f',
      'a colour computed for the dark theme does not survive a switch to light',
    );
  });

  it('puts the webview’s colour before the customizations', () => {
    const colorCustomizations = { 'editor.foreground': '#abcdef' };
    assert.equal(computeTheme({ ...dark, colorCustomizations }).foreground, '#abcdef');
    assert.equal(
      computeTheme({
        ...dark,
        colorCustomizations,
        webview: { kind: 'dark', foreground: '#010203' },
      }).foreground,
      '#010203',
    );
  });
});
