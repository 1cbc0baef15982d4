/**
 * Plain text → LaTeX: the shared shape of every converter (spoken English, calculator notation,
 * Unicode math). Offsets are UTF-16 offsets into the converted text.
 */
export type SourceForm = 'spoken' | 'calculator' | 'unicode' | 'latex';

export interface ConversionFinding {
  /** Stable dotted code, e.g. `spoken.unknown-word`, `calculator.parse-error`. */
  code: string;
  start: number;
  end: number;
  message: string;
}

export interface Conversion {
  form: SourceForm;
  /** The best reading, as LaTeX math without delimiters. */
  latex: string;
  /** Runners-up, best first, each different from `latex` (at most a few). */
  alternatives: string[];
  findings: ConversionFinding[];
}
