/**
 * Shared by the check, macros and project tests: in-memory projects, LaTeX and Markdown math
 * contexts, and findings reduced to what tests compare (code and the text they point at).
 */
import { analyzeDocument, mathContextFor } from '../../../server/src/core/check/analyze';
import { checkSource } from '../../../server/src/core/check/checkFormula';
import { defaultSeverity, type Finding, type Severity } from '../../../server/src/core/findings';
import type { MathContext, MathSettings } from '../../../server/src/core/macros/mathContext';
import { ProjectIndex } from '../../../server/src/core/project/projectIndex';

export const noSettings: MathSettings = { macros: {} };

export const amsPreamble = String.raw`\documentclass{article}
\usepackage{amsmath,amssymb}
`;

/** A ProjectIndex over files held in memory (URIs to texts). */
export function memoryProject(files: Record<string, string>): ProjectIndex {
  const map = new Map(Object.entries(files));
  return new ProjectIndex({
    read: (uri) => map.get(uri),
    texFiles: () => [...map.keys()].filter((uri) => /\.(tex|sty|cls|ltx)$/.test(uri)),
  });
}

let contextCounter = 0;

/** The math context of a one-file LaTeX project with this preamble (and an empty body). */
export function latexContext(
  preamble = amsPreamble,
  settings: MathSettings = noSettings,
): MathContext {
  const uri = `file:///contexts/c${contextCounter++}/main.tex`;
  const project = memoryProject({ [uri]: `${preamble}\n\\begin{document}\n\\end{document}\n` });
  return mathContextFor(project, uri, settings);
}

/** The math context of a Markdown document with this text. */
export function markdownContext(text = '', settings: MathSettings = noSettings): MathContext {
  const uri = `file:///contexts/c${contextCounter++}/notes.md`;
  return mathContextFor(memoryProject({ [uri]: text }), uri, settings);
}

export interface Seen {
  code: string;
  /** The source the finding points at. */
  text: string;
  start: number;
  end: number;
  severity: Severity;
  suggestions?: string[];
  message: string;
}

function seen(finding: Finding, text: string): Seen {
  return {
    code: finding.code,
    text: text.slice(finding.start, finding.end),
    start: finding.start,
    end: finding.end,
    severity: defaultSeverity(finding.code),
    suggestions: finding.suggestions,
    message: finding.message,
  };
}

/** Findings of one formula checked on its own. */
export function checkMath(source: string, context: MathContext, display = false): Seen[] {
  return checkSource(source, display, context).map((finding) => seen(finding, source));
}

/** Findings of one document of an in-memory project. */
export function documentFindings(
  files: Record<string, string>,
  uri: string,
  settings: MathSettings = noSettings,
): Seen[] {
  const project = memoryProject(files);
  const findings = analyzeDocument(project, uri, settings);
  if (!findings) throw new Error(`cannot read ${uri}`);
  return findings.map((finding) => seen(finding, files[uri]));
}

/** The findings of a one-file LaTeX document: preamble, then body inside the document environment. */
export function latexBodyFindings(
  body: string,
  preamble = amsPreamble,
  settings: MathSettings = noSettings,
): Seen[] {
  const uri = `file:///documents/d${contextCounter++}/main.tex`;
  return documentFindings(
    { [uri]: `${preamble}\\begin{document}\n${body}\n\\end{document}\n` },
    uri,
    settings,
  );
}

/** [code, text] pairs: the compact form most tables compare. */
export function brief(findings: readonly Seen[]): [string, string][] {
  return findings.map((finding) => [finding.code, finding.text]);
}

export const loud = (finding: Seen) =>
  finding.severity === 'error' || finding.severity === 'warning';

/** Offsets [start, end) of the nth occurrence (0-based) of `token` in `source`. */
export function rangeOf(source: string, token: string, nth = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = source.indexOf(token, at + 1);
    if (at < 0)
      throw new Error(
        `${JSON.stringify(token)} occurs fewer than ${nth + 1} times in ${JSON.stringify(source)}`,
      );
  }
  return [at, at + token.length];
}
