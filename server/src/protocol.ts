/**
 * What the client and the server say to each other beyond LSP. The only server file the client
 * imports.
 */

/** The settings section the server reads (`mathlens.*`). */
export const settingsSection = 'mathlens';

/** Languages the server serves, by VS Code language id. */
export const documentLanguages = ['latex', 'markdown', 'spoken'] as const;

export interface MathLensSettings {
  /** Extra macros for every document: {"\\R": "\\mathbb{R}"}. */
  macros: Record<string, string>;
  diagnostics: {
    enable: boolean;
    /** Codes (or code prefixes such as "katex") never reported. */
    ignore: string[];
    /** Per-code severity overrides; "off" silences. */
    severity: Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'>;
  };
  derivations: {
    /** Check the steps of derivations (chains of equations). */
    enable: boolean;
    /** Report steps that could be neither verified nor refuted (as hints). */
    showUnknown: boolean;
  };
}

export const defaultSettings: MathLensSettings = {
  macros: {},
  diagnostics: { enable: true, ignore: [], severity: {} },
  derivations: { enable: true, showUnknown: true },
};

/** The server command that shows a refuted step's simplified difference (its one argument). */
export const showDifferenceCommand = 'mathlens.showDifference';

/** A position and range as LSP has them (0-based lines, UTF-16 characters). */
export interface WirePosition {
  line: number;
  character: number;
}
export interface WireRange {
  start: WirePosition;
  end: WirePosition;
}

/**
 * The editor's colours, so that rendered formulas match the theme. The client sends it as
 * `initializationOptions.theme` and again with `themeNotification` whenever the theme changes.
 * Extensions cannot read a theme's colours, so `foreground` is the user's
 * `workbench.colorCustomizations` value, the colour the preview webview reported, or the default
 * for the kind.
 */
export interface EditorTheme {
  kind: 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';
  /** CSS colour, e.g. "#cccccc". */
  foreground: string;
  /** The editor's font size in CSS pixels (formulas are sized to match it). */
  fontSize: number;
}

export const themeNotification = 'mathlens/theme';

export const defaultThemes: Record<EditorTheme['kind'], EditorTheme> = {
  light: { kind: 'light', foreground: '#1f1f1f', fontSize: 14 },
  dark: { kind: 'dark', foreground: '#cccccc', fontSize: 14 },
  'high-contrast': { kind: 'high-contrast', foreground: '#ffffff', fontSize: 14 },
  'high-contrast-light': { kind: 'high-contrast-light', foreground: '#000000', fontSize: 14 },
};

/** The preview asks for the formula at the cursor (or the one nearest before it). */
export const previewRequest = 'mathlens/preview';

export interface PreviewParams {
  uri: string;
  position: WirePosition;
}

/** What the preview shows: the math region under the cursor, rendered by the server's KaTeX. */
export interface PreviewContent {
  uri: string;
  /** The whole region, delimiters included (what the preview highlights and follows). */
  range: WireRange;
  /** The formula's LaTeX as written (what "Copy as LaTeX" copies). */
  latex: string;
  display: boolean;
  /** KaTeX's HTML (htmlAndMathml) with the document's macros; absent when KaTeX refuses it. */
  html?: string;
  /** KaTeX's complaint when it cannot render the formula. */
  error?: string;
  /** The judged steps of the derivation in the formula (given ones left out), in order. */
  steps?: PreviewStep[];
}

/** One checked step as the preview lists it beside the formula. */
export interface PreviewStep {
  status: 'verified' | 'refuted' | 'unknown';
  /** 0-based line of the step in the document. */
  line: number;
  /** The step's source, as written. */
  latex: string;
  reason: string;
}

/** Renders a formula of a document in another format ("Copy as MathML / SVG"). */
export const renderRequest = 'mathlens/render';

export interface RenderParams {
  /** The document whose macros apply. */
  uri: string;
  latex: string;
  display: boolean;
  format: 'mathml' | 'svg' | 'html';
}

export type RenderResult = { text: string } | { error: string };

/**
 * Converts plain text of a document (spoken English, calculator notation, Unicode math) to LaTeX:
 * each range in turn, as the "Convert to LaTeX" command does for each selection.
 */
export const convertRequest = 'mathlens/convert';

export interface ConvertParams {
  uri: string;
  ranges: WireRange[];
  /**
   * The text of each range, for documents the server does not serve (any file can be converted):
   * their conversions come back bare, with no math delimiters.
   */
  texts?: string[];
}

export interface ConvertedRange {
  range: WireRange;
  /** What replaces the range: the LaTeX, wrapped in math delimiters where the range is outside math. */
  newText: string;
  /** The LaTeX alone. */
  latex: string;
  alternatives: string[];
  /** The form the text was read as: spoken, calculator, unicode or latex. */
  form: string;
  /** What could not be read (unknown words…), worded for the user. */
  problems: string[];
}
