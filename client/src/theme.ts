/**
 * The editor's theme as the server needs it to colour and size rendered formulas (hovers).
 * Extensions cannot read a theme's colours, so the foreground is, by accuracy: the colour the
 * preview webview computed from VS Code's CSS variables (when it has reported one for the current
 * theme), the user's `workbench.colorCustomizations` (per-theme blocks first), the default for
 * the theme's kind.
 */
import { ColorThemeKind, window, workspace, type Disposable } from 'vscode';
import type { EditorTheme } from '../../server/src/protocol';
import { computeTheme, type ThemeInputs, type ThemeKind } from './themeColors';

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
