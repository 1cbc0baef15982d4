/** The colour theme as the webview sees it: VS Code's body classes and CSS variables. */
import type { WebviewThemeKind } from '../src/preview/messages';

export function themeKind(body: HTMLElement): WebviewThemeKind {
  const kind = body.dataset.vscodeThemeKind;
  const has = (name: string): boolean => body.classList.contains(name) || kind === name;
  if (has('vscode-high-contrast-light')) return 'high-contrast-light';
  if (has('vscode-high-contrast')) return 'high-contrast';
  if (has('vscode-dark')) return 'dark';
  return 'light';
}

/** "rgb(204, 204, 204)" / "rgba(…)" → "#cccccc" (alpha kept as a fourth byte when not 1). */
export function cssColorToHex(color: string): string | undefined {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(
    color.trim(),
  );
  if (!match) return /^#[0-9a-f]{3,8}$/i.test(color.trim()) ? color.trim() : undefined;
  const byte = (value: string): string =>
    Math.round(Math.min(255, Math.max(0, Number(value))))
      .toString(16)
      .padStart(2, '0');
  let hex = `#${byte(match[1])}${byte(match[2])}${byte(match[3])}`;
  if (match[4] !== undefined) {
    const alpha = match[4].endsWith('%') ? Number(match[4].slice(0, -1)) / 100 : Number(match[4]);
    if (alpha < 1) hex += byte(String(alpha * 255));
  }
  return hex;
}

/**
 * Calls `report` with the theme now and whenever VS Code changes it (VS Code swaps the body's
 * classes and the CSS variables on <html> when the colour theme changes). Reports only changes.
 */
export function watchTheme(
  report: (kind: WebviewThemeKind, foreground: string) => void,
): MutationObserver {
  let last = '';
  const check = (): void => {
    const kind = themeKind(document.body);
    const foreground = cssColorToHex(getComputedStyle(document.body).color);
    if (foreground === undefined) return;
    const key = `${kind} ${foreground}`;
    if (key === last) return;
    last = key;
    report(kind, foreground);
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, {
    attributes: true,
    attributeFilter: ['class', 'style', 'data-vscode-theme-kind', 'data-vscode-theme-id'],
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
  check();
  return observer;
}
