/**
 * Spoken English → LaTeX. Placeholder for the interface only: the grammar replaces this body
 * (issue 6); until then every input comes back as text with a finding.
 */
import type { Conversion } from '../convert/types';

export function convertSpoken(text: string): Conversion {
  return {
    form: 'spoken',
    latex: `\\text{${text.replace(/[\\{}$&#^_%~]/g, ' ')}}`,
    alternatives: [],
    findings: [
      {
        code: 'spoken.unsupported',
        start: 0,
        end: text.length,
        message: 'spoken math is not understood yet',
      },
    ],
  };
}
