import type { Finding } from '../findings';

export interface Span {
  start: number;
  end: number;
}

/** How a formula was opened; decides how it is closed and whether it is display math. */
export type MathDelimiter =
  | 'dollar' // $…$
  | 'double-dollar' // $$…$$
  | 'paren' // \(…\)
  | 'bracket' // \[…\]
  | 'environment' // \begin{equation}…\end{equation} and friends
  | 'ensuremath' // \ensuremath{…} in text
  | 'fence'; // ```math … ``` in Markdown

export interface InnerEnvironment extends Span {
  /** aligned, split, cases, matrix…: environments opened inside a formula. */
  name: string;
}

export interface MathRegion extends Span {
  kind: 'math';
  /** The formula source: between the delimiters, or the body of the environment. */
  contentStart: number;
  contentEnd: number;
  display: boolean;
  delimiter: MathDelimiter;
  /** The environment's name (with its star) when delimiter is 'environment'. */
  environment?: string;
  /** False when the closing delimiter is missing; the region then ends where recovery stopped. */
  terminated: boolean;
  /** Contents of \text{…}, \mbox{…} and similar text-mode groups inside the formula. */
  textIslands: Span[];
  innerEnvironments: InnerEnvironment[];
  /**
   * The last check's result, kept here by core/check. A region outlives an edit only where its
   * text did not change, so the result holds while the context does (a slot on the region costs
   * nothing to find; a WeakMap keyed by region cost a full check 5%).
   */
  checked?: CheckedRegion;
}

export interface CheckedRegion {
  contextKey: string;
  length: number;
  /** Offsets relative to the start of the checked span. */
  findings: readonly Finding[];
}

/** One line of spoken-style math (a line of a .spoken file, or of a ```spoken block). */
export interface SpokenRegion extends Span {
  kind: 'spoken';
}

/** Which command made a definition decides how it behaves; see macros/. */
export type DefinitionStyle =
  | 'newcommand' // \newcommand, \renewcommand, \providecommand, \DeclareRobustCommand
  | 'def' // \def, \gdef, \edef, \xdef
  | 'let' // \let
  | 'operator' // \DeclareMathOperator
  | 'paired-delimiter' // \DeclarePairedDelimiter(X)
  | 'document-command' // \NewDocumentCommand and friends (xparse)
  | 'opaque' // a name defined by TeX that MathLens cannot expand (\DeclareMathSymbol, \newlength…)
  | 'environment'; // \newenvironment, \newtheorem, \NewDocumentEnvironment

export interface MacroDefinition extends Span {
  kind: 'definition';
  /** The defining command as written, e.g. "\\newcommand" or "\\def". */
  command: string;
  style: DefinitionStyle;
  /** "\\foo" for commands; the bare name for environments. */
  name: string;
  nameStart: number;
  nameEnd: number;
  /** Number of parameters (for \def: the count of #n in the parameter text). */
  arity: number;
  /** \newcommand's default for an optional first argument. */
  optionalDefault?: string;
  /** \def's parameter text as written, e.g. "#1:#2\\@endlamarg". */
  parameterText?: string;
  /** The replacement text (for \let: the target token; for operators: the operator's text). */
  body: string;
  /** For \DeclareMathOperator*: limits go above and below. For \DeclarePairedDelimiter: the right delimiter. */
  starred?: boolean;
  closing?: string;
  /** For \newcommand vs \renewcommand vs \providecommand. */
  mode: 'new' | 'renew' | 'provide' | 'always';
}

/** A file the document pulls in: \input, \include, \subfile, \import, \usepackage, \documentclass. */
export interface FileReference extends Span {
  kind: 'reference';
  command: 'input' | 'include' | 'subfile' | 'import' | 'package' | 'class';
  /** The target as written (for \import: directory joined with file). */
  target: string;
  targetStart: number;
  targetEnd: number;
}

/** A "% !TEX root = main.tex" magic comment. */
export interface RootDirective extends Span {
  kind: 'root-directive';
  target: string;
}

export interface ScannerFinding extends Span {
  kind: 'finding';
  finding: Finding;
}

export type ScanItem =
  MathRegion | SpokenRegion | MacroDefinition | FileReference | RootDirective | ScannerFinding;

export type DocumentLanguage = 'latex' | 'markdown' | 'spoken';

/**
 * Everything a scan finds, in document order. `syncPoints` are offsets where the scanner is in its
 * initial state (plain text, nothing open): an edit re-scans from the last sync point before it
 * until the new scan reaches an old sync point after it.
 */
export interface DocumentScan {
  language: DocumentLanguage;
  items: ScanItem[];
  syncPoints: number[];
}
