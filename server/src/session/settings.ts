import { defaultThemes, type EditorTheme, type MathLensSettings } from '../protocol';

const severities = new Set(['error', 'warning', 'information', 'hint', 'off']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Settings from the client, validated field by field; anything malformed keeps its default. */
export function readSettings(value: unknown, defaults: MathLensSettings): MathLensSettings {
  if (!isRecord(value)) return defaults;
  const macros = isRecord(value.macros)
    ? Object.fromEntries(
        Object.entries(value.macros).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string',
        ),
      )
    : defaults.macros;
  const diagnostics = isRecord(value.diagnostics) ? value.diagnostics : {};
  const ignore = Array.isArray(diagnostics.ignore)
    ? diagnostics.ignore.filter((code): code is string => typeof code === 'string')
    : defaults.diagnostics.ignore;
  const severity = isRecord(diagnostics.severity)
    ? (Object.fromEntries(
        Object.entries(diagnostics.severity).filter(
          (entry) => typeof entry[1] === 'string' && severities.has(entry[1]),
        ),
      ) as MathLensSettings['diagnostics']['severity'])
    : defaults.diagnostics.severity;
  const derivations = isRecord(value.derivations) ? value.derivations : {};
  const flag = (key: 'enable' | 'showUnknown') =>
    typeof derivations[key] === 'boolean' ? derivations[key] : defaults.derivations[key];
  return {
    macros,
    derivations: { enable: flag('enable'), showUnknown: flag('showUnknown') },
    diagnostics: {
      enable:
        typeof diagnostics.enable === 'boolean' ? diagnostics.enable : defaults.diagnostics.enable,
      ignore,
      severity,
    },
  };
}

const themeKinds = new Set(['light', 'dark', 'high-contrast', 'high-contrast-light']);
/** Colours a hover image may carry: hex, rgb()/rgba() and plain names; nothing that could escape an attribute. */
const cssColour = /^(?:#[0-9a-fA-F]{3,8}|rgba?\([0-9.,\s%]+\)|[a-zA-Z]{3,30})$/;

/** The client's theme message, validated; undefined when it is not one. */
export function readTheme(value: unknown): EditorTheme | undefined {
  if (!isRecord(value) || typeof value.kind !== 'string' || !themeKinds.has(value.kind))
    return undefined;
  const kind = value.kind as EditorTheme['kind'];
  const fallback = defaultThemes[kind];
  const foreground =
    typeof value.foreground === 'string' && cssColour.test(value.foreground.trim())
      ? value.foreground.trim()
      : fallback.foreground;
  const fontSize =
    typeof value.fontSize === 'number' && value.fontSize >= 6 && value.fontSize <= 100
      ? value.fontSize
      : fallback.fontSize;
  return { kind, foreground, fontSize };
}
