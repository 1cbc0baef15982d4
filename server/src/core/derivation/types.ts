import type { PointValue } from '../equivalence';
import type { Relation } from '../latex';

export type StepStatus = 'given' | 'verified' | 'refuted' | 'unknown';

export interface Span {
  start: number;
  end: number;
}

/** One judged relation of a derivation; offsets are UTF-16 offsets into the document. */
export interface StepResult extends Span {
  status: StepStatus;
  relation: Relation;
  /** Short, for people: "identity", "follows from the equations above", the counterexample… */
  reason: string;
  counterexample?: { point: Record<string, PointValue>; left: PointValue; right: PointValue };
  /** For refuted steps: left − right, simplified where that is faithful, as LaTeX. */
  difference?: string;
  /** The rows whose equations the verdict relied on (premises, definitions, earlier results). */
  premises: Span[];
  /**
   * Whether the step is a computation MathLens tried to check: false for statements about
   * names (`M = N`), text and unread rows, which are `unknown` but not worth a diagnostic.
   */
  computation: boolean;
}

export interface DerivationResult extends Span {
  steps: StepResult[];
}
