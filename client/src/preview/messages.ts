/**
 * The messages between the preview panel's host (client/src/preview, in the extension host) and
 * the page inside the webview (client/webview). Imported by both sides; no DOM, no 'vscode'.
 */

/** The formats the preview can copy to the clipboard. */
export type CopyFormat = 'latex' | 'mathml' | 'svg';

/** The colour-theme kinds, as the webview's body classes name them. */
export type WebviewThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

/** One formula as the preview shows it (the server's PreviewContent without the range). */
export interface ShownFormula {
  /** The document the formula comes from (its macros apply when copying as MathML/SVG). */
  uri: string;
  /** The formula's LaTeX as written, delimiters included. */
  latex: string;
  display: boolean;
  /** KaTeX's HTML, rendered by the server with the document's macros. */
  html?: string;
  /** KaTeX's complaint when it could not render the formula. */
  error?: string;
  /** The derivation's checked steps, listed beside the formula with ✓ / ✗ / ?. */
  steps?: ShownStep[];
}

export interface ShownStep {
  status: 'verified' | 'refuted' | 'unknown';
  line: number;
  latex: string;
  reason: string;
}

/** Host → webview. */
export type HostMessage =
  /** The formula under the cursor (current) or, after a restore, the last one known. */
  | { type: 'show'; formula: ShownFormula; current: boolean }
  /** The cursor left math: keep the last formula, marked as not current. */
  | { type: 'stale' }
  /** The result of a copy the webview asked for. */
  | { type: 'copied'; format: CopyFormat; ok: boolean; error?: string };

/** Webview → host. */
export type WebviewMessage =
  /** The page has loaded and listens (the host then sends what is under the cursor). */
  | { type: 'ready' }
  /** A copy button (or shortcut) was used on the formula shown. */
  | {
      type: 'copy';
      format: CopyFormat;
      uri: string;
      latex: string;
      display: boolean;
    }
  /** The foreground colour the page computed from VS Code's theme variables. */
  | { type: 'theme'; kind: WebviewThemeKind; foreground: string };

/** What the webview keeps with setState (it comes back after hide/restore and window reload). */
export interface PreviewState {
  /** Zoom factor of the formula, 1 = the editor's size. */
  zoom: number;
  /** The formula last shown, if any. */
  formula?: ShownFormula;
  /** Whether that formula was under the cursor when last shown. */
  current?: boolean;
}

export const defaultPreviewState: PreviewState = { zoom: 1 };

/** Zoom steps (the buttons and Ctrl/Cmd +/- move along them). */
export const zoomSteps = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4] as const;

const copyFormats: readonly string[] = ['latex', 'mathml', 'svg'];
const themeKinds: readonly string[] = ['light', 'dark', 'high-contrast', 'high-contrast-light'];

function isCopyFormat(value: unknown): value is CopyFormat {
  return typeof value === 'string' && copyFormats.includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Checks a message that came from the webview (the host trusts nothing it receives). */
export function isWebviewMessage(value: unknown): value is WebviewMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'ready':
      return true;
    case 'copy':
      return (
        isCopyFormat(value.format) &&
        typeof value.uri === 'string' &&
        typeof value.latex === 'string' &&
        typeof value.display === 'boolean'
      );
    case 'theme':
      return (
        typeof value.kind === 'string' &&
        themeKinds.includes(value.kind) &&
        typeof value.foreground === 'string'
      );
    default:
      return false;
  }
}

const stepStatuses: readonly string[] = ['verified', 'refuted', 'unknown'];

function isShownStep(value: unknown): value is ShownStep {
  return (
    isRecord(value) &&
    typeof value.status === 'string' &&
    stepStatuses.includes(value.status) &&
    typeof value.line === 'number' &&
    typeof value.latex === 'string' &&
    typeof value.reason === 'string'
  );
}

function isShownFormula(value: unknown): value is ShownFormula {
  return (
    isRecord(value) &&
    typeof value.uri === 'string' &&
    typeof value.latex === 'string' &&
    typeof value.display === 'boolean' &&
    (value.html === undefined || typeof value.html === 'string') &&
    (value.error === undefined || typeof value.error === 'string') &&
    (value.steps === undefined || (Array.isArray(value.steps) && value.steps.every(isShownStep)))
  );
}

/** Checks a message that came from the host. */
export function isHostMessage(value: unknown): value is HostMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'show':
      return isShownFormula(value.formula) && typeof value.current === 'boolean';
    case 'stale':
      return true;
    case 'copied':
      return isCopyFormat(value.format) && typeof value.ok === 'boolean';
    default:
      return false;
  }
}

/** Reads a saved state defensively (it may come from an older version of the extension). */
export function toPreviewState(value: unknown): PreviewState {
  if (!isRecord(value)) return { ...defaultPreviewState };
  const zoom =
    typeof value.zoom === 'number' && Number.isFinite(value.zoom)
      ? Math.min(Math.max(value.zoom, zoomSteps[0]), zoomSteps[zoomSteps.length - 1])
      : defaultPreviewState.zoom;
  const state: PreviewState = { zoom };
  if (isShownFormula(value.formula)) {
    state.formula = value.formula;
    state.current = value.current === true;
  }
  return state;
}
