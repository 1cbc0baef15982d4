import type { Finding } from '../findings';
import { withLocalDefinitions, type MathContext } from '../macros/mathContext';
import type { LocalDefinition, ResolvedReference } from '../project/projectIndex';
import type { DocumentScan } from '../regions/types';
import { checkFormula } from './checkFormula';
import { englishInMathFinding } from './englishInMathFinding';
import { checkSpokenLine } from './spokenLine';

export interface DocumentCheckInput {
  uri: string;
  text: string;
  scan: DocumentScan;
  context: MathContext;
  /** References of this project whose files are missing (only those in this document are reported). */
  missing?: readonly ResolvedReference[];
  /** Definitions of this document made inside groups. */
  localDefinitions?: readonly LocalDefinition[];
}

/** Every finding for one document, in document order. */
export function checkDocument({
  uri,
  text,
  scan,
  context,
  missing = [],
  localDefinitions = [],
}: DocumentCheckInput): Finding[] {
  const findings: Finding[] = [];
  for (const item of scan.items) {
    if (item.kind === 'finding') findings.push(item.finding);
    else if (item.kind === 'math') {
      const local =
        localDefinitions.length === 0
          ? localDefinitions
          : localDefinitions.filter(
              ({ definition, scope }) => definition.end <= item.start && item.start < scope.end,
            );
      findings.push(...checkFormula(text, item, withLocalDefinitions(context, local)));
      const english = englishInMathFinding(text, item);
      if (english) findings.push(english);
    } else if (item.kind === 'spoken') findings.push(...checkSpokenLine(text, item));
  }
  for (const problem of context.katex.problems) {
    if (problem.uri !== uri) continue;
    const { definition } = problem;
    findings.push({
      code: 'katex.macro-unrenderable',
      start: definition.nameStart,
      end: definition.nameEnd,
      message: `KaTeX cannot take this definition of ${definition.name}: ${problem.message}`,
    });
  }
  for (const reference of missing) {
    if (reference.uri !== uri) continue;
    findings.push({
      code: 'project.missing-file',
      start: reference.reference.targetStart,
      end: reference.reference.targetEnd,
      message: `The file ${reference.reference.target} does not exist.`,
    });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
