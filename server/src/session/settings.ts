import type { MathLensSettings } from '../protocol';

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
  return {
    macros,
    diagnostics: {
      enable:
        typeof diagnostics.enable === 'boolean' ? diagnostics.enable : defaults.diagnostics.enable,
      ignore,
      severity,
    },
  };
}
