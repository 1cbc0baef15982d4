import {
  CodeActionKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver';
import type { Session } from '../session/session';

function suggestionsOf(diagnostic: Diagnostic): string[] {
  const data = diagnostic.data as { suggestions?: unknown } | undefined;
  return Array.isArray(data?.suggestions)
    ? data.suggestions.filter((value): value is string => typeof value === 'string')
    : [];
}

/** "Did you mean": a quick fix per suggestion of an unknown-command or unknown-environment finding. */
export function registerCodeActions(connection: Connection, session: Session): void {
  connection.onCodeAction(({ textDocument, context }) => {
    if (!session.documents.get(textDocument.uri)) return [];
    const actions: CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== 'mathlens') continue;
      suggestionsOf(diagnostic).forEach((suggestion, index) => {
        actions.push({
          title: `Change to ${suggestion}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: index === 0,
          edit: {
            changes: { [textDocument.uri]: [{ range: diagnostic.range, newText: suggestion }] },
          },
        });
      });
    }
    return actions;
  });
}
