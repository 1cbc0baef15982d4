/**
 * A converter made total: an exception (always a bug — the converters are written not to throw)
 * becomes a finding `<form>.internal-error` instead of reaching the editor, the CLI or detectForm.
 */
import type { Conversion, SourceForm } from './types';

export function total(form: SourceForm, convert: (text: string) => Conversion) {
  return (text: string): Conversion => {
    try {
      return convert(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        form,
        latex: '',
        alternatives: [],
        findings: [
          {
            code: `${form}.internal-error`,
            start: 0,
            end: text.length,
            message: `internal error: ${reason}`,
          },
        ],
      };
    }
  };
}
