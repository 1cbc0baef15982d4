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
}

export const defaultSettings: MathLensSettings = {
  macros: {},
  diagnostics: { enable: true, ignore: [], severity: {} },
};
