import type { CodeLens, Connection } from 'vscode-languageserver';
import type { DerivationResult } from '../core/derivation';
import type { Session } from '../session/session';

/** "✓ 5 steps verified · ✗ 1 refuted · 2 unknown" above each derivation that has judged steps. */
export function lensTitle(result: DerivationResult): string | undefined {
  const count = (status: string) => result.steps.filter((step) => step.status === status).length;
  const verified = count('verified');
  const refuted = count('refuted');
  const unknown = result.steps.filter(
    (step) => step.status === 'unknown' && step.computation,
  ).length;
  if (verified + refuted + unknown === 0) return undefined;
  const parts: string[] = [];
  if (verified > 0) parts.push(`✓ ${verified} ${verified === 1 ? 'step' : 'steps'} verified`);
  if (refuted > 0) parts.push(`✗ ${refuted} refuted`);
  if (unknown > 0) parts.push(`${unknown} unknown`);
  return parts.join(' · ');
}

/**
 * Code lenses from the last finished derivation check of the document's current version; the
 * diagnostics publisher asks the client to refresh them when a check finishes.
 */
export function registerCodeLenses(connection: Connection, session: Session): void {
  connection.onCodeLens(({ textDocument }): CodeLens[] => {
    const open = session.documents.get(textDocument.uri);
    if (!open || !session.settings.derivations.enable) return [];
    const results = session.derivations.resultsFor(textDocument.uri, open.document.version) ?? [];
    return results.flatMap((result) => {
      const title = lensTitle(result);
      if (title === undefined) return [];
      const start = open.document.positionAt(result.start);
      // An empty command id: a label, not a button.
      return [{ range: { start, end: start }, command: { title, command: '' } }];
    });
  });
}
