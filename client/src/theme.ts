/**
 * The editor's theme as the server needs it to colour and size rendered formulas (hovers).
 * Extensions cannot read a theme's colours, so the foreground is, by accuracy: the colour the
 * preview webview computed from VS Code's CSS variables (when it has reported one for the current
 * theme), the user's `workbench.colorCustomizations` (per-theme blocks first), the default for
 * the theme's kind.
 */
import { ColorThemeKind, window, workspace, type Disposable } from 'vscode';
import { defaultThemes, type EditorTheme } from '../../server/src/protocol';

export type ThemeKind = EditorTheme['kind'];

export function themeKindOf(kind: ColorThemeKind): ThemeKind {
  switch (kind) {
    case ColorThemeKind.Dark:
      return 'dark';
    case ColorThemeKind.HighContrast:
      return 'high-contrast';
    case ColorThemeKind.HighContrastLight:
      return 'high-contrast-light';
    default:
      return 'light';
  }
}

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

function currentInputs(webview: ThemeInputs['webview']): ThemeInputs {
  const workbench = workspace.getConfiguration('workbench');
  return {
    kind: themeKindOf(window.activeColorTheme.kind),
    themeName: workbench.get<string>('colorTheme') ?? '',
    colorCustomizations: workbench.get('colorCustomizations'),
    fontSize: workspace.getConfiguration('editor').get('fontSize'),
    webview,
  };
}

/**
 * Keeps the EditorTheme up to date and calls `onChange` whenever it changes (theme switch,
 * colour customizations, font size, a new colour from the preview webview).
 */
export class ThemeTracker implements Disposable {
  private webview: ThemeInputs['webview'];
  private theme: EditorTheme;
  private readonly subscriptions: Disposable[];

  constructor(private readonly onChange: (theme: EditorTheme) => void) {
    this.theme = computeTheme(currentInputs(undefined));
    this.subscriptions = [
      window.onDidChangeActiveColorTheme(() => {
        // The webview's colour belonged to the old theme; it reports the new one shortly.
        this.webview = undefined;
        this.update();
      }),
      workspace.onDidChangeConfiguration((event) => {
        if (
          event.affectsConfiguration('workbench.colorCustomizations') ||
          event.affectsConfiguration('workbench.colorTheme') ||
          event.affectsConfiguration('editor.fontSize')
        ) {
          this.update();
        }
      }),
    ];
  }

  get current(): EditorTheme {
    return this.theme;
  }

  /** The preview webview computed this foreground colour for a theme of this kind. */
  reportWebviewForeground(kind: ThemeKind, foreground: string): void {
    this.webview = { kind, foreground };
    this.update();
  }

  private update(): void {
    const next = computeTheme(currentInputs(this.webview));
    if (
      next.kind === this.theme.kind &&
      next.foreground === this.theme.foreground &&
      next.fontSize === this.theme.fontSize
    ) {
      return;
    }
    this.theme = next;
    this.onChange(next);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
