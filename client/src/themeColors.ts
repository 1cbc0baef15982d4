/**
 * How the theme sent to the server is chosen from what VS Code tells an extension: pure, so tests
 * can run it without VS Code.
 */
import { defaultThemes, type EditorTheme } from '../../server/src/protocol';

export type ThemeKind = EditorTheme['kind'];

/** Does a `[…]` selector of workbench.colorCustomizations name this theme? (`*` is a wildcard.) */
export function selectorMatches(selector: string, themeName: string): boolean {
  const names = selector.match(/\[[^\]]*\]/g);
  if (!names || names.join('') !== selector.trim()) return false;
  return names.some((bracketed) => {
    const pattern = bracketed.slice(1, -1).trim();
    const regex = new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
      'i',
    );
    return regex.test(themeName);
  });
}

const cssColor = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** editor.foreground from colour customizations: a block for the theme wins over the global one. */
export function customForeground(customizations: unknown, themeName: string): string | undefined {
  if (typeof customizations !== 'object' || customizations === null) return undefined;
  const entries = Object.entries(customizations as Record<string, unknown>);
  for (const [key, value] of entries) {
    if (!key.startsWith('[') || !selectorMatches(key, themeName)) continue;
    if (typeof value !== 'object' || value === null) continue;
    const color = (value as Record<string, unknown>)['editor.foreground'];
    if (typeof color === 'string' && cssColor.test(color)) return color;
  }
  const color = (customizations as Record<string, unknown>)['editor.foreground'];
  return typeof color === 'string' && cssColor.test(color) ? color : undefined;
}

/** What the theme is made of, gathered from VS Code (kept apart so tests can pass their own). */
export interface ThemeInputs {
  kind: ThemeKind;
  themeName: string;
  colorCustomizations: unknown;
  fontSize: unknown;
  /** The preview webview's computed foreground, with the theme kind it was computed for. */
  webview?: { kind: ThemeKind; foreground: string };
}

export function computeTheme(inputs: ThemeInputs): EditorTheme {
  const base = defaultThemes[inputs.kind];
  const fromWebview =
    inputs.webview &&
    inputs.webview.kind === inputs.kind &&
    cssColor.test(inputs.webview.foreground)
      ? inputs.webview.foreground
      : undefined;
  const foreground =
    fromWebview ??
    customForeground(inputs.colorCustomizations, inputs.themeName) ??
    base.foreground;
  const fontSize =
    typeof inputs.fontSize === 'number' && Number.isFinite(inputs.fontSize) && inputs.fontSize > 0
      ? inputs.fontSize
      : base.fontSize;
  return { kind: inputs.kind, foreground, fontSize };
}
